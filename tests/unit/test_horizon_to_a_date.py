"""A request to move the horizon to a date counts the weeks to that date from the plan's first
day: in "延长到明年6月" the "6月" is June, not six months (it had given 26 weeks whatever the
day)."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.constraints import parse_constraints
from coach.knowledge.loader import load_kb


@pytest.mark.parametrize(
    ("text", "start", "kind", "weeks"),
    [
        ("延长到明年6月", date(2026, 12, 7), "extend_horizon", 25),
        ("延长到明年6月", date(2027, 3, 1), "extend_horizon", 65),
        ("把期限延长到明年6月底", date(2026, 12, 7), "extend_horizon", 29),
        ("extend the plan until June 2027", date(2026, 12, 7), "extend_horizon", 25),
        ("缩短到明年3月底", date(2026, 12, 7), "shorten_horizon", 16),
    ],
)
def test_a_date_is_counted_from_the_plans_start(
    text: str, start: date, kind: str, weeks: int
) -> None:
    got = [c for c in parse_constraints(text, load_kb(), today=start) if c.kind != "note"]
    assert [(c.kind, c.horizon_weeks) for c in got] == [(kind, weeks)]


@pytest.mark.parametrize(
    ("text", "total", "extra"),
    [("延长3个月", None, 13), ("extend by 3 months", None, 13), ("延长到18个月", 78, None)],
)
def test_a_duration_is_still_a_duration(text: str, total: int | None, extra: int | None) -> None:
    got = [c for c in parse_constraints(text, load_kb(), today=date(2026, 12, 7))]
    assert [(c.kind, c.horizon_weeks, c.add_weeks) for c in got] == [
        ("extend_horizon", total, extra)
    ]

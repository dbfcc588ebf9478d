"""Time away for a while ("春节那两周我没时间") is a window of weeks with no hours, re-planned
around those weeks with the usual hours after them: not a question, not an open-ended change."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.away import read_away
from coach.schemas import Plan
from tests.integration.test_coach_keeps_coaching import ZH, _approved

TODAY = date(2027, 1, 6)


@pytest.mark.parametrize(
    ("text", "start", "weeks"),
    [
        ("春节那两周我没时间", date(2027, 2, 1), 2),  # the week of 2027-02-06
        ("国庆那周我没空", date(2027, 9, 27), 1),
        ("I'm away for two weeks in March", date(2027, 3, 1), 2),
        ("I'll be travelling next week", date(2027, 1, 11), 1),
        ("我下个月出差三周", date(2027, 2, 1), 3),
    ],
)
def test_time_away_is_a_window(text: str, start: date, weeks: int) -> None:
    assert read_away(text, TODAY) == (start, weeks)


@pytest.mark.parametrize("text", ["I have no time", "下个月每周只有5小时", "我需要学 Java 吗？"])
def test_no_window_without_time_away_and_a_span(text: str) -> None:
    assert read_away(text, TODAY) is None


def test_the_spring_festival_weeks_are_re_planned_empty_and_the_rest_kept() -> None:
    runner = _approved(ZH, today=TODAY)
    approved = Plan.model_validate(runner.values()["plan"])
    reply = "\n".join(runner.send("春节那两周我没时间").replies)
    assert "0" in reply and "2 周" in reply and "恢复到" in reply, reply
    new = Plan.model_validate(runner.values()["plan"])
    assert new.version == approved.version + 1 and runner.awaiting_mentor()
    first = (date(2027, 2, 1) - approved.start_date).days // 7  # 0-based week index
    assert new.weekly_hours[first : first + 2] == [0.0, 0.0]
    assert new.weekly_hours[first + 2] > 0
    assert runner.values()["approved_plan"]["version"] == approved.version  # still in force

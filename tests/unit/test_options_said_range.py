"""More hours within the range the person gave ("4-12 h") are said to be theirs."""

from __future__ import annotations

from datetime import date

from coach.engine.planner import build_plan
from tests.unit.kb_fixture import make_kb, profile, research_for

KB = make_kb()
START = date(2025, 1, 6)


def _more_hours(high: float | None) -> tuple[float | None, str]:
    p = profile({"java": 2}, hours=4, weeks=20).model_copy(update={"hours_per_week_high": high})
    plan = build_plan(p, research_for(KB, "agent_engineer"), KB, start_date=START, templates=())
    option = next(o for o in plan.options if o.kind == "more_hours")
    return option.hours_per_week, option.description


def test_more_hours_inside_the_given_range_say_so() -> None:
    hours, _ = _more_hours(None)
    assert hours is not None
    _, text = _more_hours(hours + 1)
    assert "within the 4-" in text


def test_more_hours_beyond_the_range_or_without_one_ask_for_more() -> None:
    hours, text = _more_hours(None)
    assert "raise your time" in text
    assert hours is not None
    _, text = _more_hours(hours - 0.5)
    assert "raise your time" in text

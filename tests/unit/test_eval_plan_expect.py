"""Hand-written case expectations: item hours, start weeks, order, weekly peak, replies."""

from __future__ import annotations

from datetime import date

from coach.evals.case import Expect
from coach.evals.plan_expect import plan_shape_checks, reply_checks
from coach.schemas import Phase, Plan, PlanItem


def _item(skill: str, hours: float, start: int, end: int) -> PlanItem:
    return PlanItem(
        skill_id=skill, title=skill, hours=hours, week_start=start, week_end=end, deliverable="d"
    )


PLAN = Plan(
    target="agent_engineer",
    target_name="Agent engineer",
    language="en",
    start_date=date(2027, 1, 4),
    hours_per_week=10,
    horizon_weeks=20,
    total_hours=60,
    weekly_hours=[10, 10, 8, 10],
    phases=[
        Phase(
            name="p",
            kind="core",
            week_start=1,
            week_end=8,
            items=[
                _item("python", 20, 1, 2),
                _item("agents", 30, 2, 5),
                _item("evaluation", 10, 6, 8),
            ],
        )
    ],
)


def _failed(expect: Expect) -> list[str]:
    return [c.name for c in plan_shape_checks(expect, PLAN) if not c.ok]


def test_item_hours_bound_fails_only_when_exceeded() -> None:
    assert _failed(Expect(max_item_hours={"python": 20})) == []
    assert _failed(Expect(max_item_hours={"python": 19.5})) == ["hours of python"]


def test_starts_by_week_fails_when_late_or_unscheduled() -> None:
    assert _failed(Expect(starts_by_week={"agents": 2})) == []
    assert _failed(Expect(starts_by_week={"evaluation": 5})) == ["evaluation starts by week 5"]
    assert _failed(Expect(starts_by_week={"rag": 30})) == ["rag starts by week 30"]


def test_before_compares_starts_and_ends() -> None:
    assert _failed(Expect(before=[("python", "agents")])) == []
    assert _failed(Expect(before=[("evaluation", "agents")])) == ["evaluation before agents"]
    assert _failed(Expect(before=[("rag", "agents")])) == ["rag before agents"]


def test_weekly_peak() -> None:
    assert _failed(Expect(max_weekly_hours=10)) == []
    assert _failed(Expect(max_weekly_hours=9)) == ["weekly hours"]


def test_replies_include_and_exclude_are_case_insensitive() -> None:
    replies = [["Your plan is READY."], ["Week 1 starts Monday."]]
    ok = reply_checks(Expect(replies_include=["plan is ready"], replies_exclude=["error"]), replies)
    assert all(c.ok for c in ok)
    bad = reply_checks(Expect(replies_include=["approved"], replies_exclude=["monday"]), replies)
    assert [c.ok for c in bad] == [False, False]


def test_expectations_written_with_capitals_match_replies_in_any_case() -> None:
    replies = [["Week 1 starts monday; your plan is ready."]]
    checks = reply_checks(
        Expect(replies_include=["Plan Is Ready"], replies_exclude=["Monday"]), replies
    )
    assert [c.ok for c in checks] == [True, False]

"""Edges of the eval scorers a maintainer relies on: a deferred gap is not covered, and "first
before then" holds only when the first also ends no later."""

from __future__ import annotations

from datetime import date

from coach.evals.case import Expect
from coach.evals.plan_expect import plan_shape_checks
from coach.evals.scorers import coverage
from coach.schemas import Deferral, Gap, Phase, Plan, PlanItem


def _item(skill: str, start: int, end: int) -> PlanItem:
    return PlanItem(
        skill_id=skill, title=skill, hours=10, week_start=start, week_end=end, deliverable="d"
    )


def _plan(items: list[PlanItem], gaps: list[str], deferred: list[str]) -> Plan:
    return Plan(
        target="ai_application_engineer",
        target_name="AI application engineer",
        language="en",
        start_date=date(2027, 1, 4),
        hours_per_week=5,
        horizon_weeks=12,
        total_hours=10.0 * len(items),
        gaps=[Gap(skill_id=g, need=2, have=0) for g in gaps],
        deferred=[
            Deferral(skill_id=s, reason="after the switch", kind="after_switch") for s in deferred
        ],
        phases=[Phase(name="core", kind="core", week_start=1, week_end=12, items=items)],
    )


def test_a_deferred_gap_is_not_covered() -> None:
    plan = _plan([_item("rag", 1, 4)], ["rag", "agents", "evaluation"], ["agents", "evaluation"])
    assert coverage(plan) == 1 / 3


def test_first_before_then_fails_when_the_first_ends_after_the_second() -> None:
    plan = _plan([_item("python", 1, 9), _item("rag", 2, 5)], ["python", "rag"], [])
    failed = [
        c.name for c in plan_shape_checks(Expect(before=[("python", "rag")]), plan) if not c.ok
    ]
    assert failed == ["python before rag"]

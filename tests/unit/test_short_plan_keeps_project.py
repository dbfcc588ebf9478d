"""A short plan whose core fits only without its last phase keeps the project and gives that
phase up (P5-5): the hours go to the core and a project from the person's own work; a cut
never lengthens the last phase."""

from __future__ import annotations

import pytest

from coach.engine.planner import build_plan
from coach.engine.planner.budget import NON_CODING_JOB_HOURS
from coach.engine.research import research_role
from coach.schemas import Plan
from tests.unit.plan_helpers import KB, START, person

ROLE = "ai_augmented_professional"
TURNS = ["I manage a hotel front desk team of 12, 10 years; Excel and our booking system."]


def _plan(hours: float, weeks: int) -> Plan:
    p = person(TURNS, ROLE, hours, weeks)
    return build_plan(p, research_role(KB, p, ROLE), KB, start_date=START, said=TURNS)


def test_a_short_no_code_plan_keeps_its_project_and_fits() -> None:
    plan = _plan(4, 21)
    assert plan.portfolio_projects
    assert plan.feasible


@pytest.mark.parametrize(("hours", "weeks"), [(4, 21), (3, 26), (5, 16), (6, 13)])
def test_the_last_phase_is_never_longer_than_planned(hours: float, weeks: int) -> None:
    plan = _plan(hours, weeks)
    for ph in plan.phases:
        if ph.kind == "job_search":
            assert ph.hours <= NON_CODING_JOB_HOURS

"""A scientist moving into inference work gets a project on a model of their own science, not
a generic export exercise (P5-4): the domain template for the infra role, filled by the field."""

from __future__ import annotations

from coach.engine.planner import build_plan
from coach.engine.research import research_role
from tests.unit.plan_helpers import KB, START, person


def test_a_physicist_speeds_up_a_model_of_their_own_simulations() -> None:
    turns = [
        "Computational physicist, PhD and 3 years of postdoc, plasma simulations in Python and C."
    ]
    p = person(turns, "ai_infra_engineer", 12, 40)
    plan = build_plan(
        p, research_role(KB, p, "ai_infra_engineer"), KB, start_date=START, said=turns
    )
    assert plan.portfolio_projects
    title = plan.portfolio_projects[0].title
    assert "simulation" in title.lower(), title

"""An engineer's own science (mechanics, materials, simulation) is their domain knowledge: a
structural engineer moving into AI for Science is not taught 'scientific domain knowledge'
from zero (P6-2)."""

from __future__ import annotations

from coach.engine.planner import build_plan
from coach.engine.research import research_role
from tests.unit.plan_helpers import KB, START, person

ROLE = "ai_for_science_engineer"


def test_a_structural_engineer_is_not_taught_their_own_domain() -> None:
    turns = [
        "Structural engineer, 9 years: steel and concrete buildings, ETABS and SAP2000 models."
    ]
    p = person(turns, ROLE, 8, 52)
    plan = build_plan(p, research_role(KB, p, ROLE), KB, start_date=START, said=turns)
    hours = sum(it.hours for it in plan.items() if it.skill_id == "scientific_domain_knowledge")
    assert hours <= 20, hours

"""A forward deployed engineer at an LLM company builds RAG, tool calling and evals for
customers, not maths and classic ML first (P5-8): the role's LLM track, picked by the goal."""

from __future__ import annotations

from coach.engine.planner import build_plan
from coach.engine.research import research_role
from tests.unit.plan_helpers import KB, START, person

ROLE = "forward_deployed_engineer"


def _hours(turns: list[str]) -> dict[str, float]:
    p = person(turns, ROLE, 10, 40)
    plan = build_plan(p, research_role(KB, p, ROLE), KB, start_date=START, said=turns)
    out: dict[str, float] = {}
    for it in plan.items():
        out[it.skill_id] = out.get(it.skill_id, 0.0) + it.hours
    return out


def test_an_fde_at_an_llm_company_learns_rag_and_tool_calling() -> None:
    turns = [
        "Solutions consultant at a CRM vendor, 7 years, demos and integrations, some Python.",
        "I want to be a forward deployed engineer for generative AI, building agents for clients",
    ]
    hours = _hours(turns)
    assert {"rag", "tool_calling", "evaluation"} <= set(hours)
    assert "math_for_ml" not in hours

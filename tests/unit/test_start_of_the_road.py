"""When not even basic level of a heaviest core skill fits, the plan starts on the road to it:
every prerequisite step that fits, not only those before the first one that does not (LLM
basics and prompting for someone whose Python from zero does not fit the hours)."""

from __future__ import annotations

from coach.engine.planner import build_plan
from coach.engine.research import research_role
from tests.unit.plan_helpers import KB, START, person


def test_the_short_steps_start_when_a_long_one_does_not_fit() -> None:
    turns = ["I run a 15-person call centre team at a bank, 8 years. No coding at all."]
    role = "forward_deployed_engineer"
    p = person([*turns, "I want to build LLM knowledge base chatbots for clients"], role, 6, 13)
    plan = build_plan(p, research_role(KB, p, role), KB, start_date=START, said=turns)
    taught = {it.skill_id for it in plan.items()}
    assert "prompt_engineering" in taught or "llm_basics" in taught, taught

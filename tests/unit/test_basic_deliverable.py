"""A basic-level item promises a first program, not the working level's full deliverable
("a package with a CLI, type hints and tests" after a few hours of Python)."""

from __future__ import annotations

from coach.engine.planner import build_plan
from coach.engine.planner.assemble import deliverable_kind
from coach.engine.research import research_role
from tests.unit.plan_helpers import KB, START, person


def test_basic_items_do_not_promise_the_working_levels_deliverable() -> None:
    turns = ["Graphic designer, 5 years, Illustrator and Figma, no programming yet."]
    p = person(turns, "ai_application_engineer", 8, 52)
    plan = build_plan(
        p, research_role(KB, p, "ai_application_engineer"), KB, start_date=START, said=turns
    )
    basic = [
        it
        for it in plan.items()
        if it.level_to <= 1 and KB.skills[it.skill_id].deliverable is not None
        and deliverable_kind(KB.skills[it.skill_id]) == "code"
    ]  # fmt: skip
    assert basic
    for it in basic:
        full = KB.skills[it.skill_id].deliverable
        assert full is not None and it.deliverable != full.get("en"), it.skill_id

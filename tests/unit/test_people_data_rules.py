"""When a person's cases are other people's data (patients, pupils, clients), the AI rules for
that data come before the project, never after it or deferred, and the project runs on
de-identified cases (COACHING.md B4)."""

from __future__ import annotations

import pytest

from coach.engine.planner import build_plan
from coach.engine.research import research_role
from tests.unit.plan_helpers import KB, START, person

PEOPLE = [
    (["Community nurse, 12 years, home visits and care plans; Excel and our patient record system."], "en"),
    (["我是中学班主任，教数学 11 年，管学生成绩和家长沟通"], "zh"),
    (["Family lawyer, 9 years: client intake, case files and court filings in Word."], "en"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "lang"), PEOPLE)
def test_the_data_rules_come_before_the_project(turns: list[str], lang: str) -> None:
    p = person(turns, "ai_augmented_professional", 5, 30).model_copy(update={"language": lang})
    plan = build_plan(
        p, research_role(KB, p, "ai_augmented_professional"), KB, start_date=START, said=turns
    )
    assert plan.portfolio_projects
    start = plan.portfolio_projects[0].week_start
    rules = [it for it in plan.items() if it.skill_id in ("ai_ethics_governance", "data_privacy")]
    assert rules, "the rules for people's data are scheduled"
    assert all(it.week_end <= start for it in rules), [
        (it.skill_id, it.week_end, start) for it in rules
    ]
    title = plan.portfolio_projects[0].title
    project = [m.deliverable for m in plan.milestones if title in m.deliverable]
    assert project and any(w in project[0] for w in ("de-identified", "脱敏"))

"""A mentor's window for the portfolio project ("the last two months") is read and kept."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.checks.constraint_kinds import check_constraint_kinds
from coach.engine.constraints.parse import parse_constraints
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.knowledge.loader import load_kb
from coach.schemas import Profile, SkillClaim

KB = load_kb()


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("push the portfolio project to the last two months", 9),
        ("do the project in the final 6 weeks", 6),
        ("项目放到最后两个月再做", 9),
        ("作品集项目放在最后3周", 3),
        ("move the project later", None),
    ],
)
def test_the_window_is_read(text: str, weeks: int | None) -> None:
    found = [c for c in parse_constraints(text, KB) if c.kind == "project_later"]
    assert len(found) == 1 and found[0].window_weeks == weeks


def test_the_project_lands_in_the_window_and_the_check_holds_it() -> None:
    profile = Profile(
        current_role="data engineer",
        years_experience=6,
        skills=[SkillClaim(skill_id="sql", level=3, evidence="lots of SQL")],
        target_role="mlops_engineer",
        hours_per_week=10,
        horizon_weeks=52,
    )
    research = research_role(KB, profile, "mlops_engineer")
    cons = parse_constraints("Put the portfolio project in the last two months.", KB)
    plan = build_plan(profile, research, KB, start_date=date(2026, 12, 7), constraints=cons)
    assert plan.portfolio_projects and plan.portfolio_projects[0].week_start > 52 - 9
    assert not check_constraint_kinds(plan, KB, cons)
    # a project starting before the window is caught by the reviewer's constraint check
    moved = plan.model_copy(deep=True)
    for phase in moved.phases:
        if phase.kind == "project":
            phase.week_start = 40
    assert check_constraint_kinds(moved, KB, cons)

"""Round 7 mentor requests (issue 11 items 1, 2, 4): an item due by a week lands by it (or the
mentor is told why not), undo, rules on the project's data, relative placement, dated windows
that open next month, and what extra hours buy."""

from __future__ import annotations

from datetime import date

from coach.engine.checks.constraint_kinds import check_constraint_kinds
from coach.engine.constraints import Constraint, parse_constraints
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.knowledge import load_kb
from coach.schemas import Plan, Profile

KB = load_kb()
START = date(2026, 12, 7)
TODAY = date(2026, 12, 2)


def _qa() -> Profile:
    return Profile(
        current_role="QA engineer",
        years_experience=6,
        target_role="ai_application_engineer",
        hours_per_week=12,
        horizon_weeks=39,
        language="en",
    )


def _plan(person: Profile, text: str) -> tuple[Plan, list[Constraint]]:
    cons = parse_constraints(text, KB, today=TODAY)
    research = research_role(KB, person, person.target_role or "")
    return build_plan(person, research, KB, start_date=START, constraints=cons), cons


def _job_start(plan: Plan) -> int:
    return min(ph.week_start for ph in plan.phases if ph.kind == "job_search")


def test_a_job_search_due_by_a_week_starts_by_it() -> None:
    person = _qa()
    before, _ = _plan(person, "She was laid off, so add a job search at the end.")
    late = _job_start(before)
    due = late - 4
    text = f"She was laid off, so add a job search at the end. Start the job search by week {due}."
    plan, cons = _plan(person, text)
    assert _job_start(plan) <= due
    assert check_constraint_kinds(plan, KB, cons, person) == []
    # the project still comes before it: a search needs the portfolio
    assert max(p.week_end for p in plan.portfolio_projects) <= _job_start(plan)
    # nothing the plan taught is lost by moving the search
    assert {i.skill_id for i in plan.items()} == {i.skill_id for i in before.items()}


def test_a_job_search_due_before_the_project_ends_says_why() -> None:
    person = _qa()
    before, _ = _plan(person, "She was laid off, so add a job search at the end.")
    end = max(p.week_end for p in before.portfolio_projects)
    plan, cons = _plan(person, f"She was laid off. Start the job search by week {end - 3}.")
    found = [f.message for f in check_constraint_kinds(plan, KB, cons, person)]
    assert any("portfolio project" in m and f"week {end}" in m for m in found)
    assert _job_start(plan) < _job_start(before)  # as near as the project allows

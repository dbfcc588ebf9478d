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


def _specs(text: str) -> list[str]:
    from coach.evals.constraints import spec_of

    return [s for c in parse_constraints(text, KB, today=TODAY) if (s := spec_of(c))]


def test_undo_takes_back_the_earlier_request_it_names() -> None:
    from coach.engine.constraints import notes_constraints

    first = "Cut Python to 20 hours. Start the project in week 31."
    kinds = {(c.kind, c.skill_id, c.block) for c in notes_constraints([first], KB, TODAY)}
    assert ("week_anchor", None, "project") in kinds
    for undo in (
        "I did not ask to move the project; put it back where it was.",
        "Remove the rule that the project starts in week 31; that was never asked.",
        "把项目放回原来的位置",
    ):
        after = notes_constraints([first, undo], KB, TODAY)
        assert not any(c.block == "project" for c in after if c.kind == "week_anchor"), undo
        assert any(c.kind == "skill_hours" and c.skill_id == "python" for c in after), undo
    # a bare undo takes back the whole request before it, and only that one
    after = notes_constraints([first, "Add RAG.", "Undo the last change."], KB, TODAY)
    assert not any(c.kind == "include_skill" for c in after)
    assert any(c.kind == "skill_hours" for c in after)
    python = notes_constraints([first, "Python 的改动撤回，还是按原来的来"], KB, TODAY)
    assert not any(c.kind == "skill_hours" for c in python)


def test_the_project_states_the_only_data_it_may_use() -> None:
    person = _qa()
    plan, cons = _plan(person, "Use de-identified cases only.")
    assert plan.portfolio_projects
    assert all("de-identified" in p.description for p in plan.portfolio_projects)
    assert check_constraint_kinds(plan, KB, cons, person) == []
    zh = person.model_copy(update={"language": "zh"})
    plan, cons = _plan(zh, "不要用真实的病人数据，用模拟数据做项目")
    assert [c.data_rule for c in cons if c.kind == "project_data"] == ["synthetic"]
    assert all("模拟" in p.description for p in plan.portfolio_projects)


def test_the_project_right_after_a_skill() -> None:
    person = _qa()
    plan, cons = _plan(person, "Put the project right after prompt engineering.")
    ends = [i.week_end for i in plan.items() if i.skill_id == "prompt_engineering"]
    start = plan.portfolio_projects[0].week_start
    assert ends and min(ends) <= start <= min(ends) + 1
    assert check_constraint_kinds(plan, KB, cons, person) == []


def test_a_skill_right_after_another() -> None:
    person = _qa()
    plan, cons = _plan(person, "Docker right after Python.")
    python_end = max(i.week_end for i in plan.items() if i.skill_id == "python")
    docker = min(i.week_start for i in plan.items() if i.skill_id == "docker")
    assert python_end <= docker <= python_end + 1
    assert check_constraint_kinds(plan, KB, cons, person) == []


def test_hours_in_a_range_of_weeks_and_windows_from_next_month() -> None:
    assert _specs("Python ~40h weeks 1-5.") == [
        "skill_hours:python:set:40",
        "week_anchor:python:set:1",
    ]
    assert _specs("下个月开始到3月底每周10小时") == [
        "hours_from:10:from_date=2027-01-01:for_weeks=13"
    ]
    # until a month without a start: from today, as before
    assert _specs("Only 3 hours a week until the end of February, then back to 8 hours a week.")[
        0
    ].startswith("hours_from:3:from_date=2026-12-02")


def test_the_project_right_after_a_skill_taught_after_it() -> None:
    person = _qa()
    plan, cons = _plan(person, "Put the project right after tool calling.")
    end = max(i.week_end for i in plan.items() if i.skill_id == "tool_calling")
    start = plan.portfolio_projects[0].week_start
    assert end <= start <= end + 1
    assert check_constraint_kinds(plan, KB, cons, person) == []
    weeks = [(ph.week_start, ph.week_end) for ph in plan.phases]
    assert weeks == sorted(weeks)  # the phases still follow one another


def test_a_mentor_start_with_wins_over_the_people_data_rule() -> None:
    nurse = Profile(
        current_role="ICU nurse",
        years_experience=9,
        target_role="ai_augmented_professional",
        hours_per_week=6,
        horizon_weeks=52,
        language="en",
    )
    plan, cons = _plan(nurse, "Move AI ethics and patient privacy to the very start.")
    first = {i.skill_id: i.week_start for i in reversed(list(plan.items()))}
    assert first["ai_ethics_governance"] <= 2 and first["data_privacy"] <= 4
    assert check_constraint_kinds(plan, KB, cons, nurse) == []


def _last(hours: list[float]) -> int:
    return max(w for w, h in enumerate(hours, 1) if h > 0)


def test_extra_hours_for_a_time_are_used_and_a_whole_plan_cap_holds_them_down() -> None:
    nurse = Profile(
        current_role="ICU nurse",
        years_experience=9,
        target_role="ai_augmented_professional",
        hours_per_week=6,
        horizon_weeks=52,
        language="en",
    )
    before, _ = _plan(nurse, "")
    plan, cons = _plan(nurse, "During January and February she can do 12 hours a week.")
    assert plan.total_hours == before.total_hours  # the same work, finished sooner
    assert max(plan.weekly_hours) > 6 and _last(plan.weekly_hours) < _last(before.weekly_hours)
    assert check_constraint_kinds(plan, KB, cons, nurse) == []
    text = "During January and February she can do 12 hours a week. At most 6 hours a week."
    capped, cons = _plan(nurse, text)
    found = check_constraint_kinds(capped, KB, cons, nurse)
    assert max(capped.weekly_hours) <= 6 and [f.severity for f in found] == ["warning"]


def test_a_skill_in_the_first_month_and_a_reason_with_a_week_in_it() -> None:
    text = (
        "Git needs to come in the first month, she'll be pushing code to GitHub from week 19. "
        "Also drop cloud platforms, not needed for a first job."
    )
    assert _specs(text) == ["week_anchor:git:max:4", "exclude_skill:cloud"]
    assert _specs("Git要在第一个月学，她第19周开始要往GitHub推代码。") == ["week_anchor:git:max:4"]
    teacher = Profile(
        current_role="high school teacher",
        years_experience=10,
        target_role="ai_application_engineer",
        hours_per_week=10,
        horizon_weeks=52,
        language="en",
    )
    plan, cons = _plan(teacher, text)
    assert min(i.week_start for i in plan.items() if i.skill_id == "git") <= 4
    assert check_constraint_kinds(plan, KB, cons, teacher) == []
    from coach.engine.constraints import requests_not_applied

    assert requests_not_applied([text], KB) == []  # the reason is no part left unread


def test_round7_tester_requests_read_whole() -> None:
    from coach.engine.constraints import requests_not_applied

    for text in (
        "Swap the project for something a QS actually does - tender comparison or checking a "
        "BoQ against drawings. He's fine on communication, he runs tender interviews.",
        "项目改成专利译文的术语一致性检查，不要合同风险清单。提示词工程10小时就够了。",
        "PyTorch has to come before the ONNX project, put it in the first two months. Drop the "
        "Linux hours, he has lived in Linux for 9 years.",
    ):
        assert requests_not_applied([text], KB) == [], text
    said = parse_constraints(
        "Drop the Linux hours, he has lived in Linux for 9 years.", KB, today=TODAY
    )
    assert not any(c.kind.endswith("horizon") for c in said)  # his past, not the plan's length

"""build_plan: phases, milestones, projects, language, infeasibility options, revisions."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from coach.engine.checks import review_plan
from coach.engine.planner import build_plan, revise_plan
from coach.schemas import Finding, Plan, Profile
from tests.unit.kb_fixture import make_kb, profile, research_for

KB = make_kb()
START = date(2025, 1, 6)


def _plan(p: Profile, role: str = "ai_application_engineer", **kw: object) -> Plan:
    kw.setdefault("templates", ())  # the fixture's own role projects only
    return build_plan(p, research_for(KB, role), KB, start_date=START, **kw)  # type: ignore[arg-type]


def test_same_input_gives_the_identical_plan() -> None:
    p = profile({"java": 2, "linux": 1}, hours=7.5, weeks=30)
    assert _plan(p).model_dump() == _plan(p).model_dump()


def test_phases_run_foundations_core_project_supporting_job_search_in_order() -> None:
    plan = _plan(profile({"java": 2}, hours=10, weeks=60))
    kinds = [ph.kind for ph in plan.phases]
    assert kinds[:3] == ["foundations", "core", "project"] and kinds[-1] == "job_search"
    assert set(kinds[3:-1]) <= {"core"}  # production-readying and supporting skills
    for a, b in pairwise(plan.phases):
        assert a.week_end <= b.week_start
    assert sum(ph.hours for ph in plan.phases) == plan.total_hours


def test_a_java_engineer_is_not_taught_programming_and_learns_faster() -> None:
    plan = _plan(profile({"java": 2}, years=6, hours=10, weeks=60))
    ids = {it.skill_id for it in plan.items()}
    assert "programming_fundamentals" not in ids
    python = sum(it.hours for it in plan.items() if it.skill_id == "python")
    assert python == 45  # 150 h x 0.3: a second language for a senior engineer
    assert any("x0.3" in a for a in plan.assumptions)


def test_milestones_come_every_three_to_six_weeks_with_a_check() -> None:
    plan = _plan(profile({}, hours=6, weeks=104))
    weeks = [m.week for m in plan.milestones]
    assert weeks == sorted(weeks)
    assert all(1 <= b - a <= 6 for a, b in pairwise([0, *weeks]))
    assert all(m.deliverable and m.how_checked for m in plan.milestones)
    last_work = max(ph.week_end for ph in plan.phases)
    assert weeks[-1] == last_work


def test_the_portfolio_project_exercises_the_most_gaps() -> None:
    plan = _plan(profile({"java": 2}, hours=10, weeks=60))
    assert plan.portfolio_projects[0].title == "Domain RAG service"
    project_phase = next(ph for ph in plan.phases if ph.kind == "project")
    assert plan.portfolio_projects[0].week_start == project_phase.week_start


def test_a_role_without_projects_gets_a_capstone_from_its_gaps() -> None:
    plan = _plan(profile({"cpp": 2}, hours=12, weeks=104), "ai_infra_engineer")
    project = plan.portfolio_projects[0]
    assert project.title.startswith("Capstone")
    assert set(project.skill_ids) <= {it.skill_id for it in plan.items()}


def test_resources_teach_the_skill_and_prefer_the_users_language() -> None:
    en = _plan(profile({}, hours=10, weeks=104))
    zh = _plan(profile({}, hours=10, weeks=104, language="zh"))
    python_en = next(it for it in en.items() if it.skill_id == "python")
    python_zh = next(it for it in zh.items() if it.skill_id == "python")
    assert python_en.resource_ids[0] == "python_crash_course"
    assert python_zh.resource_ids[0] == "python_book"
    for plan in (en, zh):
        for it in plan.items():
            assert all(it.skill_id in KB.resources[r].skills for r in it.resource_ids)


def test_a_chinese_user_gets_a_chinese_plan() -> None:
    plan = _plan(profile({"java": 2}, weeks=60, language="zh"))
    assert plan.language == "zh"
    assert plan.phases[0].name == "打基础"
    assert "计划" in plan.message
    assert review_plan(plan, profile(language="zh"), KB, [], 0).verdict == "pass"


def test_expectations_and_pay_carry_their_sources() -> None:
    plan = _plan(profile({"java": 2}))
    assert [f.fact_id for f in plan.expectations] == ["fact_demand"]
    assert all(b.source_id in KB.sources for b in plan.salary_bands)
    assert plan.salary_bands


def test_an_infeasible_goal_is_not_squeezed() -> None:
    p = profile({"java": 2}, hours=4, weeks=20)
    plan = _plan(p, "agent_engineer")
    assert not plan.feasible
    assert max(plan.weekly_hours) <= 4
    assert plan.deferred and all(d.reason for d in plan.deferred)
    assert {o.kind for o in plan.options} >= {"longer_horizon", "stepping_stone"}
    # humane options only: at most two years, at most 20 h a week
    assert all((o.horizon_weeks or 0) <= 104 for o in plan.options)
    assert all((o.hours_per_week or 0) <= 20 for o in plan.options)
    assert review_plan(plan, p, KB, [], 0).verdict == "infeasible"


def test_infeasible_plan_schedules_the_heaviest_needs_first() -> None:
    plan = _plan(profile({"java": 2}, hours=4, weeks=20), "agent_engineer")
    first = plan.items()[0].skill_id
    # agents (weight 1.0) needs tool_calling <- llm_api_integration <- llm_basics / python
    assert first in {"llm_basics", "python"}


def test_the_longer_horizon_and_more_hours_options_really_fit() -> None:
    p = profile({"java": 2}, hours=4, weeks=20)
    plan = _plan(p, "agent_engineer")
    options = [o for o in plan.options if o.kind in ("longer_horizon", "more_hours")]
    assert options
    for o in options:
        update = {"horizon_weeks": o.horizon_weeks, "hours_per_week": o.hours_per_week}
        assert _plan(p.model_copy(update=update), "agent_engineer").feasible


def test_the_stepping_stone_is_a_nearer_role_with_its_own_total() -> None:
    plan = _plan(profile({"java": 2}, hours=4, weeks=20), "agent_engineer")
    stone = next(o for o in plan.options if o.kind == "stepping_stone")
    assert stone.role_id == "ai_application_engineer"
    assert "its core needs about" in stone.description


def test_hours_findings_make_the_next_version_fill_weeks_to_ninety_percent() -> None:
    p = profile({"java": 2}, hours=10, weeks=30)
    first = _plan(p)
    finding = Finding(check="weekly_hours", severity="error", message="week 3 over")
    second = revise_plan(first, [finding], p, research_for(KB, "ai_application_engineer"), KB)
    assert second.version == first.version + 1
    assert max(second.weekly_hours) <= 9.0
    assert max(first.weekly_hours) == 10.0


def test_missing_hours_and_horizon_are_assumed_and_said() -> None:
    p = profile({"java": 2}).model_copy(update={"hours_per_week": None, "horizon_weeks": None})
    plan = _plan(p)
    assert (plan.hours_per_week, plan.horizon_weeks) == (5.0, 26)
    assert "assumed" in plan.assumptions[0]


def test_work_keeps_a_real_pace_and_finishes_early_when_there_is_room() -> None:
    """Room to spare is not thinned out to a couple of hours a week (COACHING.md B3): the
    weeks keep at least MIN_PACE of the person's hours, and the plan ends before the horizon."""
    from coach.engine.schedule import MIN_PACE

    plan = _plan(profile({"java": 2, "python": 2}, hours=15, weeks=52))
    assert plan.feasible
    assert max(plan.weekly_hours) < 15  # still paced, not crammed
    used = [h for h in plan.weekly_hours if h > 0]
    assert sum(used) / len(used) >= 15 * MIN_PACE * 0.8  # light weeks included
    last = max(i for i, h in enumerate(plan.weekly_hours, start=1) if h > 0)
    assert last < 52

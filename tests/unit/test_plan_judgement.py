"""The planner's judgement on the shipped KB (COACHING.md part B): core first, experience,
calibrated feasibility, ambitions named, projects that fit the person and the plan."""

from __future__ import annotations

import pytest

from coach.engine.checks import check_core_first, check_project_coherence, review_plan
from coach.engine.planner import build_plan
from coach.engine.planner.ambition import pay_figure
from coach.engine.planner.experience import read_experience
from coach.engine.research import research_role
from coach.schemas import Deferral, Plan, Profile
from tests.unit.plan_helpers import KB, START, person


def _plan(turns: list[str], target: str, hours: float = 8, weeks: int = 52) -> tuple[Plan, Profile]:
    p = person(turns, target, hours, weeks)
    plan = build_plan(p, research_role(KB, p, target), KB, start_date=START, said=turns)
    return plan, p


GO = ["I'm a backend developer, 8 years of Go and Java. I want to become an agent engineer."]
SRE = ["I'm an SRE with 6 years; I run Kubernetes, Linux and CI/CD pipelines and do on-call."]
CHEM = [
    "I have a chemistry PhD plus a 4-year postdoc; I use Python daily for statistics and simulations."
]
NURSE = ["I've been a nurse for 9 years in a hospital ICU. I want to use AI at work."]
TEACHER = ["I taught high-school maths for 10 years."]
ACCOUNTANT = ["I'm an accountant, 12 years, Excel power user."]
DBA = ["I'm a DBA, 10 years of Oracle and PostgreSQL, SQL tuning, Linux."]


def _item(plan: Plan, skill: str) -> float | None:
    """All the hours a skill gets (a core skill may have a basic and a deepening item)."""
    hours = [it.hours for it in plan.items() if it.skill_id == skill]
    return sum(hours) if hours else None


# --------------------------------------------------------------------------- core first
def test_a_go_developer_gets_agent_frameworks_and_evaluation_not_a_long_python_course() -> None:
    plan, p = _plan(GO, "agent_engineer", hours=10)
    assert plan.feasible and review_plan(plan, p, KB).verdict == "pass"
    for core in ("agents", "agent_frameworks", "evaluation", "tool_calling"):
        assert _item(plan, core) is not None, core
    python = _item(plan, "python")
    assert python is not None and python <= 50  # tens of hours for two languages
    starts: dict[str, int] = {}
    for it in plan.items():
        starts.setdefault(it.skill_id, it.week_start)
    # every core skill starts in the first weeks (basic level first, then deepened)
    assert all(starts[s] <= 52 / 3 for s in plan.core_skills if s in starts), starts
    assert all(d.kind == "after_switch" for d in plan.deferred)


def test_an_sre_aiming_at_llmops_learns_llmops_early_and_little_maths() -> None:
    plan, _ = _plan([*SRE, "I want to move into LLMOps."], "mlops_engineer")
    assert plan.feasible
    ids = [it.skill_id for it in plan.items()]
    assert "llmops" in ids and "mlops" in ids
    assert "math_for_ml" not in ids
    assert ids.index("llmops") < len(ids) // 2 + 1


def test_the_reviewer_fails_a_plan_that_defers_a_core_skill_for_a_lighter_one() -> None:
    plan, _ = _plan(GO, "agent_engineer", hours=10)
    assert check_core_first(plan, KB) == []
    skill = "stateful_agent_workflows"
    phases = [
        ph.model_copy(update={"items": [it for it in ph.items if it.skill_id != skill]})
        for ph in plan.phases
    ]
    bad = plan.model_copy(
        update={
            "phases": phases,
            "deferred": [*plan.deferred, Deferral(skill_id=skill, reason="later")],
        }
    )
    assert [f.ref for f in check_core_first(bad, KB)] == ["stateful_agent_workflows"]


# --------------------------------------------------------------------------- experience
def test_a_researcher_who_uses_python_daily_does_not_relearn_python_or_statistics() -> None:
    plan, _ = _plan(CHEM, "ai_for_science_engineer", hours=10)
    ids = {it.skill_id for it in plan.items()}
    assert not ids & {"python", "statistics", "math_for_ml", "scientific_computing"}
    strengths = {s.skill_id for s in plan.strengths}
    assert {"python", "statistics", "scientific_domain_knowledge"} <= strengths


@pytest.mark.parametrize("words", [NURSE, TEACHER, ACCOUNTANT])
def test_teachers_nurses_and_accountants_already_communicate(words: list[str]) -> None:
    plan, p = _plan(words, "ai_augmented_professional", hours=5, weeks=26)
    assert "communication" not in {it.skill_id for it in plan.items()}
    assert plan.feasible and review_plan(plan, p, KB).verdict == "pass"
    evidence = {s.skill_id: s.words for s in plan.strengths}
    assert "domain_expertise" in evidence


def test_an_sre_already_uses_git_linux_and_ci_cd() -> None:
    exp = read_experience(person(SRE, "mlops_engineer", 8, 52), KB, SRE)
    for skill in ("git", "linux", "ci_cd"):
        assert exp.level(skill) >= 2, skill


def test_two_languages_make_python_tens_of_hours_and_one_language_about_half() -> None:
    two, _ = _plan(
        ["Unity game developer for 7 years, C# every day and C++."], "ai_application_engineer"
    )
    hours = _item(two, "python")
    assert hours is not None and hours <= 40


# --------------------------------------------------------------------------- feasibility
@pytest.mark.parametrize("hours", [8, 10])
def test_an_engineer_with_a_year_gets_a_feasible_plan_with_scope_cut(hours: float) -> None:
    for words, role in ((GO, "agent_engineer"), (DBA, "ai_application_engineer")):
        plan, p = _plan(words, role, hours=hours)
        assert plan.feasible, (role, hours)
        assert review_plan(plan, p, KB).verdict == "pass"


def test_options_are_humane() -> None:
    plan, _ = _plan(["I'm a nurse, 9 years."], "ai_application_engineer", hours=3, weeks=26)
    assert not plan.feasible and plan.options
    assert all((o.horizon_weeks or 0) <= 104 for o in plan.options)
    assert all((o.hours_per_week or 0) <= 20 for o in plan.options)


# --------------------------------------------------------------------------- ambition
def test_a_top_lab_in_three_months_from_a_bootcamp_never_passes() -> None:
    words = [
        "Ex-barista, then a coding bootcamp (JavaScript). I want to be an AI engineer at OpenAI in 3 months."
    ]
    plan, p = _plan(words, "ai_application_engineer", hours=15, weeks=13)
    kinds = {a.kind for a in plan.ambitions}
    assert {"top_lab", "timeline"} <= kinds
    review = review_plan(plan, p, KB)
    assert review.verdict != "pass"
    assert any(f.check == "ambition" and f.severity == "error" for f in review.findings)
    assert all(a.alternative for a in plan.ambitions)


def test_zero_base_big_tech_in_three_months_at_ten_hours_a_day_is_named_kindly() -> None:
    words = ["零基础，三个月进大厂做大模型算法，年薪50万，每天10小时"]
    plan, p = _plan(words, "ai_application_engineer", hours=70, weeks=13)
    assert plan.hours_per_week == 40  # capped at a humane level
    assert {"top_lab", "burnout", "timeline"} <= {a.kind for a in plan.ambitions}
    assert review_plan(plan, p, KB).verdict == "infeasible"
    assert plan.language == "zh" and all(
        "现实" in a.message or "透支" in a.message or "短" in a.message for a in plan.ambitions
    )


def test_pay_figures_are_read_in_both_languages() -> None:
    assert pay_figure("年薪50万") == (500_000, "CNY", "年薪50万")
    assert pay_figure("I want $400k a year") == (400_000, "USD", "$400k")
    assert pay_figure("月薪3万")[0] == 360_000  # type: ignore[index]


def test_a_pay_figure_above_every_band_for_the_level_is_flagged() -> None:
    words = ["Bootcamp graduate (JavaScript). I want an AI engineer job paying $400k a year."]
    plan, _ = _plan(words, "ai_application_engineer", hours=10, weeks=52)
    assert "pay" in {a.kind for a in plan.ambitions}


def test_an_ordinary_goal_has_no_ambition_flag() -> None:
    plan, _ = _plan(GO, "agent_engineer", hours=10)
    assert plan.ambitions == []


# --------------------------------------------------------------------------- projects
@pytest.mark.parametrize(
    ("words", "role", "fragment"),
    [
        (NURSE, "ai_augmented_professional", "nurse"),
        (TEACHER, "ai_augmented_professional", "quiz"),
        (ACCOUNTANT, "ai_augmented_professional", "invoice"),
        (DBA, "ai_application_engineer", "database"),
        (CHEM, "ai_for_science_engineer", "surrogate"),
    ],
)
def test_the_project_fits_the_persons_field(words: list[str], role: str, fragment: str) -> None:
    plan, p = _plan(words, role, hours=6, weeks=52)
    assert plan.portfolio_projects
    assert fragment in plan.portfolio_projects[0].title.lower()
    assert check_project_coherence(plan, KB, p) == []


def test_the_project_uses_only_skills_known_or_scheduled_before_it() -> None:
    for words, role, hours in ((GO, "agent_engineer", 10), (SRE, "mlops_engineer", 8)):
        plan, p = _plan(words, role, hours=hours)
        known = {s.skill_id for s in plan.strengths}
        for pp in plan.portfolio_projects:
            for s in pp.skill_ids:
                before = [
                    it for it in plan.items() if it.skill_id == s and it.week_end <= pp.week_start
                ]
                assert s in known or before, (role, s)
        assert check_project_coherence(plan, KB, p) == []


def test_working_at_a_big_company_now_is_not_an_ambition() -> None:
    words = ["我在大厂做运营8年，年薪50万，想转AI应用工程师。"]
    plan, _ = _plan(words, "ai_application_engineer", hours=10, weeks=52)
    assert "top_lab" not in {a.kind for a in plan.ambitions}
    assert "pay" not in {a.kind for a in plan.ambitions}

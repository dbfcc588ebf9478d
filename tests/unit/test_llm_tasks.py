"""The checks around model answers: evidence, ids, numbers and promises stay honest."""

from __future__ import annotations

from datetime import date

from coach.llm.tasks import (
    FieldEvidence,
    PlanCritique,
    PlanWording,
    ProfileDraft,
    ProjectWording,
    SkillMention,
    apply_critique,
    apply_plan_wording,
    merge_profile,
    unknown_citations,
)
from coach.schemas import Finding, Plan, PortfolioProject, Profile, Review, SkillClaim

TEXT = "I've been a maths teacher for 8 years, I use Excel daily. 我每周能学10个小时。"
SKILLS = {"excel", "sql", "python"}
ROLES = {"data_analyst"}


def test_model_values_with_verbatim_evidence_fill_unknown_fields() -> None:
    draft = ProfileDraft(
        current_role="maths teacher",
        years_experience=8,
        hours_per_week=10,
        evidence=[
            FieldEvidence(field="current_role", quote="a maths teacher"),
            FieldEvidence(field="years_experience", quote="for 8 years"),
            FieldEvidence(field="hours_per_week", quote="每周能学10个小时"),
        ],
    )
    profile, rejected = merge_profile(Profile(), draft, TEXT, skill_ids=SKILLS, role_ids=ROLES)
    assert (profile.current_role, profile.years_experience, profile.hours_per_week) == (
        "maths teacher",
        8,
        10,
    )
    assert rejected == []


def test_guesses_without_evidence_are_dropped_and_reported() -> None:
    draft = ProfileDraft(
        horizon_weeks=26,
        region="Shanghai",
        target_role="data_analyst",
        evidence=[FieldEvidence(field="region", quote="I live in Shanghai")],
    )
    profile, rejected = merge_profile(Profile(), draft, TEXT, skill_ids=SKILLS, role_ids=ROLES)
    assert profile.horizon_weeks is None and profile.region is None and profile.target_role is None
    assert any("region" in r for r in rejected) and any("horizon_weeks" in r for r in rejected)


def test_lexicon_values_win_and_unknown_ids_are_not_invented() -> None:
    base = Profile(
        hours_per_week=12, skills=[SkillClaim(skill_id="excel", level=2, evidence="Excel")]
    )
    draft = ProfileDraft(
        hours_per_week=10,
        target_role="astronaut",
        skills=[
            SkillMention(skill_id="excel", level=3, evidence="I use Excel daily"),
            SkillMention(skill_id="pedagogy", level=3, evidence="maths teacher"),
            SkillMention(skill_id="sql", level=2, evidence="I know SQL"),
        ],
        evidence=[
            FieldEvidence(field="hours_per_week", quote="10个小时"),
            FieldEvidence(field="target_role", quote="maths"),
        ],
    )
    profile, rejected = merge_profile(base, draft, TEXT, skill_ids=SKILLS, role_ids=ROLES)
    assert profile.hours_per_week == 12
    assert profile.target_role is None and any("astronaut" in r for r in rejected)
    assert [(s.skill_id, s.raw, s.level) for s in profile.skills] == [
        ("excel", None, 2),
        (None, "pedagogy", 3),
    ]
    assert any("sql" in r for r in rejected)


def _plan() -> Plan:
    return Plan(
        target="data_analyst",
        target_name="Data analyst",
        language="en",
        start_date=date(2026, 3, 2),
        hours_per_week=10,
        horizon_weeks=26,
        total_hours=240,
        portfolio_projects=[
            PortfolioProject(
                title="Sales dashboard",
                description="d",
                skill_ids=["sql"],
                week_start=14,
                week_end=18,
            )
        ],
        rationale="engine rationale",
        message="engine message",
    )


def test_wording_is_applied_when_it_only_repeats_the_plans_numbers() -> None:
    wording = PlanWording(
        rationale="10 hours a week for 26 weeks covers the 240 hours.",
        message="Start on 2026-03-02 with SQL.",
        projects=[
            ProjectWording(index=0, title="Exam results dashboard", description="For schools.")
        ],
    )
    plan, rejected = apply_plan_wording(_plan(), wording)
    assert rejected == []
    assert plan.rationale.startswith("10 hours") and plan.message.startswith("Start on")
    project = plan.portfolio_projects[0]
    assert (project.title, project.week_start, project.week_end) == (
        "Exam results dashboard",
        14,
        18,
    )
    assert (plan.total_hours, plan.horizon_weeks) == (240, 26)


def test_wording_with_new_numbers_or_promises_keeps_the_engine_text() -> None:
    wording = PlanWording(
        rationale="In 12 weeks you will be job ready.",
        message="I guarantee you will get a job at 20k a month.",
        projects=[ProjectWording(index=3, title="x", description="y")],
    )
    plan, rejected = apply_plan_wording(_plan(), wording)
    assert plan.rationale == "engine rationale" and plan.message == "engine message"
    assert any("'12'" in r for r in rejected) and any("guarantee" in r for r in rejected)
    assert any("project 3" in r for r in rejected)


def test_critique_is_attached_without_touching_verdict_or_findings() -> None:
    review = Review(
        verdict="revise", findings=[Finding(check="hours", severity="error", message="m")]
    )
    out = apply_critique(review, PlanCritique(critique="Too dense.", concerns=["no rest weeks"]))
    assert out.verdict == "revise" and out.findings == review.findings
    assert out.critique == "Too dense.\n- no rest weeks"


def test_citations_of_unknown_sources_are_found() -> None:
    text = "Demand is high [src_a]; salaries rise [made_up] (see [src_a])."
    assert unknown_citations(text, {"src_a"}) == ["made_up"]

"""The reviewer on a plan made against a posting: a requirement left out is named; left out
while the plan spends as many hours on what the posting never asks for, it is no "pass"."""

from __future__ import annotations

from datetime import date

from coach.engine.posting import parse_posting
from coach.engine.posting_checks import posting_review
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Phase, Plan, PlanItem, Profile, Review

POSTING = "ML Engineer\nRequirements\n- Experience with model serving\n- Docker\n"


def _plan(*items: tuple[str, float]) -> Plan:
    phase = Phase(
        name="core",
        kind="core",
        week_start=1,
        week_end=10,
        items=[
            PlanItem(skill_id=s, title=s, hours=h, week_start=1, week_end=2, deliverable="d")
            for s, h in items
        ],
    )
    return Plan(
        target="mlops_engineer",
        target_name="MLOps",
        language="en",
        start_date=date(2026, 3, 2),
        hours_per_week=8,
        horizon_weeks=30,
        total_hours=sum(h for _, h in items),
        phases=[phase],
    )


def _review(plan: Plan) -> Review:
    kb = load_kb()
    posting = parse_posting(POSTING, get_lexicon(kb), kb).model_dump(mode="json")
    profile = Profile(current_role="Data analyst", years_experience=4)
    return posting_review(Review(verdict="pass", findings=[]), plan, posting, profile, kb, "en")


def test_a_requirement_left_out_is_named_as_a_warning() -> None:
    review = _review(_plan(("docker", 20)))
    assert review.verdict == "pass"
    assert [(f.check, f.severity) for f in review.findings] == [("posting_coverage", "warning")]


def test_left_out_for_what_the_posting_never_asks_is_not_a_pass() -> None:
    review = _review(_plan(("docker", 20), ("rust", 120)))
    assert review.verdict == "revise"
    finding = review.findings[-1]
    assert finding.severity == "error" and "Rust" in finding.message
    assert "model_serving" in finding.ref


def test_a_years_only_requirement_the_person_meets_is_said_met() -> None:
    from coach.engine.fit import fit_report

    kb = load_kb()
    text = "Data Scientist\nRequirements\n- 4+ years in analytics or data science\n- Strong SQL\n"
    posting = parse_posting(text, get_lexicon(kb), kb)
    seasoned = fit_report(Profile(current_role="Data analyst", years_experience=9), posting, kb)
    assert seasoned.years_met == ["4+ years in analytics or data science"]
    assert seasoned.unmapped == []
    junior = fit_report(Profile(current_role="Data analyst", years_experience=2), posting, kb)
    assert junior.years_met == [] and junior.unmapped

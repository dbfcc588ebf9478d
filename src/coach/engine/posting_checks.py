"""Review check for a plan made against a job posting (pure): every required skill the posting
asks for, that the person lacks, is scheduled; what is not is named to the mentor."""

from __future__ import annotations

from typing import Any

from coach.engine.posting import JobPosting
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Plan, Profile, Review

CHECK = "posting_coverage"


def unscheduled_requirements(
    plan: Plan, posting: JobPosting, profile: Profile, kb: KnowledgeBase
) -> list[str]:
    """Required posting skills the person lacks (per the fit report) and the plan never schedules."""
    from coach.engine.fit import fit_report

    scheduled = {item.skill_id for phase in plan.phases for item in phase.items}
    report = fit_report(profile, posting, kb)
    return [i.skill_id for i in report.missing if i.required and i.skill_id not in scheduled]


def posting_review(
    review: Review,
    plan: Plan,
    posting: dict[str, Any] | None,
    profile: Profile,
    kb: KnowledgeBase,
    lang: str,
) -> Review:
    """``review`` with a warning for each posting requirement the plan leaves out (no posting:
    unchanged)."""
    if not posting:
        return review
    job = JobPosting.model_validate(posting)
    missing = unscheduled_requirements(plan, job, profile, kb)
    if not missing:
        return review
    names = ", ".join(
        (kb.skills[s].name.zh if lang == "zh" else kb.skills[s].name.en) for s in missing
    )
    finding = Finding(
        check=CHECK,
        severity="warning",
        message=t(lang, "fit.check_posting_coverage", skills=names),
        ref=",".join(missing),
    )
    return review.model_copy(update={"findings": [*review.findings, finding]})

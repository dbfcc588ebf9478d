"""Review check for a plan made against a job posting (pure): every required skill the posting
asks for, that the person lacks, is scheduled; what is not is named to the mentor. A plan that
leaves a requirement out while it spends at least as many hours on skills the posting never asks
for (nor needs first) made the wrong trade: an error, so it is not offered as "passed"."""

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
    """Required posting skills the person lacks (per the fit report) and the plan never schedules
    (an "A or B" requirement is one: scheduling any of them covers it)."""
    from coach.engine.fit import fit_report

    scheduled = {item.skill_id for phase in plan.phases for item in phase.items}
    report = fit_report(profile, posting, kb)
    return [
        i.skill_id
        for i in report.missing
        if i.required and i.skill_id not in scheduled and not scheduled & set(i.alternatives)
    ]  # "Python or Go": either one scheduled covers it


def _unasked_hours(plan: Plan, posting: JobPosting, kb: KnowledgeBase) -> tuple[list[str], float]:
    """Scheduled skills the posting neither asks for nor needs first (prerequisites, followed
    through), and their hours."""
    needed = {r.skill_id for r in posting.requirements}
    stack = list(needed)
    while stack:
        skill = kb.skills.get(stack.pop())
        for pre in skill.prerequisites if skill else []:
            if pre not in needed:
                needed.add(pre)
                stack.append(pre)
    hours: dict[str, float] = {}
    for phase in plan.phases:
        for item in phase.items:
            if item.skill_id and item.skill_id in kb.skills and item.skill_id not in needed:
                hours[item.skill_id] = hours.get(item.skill_id, 0.0) + item.hours
    return list(hours), sum(hours.values())


def posting_review(
    review: Review,
    plan: Plan,
    posting: dict[str, Any] | None,
    profile: Profile,
    kb: KnowledgeBase,
    lang: str,
) -> Review:
    """``review`` with a finding for the posting requirements the plan leaves out (no posting:
    unchanged): a warning, or an error that turns a pass into "revise" when the plan spends at
    least the hours the smallest of them needs on skills the posting does not ask for."""
    if not posting:
        return review
    job = JobPosting.model_validate(posting)
    missing = unscheduled_requirements(plan, job, profile, kb)
    if not missing:
        return review

    def name(skill_id: str) -> str:
        return kb.skills[skill_id].name.zh if lang == "zh" else kb.skills[skill_id].name.en

    from coach.engine.fit import fit_report

    gaps = {i.skill_id: i.gap_hours for i in fit_report(profile, job, kb).missing}
    unasked, spent = _unasked_hours(plan, job, kb)
    wrong_trade = plan.feasible and bool(unasked) and spent >= min(gaps.get(s, 0) for s in missing)
    message = t(lang, "fit.check_posting_coverage", skills=", ".join(name(s) for s in missing))
    if wrong_trade:
        others = ", ".join(name(s) for s in unasked[:4])
        message += " " + t(lang, "fit.check_posting_trade", skills=others, hours=round(spent))
    finding = Finding(
        check=CHECK,
        severity="error" if wrong_trade else "warning",
        message=message,
        ref=",".join(missing),
    )
    verdict = "revise" if wrong_trade and review.verdict == "pass" else review.verdict
    return review.model_copy(update={"findings": [*review.findings, finding], "verdict": verdict})

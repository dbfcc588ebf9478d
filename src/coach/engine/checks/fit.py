"""Fit to the person: a plan for a coding role is never made silently for someone who said they
do not want to code (COACHING.md A6: the person chooses; B: the plan serves them)."""

from __future__ import annotations

from coach.engine.checks.common import finding, skill_label
from coach.engine.coding import avoids_coding
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Plan, Profile

CODING_CATEGORIES = frozenset({"programming", "engineering", "infra", "ops", "data", "llm_core"})
"""Skill categories that are coding work (a no-code path learns none of them as its core)."""


def check_coding_fit(plan: Plan, profile: Profile, kb: KnowledgeBase) -> list[Finding]:
    """An error when the person said they do not want to code and the plan's core is coding:
    the role is to be chosen again (a no-code role) or the person confirms they will code."""
    if not avoids_coding(profile):
        return []
    role = kb.roles.get(plan.target)
    if role is not None and role.family == "non_coding":
        return []
    coding = [
        s for s in plan.core_skills if s in kb.skills and kb.skills[s].category in CODING_CATEGORIES
    ]
    if not coding:
        return []
    names = t(plan.language, "checks.list_sep").join(
        skill_label(kb, s, plan.language) for s in coding[:3]
    )
    msg = t(plan.language, "checks.coding_for_no_code", role=plan.target_name, skills=names)
    return [finding("coding_fit", "error", msg)]

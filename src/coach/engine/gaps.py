"""Gap analysis: what the target role needs that the user has not shown yet.

A gap is a skill whose needed level is above the user's *effective* level, where the effective
level counts transferable skills (``Skill.implies``: a Java engineer has programming
fundamentals). Prerequisites of gaps that the user lacks are pulled in as gaps of their own
(reason ``prerequisite``), at the level the dependent needs, capped at ``PREREQ_LEVEL_CAP``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coach.engine.understand import apply_implied_skills
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role
from coach.schemas import Gap, Level, Profile, RoleResearch

PREREQ_LEVEL_CAP = 2
"""A prerequisite is needed at the dependent's level, but never above working level (2)."""

NOT_MENTIONED = "not mentioned"
NOT_MENTIONED_ZH = "未提及"


def not_mentioned(language: str) -> str:
    """The evidence of a skill the user never mentioned, in their language."""
    return NOT_MENTIONED_ZH if language == "zh" else NOT_MENTIONED


Target = RoleResearch | Role
Requirement = tuple[str, int, float]
"""(skill_id, level, weight)"""


def required_skills(target: Target) -> list[Requirement]:
    """The target's requirements as ``(skill_id, level, weight)``, whatever its type."""
    if isinstance(target, RoleResearch):
        return [(r.skill_id, int(r.level), r.weight) for r in target.required_skills]
    return [(r.skill_id, int(r.level), r.weight) for r in target.required]


def effective_levels(profile: Profile, kb: KnowledgeBase) -> dict[str, tuple[int, str]]:
    """skill_id -> (level, evidence) for the KB skills the user shows, directly or by transfer
    (``understand.apply_implied_skills``); claims of skills unknown to the KB are left out."""
    return {s: v for s, v in apply_implied_skills(profile, kb).items() if s in kb.skills}


def as_level(value: int) -> Level:
    """``value`` clamped to a :data:`Level`."""
    clamped = max(0, min(3, value))
    if clamped == 0:
        return 0
    if clamped == 1:
        return 1
    return 2 if clamped == 2 else 3


def analyse_gaps(
    profile: Profile,
    target: Target,
    kb: KnowledgeBase,
    *,
    levels: Mapping[str, tuple[int, str]] | None = None,
    extra: Iterable[Requirement] = (),
) -> list[Gap]:
    """Gaps between ``profile`` and ``target``: required ones (heaviest first), then the
    prerequisites they pull in (in order of discovery). Skills unknown to the KB are skipped.

    ``levels`` defaults to :func:`effective_levels`; ``extra`` adds requirements (a mentor's
    focus) on top of the target's own.
    """
    have = dict(levels) if levels is not None else effective_levels(profile, kb)
    none = not_mentioned(profile.language)
    need: dict[str, int] = {}
    weight: dict[str, float] = {}
    for skill_id, level, w in [*required_skills(target), *extra]:
        if skill_id not in kb.skills:
            continue
        need[skill_id] = max(need.get(skill_id, 0), level)
        weight[skill_id] = max(weight.get(skill_id, 0.0), w)
    required = sorted(
        (s for s in need if have.get(s, (0, ""))[0] < need[s]), key=lambda s: (-weight[s], s)
    )
    gaps: dict[str, Gap] = {}
    for skill_id in required:
        level, evidence = have.get(skill_id, (0, none))
        gaps[skill_id] = Gap(
            skill_id=skill_id,
            need=as_level(need[skill_id]),
            have=as_level(level),
            evidence=evidence or none,
        )
    # Pull in prerequisites breadth-first; a prerequisite already at the needed level stops there.
    queue = list(required)
    while queue:
        skill_id = queue.pop(0)
        dependent_need = min(int(gaps[skill_id].need), PREREQ_LEVEL_CAP)
        for pre in kb.skills[skill_id].prerequisites:
            if pre not in kb.skills:
                continue
            level, evidence = have.get(pre, (0, none))
            if level >= dependent_need:
                continue
            existing = gaps.get(pre)
            if existing is not None and existing.need >= dependent_need:
                continue
            if existing is not None:
                gaps[pre] = existing.model_copy(update={"need": as_level(dependent_need)})
            else:
                gaps[pre] = Gap(
                    skill_id=pre,
                    need=as_level(dependent_need),
                    have=as_level(level),
                    evidence=evidence or none,
                    reason="prerequisite",
                )
            queue.append(pre)
    return list(gaps.values())


def gap_weights(gaps: Iterable[Gap], target: Target, kb: KnowledgeBase) -> dict[str, float]:
    """Priority of each gap: its requirement weight, or for a prerequisite the highest weight of
    the gaps that depend on it (directly or through other gaps)."""
    gap_list = list(gaps)
    ids = {g.skill_id for g in gap_list}
    weights = {g.skill_id: 0.0 for g in gap_list}
    for skill_id, _level, w in required_skills(target):
        if skill_id in weights:
            weights[skill_id] = max(weights[skill_id], w)
    changed = True
    while changed:  # propagate down the prerequisite edges until stable
        changed = False
        for skill_id in sorted(ids):
            for pre in kb.skills[skill_id].prerequisites:
                if pre in ids and weights[pre] < weights[skill_id]:
                    weights[pre] = weights[skill_id]
                    changed = True
    return weights

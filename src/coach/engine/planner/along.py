"""Deferrals the plan teaches along the way: a skill another scheduled step teaches to the level
the plan needs (``Skill.implies``: PyTorch to working level is Python at working level) is not
"after you switch", whatever the selection's order of weights said."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from coach.engine.planner.selection import Learn
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Deferral, Gap

LATER_KINDS = frozenset({"after_switch", "partial"})


def taught_along(
    deferred: Sequence[Deferral],
    chosen: Mapping[str, Learn],
    gaps: Sequence[Gap],
    kb: KnowledgeBase,
) -> list[Deferral]:
    """``deferred`` without what a chosen step teaches to the gap's level anyway; a skill the
    person does not have at basic level yet stays (it is learned before what builds on it)."""
    need = {g.skill_id: int(g.need) for g in gaps}
    have = {g.skill_id: int(g.have) for g in gaps}

    def taught(skill: str) -> bool:
        return have.get(skill, 0) >= 1 and any(
            imp.skill_id == skill
            and imp.level >= need.get(skill, 9)
            and imp.min_level <= x.level_to
            for other, x in chosen.items()
            if other != skill and other in kb.skills
            for imp in kb.skills[other].implies
        )

    return [d for d in deferred if not (d.kind in LATER_KINDS and taught(d.skill_id))]

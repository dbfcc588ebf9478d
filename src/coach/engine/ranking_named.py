"""How central the skills a missing role's words name are to each role of the knowledge base
("AI测试或者大模型评测": LLM evaluation); split out of :mod:`coach.engine.ranking`.
"""

from __future__ import annotations

from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile

DEFINING = 0.8
"""A skill this heavy in some role says which roles a missing one is close to ("评测")."""


def named_weights(
    words: str, kb: KnowledgeBase, profile: Profile | None = None
) -> dict[str, float]:
    """Per role, how central the skills ``words`` name are to it (the weight of the heaviest).
    Only skills that define some role count, and not the ones the person has already (an
    analyst's "AI 数据分析工程师" names her own work, not where she is going)."""
    had = {c.skill_id for c in profile.skills if c.level > 0} if profile is not None else set()
    heaviest = {q.skill_id: q.weight for r in kb.roles.values() for q in r.required}
    for r in kb.roles.values():
        for q in r.required:
            heaviest[q.skill_id] = max(heaviest[q.skill_id], q.weight)
    named = {
        m.id
        for m in get_lexicon(kb).find_skills(words)
        if m.id in kb.skills and m.id not in had and heaviest.get(m.id, 0.0) >= DEFINING
    }
    return {
        r.id: max((q.weight for q in r.required if q.skill_id in named), default=0.0)
        for r in kb.roles.values()
    }

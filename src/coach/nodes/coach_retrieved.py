"""coach: a question the plan does not answer, answered with the closest of the sources (at
most two), tied to the plan, and the next step; a remark with no question is a nod, and no
career words at all is off-topic."""

from __future__ import annotations

import re

from coach.engine.answers import Answer, with_sources
from coach.engine.answers_plan import answer_ack, answer_off_topic, next_step
from coach.engine.turns import CAREER_WORDS
from coach.i18n import t
from coach.knowledge import KnowledgeBase
from coach.knowledge.retrieval import get_index
from coach.nodes.coach_hits import describe_hit
from coach.schemas import Plan

_REMARK = re.compile(
    r"(?!.*[?？])(?!\s*(?:what|how|why|when|where|which|who|can|could|should|would|is|are|do|does|"
    r"will)\b)(?:[\w'’]+[\s,.!~…]*){1,5}",
    re.I,
)
"""A short remark with no question in it (at most five words)."""


_COMMON_VERBS = re.compile(
    r"\b(?:go(?:es|ing)?|went|gone|get(?:s|ting)?|got|do(?:es|ing)?|did|make|made|take|took|"
    r"want|need|think|know|let'?s|really|just|still|also)\b",
    re.I,
)
"""Everyday verbs that name a record by accident ("go" is also the Go language)."""


def retrieved(plan: Plan, text: str, week: int, kb: KnowledgeBase) -> Answer:
    """A question the plan does not answer: the closest of the sources (at most two), tied to
    the plan, and the next step; nothing close (or no career words at all) is off-topic."""
    lang = plan.language
    query = _COMMON_VERBS.sub(" ", text)  # "my hours go up": no lesson on Go
    hits = get_index(kb).search(query, k=2) if CAREER_WORDS.search(text) else []
    if not hits:
        # "hmm, interesting", "ok cool": a remark, not a request to turn away
        return (
            answer_ack(plan, week)
            if _REMARK.fullmatch(text.strip())
            else answer_off_topic(plan, week)
        )
    first = hits[0]
    extra = (
        first.kind == "resource" and kb.resources[first.id].kind in {"practice", "project"}
    ) or (
        first.kind == "skill" and all(i.skill_id != first.id for i in plan.items())
    )  # "should I do Kaggle?": an activity the plan leaves out, worth it as an extra
    head = "coach.b.optional" if extra and _SHOULD_I.search(text) else "coach.b.general"
    lines = [t(lang, head, hours=f"{plan.hours_per_week:g}")]
    lines += [describe_hit(kb, plan, h.kind, h.id, lang) for h in hits]
    sources = [s for h in hits if (s := _hit_source(kb, h.kind, h.id))]
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, sources)


_SHOULD_I = re.compile(
    r"^\W*(?:should|shall|would|is\s+it\s+worth|does\s+it\s+help|do\s+you\s+recommend)\b|要不要|值得|有必要|该不该|需不需要",
    re.I,
)


def _hit_source(kb: KnowledgeBase, kind: str, record_id: str) -> str | None:
    if kind == "fact" and record_id in kb.facts:
        return kb.facts[record_id].source_id
    if kind == "resource" and record_id in kb.resources:
        return kb.resources[record_id].source_id
    if kind == "role" and record_id in kb.roles:
        return next(iter(kb.roles[record_id].source_ids), None)
    return None

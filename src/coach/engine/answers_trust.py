"""Trust in AI output at work ("我们老板觉得AI不靠谱，结论会不会不被认可？", "my manager doesn't
trust AI output"): how AI work earns trust (a first pass a person checks, every finding traced
to its evidence, one piece of work done both ways side by side, the person's sign-off), and the
plan's item that trains it. Pure: data in, text out."""

from __future__ import annotations

import re

from coach.engine.answers import Answer, _item_line, with_sources
from coach.engine.answers_plan import next_step
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan

_TRUST = re.compile(
    r"\b(?:(?:doesn'?t|don'?t|does\s+not|do\s+not|won'?t|will\s+not|never)\s+trust|distrust\w*|"
    r"(?:trust|believe|accept|rely\s+on)\s+(?:\w+\s+){0,3}(?:ai|chatgpt|llm|model)(?:'s)?\s*(?:output|results?|reports?|answers?|work)?|"
    r"(?:ai|chatgpt|llm)\s+(?:is|isn'?t)\s+(?:not\s+)?(?:reliable|trustworthy)|unreliable|skeptical|sceptical)\b"
    r"|不靠谱|不可靠|不信任|不相信|信不过|不被认可|不认可|靠不靠谱|可不可信|可信吗|能信吗|会不会被质疑",
    re.I,
)
_CHECKING = ("judgment_review", "evaluation", "human_ai_workflow_design")


def trust_question(text: str) -> bool:
    """Whether ``text`` asks how AI output gets trusted at work (or fears it will not)."""
    return bool(_TRUST.search(text)) and bool(
        re.search(r"\bai\b|chatgpt|llm|模型|AI|人工智能", text, re.I)
    )


def answer_trust(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """How AI work earns trust, and where the plan trains it."""
    lang = plan.language
    lines = [t(lang, "coach.f.trust_head"), t(lang, "coach.f.trust_how")]
    sources: list[str] = []
    items = [i for s in _CHECKING for i in plan.items() if i.skill_id == s][:1]
    if items:
        line, sources = _item_line(items[0], kb, lang)
        lines += [t(lang, "coach.f.trust_plan"), line]
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, sources, kb)

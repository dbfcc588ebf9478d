"""A target said by what it is not: "her goal isn't MLOps, it's agent engineering",
"他的目标不是做算法工程师，而是做智能体工程师", "她不想当工程师，想做数据分析师",
"not an AI engineer - she wants to be a data analyst".

The role after the negation is the new target (a role the knowledge base lacks is kept with its
closest roles, to ask the mentor back); the role negated is never read as a skill the person
lacks or one to drop. The words read are taken out of the request before it is split into
clauses, so the two halves are never read apart.
"""

from __future__ import annotations

import re

from coach.engine.constraints.corrections import ROLE_WORD, read_target
from coach.engine.constraints.model import Constraint
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase

_A = r"(?:(?:to\s+)?(?:be(?:come)?|work\s+as|do)\s+)?(?:an?\s+|the\s+)?"
_END = r"[^,;.!?，,。；;！？]"
_NEGATED = (
    # "her goal isn't MLOps, it's agent engineering", "the target is not X but Y"
    re.compile(
        r"\b(?:goal|target|aim|direction)(?:\s+role)?\s+(?:is\s*n[o']?t|is\s+not|was\s*n[o']?t|not)\s+"
        rf"{_A}(?P<neg>{_END}+?)\s*(?:[,;:]|\s[-–—]\s)?\s*(?:(?:but|it'?s|it\s+is|rather|instead)\s+)+"
        rf"{_A}(?P<pos>{_END}+)",
        re.I,
    ),
    # "he doesn't want to be an X; he wants to build agents", "she'd rather not be X, ..."
    re.compile(
        r"\b(?:does\s*n[o']?t|doesn'?t|don'?t|do\s+not|never)\s+(?:really\s+)?want\s+"
        rf"{_A}(?P<neg>{_END}+?)\s*[,;:.\-–—]+\s*(?:(?:but|instead|rather)\s+)?(?:(?:she|he|they)\s+)?"
        rf"(?:wants?|would\s+like|'d\s+like|hopes?|plans?)\s+to\s+(?:be(?:come)?\s+|work\s+as\s+)?"
        rf"(?:an?\s+|the\s+)?(?P<pos>{_END}+)",
        re.I,
    ),
    # "not an AI engineer - she wants to be a data analyst"
    re.compile(
        rf"^\s*not\s+(?:an?\s+|the\s+)?(?P<neg>{_END}+?)\s*[,;:\-–—]+\s*(?:(?:she|he|they)\s+)"
        r"(?:wants?|would\s+like|'d\s+like|hopes?|plans?)\s+to\s+(?:be(?:come)?\s+|work\s+as\s+)?"
        rf"(?:an?\s+|the\s+)?(?P<pos>{_END}+)",
        re.I,
    ),
    # "目标不是做算法工程师，而是做智能体工程师", "方向不是MLOps，是智能体工程师"
    re.compile(
        rf"(?:目标|方向|要的|想要的|要做的|想做的)(?:岗位|职位)?(?:并)?不是(?:想)?(?:做|当|成为|转)?(?P<neg>{_END}+?)[，,、\s]*"
        rf"(?:而|而且|其实)?是(?:想)?(?:做|当|成为|转(?:成|为)?)?(?P<pos>{_END}+)"
    ),
    # "她的目标是数据科学家，不是MLOps", "her goal is agent engineering, not MLOps"
    re.compile(
        rf"(?:目标|方向)(?:岗位|职位)?是(?:做|当|成为)?(?P<pos>{_END}+?)[，,、\s]*(?:而)?(?:不是|并非){_END}+"
    ),
    re.compile(
        r"\b(?:goal|target|aim)(?:\s+role)?\s+is\s+(?:to\s+be(?:come)?\s+)?(?:an?\s+)?"
        rf"(?P<pos>{_END}+?)\s*,?\s+(?:not|rather\s+than|instead\s+of)\s+{_END}+",
        re.I,
    ),
    # "她不想当工程师，想做数据分析师"
    re.compile(
        rf"(?:不想|并不想|不是想|不打算|不愿意)(?:当|做|成为|转)(?P<neg>{_END}+?)[，,、\s]*"
        rf"(?:而是)?(?:她|他|他们)?(?:想|要|希望|打算)(?:当|做|成为|转(?:成|为)?)(?P<pos>{_END}+)"
    ),
)


_BOUNDS = (".", ";", "!", "?", "。", "；", "！", "？", "\n")
"""Where a sentence ends: the words read are its own from its start (the person it is about)."""


def _role(phrase: str, kb: KnowledgeBase) -> Constraint | None:
    """The role a phrase names (a known one, or one the sources lack when it says a role word)."""
    from coach.engine.understand.roles import resolve_phrase

    lexicon = get_lexicon(kb)
    if roles := lexicon.find_roles(phrase):
        return Constraint(kind="set_target", text=phrase, role_id=roles[0].id)
    found = resolve_phrase(phrase, lexicon.find_skills(phrase), kb)
    if found.role_id and not found.not_in_kb:
        return Constraint(kind="set_target", text=phrase, role_id=found.role_id)
    if ROLE_WORD.search(phrase):
        closest = tuple(r for r in found.candidates if r in kb.roles)[:3]
        return Constraint(kind="set_target", text=phrase, candidates=closest)
    return None


def read_negated_target(text: str, kb: KnowledgeBase) -> tuple[list[Constraint], str]:
    """The targets said by negation in ``text``, and the text left once their words are out."""
    found: list[Constraint] = []
    for rx in _NEGATED:
        while (m := rx.search(text)) is not None:
            end = m.end()
            role = _role(m.group("pos").strip(), kb)
            if role is None:  # "不是做AI工程师，是在财务岗位上用好AI，目标改成X": the X said after
                end = min([i for b in _BOUNDS if (i := text.find(b, m.end())) >= 0] or [len(text)])
                said = [c for c in read_target(text[m.end() : end], kb) if c.role_id]
                role = said[0] if said else None
            if role is None:
                break
            start = max(text.rfind(b, 0, m.start()) for b in _BOUNDS) + 1  # its sentence
            found.append(role.model_copy(update={"text": text[start:end].strip(" ，,")}))
            text = text[:start] + text[end:]
    return found, text

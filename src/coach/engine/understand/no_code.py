"""Someone who cannot or will not code: a coding role read from their words is no sure target
(COACHING.md A3/A6: a person who does not code is not put on a coding role unasked)."""

from __future__ import annotations

import re

from coach.engine.coding import coding_skills, needs_coding, refuses_coding
from coach.engine.understand.cues import NEGATED_WISH, USE_AI
from coach.engine.understand.mentions import retrieve_roles
from coach.engine.understand.resolve import AUGMENTED_ROLE, Target
from coach.engine.understand.resolve import _skill_roles as skill_roles
from coach.engine.understand.spans import SENTENCE_END, containing, spans
from coach.knowledge.lexicon import Mention
from coach.knowledge.loader import KnowledgeBase

CANNOT_CODE = re.compile(
    r"不会(?:写)?(?:代码|编程|程序)|不懂(?:写)?(?:代码|编程|程序|技术)|没(?:有)?(?:写过|学过)(?:代码|编程)|零基础|"
    r"\b(?:can'?t|cannot|don'?t\s+know\s+how\s+to)\s+(?:really\s+|actually\s+|even\s+)?(?:code|program)\b|"
    r"\bnever\s+(?:really\s+)?(?:coded|programmed)\b|\bnot\s+(?:much\s+of\s+)?a\s+(?:coder|programmer)\b|"
    r"\b(?:zero|no)\s+(?:coding|programming)(?:\s+(?:experience|background|skills))?\b",
    re.I,
)
"""Saying one cannot code (not refusing to): a coding role read from their words is a choice."""


def _sentence(text: str, pos: int) -> str:
    start, end = containing(spans(text, SENTENCE_END), pos)
    return text[start:end].strip()


def no_code_choice(text: str, target: Target, kb: KnowledgeBase) -> Target:
    """A coding role read from someone's words ("AI落地") when they say they do not want to
    code is no sure target: the role without coding when they also say they want AI in their
    own work, else a close call with it first (COACHING A5: a person who will not code is not
    put on a coding role unasked)."""
    role = kb.roles.get(target.role_id or "")
    if role is None or AUGMENTED_ROLE not in kb.roles or target.role_id == AUGMENTED_ROLE:
        return target
    if not (refuses_coding(text) or CANNOT_CODE.search(text)) or not needs_coding(kb, role):
        return target
    if USE_AI.search(text):  # "用AI提升业务": AI in their own work, the role without coding
        target.role_id = AUGMENTED_ROLE
        return target
    target.candidates = [AUGMENTED_ROLE, role.id]
    target.role_id = None
    return target


_WISH = re.compile(
    r"想|希望|打算|准备|\b(?:want|wanna|'d\s+(?:love|like)|would\s+(?:love|like)|hope|hoping|"
    r"plan|planning|looking\s+to|get\s+into)\b",
    re.I,
)


def non_coder_builds(text: str, skills: list[Mention], kb: KnowledgeBase) -> Target | None:
    """Someone who cannot or will not code and wants to build AI things ("I can't code, but I'd
    love to set up AI chatbots for our support team", "不懂编程，想把知识库问答搭起来"): a close
    call led by the role without coding, then the coding role the things point to."""
    if AUGMENTED_ROLE not in kb.roles or not (refuses_coding(text) or CANNOT_CODE.search(text)):
        return None
    wishes = [
        w
        for w in _WISH.finditer(text)
        if not NEGATED_WISH.search(text[max(0, w.start() - 12) : w.end() + 12])
    ]
    if not wishes:
        return None
    wish = wishes[0]
    coding_ids = coding_skills(kb)
    wanted = [m for m in skills if m.start >= wish.start() and m.id not in coding_ids]
    if not wanted:
        return None
    ranked = skill_roles(wanted, kb) or retrieve_roles(text[wish.end() :], kb)
    coding = [r for r, _ in ranked if r in kb.roles and needs_coding(kb, kb.roles[r])]
    if not coding:
        return None
    return Target(
        raw=_sentence(text[wish.end() :], 0).strip(" ,，。.") or None,
        candidates=[AUGMENTED_ROLE, coding[0]],
        evidence=_sentence(text, wish.start()),
    )

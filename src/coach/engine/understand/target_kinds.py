"""Kinds of target answer: unsure ("不太确定", "idk"), AI and nothing more specific, AI applied to a
field ("use ML for molecules"); split out of roles.py.
"""

from __future__ import annotations

import re

from coach.engine.understand.coverage import specific_words
from coach.engine.understand.cues import _TARGET_TOPIC, _UNSURE, NEGATED_WISH
from coach.engine.understand.mentions import stem_roles
from coach.engine.understand.resolve import _AI_WORD, AUGMENTED_ROLE, Target, resolve_phrase
from coach.engine.understand.spans import SENTENCE_END, containing, spans
from coach.knowledge.lexicon import Mention
from coach.knowledge.loader import KnowledgeBase


def _sentence(text: str, pos: int) -> str:
    start, end = containing(spans(text, SENTENCE_END), pos)
    return text[start:end].strip()


def _only_ai(phrase: str, skills: list[Mention], kb: KnowledgeBase) -> bool:
    """The phrase names AI and nothing more specific: no skill, no role stem, no other word."""
    if any(m.text.lower() in phrase.lower() for m in skills) or stem_roles(phrase, kb):
        return False
    return bool(_AI_WORD.search(phrase)) and not specific_words(phrase, kb)


# "use ML for molecules", "apply deep learning to protein design", "想用机器学习做分子设计": AI
# applied to a field; the field decides the role (AI for Science, embodied AI), when it does.
_APPLIED = re.compile(
    r"\b(?:use|using|apply|applying|bring|bringing)\s+(?:ml|ai|machine\s+learning|deep\s+learning|"
    r"llms?|models?)\s+(?:for|to|in|on|into)\s+(?P<field>[^.;!?\n]{3,60})|"
    r"用\s*(?:AI|机器学习|深度学习|大模型|模型)\s*(?:来|去)?\s*(?:做|搞|研究|预测|设计|解决)(?P<zfield>[^，。；！？\n]{2,30})",
    re.I,
)


_OWN_WORK = re.compile(
    r"\b(?:my|our)\s+(?:own\s+)?(?:job|work|team|business|practice|company|clients?|daily|day)\b|"
    r"\b(?:at|in)\s+work\b|\bbetter\b|\bfaster\b|工作|日常|办公|业务|效率|^\s*$",
    re.I,
)


def _applied_target(text: str, skills: list[Mention], kb: KnowledgeBase) -> Target | None:
    m = _APPLIED.search(text)
    if m is None or NEGATED_WISH.search(text[max(0, m.start() - 30) : m.start()]):
        return None
    field = m.group("field") or m.group("zfield") or ""
    inside = [s for s in skills if m.start() <= s.start and s.end <= m.end()]
    target = resolve_phrase(m.group(0), inside, kb)
    if target.role_id is None or target.role_id == AUGMENTED_ROLE or _OWN_WORK.search(field):
        return None
    target.evidence = _sentence(text, m.start())
    target.span = (m.start(), m.end())
    return target


_EITHER = re.compile(
    r"都行|都可以|都好|随便|whichever|either\s+(?:is|works)|any\s+of\s+(?:them|those)|"
    r"(?<=[\u4e00-\u9fff])也(?:可以|行)(?=[，,。.\s]|$)|\bwould\s+(?:also\s+)?(?:be\s+)?(?:fine|ok)\b",
    re.I,
)
_OR = re.compile(r"或者|或是|还是|\bor\b|/", re.I)


def _is_unsure(text: str, asked: str | None) -> bool:
    sentences = spans(text, SENTENCE_END)
    for m in _UNSURE.finditer(text):
        if _EITHER.fullmatch(m.group(0)) and _OR.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "推理或者应用都行", "MLOps or agents, either works": a choice of the two
        if asked == "target":
            return True
        start, end = containing(sentences, m.start())
        before = [sp for sp in sentences if sp[1] <= start]
        if before:  # "maybe something on the people side of AI? idk": the sentence before
            start = before[-1][0]
        if _TARGET_TOPIC.search(text[start:end]):
            return True
    return False


_ALT_TRIM = re.compile(
    r"^\W+|\W+$|都行|都可以|都好|随便|whichever|either\s+(?:is|works)|is\s+fine", re.I
)


def _alternatives(text: str, roles: list[Mention], kb: KnowledgeBase) -> list[str]:
    """Roles named as alternatives in one clause ("推理或者应用都行", "MLOps or agents, either
    works"): each side resolved on its own; two or more different roles make a close call."""
    for c_start, c_end in spans(text, SENTENCE_END):
        clause = text[c_start:c_end]
        if not _OR.search(clause):
            continue
        found: list[str] = []
        at = c_start
        for i, part in enumerate(_OR.split(clause)):
            start = text.find(part, at) if part else at
            at = start + len(part)
            # each side is the words next to "or", up to the clause mark before or after it
            side = re.split(r"[,，;；、]", part)
            words = _ALT_TRIM.sub("", side[-1] if i == 0 else side[0])
            named = [m.id for m in roles if start <= m.start and m.end <= start + len(part)]
            role = (named[-1] if i == 0 else named[0]) if named else None
            sides = [role] if role is not None else []
            if role is None and 2 <= len(words) <= 40:
                # a side that is no sure role offers its closest ones ("designing AI
                # products or an AI prototyper": the first side is itself a close call)
                side_target = resolve_phrase(words, [], kb)
                sides = [side_target.role_id] if side_target.role_id else side_target.candidates[:2]
            found += [r for r in sides if r not in found]
        if len(found) >= 2:
            return found[:3]
    return []


_AI_SIDE_END = re.compile(r"(?:那种|那类|这种|之类|一类|方面|相关)[^，,。；;]*$")
_LEARN_AI = re.compile(
    r"(?<!不)(?:想|希望|打算|准备|要)学(?:点|些|一下|一点)?[^，。；！？\n]{0,20}?(?:AI|人工智能|大模型)|"
    r"(?<!n't\s)(?<!not\s)\b(?:want|wanna|like|hoping|hope|plan)\s+to\s+learn\s+"
    r"(?:some\s+|a\s+bit\s+(?:of\s+)?|about\s+)?[^.,;!?\n，。]{0,30}?\b(?:ai|llms?|machine\s+learning)\b",
    re.I,
)


def _named_first(options: list[str], roles: list[Mention]) -> list[str]:
    named = [m.id for m in roles]
    return sorted(options, key=lambda r: r not in named)


_WHICH_KIND = re.compile(
    r"\b(?:idk|not\s+sure|unsure|don'?t\s+know|no\s+idea|undecided)\s+(?:about\s+)?(?:which|what)\s+"
    r"(?:kind|type|one|sort|flavou?r|area|direction|track|specialty|speciality)\b|"
    r"不(?:太)?(?:知道|确定|清楚)(?:做|选|走)?(?:哪种|哪个方向|哪一种|哪类|哪一类|什么方向|具体(?:做)?什么)",
    re.I,
)
"""Not knowing which kind of a job one wants ("an AI engineer but idk which kind")."""

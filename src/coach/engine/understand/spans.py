"""Sentences and clauses of a turn, as character spans; evidence quoted from them."""

from __future__ import annotations

import re

from coach.knowledge.lexicon import Mention

EVIDENCE_CHARS = 200


SENTENCE_END = re.compile(r"[。！？；;!?\n]+|\.(?=\s|$)")
CLAUSE_END = re.compile(r"[。！？；;!?\n,，:：()（）\[\]【】]+|\.(?=\s|$)|\s+but\s+|但是|不过")


def spans(text: str, boundary: re.Pattern[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in boundary.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def containing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= pos < end:
            return start, end
    return pos, pos


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            chars[i] = " "
    return "".join(chars)


_TRAILING_FILLER = re.compile(
    r"(?:[\s,，;；]*(?:ideally|maybe|probably|perhaps|i\s+guess|i\s+think|please|hopefully|"
    r"if\s+possible|or\s+so|somehow|吧|呢|啊|呀|之类的?|那种|什么的|的话|这块|这一块|这方面|这一类|"
    # the verb of "想往X这块转": the move, not the place moved to
    r"(?:这块|这边|那边|这个方向|方向)?(?:转|发展|靠|走)(?:行|型|过去|一下)?)\s*[.!?。！？~]*)+$",
    re.IGNORECASE,
)


_QUESTION_FRAME = re.compile(
    r"^(?:会不会有|有没有|是否有|有什么|有哪些|能不能做|可不可以做|可以做|"
    r"is\s+there\s+(?:an?\s+|any\s+)?|are\s+there\s+(?:any\s+)?|any\s+)\s*(?:跟|和|与)?\s*",
    re.IGNORECASE,
)
_QUESTION_END = re.compile(r"\s*(?:吗|呢|么|嘛)?\s*[?？]+\s*$|\s*(?:吗|呢|嘛)\s*$")


def trim_role(role: str) -> str:
    """A role or target in the user's words, without quotes, dashes, a question's frame and
    trailing fillers ("AI safety or alignment, ideally" -> "AI safety or alignment";
    "会不会有跟语言相关的AI岗位？" -> "语言相关的AI岗位")."""
    stripped = role.strip(" \t'\"“”‘’-–—:：、")
    unasked = _QUESTION_END.sub("", _QUESTION_FRAME.sub("", stripped))
    stripped = unasked if len(unasked) >= 2 else stripped
    cut = _TRAILING_FILLER.sub("", stripped).strip(" \t'\"“”‘’-–—:：、,，")
    return cut if len(cut) >= 2 else stripped


def evidence_of(text: str, sentences: list[tuple[int, int]], mention: Mention) -> str:
    start, end = containing(sentences, mention.start)
    sentence = text[start:end].strip()
    if len(sentence) <= EVIDENCE_CHARS:
        return sentence
    lo = max(start, mention.start - EVIDENCE_CHARS // 2)
    return " ".join(text[lo : lo + EVIDENCE_CHARS].split())[:EVIDENCE_CHARS]

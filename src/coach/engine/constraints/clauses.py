"""A request split into clauses: sentences, commas, and "and"/"然后"... before a new
instruction; a reason ("because she knows Java") is a clause of its own. A comma inside a
skill's own name ("AI ethics, governance and compliance") never splits it."""

from __future__ import annotations

import re

from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase

_VERBS = (
    r"make|add|include|drop|cut|remove|skip|move|push|bring|start|begin|focus|give|extend|"
    r"shorten|put|keep|limit|cap|reduce|increase|raise|lower|spend|allow|leave|replace|swap|"
    r"prioriti[sz]e|emphasi[sz]e|let|only|also|no|don'?t|do not|trim|teach|cover|schedule|"
    r"stretch|lengthen|compress|delay|postpone|defer|put|plan|do|she|he|they|her|his|their|"
    r"it|the|cap|get|use|go|we|halve|double|triple"
)
_ACTIONS = (
    r"make|add|include|drop|cut|remove|skip|move|push|bring|start|begin|focus|give|extend|"
    r"shorten|put|keep|limit|cap|reduce|replace|swap|teach|schedule|leave|take|trim|halve"
)
"""The instruction verbs a colon may open ("she has never programmed: remove Python")."""
_SPLIT_EN = re.compile(
    rf",?\s+(?:and(?:\s+then)?|&|then|plus|but|also)\s+(?=(?:{_VERBS})\b)"
    rf"|(?<=[a-z])\s*[:：]\s+(?=(?:{_ACTIONS})\b)",  # "She has never programmed: remove Python"
    re.I,
)
_SPLIT_ZH = re.compile(r"(?:并且|然后|同时|另外|而且|此外|还有|但是)")
_SENTENCE = re.compile(
    r"(?<!e\.g\.)(?<!i\.e\.)(?<!etc\.)(?<!vs\.)(?<=[.!?])\s+|[;\n。；！？]+|(?:(?<!\d)[,，]|[,，](?!\d{3}(?!\d)))\s*"
)
"""Sentences and commas; never a thousands separator ("3,500-4,800 EUR" is one figure)."""
# A reason is said, not asked for: "because she knows Java", "因为她会 Java".
_REASON = re.compile(
    r"\s*\b(?=(?:because|since|given\s+that|as\s+(?:she|he|they|it)|so\s+(?:she|he|they))\b)"
    r"|(?=因为|由于|毕竟|既然)",
    re.I,
)
_KEEP = "\x01"
"""Stands for a comma inside a skill's name while the text is split."""


def _protected(text: str, kb: KnowledgeBase | None) -> str:
    """``text`` with the commas inside the skill names it mentions replaced by ``_KEEP``."""
    if kb is None:
        return text
    for m in get_lexicon(kb).find_skills(text):
        if "," in m.text or "，" in m.text:
            inner = re.sub(r"[,，]", _KEEP, text[m.start : m.end])
            text = text[: m.start] + inner + text[m.end :]
    return text


def split_clauses(text: str, kb: KnowledgeBase | None = None) -> list[str]:
    """The clauses of a request, in order (empty and punctuation-only pieces left out)."""
    out: list[str] = []
    for sentence in _SENTENCE.split(_protected(text.strip(), kb)):
        for part in _SPLIT_ZH.split(_SPLIT_EN.sub("\x00", sentence)):
            for piece in part.split("\x00"):
                out.extend(p.strip(" .,，、") for p in _REASON.split(piece))
    return [c.replace(_KEEP, ",") for c in out if c and re.search(r"\w", c)]

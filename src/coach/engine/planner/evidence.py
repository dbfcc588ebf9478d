"""The user's own words as evidence: the clause that shows a skill or a field."""

from __future__ import annotations

import re

SNIPPET_CHARS = 120
CLAUSE_ENDS = (".", "。", ",", "，", ";", "；", "!", "！", "?", "？")
"""Evidence is the clause that shows the field, not the whole message (nor a phone number)."""


def snippet(words: str, pattern: re.Pattern[str], wanted: re.Pattern[str]) -> str:
    """The user's own words that show ``pattern``: the sentence it is in (or the first words)."""
    for line in reversed(words.split("\n")):  # their own sentences before the role's name
        background = wanted.sub(" ", line)
        m = pattern.search(background)
        if m:
            start, end = clause_span(background, m.start(), m.end())
            return background[start:end].strip()[:SNIPPET_CHARS].strip()
    first = next((w.strip() for w in words.split("\n") if w.strip()), "")
    return first[:SNIPPET_CHARS]


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``; a comma inside parentheses does not end it
    ("Python (pandas, scikit-learn)" stays whole)."""
    level = 0
    for ch in text[:start]:
        level = level + 1 if ch in _OPEN else max(0, level - 1) if ch in _CLOSE else level
    left, depth = 0, level
    for i in range(start - 1, -1, -1):
        ch = text[i]
        depth = depth + 1 if ch in _CLOSE else max(0, depth - 1) if ch in _OPEN else depth
        if ch in CLAUSE_ENDS and depth == 0:
            left = i + 1
            break
    right, depth = len(text), level
    for i in range(end, len(text)):
        ch = text[i]
        depth = depth + 1 if ch in _OPEN else max(0, depth - 1) if ch in _CLOSE else depth
        if ch in CLAUSE_ENDS and depth == 0:
            right = i
            break
    return left, right


_OPEN, _CLOSE = "(（[", ")）]"

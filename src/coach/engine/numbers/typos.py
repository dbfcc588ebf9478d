"""Misspelt time words read as the words they are typos of ("by next sumer", "in six mounths",
"febuary", "2 hrs a weeek"), so every reader of hours and dates sees them.

Only a word one edit (or one swap of neighbours) away from a time word, at least five letters
long, and right after a number or a time cue ("next", "by", "in", "per", ...): "tours" alone
stays "tours", "3 mounths" becomes "3 months".
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

_TIME_WORDS = [
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "spring",
    "summer",
    "autumn",
    "winter",
    "months",
    "month",
    "weeks",
    "years",
    "hours",
    "minutes",
    "weekend",
    "weekends",
    "weekdays",
    "weekday",
    "evenings",
    "mornings",
    "evening",
    "morning",
]
_KNOWN = frozenset(_TIME_WORDS) | frozenset(
    [
        "marches",
        "aprils",
        "junes",
        "years",
        "tours",
        "fours",
        "mouth",
        "mouths",
        "yours",
        "ours",
        "weeds",
        "wears",
        "sprint",
        "sprints",
        "string",
        "strings",
        "winner",
        "winners",
        "winder",
        "summed",
        "summers",
        "simmer",
        "hoursl",
        "houses",
        "mornings",
    ]
)
_CUE = re.compile(
    r"(?:\b(?:next|by|before|until|till|in|this|per|a|an|every|each|the|last|of|early|late|"
    r"mid|end|around|within|few|couple|and|or|on)|\d+(?:\.\d+)?|[-–])\s*$",
    re.IGNORECASE,
)
_SHORT = ("year", "week", "hour", "june", "july", "days")
"""Four-letter time words: only a swap ("yaer") or a doubled letter ("weeek") is their typo
(one other letter would make another word: "tour", "fear")."""
_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{4,12}(?![A-Za-z])")


def _closest(word: str) -> str | None:
    low = word.lower()
    if low in _KNOWN or low in _SHORT:
        return None
    for short in _SHORT:
        # one letter typed twice ("weeek"), or in place of its neighbour ("yeer")
        doubled = any(
            low[i] == low[i - 1]
            and (
                low[:i] + low[i + 1 :] == short
                or (len(low) == len(short) and _one_off(low, short, i))
            )
            for i in range(1, len(low))
        )
        if low[0] == short[0] and (doubled or (len(low) == 4 and sorted(low) == sorted(short))):
            return short
    if len(low) < 5:
        return None
    best = [w for w in _TIME_WORDS if abs(len(w) - len(low)) <= 1 and OSA.distance(low, w) <= 1]
    if len(best) != 1 or best[0][0] != low[0]:
        return None  # no time word, or two equally near: leave it as typed
    return best[0]


def _one_off(low: str, short: str, at: int) -> bool:
    return all(a == b for n, (a, b) in enumerate(zip(low, short, strict=True)) if n != at)


_TILDE = re.compile(r"(?<![\w~])~\s*(?=\d)")
"""A tilde before a figure ("in ~9 months", "~10h") is "about" (between figures, "6~8", a range)."""


def fix_time_typos(text: str) -> str:
    """``text`` with misspelt time words after a number or a time cue spelled right, and a
    tilde before a figure read as "about"."""
    if "~" in text:
        text = _TILDE.sub("about ", text)
    if not text.isascii() and not re.search(r"[A-Za-z]{5}", text):
        return text
    out: list[str] = []
    at = 0
    for m in _WORD.finditer(text):
        if not _CUE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        fixed = _closest(m.group(0))
        if fixed is None:
            continue
        out += [text[at : m.start()], fixed]
        at = m.end()
    return "".join(out) + text[at:] if out else text

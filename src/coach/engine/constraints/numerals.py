"""Number helpers for the constraint parser: English and Chinese numerals, durations in weeks.

Kept apart from the parser so they can be swapped for the shared ``coach.engine.numbers``
module (issue 9) when it lands: the parser only uses ``NUM``, ``number`` and ``to_weeks``.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0.5, "half an": 0.5, "a half": 0.5, "half": 0.5, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100, "hundred": 100,
}  # fmt: skip
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip

_WORDS = sorted([*_UNITS, *_TENS], key=len, reverse=True)
_EN_WORD = (
    r"(?:(?:"
    + "|".join(sorted(_TENS, key=len, reverse=True))
    + r")[\s-]+(?:"
    + "|".join(k for k in _UNITS if " " not in k and _UNITS[k] >= 1 and k not in {"a", "an"})
    + r")|"
    + "|".join(re.escape(w) for w in _WORDS)
    + r")"
)
_DIGITS = r"\d+(?:\.\d+)?"
_ZH = r"[零〇一二两俩三四五六七八九十百]+半?|半"
NUM = rf"(?:~|about\s+|around\s+|roughly\s+|约|大约|大概)?(?:{_DIGITS}|{_EN_WORD}\b|{_ZH})"
"""A regex for one number in English or Chinese (digits, words, Chinese numerals)."""


def _zh(token: str) -> float | None:
    half = token.endswith("半") and len(token) > 1
    token = token[:-1] if half else token
    if token == "半":
        return 0.5
    if not token or any(ch not in _ZH_DIGITS and ch not in "十百" for ch in token):
        return None
    value = 0
    if "百" in token:
        head, _, token = token.partition("百")
        value += (_ZH_DIGITS.get(head, 1) if head else 1) * 100
        token = token.lstrip("零〇")
    if "十" in token:
        tens, _, ones = token.partition("十")
        value += (_ZH_DIGITS[tens] if tens else 1) * 10
        value += _ZH_DIGITS[ones] if ones else 0
    elif token:
        digits = 0
        for ch in token:
            digits = digits * 10 + _ZH_DIGITS[ch]
        value += digits
    return value + (0.5 if half else 0.0)


def number(token: str) -> float | None:
    """The value of a number matched by ``NUM`` (None when it is not one)."""
    token = re.sub(
        r"^(?:~|about\s+|around\s+|roughly\s+|约|大约|大概)", "", token.strip(), flags=re.I
    )
    low = " ".join(token.lower().replace("-", " ").split())
    if re.fullmatch(_DIGITS, low):
        return float(low)
    if low in _UNITS:
        return float(_UNITS[low])
    if low in _TENS:
        return float(_TENS[low])
    parts = low.split(" ")
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return float(_TENS[parts[0]] + _UNITS[parts[1]])
    return _zh(token)


def months_to_weeks(months: float) -> int:
    """Calendar months as whole weeks (12 months -> 52 weeks)."""
    return max(1, round(months * 52 / 12))


def to_weeks(value: float, unit: str) -> int:
    """A duration (``value`` of ``unit``: week/month/year, en or zh) in whole weeks."""
    unit = unit.lower()
    if unit.startswith(("year", "yr")) or unit.endswith("年"):
        return max(1, round(value * 52))
    if unit.startswith(("month", "mo")) or unit.endswith("月"):
        return months_to_weeks(value)
    return max(1, round(value))


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

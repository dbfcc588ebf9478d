"""Numbers as requests and time-away phrases say them, on the shared numerals of
:mod:`coach.engine.numbers`: one regex for a number (with "about"/"约" and "X半"), its value, weeks in a duration, months."""

from __future__ import annotations

import re

from coach.engine.numbers import NUM_EN, NUM_ZH, parse_number
from coach.engine.numbers import to_weeks as _to_weeks

_APPROX = r"(?:~|about\s+|around\s+|roughly\s+|约|大约|大概)"
NUM = rf"{_APPROX}?(?:{NUM_EN}|(?:{NUM_ZH})半?|(?<![一二两三四五六七八九十])半)"
"""A regex for one number in English or Chinese (digits, words, Chinese numerals), on the
shared numerals of :mod:`coach.engine.numbers` ("X半" is X and a half)."""


def number(token: str) -> float | None:
    """The value of a number matched by ``NUM`` (None when it is not one)."""
    token = re.sub(rf"^{_APPROX}", "", token.strip(), flags=re.I)
    if len(token) > 1 and token.endswith("半"):
        whole = parse_number(token[:-1])
        return None if whole is None else whole + 0.5
    return parse_number(token)


def to_weeks(value: float, unit: str) -> int:
    """Weeks in ``value`` of ``unit`` (weeks/months/years, en or zh, "个月" and "个星期" too)."""
    return _to_weeks(value, unit.removeprefix("个"))


def months_to_weeks(months: float) -> int:
    """Calendar months as whole weeks (12 months -> 52 weeks)."""
    return to_weeks(months, "month")


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

"""Numerals and ranges in English and Chinese (see :mod:`coach.engine.numbers`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE

_UNITS_EN = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_PHRASES_EN = {
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a dozen": 12,
    "dozen": 12,
    "half a": 0.5,
    "half an": 0.5,
    "a half": 0.5,
    "an": 1,
    "a": 1,
    "a single": 1,
    "a decade": 10,
}
_WORDS_EN = "|".join(
    sorted([*_UNITS_EN, *_PHRASES_EN], key=lambda w: (-len(w), w)),
)
_TENS_SRC = "|".join(_TENS_EN)
NUM_EN = (
    r"(?<![A-Za-z0-9.])(?:\d++(?:\.\d++)?|"
    rf"(?:{_TENS_SRC})(?:[\s-]?(?:one|two|three|four|five|six|seven|eight|nine))?\b|"
    rf"(?:{_WORDS_EN})\b)"
)
"""Regex source of one English or Arabic numeral (no capture groups)."""
_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5}
_ZH_DIGIT |= {"六": 6, "七": 7, "八": 8, "九": 9}
_ZH_CHARS = "零〇一二两俩三四五六七八九十百"
NUM_ZH = rf"(?<![\d.{_ZH_CHARS}])(?:\d++(?:\.\d++)?|[{_ZH_CHARS}]++)"
"""Regex source of one Chinese or Arabic numeral (no capture groups)."""
_RANGE_SEP = r"\s*(?:-|–|—|~|～|to|or|到|至|或)\s*"


@dataclass(frozen=True)
class Amount:
    """A quantity said in a text: ``value`` to plan on, ``high`` when a range was given."""

    value: float
    start: int
    end: int
    high: float | None = None
    text: str = ""
    how: str = ""
    """How a week of hours adds up, when it was said in parts ("1 h×5 + 4 h"); else empty."""
    assumed_weekend: bool = False
    """The weekend was said as "more" with no figure and is counted as two weekdays."""

    @property
    def is_range(self) -> bool:
        return self.high is not None and self.high != self.value


def parse_number(token: str) -> float | None:
    """One numeral: Arabic ("12", "1.5"), English ("thirteen", "twenty-five", "a couple"),
    or Chinese ("十二", "二十五", "两", "俩", "一百", "半"). ``None`` if it is not one."""
    s = " ".join(token.strip().lower().split())
    if not s:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s) if len(s) <= 12 else None
    if s in _UNITS_EN:
        return float(_UNITS_EN[s])
    if s in _PHRASES_EN:
        return float(_PHRASES_EN[s])
    m = re.fullmatch(rf"({_TENS_SRC})(?:[\s-]?([a-z]+))?", s)
    if m:
        unit = _UNITS_EN.get(m.group(2) or "zero")
        return None if unit is None or unit > 9 else float(_TENS_EN[m.group(1)] + unit)
    if s == "半":
        return 0.5
    return _zh_number(s)


def _zh_number(s: str) -> float | None:
    total, current, seen = 0, 0, False
    for ch in s:
        if ch in _ZH_DIGIT:
            current, seen = _ZH_DIGIT[ch], True
        elif ch in "十百":
            total += (current or 1) * (10 if ch == "十" else 100)
            current, seen = 0, True
        else:
            return None
    return float(total + current) if seen and len(s) <= 6 else None


def to_weeks(amount: float, unit: str) -> int:
    """Weeks in ``amount`` of ``unit`` (week/month/year or 周/月/年); at least one."""
    u = unit.lower()
    if u.startswith(("q", "季")):  # a quarter of a year
        return max(1, int(amount * 13 + 0.5))
    if u.startswith(("w", "周", "星", "礼")):
        weeks = amount
    elif u.startswith(("m", "月")):
        weeks = amount * 52 / 12
    elif u.startswith(("d", "天")):
        weeks = amount / 7
    else:
        weeks = amount * 52
    return max(1, int(weeks + 0.5))


# --------------------------------------------------------------------------- ranges
_Q_EN = rf"(?P<n>{NUM_EN})(?:{_RANGE_SEP}(?P<hi>{NUM_EN}))?(?:\s*-?ish)?"
_Q_ZH = rf"(?P<n>{NUM_ZH})(?:{_RANGE_SEP}(?P<hi>{NUM_ZH}))?"
# 一两年, 三五个月, 两三个小时, 十二三个小时, 二十三四: two Chinese digits in a row are a range.
_Q_ZH_PAIR = re.compile(
    r"^((?:[一二两三四五六七八九]?十)?)([一二两三四五六七八九])([二两三四五六七八九])$"
)


def zh_pair(raw: str) -> tuple[float, float] | None:
    """A Chinese range said as two digits in a row ("两三", "十二三", "三五"), else None."""
    m = _Q_ZH_PAIR.match(raw)
    if m is None or _ZH_DIGIT.get(m.group(2), 0) >= (_ZH_DIGIT.get(m.group(3)) or 10):
        return None
    base = parse_number(m.group(1)) if m.group(1) else 0.0
    if base is None:
        return None
    return base + _ZH_DIGIT[m.group(2)], base + _ZH_DIGIT[m.group(3)]


def _range(m: re.Match[str], extra: float = 0.0) -> tuple[float, float | None] | None:
    raw = m.group("n")
    pair = zh_pair(raw) if not m.group("hi") else None
    low: float | None
    high: float | None
    if pair:
        low, high = pair
    else:
        low = parse_number(raw)
        high = parse_number(m.group("hi")) if m.group("hi") else None
    if low is None:
        return None
    low += extra
    if high is not None:
        high += extra
        if high < low:
            low, high = high, low
    return low, high


def _amount(m: re.Match[str], value: float, high: float | None) -> Amount:
    return Amount(value=value, high=high, start=m.start(), end=m.end(), text=m.group(0))

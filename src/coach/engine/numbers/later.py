"""Weekly hours that change later, said with the hours of now: "about 8 hrs a week, but in 3
months it goes up to 15", "每周8小时，三个月后能到15小时", "10 now, 20 from March".

The time in such a clause says WHEN the new hours start; it is never the horizon of the
career change. Pure: dates are relative to a given ``today``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from coach.engine.numbers.approx import MONTH_NAMES, MONTHS, NUM, number, to_weeks


@dataclass(frozen=True)
class LaterHours:
    hours: float
    day: date
    start: int
    """Where the clause (its time and its new figure) starts and ends in the text."""
    end: int


_WHEN_EN = re.compile(
    rf"\b(?:in|after)\s+(?P<n>{NUM}|a|one|a\s+couple\s+of|a\s+few)\s+(?P<u>weeks?|months?)\b"
    rf"|\b(?:from|starting(?:\s+in)?|after|in|once|when)\s+(?:early\s+|mid-?\s*|late\s+)?"
    rf"(?P<month>{MONTH_NAMES})\b(?!\s+\d)"
    r"|\b(?P<next>next\s+month|next\s+year|the\s+new\s+year)\b",
    re.IGNORECASE,
)
_WHEN_ZH = re.compile(
    rf"(?P<n>{NUM})\s*(?P<u>个星期|个礼拜|周|个月|月)\s*(?:以?后|之后|过后)"
    r"|(?:从|自|到)?\s*(?:明年)?\s*(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?\s*"
    r"(?:起|开始|以后|之后|后)"
    r"|(?P<next>下个?月|明年)(?:起|开始|以后)?"
)
_FEW = {"a": 1, "one": 1, "a couple of": 2, "a few": 3}

_CHANGE_EN = re.compile(
    rf"\b(?:goes?|going|rises?|jumps?|climbs?|increases?|drops?|falls?|goes\s+down|"
    rf"be|becomes?|will\s+be|i'?ll\s+have|i\s+will\s+have|i\s+get|get|have|more\s+like|"
    rf"up|down|back)\b[^.;!?\d]{{0,24}}?(?P<h>{NUM})\s*(?:h|hrs?|hours?)?\b"
    rf"|(?P<h2>{NUM})\s*(?:h|hrs?|hours?)\b(?:\s*(?:a|per|/)\s*(?:week|wk))?",
    re.IGNORECASE,
)
_CHANGE_ZH = re.compile(
    rf"(?:能到|可以到|到|增加到|加到|升到|涨到|变成|变为|有|能有|可以有|降到|减到|只剩|只有|就有)"
    rf"\s*(?:每周|一周)?\s*(?P<h>{NUM})\s*(?:个)?\s*(?:小时|h|钟头)"
    rf"|(?:每周|一周)\s*(?:能|可以)?\s*(?:学|投入|有)?\s*(?P<h2>{NUM})\s*(?:个)?\s*(?:小时|h)"
    rf"|^\s*(?:起|开始)?\s*(?P<h3>{NUM})\s*(?:个)?\s*(?:小时|h)"
)
_CLAUSE = re.compile(r"[.;!?。；！？\n]")
_FIGURE_BEFORE = re.compile(
    rf"(?P<h>{NUM})\s*(?:h|hrs?|hours?|个?小时)?\s*(?:a\s+week|per\s+week|/\s*wk|每周)?\s*$",
    re.IGNORECASE,
)


def hours_from_text(hours: float, day: date, weeks: int | None = None) -> str:
    """New weekly hours from ``day`` as a profile constraint the request parser reads back (for
    ``weeks`` weeks, then back to the usual hours, when it is a window)."""
    window = f" for {weeks} weeks" if weeks else ""
    return f"{hours:g} hours a week from {day.isoformat()}{window}"


def _when(m: re.Match[str], today: date) -> date | None:
    if m.group("n") is not None:
        raw = m.group("n").strip().lower()
        value = _FEW.get(raw) or number(raw)
        return None if not value else today + timedelta(weeks=to_weeks(value, m.group("u")))
    if m.group("month") is not None:
        raw = m.group("month").lower()
        month = MONTHS.get(raw) or number(raw)
        if not month or not 1 <= month <= 12:
            return None
        first = date(today.year, int(month), 1)
        return first if first > today else date(today.year + 1, int(month), 1)
    nxt = m.group("next").lower()
    if "month" in nxt or "月" in nxt:
        return date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    return date(today.year + 1, 1, 1)


def _figure(m: re.Match[str]) -> float | None:
    groups = m.groupdict()
    raw = groups.get("h") or groups.get("h2") or groups.get("h3") or ""
    return number(raw.strip()) if raw.strip() else None


def find_later_hours(text: str, today: date | None, after: int = 0) -> LaterHours | None:
    """New weekly hours from a later day, said after position ``after`` (the end of the hours
    of now), or ``None``. The time and the new figure sit in one clause, the time first ("in 3
    months it goes up to 15") or last ("20 from March")."""
    if today is None:
        return None
    for rx, change in ((_WHEN_EN, _CHANGE_EN), (_WHEN_ZH, _CHANGE_ZH)):
        for m in rx.finditer(text, after):
            day = _when(m, today)
            if day is None:
                continue
            cut = _CLAUSE.search(text, m.end())
            clause_end = cut.start() if cut else len(text)
            ahead = change.search(text[m.end() : clause_end])
            if ahead is not None:
                figure, at, upto = _figure(ahead), m.end() + ahead.start(), m.end() + ahead.end()
            else:  # "20 from March": the figure before the time
                back = max(after, text.rfind(",", after, m.start()) + 1)
                back = max(back, text.rfind("，", after, m.start()) + 1)
                before = _FIGURE_BEFORE.search(text, back, m.start())
                if before is None:
                    continue
                figure, at, upto = _figure(before), before.start(), before.end()
            if figure is None or not 0 < figure <= 80:
                continue
            return LaterHours(figure, day, min(m.start(), at), max(m.end(), upto))
    return None


def from_day(text: str, today: date | None, start: int, end: int) -> LaterHours | None:
    """The later day new hours said at ``start:end`` begin, when their own clause says one
    ("I'll have 15 hours a week from January", "明年3月起每周20小时"), else ``None``; the span
    covers the hours and the day (``hours`` is 0: the caller has them)."""
    if today is None:
        return None
    cuts = [m.end() for m in _CLAUSE_OR_COMMA.finditer(text, 0, start)]
    first = cuts[-1] if cuts else 0
    after = _CLAUSE_OR_COMMA.search(text, end)
    last = after.start() if after else len(text)
    for rx in (_WHEN_EN, _WHEN_ZH):
        for m in rx.finditer(text, first, last):
            day = _when(m, today)
            if day is not None and day > today + timedelta(days=7):
                return LaterHours(0.0, day, min(start, m.start()), max(end, m.end()))
    return None


_CLAUSE_OR_COMMA = re.compile(r"[.;!?。；！？\n,，]")

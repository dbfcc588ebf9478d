"""Weekly hours that change later, said with the hours of now: "about 8 hrs a week, but in 3
months it goes up to 15", "每周8小时，三个月后能到15小时", "10 now, 20 from March".

The time in such a clause says WHEN the new hours start; it is never the horizon of the
career change. Pure: dates are relative to a given ``today``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from coach.engine.numbers.approx import NUM, number
from coach.engine.numbers.starts import when_at


@dataclass(frozen=True)
class LaterHours:
    hours: float
    day: date
    start: int
    """Where the clause (its time and its new figure) starts and ends in the text."""
    end: int


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


def _day(when: dict[str, object], today: date) -> date | None:
    """The first day of a start :func:`~coach.engine.numbers.starts.when_at` read."""
    day, month, week = when.get("from_date"), when.get("from_month"), when.get("from_week")
    if isinstance(day, date):
        return day
    if isinstance(month, int):
        first = date(today.year, month, 1)
        return first if first > today else date(today.year + 1, month, 1)
    if isinstance(week, int):
        return today + timedelta(weeks=week - 1)
    return None


def _start_in(text: str, lo: int, hi: int, today: date) -> tuple[date, int, int] | None:
    """The start said in ``text[lo:hi]`` (a day and where), on the shared reader of starts."""
    found = when_at(text[lo:hi], today)
    if found is None:
        return None
    day = _day(found[0], today)
    return None if day is None else (day, lo + found[1], lo + found[2])


def _clauses(text: str, after: int, cut: re.Pattern[str]) -> list[tuple[int, int]]:
    """The clauses of ``text`` from ``after`` on, as (start, end)."""
    out, lo = [], after
    for m in cut.finditer(text, after):
        out.append((lo, m.start()))
        lo = m.end()
    return [*out, (lo, len(text))]


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
    for lo, hi in _clauses(text, after, _CLAUSE):
        start = _start_in(text, lo, hi, today)
        if start is None:
            continue
        day, m_start, m_end = start
        ahead = _CHANGE_EN.search(text[m_end:hi]) or _CHANGE_ZH.search(text[m_end:hi])
        if ahead is not None:
            figure, at, upto = _figure(ahead), m_end + ahead.start(), m_end + ahead.end()
        else:  # "20 from March": the figure before the time
            back = max(lo, text.rfind(",", lo, m_start) + 1, text.rfind("，", lo, m_start) + 1)
            before = _FIGURE_BEFORE.search(text, back, m_start)
            if before is None:
                continue
            figure, at, upto = _figure(before), before.start(), before.end()
        if figure is None or not 0 < figure <= 80:
            continue
        return LaterHours(figure, day, min(m_start, at), max(m_end, upto))
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
    start_at = _start_in(text, first, last, today)
    if start_at is not None and start_at[0] > today + timedelta(days=7):
        day, m_start, m_end = start_at
        return LaterHours(0.0, day, min(start, m_start), max(end, m_end))
    return None


_CLAUSE_OR_COMMA = re.compile(r"[.;!?。；！？\n,，]")

"""A dip in the weekly hours for a while, said without "a week": "zero hours in January", "no
study at all in January 2027", "一月份不学", and a dated span "0 hours a week from 2027-01-01
to 2027-01-31" (the end date kept). The month or span is the window; the usual hours come back
after it. Never a horizon: "in January 2027" here is when the dip falls, not the plan's end.
"""

from __future__ import annotations

import re
from datetime import date

from coach.engine.constraints.model import Constraint
from coach.engine.constraints.quantities import HOURS, PROJECT, when_and_window
from coach.engine.numbers.approx import MONTH_NAMES, MONTHS, number
from coach.knowledge.lexicon import Mention

NO_STUDY = re.compile(
    r"\b(?:no|zero)\s+(?:study(?:ing)?|learning|studies|plan\s+work|hours?)\b"
    r"|\b(?:can'?t|cannot|won'?t|will\s+not|not\s+able\s+to)\s+(?:study|learn|do\s+anything)\b"
    r"|\b(?:a\s+)?(?:break|pause)\s+from\s+(?:the\s+plan|studying|study)\b|\btake\s+(?:\w+\s+)?off\b"
    r"|\b(?:is|will\s+be|'s)\s+(?:away|on\s+(?:leave|holiday|vacation))\b"
    r"|不学|没法学|学不了|没(?:有)?时间|没空|停学|暂停(?:学习)?|停一下|休假",
    re.I,
)
_ISO = r"(\d{4})-(\d{1,2})-(\d{1,2})"
_SPAN = re.compile(rf"{_ISO}\s*(?:to|until|till|through|and|-|–|—|到|至|~)\s*{_ISO}", re.I)
_DAY_EN = rf"(?:({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_NAMES}))"
_DAY_SPAN_EN = re.compile(rf"\b{_DAY_EN}\s*(?:to|until|till|through|and|-|–|—)\s*{_DAY_EN}", re.I)
_DAY_ZH = r"(\d{1,2}|[一二三四五六七八九十]+)\s*月\s*(\d{1,2})\s*[日号]"
_DAY_SPAN_ZH = re.compile(
    rf"{_DAY_ZH}\s*(?:到|至|-|–|—|~)\s*(?:(\d{{1,2}}|[一二三四五六七八九十]+)\s*月\s*)?(\d{{1,2}})\s*[日号]"
)


def _on(month: int, day: int, after: date) -> date | None:
    """The next ``month``/``day`` on or after ``after`` (None if no such day)."""
    for year in (after.year, after.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if d >= after:
            return d
    return None


def _days(s: str, today: date | None) -> tuple[date, date] | None:
    """The first and last day of a span said with days: ISO dates, "Dec 21 to Jan 3",
    "12月21日到1月3日" (the next such days from ``today``)."""
    if m := _SPAN.search(s):
        try:
            a = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            b = date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
        except ValueError:
            return None
        return a, b
    if today is None:
        return None
    if m := _DAY_SPAN_EN.search(s):
        g = m.groups()
        m1, d1 = (g[0], g[1]) if g[0] else (g[3], g[2])
        m2, d2 = (g[4], g[5]) if g[4] else (g[7], g[6])
        start = _on(MONTHS[m1.lower()], int(d1), today)
        end = _on(MONTHS[m2.lower()], int(d2), start) if start else None
        return (start, end) if start and end else None
    if z := _DAY_SPAN_ZH.search(s):
        m1, d1 = number(z.group(1)), int(z.group(2))
        m2 = number(z.group(3)) if z.group(3) else m1
        if m1 is None or m2 is None:
            return None
        start = _on(int(m1), d1, today)
        end = _on(int(m2), int(z.group(4)), start) if start else None
        return (start, end) if start and end else None
    return None


def _span(s: str, today: date | None) -> tuple[date, int] | None:
    """ "from 2027-01-01 to 2027-01-31": the first day and the weeks the span covers."""
    days = _days(s, today)
    if days is None or days[1] < days[0]:
        return None
    a, b = days
    return a, max(1, -(-((b - a).days + 1) // 7))


def read_dip(s: str, today: date | None, mentions: list[Mention]) -> list[Constraint]:
    """The weekly hours of a dip with its window ([] when the clause says none, names a skill
    or the project, or says no window)."""
    if mentions or PROJECT.search(s):
        return []
    hours = HOURS.search(s)
    value = number(hours.group(1)) if hours else (0.0 if NO_STUDY.search(s) else None)
    if value is None or value > 80:
        return []
    if span := _span(s, today):
        first, weeks = span
        return [
            Constraint(
                kind="hours_from", text=s, hours_per_week=value, from_date=first, for_weeks=weeks
            )
        ]
    when, window = when_and_window(s, today)
    if not when or not window or not (hours or value == 0):
        return []
    return [Constraint(kind="hours_from", text=s, hours_per_week=value, for_weeks=window, **when)]

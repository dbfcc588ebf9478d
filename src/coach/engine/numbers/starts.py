"""When something starts, in people's words ("from March", "in 3 months", "下个月起", "从第5周开始"),
relative to a given ``today``. Pure, no clock: one reader for new weekly hours in intake, in a
change after approval and in a mentor's request."""

from __future__ import annotations

import re
from datetime import date, timedelta

from coach.engine.numbers.approx import MONTH_NAMES, MONTHS, NUM, number, to_weeks


def first_of_next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


# "want a job in 4 months": the time is the goal's (a horizon), not when new hours start
_GOAL_BEFORE = re.compile(
    r"\b(?:job|role|offer|switch|hired|done|ready|finish(?:ed)?|there|goal|transition)\b[^,.;]*$"
    r"|(?:工作|转型|上岸|完成|找到)[^，。；]*$",
    re.I,
)


def _part_of(month: int, part: str, today: date | None) -> dict[str, object]:
    """A month, or a day in it ("mid-January": the 15th, "late": the 21st, "2月15号") when
    today is known (the next such day)."""
    day = {"mid": 15, "late": 21}.get(part) or (int(part) if part.isdigit() else None)
    if today is None or day is None or not 1 <= day <= 28:
        return {"from_month": month}
    first = date(today.year, month, day)
    return {"from_date": first if first >= today else date(today.year + 1, month, day)}


def when_at(s: str, today: date | None) -> tuple[dict[str, object], int, int] | None:
    """When new weekly hours start (a date, a month, a plan week) and where ``s`` says it;
    None if the clause says none."""
    if iso := re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        try:
            return {"from_date": date(*(int(g) for g in iso.groups()))}, iso.start(), iso.end()
        except ValueError:
            return None
    if m := re.search(
        rf"\b(?:from|starting(?:\s+in)?|start(?:ing)?\s+in|after|since|beginning(?:\s+of)?|"
        rf"as\s+of|in|by)\s+(?P<part>early\s+|mid-?\s*|late\s+)?({MONTH_NAMES})\b",
        s,
        re.I,
    ):
        month = MONTHS[m.group(2).lower()]
        part = (m.group("part") or "").strip(" -").lower()
        return _part_of(month, part, today), m.start(), m.end()
    if m := re.search(
        r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?\s*(中旬|下旬|(\d{1,2})\s*[日号])", s
    ):
        value = number(m.group(1))
        part = "mid" if m.group(2) == "中旬" else "late" if m.group(2) == "下旬" else m.group(3)
        if value is not None and 1 <= value <= 12:  # "1月中旬起", "2月15号开始"
            return _part_of(int(value), part, today), m.start(), m.end()
    if m := re.search(  # "once June starts", "when March comes", "June onwards"
        rf"\b(?:once|when|as\s+soon\s+as)\s+({MONTH_NAMES})\s+(?:starts|begins|comes|arrives|hits)\b"
        rf"|\b({MONTH_NAMES})\s+(?:onwards?|and\s+(?:after|later|beyond)|on\b)",
        s,
        re.I,
    ):
        return {"from_month": MONTHS[(m.group(1) or m.group(2)).lower()]}, m.start(), m.end()
    if m := re.search(
        r"(?:从|自)?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?\s*(?:起|开始|以后|之后|后|份起)",
        s,
    ):
        value = number(m.group(1))
        if value is not None and 1 <= value <= 12:
            return {"from_month": int(value)}, m.start(), m.end()
    if m := re.search(
        rf"\b(?:from|starting|after|as\s+of)\s+week\s+({NUM})|从?第\s*({NUM})\s*周(?:起|开始|以后|后)",
        s,
        re.I,
    ):
        value = number(m.group(1) or m.group(2))
        return ({"from_week": int(value)}, m.start(), m.end()) if value else None
    if m := re.search(r"\bnext\s+month\b|下个?月|下月", s, re.I):
        when: dict[str, object] = (
            {"from_date": first_of_next_month(today)} if today else {"from_week": 5}
        )
        return when, m.start(), m.end()
    if m := re.search(r"\bnext\s+week\b|下周|下星期|下个星期", s, re.I):
        week: dict[str, object] = (
            {"from_date": today + timedelta(days=7 - today.weekday())}
            if today
            else {"from_week": 2}
        )
        return week, m.start(), m.end()
    if (
        m := re.search(
            rf"\bin\s+({NUM})\s+(weeks?|months?)\b|({NUM})\s*(个星期|周|个月)(?:以?后)", s, re.I
        )
    ) and not _GOAL_BEFORE.search(s[max(0, m.start() - 30) : m.start()]):
        value = number(m.group(1) or m.group(3))
        if value:
            weeks = to_weeks(value, m.group(2) or m.group(4))
            later: dict[str, object] = (
                {"from_date": today + timedelta(weeks=weeks)} if today else {"from_week": weeks + 1}
            )
            return later, m.start(), m.end()
    return None


def from_when(s: str, today: date | None) -> dict[str, object] | None:
    """When new weekly hours start: a date, a month, a plan week; None if the clause says none."""
    found = when_at(s, today)
    return None if found is None else found[0]

"""Deadlines set by an event or a calendar part, relative to a given ``today`` (see
:mod:`coach.engine.numbers`).

"春节前", "明年五一前", "国庆之前", "before Christmas", "by the end of next quarter", "下个季度末",
"the second half of next year", and "before my contract ends in August" (a month named after
a verb of ending). Lunar holidays come from a small table of dates (no network, no library);
a year outside the table gives no date rather than a guess.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from coach.engine.numbers.dates import Edge, deadline_date, month_day
from coach.engine.numbers.numerals import _I, parse_number

# Chinese New Year (春节), Dragon Boat (端午) and Mid-Autumn (中秋), Gregorian dates.
_LUNAR: dict[str, dict[int, date]] = {
    "cny": {
        2025: date(2025, 1, 29),
        2026: date(2026, 2, 17),
        2027: date(2027, 2, 6),
        2028: date(2028, 1, 26),
        2029: date(2029, 2, 13),
        2030: date(2030, 2, 3),
        2031: date(2031, 1, 23),
        2032: date(2032, 2, 11),
    },
    "dragon": {
        2025: date(2025, 5, 31),
        2026: date(2026, 6, 19),
        2027: date(2027, 6, 9),
        2028: date(2028, 5, 28),
        2029: date(2029, 6, 16),
        2030: date(2030, 6, 5),
    },
    "midautumn": {
        2025: date(2025, 10, 6),
        2026: date(2026, 9, 25),
        2027: date(2027, 9, 15),
        2028: date(2028, 10, 3),
        2029: date(2029, 9, 22),
        2030: date(2030, 9, 12),
    },
}
_FIXED = {
    "newyear": (1, 1),
    "mayday": (5, 1),
    "national": (10, 1),
    "christmas": (12, 25),
    "qingming": (4, 4),
    "thanksgiving": (11, 22),
    # school breaks, at their usual start: summer in July, winter in mid-January
    "summer_break": (7, 1),
    "winter_break": (1, 15),
}
_EVENT_ZH = {
    "春节": "cny",
    "过年": "cny",
    "农历新年": "cny",
    "年前": "cny",
    "元旦": "newyear",
    "五一": "mayday",
    "劳动节": "mayday",
    "国庆": "national",
    "十一": "national",
    "端午": "dragon",
    "中秋": "midautumn",
    "清明": "qingming",
    "圣诞": "christmas",
    "暑假": "summer_break",
    "寒假": "winter_break",
}
_EVENT_EN = {
    "chinese new year": "cny",
    "lunar new year": "cny",
    "spring festival": "cny",
    "christmas": "christmas",
    "xmas": "christmas",
    "new year's": "newyear",
    "new years": "newyear",
    "new year": "newyear",
    "thanksgiving": "thanksgiving",
    "summer break": "summer_break",
    "summer holidays": "summer_break",
    "summer vacation": "summer_break",
    "winter break": "winter_break",
}


def event_date(event: str, today: date, year_offset: int | None = None) -> date | None:
    """The next date of ``event`` after ``today`` (or in this year + ``year_offset``)."""
    years = [today.year + year_offset] if year_offset is not None else [today.year, today.year + 1]
    for year in years:
        if event in _LUNAR:
            day = _LUNAR[event].get(year)
        else:
            month, dom = _FIXED[event]
            day = date(year, month, dom)
        if day is not None and day > today:
            return day
    return None


_ZH_EVENT_RE = re.compile(
    r"(?P<rel>明年|今年|后年)?\s*(?:的)?\s*(?P<what>" + "|".join(_EVENT_ZH) + r")(?:节|假期|长假)?"
    r"\s*(?P<cue>之前|以前|前|为止|左右|那会儿|的时候|"
    # "明年春节后" answering "by when": around the festival (not "春节后三个月内", "春节后开始")
    r"(?:以后|之后|后)(?![\s，,]*(?:[一二两三四五六七八九十半\d]|开始|再|才|就|学|上班|有空)))"
)
_EN_EVENT_RE = re.compile(
    r"\b(?P<cue>by|before|until|till|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?(?P<next>next\s+)?(?P<what>"
    + "|".join(re.escape(k) for k in _EVENT_EN)
    + r")(?:\s+(?:day|eve|holidays?|break))?(?:\s*,?\s*(?P<rel>next\s+year|this\s+year))?",
    _I,
)
_QUARTER_EN = re.compile(
    r"\b(?:(?:the\s+)?(?P<edge>end|start|beginning)\s+of\s+)?(?:the\s+)?(?P<rel>this|next|the\s+next|"
    r"coming|the\s+coming|current)\s+quarter\b",
    _I,
)
_QUARTER_ZH = re.compile(
    r"(?P<rel>下个|下一个|下|这个|本|今年第|明年第)?\s*(?P<n>[一二三四1-4])?\s*季度(?P<edge>末|底|初)?"
)
_HALF_EN = re.compile(
    r"\b(?:the\s+)?(?P<which>first|second|1st|2nd)\s+half\s+of\s+(?P<rel>next|this)\s+year\b|"
    r"\b(?P<h>h[12])\s+(?P<yr>20\d\d|next\s+year)\b",
    _I,
)
_ENDS_IN = re.compile(
    r"\b(?:ends?|ending|runs?\s+out|expires?|expiring|finish(?:es)?|is\s+up)\s+"
    r"(?:in|on|at\s+the\s+end\s+of)\s+(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
    r"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    _I,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_AFTER_EVENT = re.compile(
    r"(?:(?:过完|过了)(?:春节|年)|(?:春节|过年|年)(?:以后|之后|后))[\s,，]*(?:的|再)?\s*$|"
    r"\bafter\s+(?:the\s+)?(?:(?:chinese|lunar)\s+new\s+year|spring\s+festival)[\s,，]*"
    r"(?:within|in|by|under|then)?\s*$|"
    r"(?P<ny>\bafter\s+(?:the\s+)?new\s+years?'?s?(?:\s+day)?[\s,，]*(?:within|in|by|under|then)?\s*$)",
    _I,
)


def _quarter_end(today: date, offset: int, edge: str = "end") -> date:
    q = (today.month - 1) // 3 + offset
    year, q = today.year + q // 4, q % 4
    if edge == "start":
        return date(year, q * 3 + 1, 1)
    return month_day(year, q * 3 + 3, "end")


def _zh_quarter(m: re.Match[str], today: date) -> date | None:
    rel, n, edge = m.group("rel") or "", m.group("n"), m.group("edge") or ""
    if n and rel in {"今年第", "明年第", ""}:
        number = parse_number(n)
        if number is None or not 1 <= number <= 4:
            return None
        year = today.year + (1 if rel == "明年第" else 0)
        day = month_day(year, int(number) * 3, "end")
        if edge == "初":
            day = date(year, int(number) * 3 - 2, 1)
        return day if day > today else None
    if n or not rel:
        return None
    offset = 1 if rel.startswith("下") else 0
    return _quarter_end(today, offset, "start" if edge == "初" else "end")


# "下个月底", "end of next month", "月底前", "by the end of this month": a month said relative to
# today (the end unless the start is said; a bare "next month" is its end, the earliest a plan
# could be done by).
_REL_MONTH = re.compile(
    r"(?P<zrel>下个?月|这个?月|本月|(?<![\d一二两三四五六七八九十每个])月)(?P<zedge>底|末|初|中)(?:之前|以前|前)?|"
    r"(?P<zrel2>下个?月)(?:之前|以前|前)|"
    r"\b(?:(?:by|before|until)\s+)?(?:the\s+)?(?P<edge>end|start|beginning|middle)\s+of\s+"
    r"(?P<rel>next|this|the\s+next|the\s+coming)\s+month\b|\b(?:by|before)\s+next\s+month\b",
    _I,
)


def _rel_month(m: re.Match[str], today: date) -> date | None:
    rel = (m.group("zrel") or m.group("zrel2") or m.group("rel") or "").lower()
    nxt = rel.startswith("下") or "next" in rel or "coming" in rel or rel == ""
    if m.group("zrel") == "月":  # "月底前": this month's
        nxt = False
    edge_raw = (m.group("zedge") or m.group("edge") or "").lower()
    edge: Edge = (
        "start"
        if edge_raw in {"初", "start", "beginning"}
        else "mid"
        if edge_raw in {"中", "middle"}
        else "end"
    )
    year, month = today.year, today.month + (1 if nxt else 0)
    if month > 12:
        year, month = year + 1, 1
    day = month_day(year, month, edge)
    return day if day > today else None


def find_event_deadline(text: str, today: date) -> tuple[int, int, date] | None:
    """(start, end, date) of the first event or calendar-part deadline in ``text``."""
    found: list[tuple[int, int, date]] = []
    for m in _ZH_EVENT_RE.finditer(text):
        offset = {"明年": 1, "今年": 0, "后年": 2}.get(m.group("rel") or "")
        day = event_date(_EVENT_ZH[m.group("what")], today, offset)
        if day is not None:
            found.append((m.start(), m.end(), day))
    for m in _EN_EVENT_RE.finditer(text):
        rel = (m.group("rel") or "").lower()
        offset = 1 if rel.startswith("next") else 0 if rel.startswith("this") else None
        event = _EVENT_EN[m.group("what").lower()]
        day = event_date(event, today, offset)
        if m.group("next") and day is not None:  # "by next christmas": the one after this one
            later = event_date(event, day)
            day = later if later is not None and (day - today).days < 120 else day
        if day is not None:
            found.append((m.start(), m.end(), day))
    for m in _QUARTER_EN.finditer(text):
        rel = m.group("rel").lower()
        offset = 1 if "next" in rel or "coming" in rel else 0
        edge = "start" if (m.group("edge") or "").lower() in {"start", "beginning"} else "end"
        found.append((m.start(), m.end(), _quarter_end(today, offset, edge)))
    for mz in _QUARTER_ZH.finditer(text):
        day = _zh_quarter(mz, today)
        if day is not None:
            found.append((mz.start(), mz.end(), day))
    for m in _HALF_EN.finditer(text):
        first = (m.group("which") or "").lower() in {"first", "1st"} or (
            m.group("h") or ""
        ).lower() == "h1"
        yr = m.group("yr")
        year = (
            int(yr)
            if yr and yr[:2] == "20"
            else today.year + (0 if m.group("rel") == "this" else 1)
        )
        day = date(year, 6, 30) if first else date(year, 7, 1)
        if day > today:
            found.append((m.start(), m.end(), day))
    for m in _REL_MONTH.finditer(text):
        day = _rel_month(m, today)
        if day is not None:
            found.append((m.start(), m.end(), day))
    for m in _ENDS_IN.finditer(text):
        month = _MONTHS.index(m.group("month").lower()[:3]) + 1
        day = deadline_date(today, month=month)
        if day is not None:
            found.append((m.start(), m.end(), day))
    return min(found, key=lambda f: f[0]) if found else None


def after_event(text: str, start: int, today: date) -> date | None:
    """The event a duration counts from ("年后三个月内", "过完年三个月"), or ``None``."""
    m = _AFTER_EVENT.search(text[max(0, start - 40) : start])
    if m:
        return event_date("newyear" if m.group("ny") else "cny", today)
    return None


def plus_weeks(day: date, weeks: float) -> date:
    return day + timedelta(weeks=weeks)

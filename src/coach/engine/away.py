"""Time away for a while ("春节那两周我没时间", "I'm away for two weeks in March", "国庆那周没空"):
no hours for a window of weeks, then the usual hours again (pure: ``today`` is given).

Read as a window of zero hours: when (a holiday, a month, next week, else now) and how long
(a count of weeks, "that week", a whole month). Not an open-ended change of weekly hours.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from coach.engine.numbers.approx import NUM, number, to_weeks
from coach.engine.numbers.events import _EVENT_EN, _EVENT_ZH, event_date
from coach.engine.numbers.starts import when_at

_NO_TIME = re.compile(
    r"\b(?:no\s+time|not\s+have\s+(?:any\s+)?time|(?:don'?t|won'?t|can'?t)\s+have\s+(?:any\s+)?time|"
    r"(?:i'?ll|i\s+will|i'?m|i\s+am)\s+(?:be\s+)?(?:away|travell?ing|off|on\s+(?:holiday|vacation|leave))|"
    r"(?:can'?t|won'?t\s+be\s+able\s+to)\s+(?:study|learn|work\s+on\s+(?:it|the\s+plan)))\b"
    r"|没时间|没有时间|没空|抽不出(?:时间|空)|顾不上|出差|休假|不在家|学不了|(?:一点|一点儿|完全)?时间都没有|完全没空",
    re.I,
)
_COUNT = re.compile(
    rf"(?P<n>{NUM}|a|one|a\s+couple\s+of)\s+weeks?\b|(?P<z>{NUM})\s*(?:个)?(?:周|星期|礼拜)",
    re.I,
)
_ONE = re.compile(r"\bthat\s+week\b|\bthe\s+week\s+of\b|那(?:一)?周|那个?星期|那个?礼拜", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = re.compile(
    r"\b(?:in|during|over)\s+(?:the\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?",
    re.I,
)
_NEXT_WEEK = re.compile(r"\bnext\s+week\b|下周|下星期|下个星期", re.I)
_NEXT_MONTH = re.compile(r"\bnext\s+month\b|下个?月", re.I)
_FEW = {"a": 1, "one": 1, "a couple of": 2}


def _weeks(text: str) -> int | None:
    if m := _COUNT.search(text):
        raw = (m.group("n") or m.group("z") or "").strip().lower()
        value = _FEW.get(raw) or number(raw)
        return int(value) if value and 0 < value <= 12 else None
    return 1 if _ONE.search(text) else None


def _month_start(text: str, today: date) -> date | None:
    m = _MONTH.search(text)
    if m is None:
        return None
    month = _MONTHS.index(m.group(1).lower()[:3]) + 1 if m.group(1) else number(m.group(2))
    if month is None or not 1 <= month <= 12:
        return None
    year = today.year + (int(month) < today.month)
    return date(year, int(month), 1)


def _event_start(text: str, today: date) -> date | None:
    lowered = text.lower()
    for words, key in [*_EVENT_ZH.items(), *_EVENT_EN.items()]:
        if words in lowered:
            return event_date(key, today)
    return None


_PART = re.compile(
    r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(上旬|初|中旬|中|下旬|底|末)"
    r"|\b(early|mid|late|the\s+end\s+of|end\s+of)[\s-]+(?:of\s+)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.I,
)
_PART_DAY = {"上旬": 1, "初": 1, "early": 1, "中旬": 11, "中": 11, "mid": 11}


def _part_start(text: str, today: date) -> date | None:
    """The day a part of a month starts ("1月下旬": the 21st, "mid-March": the 11th)."""
    m = _PART.search(text)
    if m is None:
        return None
    if m.group(1):
        month, part = number(m.group(1)), m.group(2)
    else:
        month, part = float(_MONTHS.index(m.group(4).lower()[:3]) + 1), m.group(3).lower()
    if month is None or not 1 <= month <= 12:
        return None
    day = _PART_DAY.get(part, 21)  # 下旬, 底, late, end of: the last third
    year = today.year + (int(month) < today.month)
    return date(year, int(month), day)


def read_away(text: str, today: date) -> tuple[date, int] | None:
    """(first day, weeks) of a time with no hours, or None when ``text`` says none."""
    if not _NO_TIME.search(text):
        return None
    weeks = _weeks(text)
    part = _part_start(text, today)  # "1月下旬到2月中旬那三周": said to the day, before a holiday
    event = None if part else _event_start(text, today)
    month = None if event or part else _month_start(text, today)
    if part:
        start = part
        weeks = weeks or 2
    elif event:
        start = event - timedelta(days=event.weekday())  # the holiday's week
    elif month:
        start = month
        weeks = weeks or 4
    elif _NEXT_WEEK.search(text):
        start = today + timedelta(days=7 - today.weekday())
        weeks = weeks or 1
    elif _NEXT_MONTH.search(text):
        start = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
        weeks = weeks or 4
    else:
        start = today
    if weeks is None:
        return None  # "I have no time" with no span: not a window (left to the other readings)
    return start, weeks


_ZH_DAY = (
    r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]"
)
_EN_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_RANGE = re.compile(
    rf"{_ZH_DAY}\s*(?:到|至|-|~|—|–|一直到)\s*(?:(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月\s*)?"
    rf"(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[日号]"
    rf"|\b{_EN_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|until|till|through)\s*"
    rf"(?:{_EN_MONTH}\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_EN_MONTH}\s*(?:-|–|to|until|till|through)\s*"
    rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{_EN_MONTH}",
    re.I,
)


def _day(
    today: date, month: float | None, day: float | None, after: date | None = None
) -> date | None:
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = (after or today).year
    for y in (year, year + 1):
        try:
            found = date(y, int(month), int(day))
        except ValueError:
            return None
        if found >= (after or today) - timedelta(days=6):
            return found
    return None


def _month_no(word: str) -> int:
    return _MONTHS.index(word.lower()[:3]) + 1


def date_range(text: str, today: date) -> tuple[date, int] | None:
    """(first day, weeks) of a span given by its days ("寒假从1月20号到2月28号", "Jan 20 to
    Feb 28", "20 January to 28 February"), or None when ``text`` names no such span."""
    m = _RANGE.search(text)
    if m is None:
        return _from_until(text, today) or _month_span(text, today) or _one_month(text, today)
    g = m.groups()
    if g[0]:
        m1, d1 = number(g[0]), number(g[1])
        m2, d2 = number(g[2]) if g[2] else m1, number(g[3])
    elif g[4]:
        m1, d1 = float(_month_no(g[4])), float(g[5])
        m2, d2 = (float(_month_no(g[6])) if g[6] else m1), float(g[7])
    else:
        d1, m1, d2, m2 = float(g[8]), float(_month_no(g[9])), float(g[10]), float(_month_no(g[11]))
    start = _day(today, m1, d1)
    end = _day(today, m2, d2, after=start) if start else None
    if start is None or end is None or end < start:
        return None
    return start, max(1, -(-((end - start).days + 1) // 7))


_UNTIL_END = re.compile(
    rf"\b(?:until|till|til|through|to)\s+(?:the\s+)?(?:end\s+of\s+)?{_EN_MONTH}"
    r"|(?:到|至|直到)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:底|末|份)?",
    re.I,
)


def _from_until(text: str, today: date) -> tuple[date, int] | None:
    """ "下个月开始到3月底", "from February until the end of April": a start said apart from
    today and the end of a month named; None unless both are said."""
    from coach.engine.constraints.quantities import from_when

    until = _UNTIL_END.search(text)
    when = from_when(text[: until.start()], today) if until else None
    if until is None or not when:
        return None
    start = when.get("from_date")
    if not isinstance(start, date) and isinstance(when.get("from_month"), int):
        month = int(when["from_month"])  # type: ignore[call-overload]
        start = date(today.year + (month < today.month), month, 1)
    if not isinstance(start, date) or start <= today:
        return None
    month_no = float(_month_no(until.group(1))) if until.group(1) else number(until.group(2))
    if month_no is None or not 1 <= month_no <= 12:
        return None
    year = start.year + (int(month_no) < start.month)
    nxt = date(year + (int(month_no) == 12), int(month_no) % 12 + 1, 1)
    end = nxt - timedelta(days=1)
    if end < start:
        return None
    return start, max(1, -(-((end - start).days + 1) // 7))


_MONTH_SPAN = re.compile(
    r"(?P<next>明年|next\s+year\s+)?(?:从)?\s*(?P<a>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?\s*"
    r"(?:到|至|-|~|—|–)\s*(?P<b>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份|底|末)?"
    rf"|\b(?:from\s+)?{_EN_MONTH}\s+(?:to|through|until|till|-|–)\s+(?:the\s+end\s+of\s+)?{_EN_MONTH}",
    re.I,
)


def _month_span(text: str, today: date) -> tuple[date, int] | None:
    """ "明年3月到5月每周只能2小时", "from March to May": the first of the first month to the end of
    the last (the next such months ahead of today)."""
    m = _MONTH_SPAN.search(text)
    if m is None:
        return None
    if m.group("a"):
        first, last = number(m.group("a")), number(m.group("b"))
    else:
        words = [g for g in m.groups()[3:] if g]
        first, last = float(_month_no(words[0])), float(_month_no(words[1]))
    if first is None or last is None or not (1 <= first <= 12 and 1 <= last <= 12):
        return None
    year = today.year + (int(first) < today.month or bool(m.group("next")))
    start = date(year, int(first), 1)
    end_year = year + (int(last) < int(first))
    end = date(end_year + (int(last) == 12), int(last) % 12 + 1, 1) - timedelta(days=1)
    if start <= today:
        return None
    return start, max(1, -(-((end - start).days + 1) // 7))


_ONE_MONTH = re.compile(
    rf"\b{_EN_MONTH}\b.{{0,80}}\bthat\s+month\b|\b(?:during|throughout|all\s+of|the\s+whole\s+of|"
    rf"for(?:\s+the\s+month\s+of)?)\s+{_EN_MONTH}\b|\bin\s+{_EN_MONTH}\s+only\b|\bonly\s+in\s+{_EN_MONTH}\b"
    r"|(?:整个|在)?(?P<zh>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份(?!起|开始|以后|之后)|期间|里|那个月|整月|一整个月)",
    re.I,
)


def _one_month(text: str, today: date) -> tuple[date, int] | None:
    """ "January is quiet, 8 hours a week that month", "3月份每周能学8小时": that month only, the
    next one ahead of today."""
    m = _ONE_MONTH.search(text)
    if m is None:
        return None
    zh = m.group("zh")
    word = next((g for g in m.groups() if g and g != zh), None)
    month = number(zh) if zh else (float(_month_no(word)) if word else None)
    if month is None or not 1 <= month <= 12:
        return None
    year = today.year + (int(month) < today.month)
    start = date(year, int(month), 1)
    end = date(year + (int(month) == 12), int(month) % 12 + 1, 1) - timedelta(days=1)
    start = max(start, today)  # the month it is now: from today to its end
    return start, max(1, -(-((end - start).days + 1) // 7))


_ONE_DAY = re.compile(
    rf"\b{_EN_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}"
    r"|(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]",
    re.I,
)


def said_day(text: str, today: date) -> date | None:
    """The one day ``text`` names ("on January 15", "15 March", "1月15号"), the next one ahead;
    a part of a month ("mid-January", "1月下旬") is its first day."""
    m = _ONE_DAY.search(text)
    if m is None:  # "in mid-January", "3月底": the part of the month, from its first day
        return _part_start(text, today)
    g = m.groups()
    month: float | None
    day: float | None
    if g[0]:
        month, day = float(_month_no(g[0])), float(g[1])
    elif g[2]:
        month, day = float(_month_no(g[3])), float(g[2])
    else:
        month, day = number(g[4]), number(g[5])
    return _day(today, month, day)


_FOR_SPAN = re.compile(
    rf"\bfor\s+(?:about\s+|around\s+|roughly\s+|the\s+)?(?P<n>{NUM})\s*(?P<u>weeks?|months?)\b"
    rf"|(?P<zn>{NUM})\s*(?P<zu>个月|个星期|周)(?!\s*(?:以?后|之后|内|之内|以内|前|之前))",
    re.I,
)
_HORIZON_WORDS = re.compile(
    r"\b(?:extend\w*|longer|shorten\w*|shorter|deadline|horizon|finish\w*|the\s+plan|my\s+plan)\b"
    r"|延长|缩短|期限|截止|完成|计划",
    re.I,
)


def hours_window(text: str, today: date) -> tuple[date, int] | None:
    """(first day, weeks) of new hours said from a later day for a while ("from February I'm
    on parental leave for 4 months, maybe 12 hours a week", "明年2月开始休产假4个月，每周12小时"):
    the duration is how long those hours last, never the plan's horizon. None when the text
    moves the horizon itself ("extend the plan by 4 months") or says no start and span."""
    if _HORIZON_WORDS.search(text):
        return None
    found = when_at(text, today)
    span = _FOR_SPAN.search(text)
    if found is None or span is None or found[1] <= span.start() < found[2]:
        return None
    when = found[0]
    first = when.get("from_date")
    if not isinstance(first, date):
        month = when.get("from_month")
        if not isinstance(month, int):
            return None
        first = date(today.year + (month < today.month), month, 1)
    value = number(span.group("n") or span.group("zn"))
    if value is None or value <= 0 or first <= today:
        return None
    return first, to_weeks(value, span.group("u") or span.group("zu"))


_HOURS_MOVE = re.compile(
    rf"\b(?:my\s+)?(?:study\s+|free\s+)?(?:hours?|time)\s+(?:will\s+|is\s+going\s+to\s+|are\s+going\s+to\s+)?"
    rf"(?:go(?:es)?|went|gone|rise|rises|jump|jumps|increase|increases|drop|drops|fall|falls|shrink|shrinks)"
    rf"\s+(?:up\s+|down\s+|back\s+)?to\s+(?:about\s+|around\s+)?(?P<n>{NUM})\b"
    rf"|\b(?:increase|raise|bump|cut|drop|reduce|lower)\s+(?:my\s+|the\s+)?(?:study\s+)?hours\s+to\s+(?P<m>{NUM})\b"
    rf"|(?:时间|小时数?)(?:会)?(?:增加|涨|提高|减少|降|缩减)到\s*(?P<z>{NUM})",
    re.I,
)


def hours_moved(text: str) -> float | None:
    """New weekly hours said as a move ("my hours go up to 8 from January", "学习时间会增加到10
    小时"), for the phrasings the hours reader takes as no amount; None when none is said."""
    m = _HOURS_MOVE.search(text)
    value = number(m.group("n") or m.group("m") or m.group("z")) if m else None
    return value if value is not None and 0 <= value <= 80 else None

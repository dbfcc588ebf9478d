"""Durations and deadlines in people's words, as weeks (see :mod:`coach.engine.numbers`)."""

from __future__ import annotations

import re
from datetime import date

from coach.engine.numbers.dates import SEASON_MONTH, Edge, deadline_date, weeks_until
from coach.engine.numbers.events import after_event, find_event_deadline, plus_weeks
from coach.engine.numbers.numerals import (
    _I,
    _RANGE_SEP,
    NUM_EN,
    NUM_ZH,
    Amount,
    parse_number,
    to_weeks,
    zh_pair,
)

_UNIT_EN = r"(?:weeks?|wks?|months?|mos?|years?|yrs?|quarters?|days)\b"
_DUR_EN = (
    rf"(?P<n>{NUM_EN}|half\s+a)(?P<half0>\s+and\s+a\s+half)?(?:{_RANGE_SEP}(?P<hi>{NUM_EN}))?"
    rf"\s*(?:-\s*)?(?P<unit>{_UNIT_EN})(?P<half>\s+and\s+a\s+half)?"
    rf"(?:(?:{_RANGE_SEP}|\s+or\s+|,?\s+(?:or\s+)?(?:maybe|perhaps|possibly|at\s+most)\s+)"
    rf"(?P<n2>{NUM_EN}|half\s+a)(?:\s*(?P<unit2>{_UNIT_EN}))?(?P<half5>\s+and\s+a\s+half)?)?"
)
_DUR_EN_RE = re.compile(_DUR_EN, _I)
_CUE_EN = re.compile(
    r"\b(?:within|in|over|under|inside|by|during|less\s+than|no\s+more\s+than|at\s+most|"
    r"(?:in|over|for|within)\s+the\s+next|the\s+next|next|give\s+(?:myself|it|me)|take|"
    r"(?:timeline|horizon|deadline|runway|window)\s+(?:is|of)|goal\s+is|"
    r"(?:change|changed|make|move|push|extend)\s+(?:it|that|this|the\s+\w+)?\s*(?:to|it)|make\s+(?:it|that|this)|actually)\s+(?:(?:about|around|roughly|"
    r"maybe|like|approximately|a\s+max\s+of|max|at\s+most)\s+)?$",
    _I,
)
_AFTER_EN = re.compile(
    r"^\s*(?:from\s+now|(?:'s|s')?\s*time|plan|timeline|horizon|goal|window|deadline|runway|"
    r"max|tops|or\s+so|at\s+most|at\s+the\s+latest)\b",
    _I,
)
_NOT_HORIZON_EN = re.compile(
    r"^\s*(?:of\s+|as\s+|old\b|ago\b|in\s+(?:the|a|my|this)\b|experience|exp\b|at\s+|with\s+)", _I
)
_DUR_ZH = (
    rf"(?P<n>{NUM_ZH}|(?<![上下])半)(?:{_RANGE_SEP}(?P<hi>{NUM_ZH}))?\s*(?:个)?(?P<half>半)?\s*(?:个)?"
    r"(?P<unit>年|月|周|星期|礼拜|季度)(?P<half2>半)?(?:多)?"
    rf"(?:{_RANGE_SEP}(?P<n2>{NUM_ZH}|半)\s*(?:个)?(?P<half3>半)?\s*(?:个)?(?P<unit2>年|月|周)(?P<half4>半)?)?"
    r"(?P<suffix>\s*(?:内|之内|以内|里|时间|的时间|左右|后|之后|以后|吧))?"
)
_DUR_ZH_RE = re.compile(_DUR_ZH)
_CUE_ZH = re.compile(
    r"(?:在|用|花|给自己|计划|打算|希望|争取|准备|需要|大概|大约|差不多|想|最多|最好|控制在|周期|期限|时间|目标|"
    r"改成|改为|换成|延长到|延到|缩短到|其实)\s*$"
)
_EXPERIENCE_ZH = re.compile(r"(?:做|干|工作|学|从业|从事|写|当|带|教|搞|读|念)了?\s*$")
_FILLER = re.compile(
    r"^(?:(?:about|around|roughly|maybe|probably|approximately|within|in|under|like|ideally|"
    r"hopefully|i\s+guess|i\s+think|say|idk|um+|uh+|hmm+|ok|okay|well|so|大概|大约|差不多|"
    r"可能|也许|最好|争取|吧|左右|的话|嗯|呃|我想|想|希望)[\s,，]*)*|"
    r"(?:[\s,，]*(?:max|tops|or\s+so|at\s+most|i\s+guess|i\s+think|ish|maybe|hopefully|"
    r"吧|左右|以内|之内|内|的样子|的话|就行|就好|可以吗|吧)\s*)*[\s.!?。！？~]*$",
    _I,
)


def _dur_weeks(m: re.Match[str], zh: bool) -> tuple[int, int | None] | None:
    raw = m.group("n")
    g = m.groupdict()
    if raw == "半" and re.search(
        r"(?<![以之])[前后]$", m.string[max(0, m.start() - 2) : m.start()]
    ):
        return None  # 后半年 is the second half of a year; 以后半年 is half a year after
    n = 0.5 if raw.lower().startswith("half") or raw == "半" else None
    hi = parse_number(g["hi"]) if g.get("hi") else None
    pair = zh_pair(raw) if zh else None
    if n is None and pair and not hi:
        n, hi = pair
    if n is None:
        n = parse_number(raw)
    if n is None or n <= 0:
        return None  # "0 weeks" is no horizon: ask again
    if g.get("half") or g.get("half0") or g.get("half2"):
        n += 0.5
        hi = None if hi is None else hi + 0.5
    unit = m.group("unit")
    if zh and unit == "月" and "个" not in m.group(0) and "半" not in m.group(0):
        return None  # 六月 is June; 六个月 is six months
    if (
        zh
        and unit == "季度"
        and (m.string[max(0, m.start() - 1) : m.start()] == "第" or "个" not in m.group(0))
    ):
        return None  # 第二季度 is the second quarter; 两个季度 is two quarters
    if unit.lower() == "days" and n < 14:
        return None  # "3 days a week" is a week's days; "within 100 days" a horizon
    low = to_weeks(n, unit)
    high = to_weeks(hi, unit) if hi is not None else None
    if g.get("n2"):
        n2 = 0.5 if g["n2"].lower().startswith("half") or g["n2"] == "半" else parse_number(g["n2"])
        if n2 is not None:
            if g.get("half3") or g.get("half4") or g.get("half5"):
                n2 += 0.5
            high = to_weeks(n2, g.get("unit2") or unit)
    if not 1 <= low <= 520:
        return None
    if high is not None and high < low:
        low, high = high, low
    return low, high


def _durations(text: str) -> list[tuple[re.Match[str], bool]]:
    found = [(m, False) for m in _DUR_EN_RE.finditer(text)]
    found += [(m, True) for m in _DUR_ZH_RE.finditer(text)]
    return sorted(found, key=lambda f: f[0].start())


def _cued(text: str, m: re.Match[str], zh: bool) -> bool:
    before = text[max(0, m.start() - 40) : m.start()]
    if zh:
        if _EXPERIENCE_ZH.search(before) or re.match(
            r"\s*(?:的)?\s*(?:经验|工作经验)", text[m.end() :]
        ):
            return False
        return bool(m.group("suffix") and m.group("suffix").strip() != "吧") or bool(
            _CUE_ZH.search(before)
        )
    if _NOT_HORIZON_EN.match(text[m.end() :]) and not _CUE_EN.search(before):
        return False
    return bool(_CUE_EN.search(before) or _AFTER_EN.match(text[m.end() :]))


_NEXT_UNIT = re.compile(
    r"\b(?:over|in|within|during|for|by)\s+the\s+(?:next|coming)\s+(?P<unit>year|month)\b",
    _I,
)
_FOR = re.compile(r"\bfor\s+(?:about\s+|around\s+|roughly\s+|maybe\s+)?$", _I)


def find_duration(text: str, *, bare: bool = False, loose_for: bool = False) -> Amount | None:
    """A span of time stated as a horizon, in weeks: "within a year", "in 6 months", "半年内",
    "半年到一年" (26, high 52), "a year or two", "18-month plan". A duration with no cue counts
    when the text is only that duration ("2 years", "一年半吧") or ``bare`` is set."""
    durations = _durations(text)
    nxt = _NEXT_UNIT.search(text)
    for m, zh in durations:
        if nxt is not None and nxt.start() < m.start():
            break
        loose = loose_for and _FOR.search(text[max(0, m.start() - 20) : m.start()])
        if _cued(text, m, zh) or loose:
            got = _dur_weeks(m, zh)
            if got is not None:
                return Amount(got[0], m.start(), m.end(), got[1], m.group(0))
    if nxt is not None:
        return Amount(to_weeks(1, nxt.group("unit")), nxt.start(), nxt.end(), None, nxt.group(0))
    for m, zh in durations:
        rest = text[: m.start()] + " " + text[m.end() :]
        standalone = _FILLER.fullmatch(text[: m.start()].strip()) and _FILLER.fullmatch(
            text[m.end() :].strip()
        )
        if bare or standalone or not rest.strip(" ,，.。!！?？~\n"):
            if not bare and not zh and _NOT_HORIZON_EN.match(text[m.end() :]):
                continue
            got = _dur_weeks(m, zh)
            if got is not None:
                return Amount(got[0], m.start(), m.end(), got[1], m.group(0))
    return None


# --------------------------------------------------------------------------- deadlines
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_EN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_EDGE_EN = (
    r"(?P<edge>end\s+of|the\s+end\s+of|late|middle\s+of|mid[-\s]?|start\s+of|beginning\s+of|early)"
)
_DEADLINE_EN = re.compile(
    r"\b(?P<cue>by|before|until|till|no\s+later\s+than|in\s+time\s+for|ahead\s+of|around|for|"
    r"next|this|in)?\s*(?:the\s+)?"
    rf"(?:{_EDGE_EN}\s*)?(?:the\s+)?(?P<rel>next|this|the\s+coming|coming)?\s*"
    rf"(?P<what>summer|spring|autumn|fall|winter|year|q[1-4]|{_MONTH_EN}|(?P<yr0>20\d\d))\b"
    r"(?:\s*,?\s*(?P<rel2>next\s+year|this\s+year|(?P<yr>20\d\d)))?",
    _I,
)
_DEADLINE_ZH = re.compile(
    # "2027年底": the year's 年 is the 年 of 年底 (one character for both)
    r"(?P<pre>到|在|争取|赶在|最晚|最迟)?\s*(?P<rel>明年|今年|后年|(?P<yr>20\d\d)\s*(?:年(?!底|末|初|中))?)?\s*"
    rf"(?P<what>年底|年末|年初|年中|上半年|下半年|[春夏秋冬](?:天|季)|(?P<mon>{NUM_ZH})\s*月(?:份)?)"
    r"(?P<edge>底|末|初|中旬|中|上旬|下旬)?"
    r"(?P<cue>之前|以前|前|为止|以内|内)?"
)


def _whole_year(
    today: date, edge: Edge | None, year: int | None = None, year_offset: int | None = None
) -> date | None:
    """A year named as a deadline: its start, or its end when the start is under three months
    away ("next year", said in December, is not a 4-week plan) or the text says so."""
    if edge is not None:
        return deadline_date(today, year=year, year_offset=year_offset, edge=edge)
    start = deadline_date(today, year=year, year_offset=year_offset, edge="start")
    if start is not None and weeks_until(today, start) < 13:
        return deadline_date(today, year=year, year_offset=year_offset, edge="end")
    return start


def _en_deadline(m: re.Match[str], today: date) -> date | None:
    what = m.group("what").lower()
    cue = (m.group("cue") or "").lower()
    rel = (m.group("rel") or "").lower()
    rel2 = (m.group("rel2") or "").lower()
    if cue in {"", "for", "around", "in"} and not rel and not rel2:
        return None
    if cue in {"for", "in", "around", "next", "this"} and not (
        rel or rel2 or cue in {"next", "this"}
    ):
        return None
    if cue in {"next", "this"}:
        rel = rel or cue
    edge_raw = (m.group("edge") or "").lower()
    edge: Edge = (
        "end"
        if "end" in edge_raw or edge_raw == "late"
        else "mid"
        if "mid" in edge_raw
        else "start"
    )
    offset = 1 if "next" in rel2 else 0 if "this" in rel2 else None
    year = int(m.group("yr")) if m.group("yr") else None
    if m.group("yr0"):
        return _whole_year(today, edge if edge_raw else None, year=int(m.group("yr0")))
    if what == "year":
        if rel == "next":
            return _whole_year(today, edge if edge_raw else None, year_offset=1)
        if rel == "this" or edge_raw:
            return deadline_date(today, year_offset=0, edge="end")
        return None
    if re.fullmatch(r"q[1-4]", what):  # "by end of Q2", "before Q3": the quarter's last month
        return deadline_date(
            today, month=int(what[1]) * 3, year=year, year_offset=offset, edge="end"
        )
    month = SEASON_MONTH.get(what) or _MONTHS.get(what[:3])
    if month is None:
        return None
    if what in SEASON_MONTH and edge == "end":
        month, edge = (month + 2 - 1) % 12 + 1, "end"
    if what == "may" and not cue.startswith(("by", "before", "until", "till")):
        return None
    if rel == "this":
        offset = 0
    return deadline_date(today, month=month, year=year, year_offset=offset, edge=edge)


def _zh_deadline(m: re.Match[str], today: date) -> date | None:
    rel, what = m.group("rel") or "", m.group("what")
    if not (rel or m.group("cue") or m.group("pre") or what in {"年底", "年末"}):
        return None
    offset = {"明年": 1, "今年": 0, "后年": 2}.get(rel.strip())
    year = int(m.group("yr")) if m.group("yr") else None
    edge_raw = m.group("edge") or ""
    edge: Edge = (
        "end" if edge_raw in {"底", "末", "下旬"} else "mid" if "中" in edge_raw else "start"
    )
    if what in {"年底", "年末"}:
        # "2027年底": the year said wins over "this year" (an offset of 0)
        this = None if year is not None else offset or 0
        return deadline_date(today, month=12, year=year, year_offset=this, edge="end")
    if what == "上半年":
        this = None if year is not None else offset or 0
        return deadline_date(today, month=6, year=year, year_offset=this, edge="end")
    fixed = {"年初": (1, "end"), "年中": (7, "start"), "下半年": (7, "start")}
    if what in fixed:
        mon, e = fixed[what]
        return deadline_date(today, month=mon, year=year, year_offset=offset, edge=e)  # type: ignore[arg-type]
    if what[0] in SEASON_MONTH:
        month = SEASON_MONTH[what[0]]
    else:
        value = parse_number(m.group("mon"))
        if value is None or not 1 <= value <= 12:
            return None
        month = int(value)
    return deadline_date(today, month=month, year=year, year_offset=offset, edge=edge)


def find_deadline(text: str, today: date) -> Amount | None:
    """Weeks from ``today`` to a date the text sets: "by next summer", "by March", "by the end
    of next year", "明年六月前", "明年夏天之前", "年底前". A season or month counts from its first
    day unless the text says its end ("end of March", "三月底")."""
    found: list[tuple[int, re.Match[str], date]] = []
    for m in _DEADLINE_EN.finditer(text):
        day = _en_deadline(m, today)
        if day is not None:
            found.append((m.start(), m, day))
    for mz in _DEADLINE_ZH.finditer(text):
        day = _zh_deadline(mz, today)
        if day is not None:
            found.append((mz.start(), mz, day))
    event = find_event_deadline(text, today)
    if not found and event is None:
        return None
    if event is not None and (not found or event[0] <= min(f[0] for f in found)):
        start, end, when = event
        return Amount(weeks_until(today, when), start, end, None, text[start:end].strip())
    _, m, day = min(found, key=lambda f: f[0])
    return Amount(weeks_until(today, day), m.start(), m.end(), None, m.group(0).strip())


_BARE_ZH_MONTH = re.compile(
    rf"\s*(?:大概|应该|最好|争取)?\s*{NUM_ZH}\s*月(?:份)?\s*(?:吧|左右|前后)?[\s。！!~]*"
)
_BARE_WHEN = re.compile(
    r"^\W*(?:(?:yeah|yes|yep|ok|okay|maybe|probably|around|say|um+|hmm+|like|ideally|hopefully)[\s,]+)*"
    rf"(?P<when>{_MONTH_EN}|spring|summer|autumn|fall|winter)\b[\s\w,.!?]{{0,20}}$",
    _I,
)


def _from_event(text: str, amount: Amount, today: date) -> Amount:
    """A duration counted from an event ("过完年三个月内": from Chinese New Year)."""
    start = after_event(text, amount.start, today)
    if start is None:
        return amount
    value = weeks_until(today, plus_weeks(start, amount.value))
    high = None if amount.high is None else weeks_until(today, plus_weeks(start, amount.high))
    return Amount(value, amount.start, amount.end, high, amount.text)


_ZERO = re.compile(
    r"(?<![\d.])0+(?:\.0+)?\s*(?:weeks?|wks?|months?|mos?|years?|yrs?|days?|周|个月|月|年|天)|"
    r"\b(?:zero|no)\s+(?:weeks?|months?|years?|days?|time)\b|零\s*(?:个)?\s*(?:周|月|年|天)",
    _I,
)


def says_zero(text: str) -> bool:
    """Whether the text gives a zero span of time ("0 weeks", "0个月"): no horizon, and worth
    saying so before asking again."""
    return bool(_ZERO.search(text))


def find_horizon(text: str, today: date | None = None, *, bare: bool = False) -> Amount | None:
    """The horizon in weeks: a cued duration, else a deadline relative to ``today``, else
    (standalone or ``bare``) a lone duration."""
    cued = find_duration(text, bare=False)
    if cued is not None and today is not None:
        return _from_event(text, cued, today)
    if cued is not None:
        return cued
    if bare:
        lone = find_duration(text, bare=True)
        if lone is not None:
            return _from_event(text, lone, today) if today is not None else lone
    if today is not None:
        deadline = find_deadline(text, today)
        if deadline is not None:
            return deadline
        if bare and _BARE_ZH_MONTH.fullmatch(text):  # "三月份吧", "6月": answering "by when?"
            got = find_deadline("到" + text, today)
            if got is not None:
                return Amount(got.value, max(0, got.start - 1), got.end - 1, None, text.strip())
        said = _BARE_WHEN.match(text) if bare else None
        if said is not None:  # "yeah march", "summer probably": answering "by when?"
            got = find_deadline("by " + said.group("when"), today)
            if got is not None:
                return Amount(
                    got.value, said.start("when"), said.end("when"), None, said.group("when")
                )
    return find_duration(text, bare=True) if bare else None

"""Weekly hours composed of parts, in people's words (see :mod:`coach.engine.numbers`).

"an hour each weekday evening plus 3 on saturday", "3 hours each weekend day", "2h on weekdays
and 5 on sundays", "两周十个小时", "工作日每晚1小时，周末各3小时", "一周三个晚上，每晚一个半小时":
one reader for all of them. The text is read as tokens in order:

- a quantity of hours (``Q``): "2h", "an hour", "90 minutes", "一个半小时", "半小时", or a bare
  figure next to a day ("5 on saturdays", "周六3");
- a set of days (``D``) with how many days a week it is: weekdays (5), both weekend days (2),
  named days ("tuesdays and thursdays", "周一三五"), counts ("two evenings a week", "三个晚上");
- a period (``P``): a week, a day (or "each", "每次": once per day of the set), two weeks, a
  month, a weekend.

Each day set and period belongs to the quantity it is written against (English puts it after
the figure, "2h on weekdays"; Chinese before, "工作日每天一小时"); a day set left alone ("two
evenings a week, 2-3 hours each") belongs to the next quantity with none. The week is the sum
of the parts, each a quantity times its days; :attr:`Weekly.parts` says how, for saying it back.
"""

from __future__ import annotations

import re

from coach.engine.numbers.day_sets import (
    NO_WEEKENDS,
    ONLY_WEEKENDS,
    TOKENS,
    Tok,
    count_days,
    excepted_days,
    range_of,
    zh_list_end,
)
from coach.engine.numbers.numerals import _I, _RANGE_SEP, NUM_EN, NUM_ZH, _range, parse_number
from coach.engine.numbers.weekly_parts import Part, Weekly

_Q_EN = re.compile(
    rf"(?P<n>{NUM_EN}|half\s+an?)(?:{_RANGE_SEP}(?P<hi>{NUM_EN}))?\s*(?:-\s*)?"
    r"(?:(?P<h>hours?|hrs?|h)\b(?P<half>\s+and\s+a\s+half)?|(?P<min>min(?:ute)?s?)\b)",
    _I,
)
_Q_ZH = re.compile(
    rf"(?P<n>{NUM_ZH})(?:{_RANGE_SEP}(?P<hi>{NUM_ZH}))?\s*(?:来)?\s*(?:个)?\s*(?P<half>半)?\s*(?:多)?\s*"
    r"(?:个)?\s*(?:(?P<h>小时|钟头|个钟)|(?P<min>分钟))|(?P<only>半)\s*(?:个)?\s*小时"
)
_BARE = re.compile(rf"(?P<n>{NUM_EN}|{NUM_ZH})(?:{_RANGE_SEP}(?P<hi>{NUM_EN}|{NUM_ZH}))?", _I)
_CLOCK = re.compile(r"^\s*(?::|[ap]\.?m\b|o'?clock|点|时)", _I)
_PUNCT = re.compile(r"[,，;；.。!！?？\n+＋]")
_JOIN = re.compile(r"\b(?:plus|and|also|then|but)\b|再加|另外|外加|加上|还有|然后|以及|再|另", _I)
_JOIN_EN = re.compile(r"\b(?:plus|and|also|then|but)\b", _I)
_LEAD_EN = re.compile(r"^\s*(?:on|each|every|per|over|at|during|in|for|/)\b", _I)


def _tokens(text: str) -> tuple[list[Part], list[Tok]]:
    covered = bytearray(len(text) + 1)
    quals: list[Tok] = []
    for kind, regex in TOKENS:
        for m in regex.finditer(text):
            end = zh_list_end(text, m) if kind == "DLIST" else m.end()
            if any(covered[m.start() : end]) or end <= m.start():
                continue
            days = count_days(kind, m, text[m.start() : end]) if kind.startswith("D") else None
            if kind.startswith("D") and days is None:
                continue
            covered[m.start() : end] = b"\x01" * (end - m.start())
            quals.append(Tok(kind, m.start(), end, days))
    parts: list[Part] = []
    for m in _CLOCK_SPAN.finditer(text):  # "9 to 12", "7-9pm", "晚上8点到10点": the hours between
        span = _clock_hours(m, text, quals)
        if span is not None and not any(covered[m.start() : m.end()]):
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            parts.append(Part(m.start(), m.end(), span, None, True, text=m.group(0)))
    # the quantities are read with the day sets blanked out ("周六三小时": 六 is a day, 三 hours)
    blank = "".join(" " if covered[i] else c for i, c in enumerate(text))
    for regex in (_Q_EN, _Q_ZH):
        for m in regex.finditer(blank):
            if any(covered[m.start() : m.end()]):
                continue
            part = _quantity(m, text)
            if part is not None:
                covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                parts.append(part)
    for m in _BARE.finditer(blank):
        if any(covered[m.start() : m.end()]) or _CLOCK.match(text[m.end() :]):
            continue
        if not _next_to_days(text, m, quals):
            continue
        if re.fullmatch(r"an?", m.group(0), _I):  # "weekends a bit more": an article, no figure
            continue
        rng = range_of(m.group("n"), m.group("hi"))
        if rng is not None and 0 < rng[0] <= 16:
            parts.append(Part(m.start(), m.end(), rng[0], rng[1], False, text=m.group(0)))
    parts.sort(key=lambda p: p.start)
    quals.sort(key=lambda q: q.start)
    return parts, quals


_CLOCK_SPAN = re.compile(
    r"(?P<from>\bfrom\s+)?(?<![\d.:])(?P<a>\d{1,2})(?::(?P<am>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)?\s*"
    r"(?:-|–|to|until|till)\s*(?P<b>\d{1,2})(?::(?P<bm>[0-5]\d))?\s*(?P<bp>[ap]\.?m\.?|o'?clock)?"
    r"(?![\d.]|\s*(?:hours?|hrs?|h\b|min|小时|个小时))|"
    r"(?P<za>\d{1,2}|[一二三四五六七八九十]{1,3})\s*点(?P<zah>半)?\s*(?:到|至|-|~|～)\s*"
    r"(?P<zb>\d{1,2}|[一二三四五六七八九十]{1,3})\s*点(?P<zbh>半)?",
    _I,
)


_DAY_PART = re.compile(
    r"\b(?:mornings?|evenings?|nights?|afternoons?|lunch\s*breaks?)\b|早上|上午|下午|晚上|中午", _I
)


def _clock_hours(m: re.Match[str], text: str, quals: list[Tok]) -> float | None:
    """Hours between two clock times, when the text shows they are times: am/pm, minutes,
    "from", 点, or a start of 5 or later written against a set of days ("weekdays 9-12": a
    9-to-12-hour day is not what anyone studies)."""
    g = m.groupdict()
    if g.get("za"):
        a, b = parse_number(g["za"]), parse_number(g["zb"])
        if a is None or b is None:
            return None
        a += 0.5 if g.get("zah") else 0.0
        b += 0.5 if g.get("zbh") else 0.0
    else:
        a, b = float(g["a"]), float(g["b"])
        a += int(g["am"] or 0) / 60
        b += int(g["bm"] or 0) / 60
        marked = g.get("ap") or g.get("bp") or g.get("am") or g.get("bm") or g.get("from")
        dayish = any(q.kind.startswith("D") for q in quals) or _DAY_PART.search(text)
        if not marked and not (a >= 5 and dayish):
            return None
    if not (0 <= a <= 24 and 0 <= b <= 24):
        return None
    span = b - a if b > a else b + 12 - a
    return span if 0.25 <= span <= 12 else None


def _next_to_days(text: str, m: re.Match[str], quals: list[Tok]) -> bool:
    """A bare figure counts as hours only written against a set of days ("5 on saturdays",
    "saturdays 3", "周六3")."""
    for q in quals:
        if not q.kind.startswith("D") and q.kind != "PWE":
            continue
        if 0 <= m.start() - q.end <= 12 and re.fullmatch(
            r"[\s:：,，]*(?:各|再|也|就|大概|another|for|say|like|maybe|about|around|roughly)?\s*",
            text[q.end : m.start()],
            _I,
        ):
            return True
        gap = text[m.end() : q.start]
        if 0 <= q.start - m.end() <= 8 and re.fullmatch(r"\s*(?:on|each|every)?\s*", gap, _I):
            return True
    return False


def _quantity(m: re.Match[str], text: str) -> Part | None:
    g = m.groupdict()
    if g.get("only"):
        return Part(m.start(), m.end(), 0.5, None, True, text=m.group(0))
    raw = g["n"]
    if raw.lower().startswith("half"):
        low, high = 0.5, None
    else:
        rng = _range(m)
        if rng is None:
            return None
        low, high = rng
    if g.get("half"):
        low, high = low + 0.5, None if high is None else high + 0.5
    if g.get("min"):
        low, high = low / 60, None if high is None else high / 60
    if not 0 < low <= 112:
        return None
    return Part(m.start(), m.end(), low, high, True, text=m.group(0))


def _attach(text: str, parts: list[Part], quals: list[Tok]) -> list[Tok]:
    """Give each day set and period to the quantity it is written against; the weekend day
    sets said with "more" and no figure ("周末再多一点") are returned."""
    pending: list[Tok] = []
    more: list[Tok] = []
    for q in quals:
        before = [p for p in parts if p.end <= q.start]
        after = [p for p in parts if p.start >= q.end]
        prev, nxt = (before[-1] if before else None), (after[0] if after else None)
        gap_prev = _without(text, prev.end, q.start, quals) if prev else ""
        gap_next = text[q.end : nxt.start] if nxt else ""
        prev_ok = (
            prev is not None
            and len(gap_prev) <= 25
            and not _PUNCT.search(gap_prev)
            and not _JOIN.search(gap_prev)
        )
        next_ok = (
            nxt is not None
            and len(gap_next) <= 25
            and not _PUNCT.search(gap_next)
            and not _JOIN_EN.search(gap_next)
        )
        lead = bool(_LEAD_EN.match(gap_prev)) or (
            q.kind in {"PW", "PD", "PE", "P2", "PM"} and prev_ok
        )
        target: Part | None
        if prev_ok and (lead or not next_ok or _slot_taken(nxt, q)):
            target = prev
        elif next_ok:
            target = nxt
        else:
            target = prev if prev_ok else None
        if target is not None and {q.kind, target.period} == {"PE", "PWE"}:
            # "weekends 3h each", "each weekend, 3 hours": each of the two days
            target.period, target.days = "PWE", target.days or (2.0, None)
            continue
        if target is None or _slot_taken(target, q):
            if q.kind.startswith("D") or q.kind == "PWE":
                pending.append(q)
            continue
        _give(target, q)
    for q in pending:  # "two evenings a week, 2-3 hours each": the next quantity with no days
        if _MORE.search(_clause(text, q)):
            if q.kind == "PWE" or q.days == (2.0, None):
                more.append(q)
            continue  # "maybe more on sundays": no figure for those days
        if _NOT_ON.search(_clause(text, q)):
            continue  # "周末不学", "weekends off": no time those days
        periods = {None, "PE"} if q.kind == "PWE" else {None, "PE", "PD"}
        free = [p for p in parts if p.days is None and p.period in periods]
        later = [p for p in free if p.start >= q.end]
        earlier = [p for p in free if p.end <= q.start]
        target = later[0] if later else (earlier[-1] if earlier else None)
        if target is None:
            continue
        if q.kind == "PWE":  # "weekends, 4 hours each": each weekend day; else per weekend
            target.days = (2.0, None) if target.period == "PE" else None
            target.period = "PWE"
        else:
            _give(target, q)
    return more


def _modest_weekend(text: str, parts: list[Part], more: list[Tok]) -> Part | None:
    """The weekend of "1-2 hours every weekday evening, more at the weekend": the person names
    no figure, so each weekend day counts as one weekday (a modest count the formula shows:
    "1-2 h×5 + 1-2 h×2")."""
    if not more or any(_weekend(p) for p in parts):
        return None
    weekday = [p for p in parts if p.days == (5.0, None) and p.period in {None, "PD", "PE"}]
    if not weekday:
        return None
    day, q = weekday[0], more[0]
    span = text[q.start : q.end]
    return Part(q.start, q.end, day.low, day.high, True, (2.0, None), "PD", span, assumed=True)


_NOT_ON = re.compile(r"不学|不行|没空|没时间|休息|\b(?:no|not|off|never)\b|n't", _I)
_MORE = re.compile(r"\b(?:more|extra|longer)\b|多一些|多一点|更多|多点", _I)


def _clause(text: str, q: Tok) -> str:
    """The clause a token is in (between punctuation)."""
    starts = [m.end() for m in _PUNCT.finditer(text, 0, q.start)]
    end = _PUNCT.search(text, q.end)
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def _without(text: str, start: int, end: int, quals: list[Tok]) -> str:
    """The text between two points, less the day sets and periods in it."""
    kept = [
        c
        for i, c in enumerate(text[start:end], start)
        if not any(q.start <= i < q.end for q in quals)
    ]
    return "".join(kept)


def _slot_taken(part: Part | None, q: Tok) -> bool:
    if part is None:
        return True
    return part.days is not None if q.kind.startswith("D") else part.period is not None


def _give(part: Part, q: Tok) -> None:
    if q.kind.startswith("D"):
        part.days = q.days
    else:
        part.period = q.kind


def _weekend(part: Part) -> bool:
    return part.period == "PWE" or (part.days is not None and part.days[0] <= 2 and part.unit)


_FIGURE = re.compile(r"\d+")
MAX_FIGURES = 32
MAX_CHARS = 1000


def _too_many_figures(text: str) -> bool:
    return any(n >= MAX_FIGURES for n, _ in enumerate(_FIGURE.finditer(text)))


def read_weekly(text: str) -> Weekly | None:
    """Hours a week composed of the parts the text states, or ``None`` when it states none
    with a period or days (a lone "6 hours" is for the caller to judge)."""
    if _too_many_figures(text):
        return None  # a paste of figures, not a week described in parts
    text = text[:MAX_CHARS]  # nobody describes their week in more; a long paste is not read on
    text, off_days = excepted_days(text)  # "an hour a day except sundays": 6 days
    parts, quals = _tokens(text)
    if not parts or len(parts) > MAX_FIGURES:
        return None
    more = _attach(text, parts, quals)
    weekly = [p for p in parts if p.period == "PW"]
    if weekly:  # "15 hours a week, weekdays 9-12": the weekly figure wins
        parts = weekly[:1]
    elif off_days:
        for p in parts:
            if p.period == "PD" and p.days is None:
                p.days = (7.0 - off_days, None)
    elif any(_weekend(p) for p in parts) or NO_WEEKENDS.search(text):
        for p in parts:  # "每天半小时，周末各2小时": the days besides the weekend are weekdays
            if p.period == "PD" and p.days is None:
                p.days = (5.0, None)
    else:
        for p in parts:  # "周末有空，一天大概三小时", "every weekend, 4 hours each day"
            if p.period == "PD" and p.days is None and ONLY_WEEKENDS.search(text[: p.start]):
                p.days = (2.0, None)  # a day after "weekends" is a weekend day
    extra = _modest_weekend(text, parts, more)
    if extra is not None:
        parts = sorted([*parts, extra], key=lambda p: p.start)
    counted = [(p, w) for p in parts if (w := p.weekly()) is not None]
    if not counted:
        return None
    low = sum(w[0] for _, w in counted)
    high = (
        sum(w[1] if w[1] is not None else w[0] for _, w in counted)
        if any(w[1] is not None for _, w in counted)
        else None
    )
    if not 0 < low <= 112:
        return None
    used = [p for p, _ in counted]
    return Weekly(
        round(low, 2), None if high is None else round(high, 2), used[0].start, used[-1].end, used
    )

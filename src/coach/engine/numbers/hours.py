"""Hours a week in people's words (see :mod:`coach.engine.numbers`)."""

from __future__ import annotations

import re

from coach.engine.numbers.hours_adjust import (
    _hedged,
    _lasting,
    _minutes,
    _sessions,
    job_hours_masked,
)
from coach.engine.numbers.numerals import (
    _I,
    _Q_EN,
    _Q_ZH,
    _ZH_CHARS,
    NUM_EN,
    NUM_ZH,
    Amount,
    _amount,
    _range,
    parse_number,
    zh_pair,
)
from coach.engine.numbers.weekly import read_weekly

# --------------------------------------------------------------------------- hours per week
_H_EN = r"(?:hours?|hrs?|h)\b"
_DAYS_EN = (
    r"(?P<days>(?:(?P<dn>" + NUM_EN + r")\s+(?:days?|evenings?|nights?|mornings?)\s+"
    r"(?:a|per|each|every|in\s+a)\s+week)|(?P<wd>weekdays?|workdays?|week\s*nights?|"
    r"mon(?:day)?\s*(?:-|to|through)\s*fri(?:day)?)|(?P<we2>(?:sat(?:urday)?s?\s*(?:and|&|\+)\s*"
    r"sun(?:day)?s?)|both\s+weekend\s+days|each\s+weekend\s+day))"
)
_PERIOD_EN = (
    r"(?:(?P<week>(?:a|an|per|each|every|/|in\s+a|a\s+the)\s*(?:week|wk|w)\b|weekly\b)|"
    r"(?P<day>(?:a|per|each|every|/)\s*(?:day|night|evening|morning)\b|daily\b|nightly\b)|"
    r"(?P<we>(?:on|every|each|at|over)\s+(?:the\s+)?weekends?\b|(?:a|per|each|every)\s+weekend\b)|"
    r"(?P<month>(?:a|per|each|every|/|in\s+a)\s*month\b|monthly\b))"
)
_HOURS_EN = re.compile(
    rf"{_Q_EN}\s*(?:more\s+)?{_H_EN}\.?(?:\s+(?:or\s+so|max|tops|at\s+most))?"
    rf"(?:[^.;!?\n\d；！？]{{0,24}}?(?:{_PERIOD_EN}))?(?:[^.;!?\n\d；！？]{{0,24}}?{_DAYS_EN})?",
    _I,
)
_HOURS_EN_LEAD = re.compile(
    rf"(?:(?P<week>(?:per|each|every|a)\s+week)|(?P<day>(?:per|each|every|a)\s+day)|"
    rf"(?P<we>weekends?)|{_DAYS_EN})\b[^.;!?\n\d；！？]{{0,24}}?{_Q_EN}\s*{_H_EN}",
    _I,
)
_ZH_H = r"(?:个)?\s*(?P<half>半)?\s*(?:多)?\s*(?:个)?\s*(?:小时|钟头|个钟|h\b|hours?\b)"
_PERIOD_ZH = (
    r"(?:(?P<week>每周|每星期|每个星期|每礼拜|每个礼拜|一周|一星期|一个星期|一礼拜)|"
    r"(?P<we2>周末(?:两天)?(?:每天|各)|双休(?:日)?(?:每天|各))|(?P<we>每个周末|每周末|周末|双休日?)|"
    r"(?P<wd>工作日|周一到周五)(?:每天|每晚|晚上)?|"
    r"(?P<day>每天|每日|一天|每晚|每天晚上|晚上|每个晚上)|(?P<month>每月|每个月|一个月))"
)
_HOURS_ZH = re.compile(
    rf"{_PERIOD_ZH}[^\d{_ZH_CHARS}半，。,.;；!！?？\n]{{0,8}}?"
    rf"(?:(?P<dn>{NUM_ZH})\s*(?:天|次|个晚上)[^\d{_ZH_CHARS}半。.;；!！?？\n]{{0,4}}?)?"
    rf"(?:{_Q_ZH}(?:\s*来)?{_ZH_H}|(?P<only>半)\s*(?:个)?\s*小时)"
)
_HOURS_ZH_TAIL = re.compile(
    rf"{_Q_ZH}(?:\s*来)?{_ZH_H}\s*(?:/|每|一|per\s*)\s*(?:(?P<week>周|星期|礼拜|week)|(?P<day>天|日|day)|(?P<month>月|month))"
)
_HOURS_BARE = re.compile(rf"{_Q_EN}|{_Q_ZH.replace('?P<', '?P<z')}", _I)
_CORRECTION = re.compile(
    r"\b(?:actually|no\s*,|wait|make\s+it|change\s+(?:it\s+)?to|correction|rather|scratch\s+that|"
    r"instead|sorry)\b|其实|改成|改为|不对|更正|算了|还是|应该是",
    _I,
)
_PER_DAY_BARE = re.compile(
    r"\b(?:a|per|each|every)\s+(?:day|night|evening)\b|\bdaily\b|每天|每日|一天|每晚", _I
)


_JOB_HOURS = re.compile(
    r"(?:\b(?:i|we)\s+(?:already\s+)?work(?:ing)?|(?:^|[,.;])\s*work)\b(?!\s+on)[^.;!?\n；！？]{0,12}$|"
    r"\bmy\s+job\b[^.;!?\n；！？]{0,12}$|"
    r"\bshifts?\b[^.;!?\n；！？]{0,8}$|(?<!想)(?<!重新)(?<!回去)(?<!回归)上班[^。；，,\n]{0,6}$|"
    r"加班[^。；，,\n]{0,6}$",
    re.I,
)
_DAY_PART = re.compile(
    # bounded gaps (\s{0,5}): an unbounded \s* re-scans a run of blanks from each position
    rf"(?P<n>{NUM_EN})\s{{0,5}}(?:{_H_EN})?\s{{0,5}}(?:on\s+|each\s+)?(?P<d>sat(?:urday)?s?|sun(?:day)?s?)\b",
    re.I,
)


def _weekend_days(text: str) -> Amount | None:
    """ "4 hours on saturday and 4 on sunday": the two days added up."""
    parts: dict[str, re.Match[str]] = {}
    for m in _DAY_PART.finditer(text):
        parts.setdefault(m.group("d")[:3].lower(), m)
    if {"sat", "sun"} <= parts.keys():
        sat, sun = parts["sat"], parts["sun"]
        a, b = parse_number(sat.group("n")), parse_number(sun.group("n"))
        if a is not None and b is not None and 0 < a + b <= 48:
            lo, hi = min(sat.start(), sun.start()), max(sat.end(), sun.end())
            return Amount(a + b, lo, hi, None, text[lo:hi])
    return None


def _days(m: re.Match[str], text: str) -> float | None:
    """Days a week a per-day figure is for, from the match or the sentence around it."""
    g = m.groupdict()
    if g.get("dn"):
        return parse_number(g["dn"])
    if g.get("wd"):
        return 5.0
    if g.get("we2"):
        return 2.0
    return None


def _hours_of(m: re.Match[str], text: str) -> tuple[float, float | None, str] | None:
    """Weekly hours (low, high) of one match and the kind of week part it covers."""
    g = m.groupdict()
    if g.get("only"):
        rng: tuple[float, float | None] | None = (0.5, None)
    else:
        rng = _range(m, 0.5 if g.get("half") else 0.0)
    if rng is None:
        return None
    low, high = rng
    days = _days(m, text)
    if g.get("day") or g.get("we2") or (g.get("wd") and not g.get("week")):
        factor = days if days is not None else 7.0
        kind = "weekday" if days == 5.0 else "weekend" if days == 2.0 else "week"
    elif g.get("week"):
        # "15 hours a week, weekdays 9-12": a weekly figure stays weekly; only "N days a
        # week" multiplies it.
        factor, kind = ((days or 1.0) if g.get("dn") else 1.0), "week"
    elif g.get("we"):
        factor, kind = 1.0, "weekend"
    elif g.get("month"):  # "20 hours a month": a week's share of it
        factor, kind = 12 / 52, "week"
    elif days is not None:
        factor = days
        kind = "weekday" if days == 5.0 else "weekend" if days == 2.0 else "week"
    else:
        return None
    low, high = low * factor, None if high is None else high * factor
    if g.get("month"):  # a week's share of a month, to the half hour
        low, high = round(low * 2) / 2, None if high is None else round(high * 2) / 2
    if not 0 < low <= 112:
        return None
    return low, high, kind


def _composed(text: str) -> Amount | None:
    """A week said in parts or per day, week part, fortnight or month (see
    :mod:`coach.engine.numbers.weekly`); after "actually"/"改成" only what follows counts."""
    offset = 0
    for cue in _CORRECTION.finditer(text):
        if read_weekly(text[: cue.start()]) is not None and read_weekly(text[cue.end() :]):
            offset = cue.end()
    part = text[offset:]
    got = read_weekly(part)
    if got is None or not got.composite:
        return None
    start, end = got.start + offset, got.end + offset
    if _JOB_HOURS.search(text[max(0, start - 30) : start]):
        return None
    assumed = any(p.assumed for p in got.parts)
    return Amount(got.value, start, end, got.high, text[start:end], got.shown(), assumed)


MAX_FIGURES = 32
"""No person states more hours figures than this in one turn; a paste of more is not read on."""


def find_hours(text: str, *, bare: bool = False) -> Amount | None:
    """Hours a week the text says the person can give, or ``None``.

    "6-8 hours a week" -> 6 (high 8); "2 hours a day on weekdays" -> 10; "an hour a day" -> 7;
    "3 hours every weekend" -> 3; "2 hours a day on weekdays and 4 on Saturdays and Sundays"
    adds both parts; a later figure after "actually"/"make it"/"改成" wins. With ``bare`` (the
    coach just asked for hours) a lone figure ("10", "6-8", "十") counts as hours a week, or a
    day when the text says so.
    """
    text = job_hours_masked(text)
    composed = _composed(text)
    if composed is not None:
        return composed
    found: list[tuple[Amount, str]] = []
    covered = bytearray(len(text) + 1)
    for regex in (_HOURS_EN, _HOURS_EN_LEAD, _HOURS_ZH, _HOURS_ZH_TAIL):
        for m in regex.finditer(text):
            if len(found) >= MAX_FIGURES:
                break
            if _JOB_HOURS.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            got = _hours_of(m, text)
            if got is not None and not any(covered[m.start() : m.end()]):
                found.append((_amount(m, got[0], got[1]), got[2]))
                covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    days = _weekend_days(text)
    if days is not None:
        found = [
            f
            for f in found
            if f[1] != "weekend" and not (f[0].start < days.end and days.start < f[0].end)
        ]
        found.append((days, "weekend"))
    if not found:
        found = [(a, "week") for a in _minutes(text) or _unit_hours(text, bare)]
    if not found and bare:
        return _bare_hours(text)
    if not found:
        return None
    found.sort(key=lambda f: f[0].start)
    for amount, _ in reversed(found[1:]):
        if _CORRECTION.search(text[max(0, amount.start - 30) : amount.start]):
            return amount
    lasting = _lasting(text, [a for a, _ in found])
    if lasting is not None:  # "寒假每天4小时，开学后每周5小时": the figure that lasts
        return lasting
    kinds = {kind for _, kind in found}
    if {"weekday", "weekend"} <= kinds:
        parts = {kind: a for a, kind in reversed(found)}
        wd, we = parts["weekday"], parts["weekend"]
        high = (
            None
            if wd.high is None and we.high is None
            else (wd.high or wd.value) + (we.high or we.value)
        )
        return Amount(
            wd.value + we.value,
            min(wd.start, we.start),
            max(wd.end, we.end),
            high,
            text[min(wd.start, we.start) : max(wd.end, we.end)],
        )
    return _hedged(text, _sessions(text, found[0][0]))


_HOURS_UNIT = re.compile(
    rf"(?:{_Q_EN}\s*{_H_EN}|{_Q_ZH.replace('?P<', '?P<z')}(?:\s*来)?\s*(?:个)?\s*(?P<zhalf>半)?\s*(?:多)?\s*(?:个)?\s*(?:小时|钟头|个钟))"
    r"(?!\s*(?:commute|drive|flight|shift|long|ago|meeting|call|per\s+(?:month|year)|a\s+(?:month|year)|"
    r"车程|通勤|的车|前|后))",
    _I,
)
_HOURS_CUE = re.compile(
    r"(?:\b(?:can|could|spare|put\s+in|give|commit|dedicate|have|free|available|make\s+it|manage|"
    r"do|only|maybe|about|around|roughly|like|realistically|honestly|say|probably|approx|"
    r"change\s+(?:it\s+)?to|hours\s*:|budget|invest|sorry|oops|wait|actually|correction|rather|no)\b|"
    r"能|可以|抽出|挤出|投入|花|有|改成|改为|大概|大约|不对|其实|应该是|"
    r"差不多|最多|只有|就)[^.;!?\n\d；！？]{0,12}$",
    _I,
)


def _unit_hours(text: str, bare: bool) -> list[Amount]:
    """ "N hours" with no period: hours a week when asked, or after "can/spare/改成..."."""
    for m in _HOURS_UNIT.finditer(text):
        if not bare and not _HOURS_CUE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if _JOB_HOURS.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "I work 50 hours": the job, not the time to learn
        raw, hi = m.group("n") or m.group("zn"), m.group("hi") or m.group("zhi")
        low = parse_number(raw) if raw else None
        pair = zh_pair(raw or "") if not hi else None
        high_said = pair[1] if pair else parse_number(hi) if hi else None
        if pair:
            low = pair[0]
        if low is None or ((raw or "").lower() in {"a", "an"} and not bare):
            continue
        extra = 0.5 if m.group("zhalf") else 0.0
        high = high_said + extra if high_said is not None else None
        low += extra
        if _PER_DAY_BARE.search(text[max(0, m.start() - 20) : m.end() + 20]):
            low, high = low * 7, None if high is None else high * 7
        if 0 < low <= 112:
            return [Amount(low, m.start(), m.end(), high, m.group(0))]
    return []


_RATE_TAIL = re.compile(
    r"\s*(?:more\s+)?(?:hours?|hrs?|h)?\s*(?:a|per|each|every|/|in\s+a)\s*(?:week|wk|w)\b|"
    r"\s*(?:个)?(?:小时)?\s*(?:每周|一周|每星期|/周)",
    re.I,
)


_SPAN_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:weeks?|wks?|months?|mos?|years?|yrs?|quarters?)\b|\s*(?:个)?(?:月|年|周|星期|季度)",
    re.I,
)


def _bare_hours(text: str) -> Amount | None:
    for m in _HOURS_BARE.finditer(text):
        raw = m.group("n") or m.group("zn")
        if raw is None or raw.lower() in {"a", "an", "a single"}:
            continue
        hi = m.group("hi") or m.group("zhi")
        low, high = parse_number(raw), parse_number(hi) if hi else None
        if low is None or _JOB_HOURS.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if _SPAN_AFTER.match(text, m.end()):
            continue  # "6 months" answering the hours question is a horizon, not hours
        if _PER_DAY_BARE.search(text):
            low, high = low * 7, None if high is None else high * 7
        if 0 < low <= 112:
            tail = _RATE_TAIL.match(text, m.end())
            end = tail.end() if tail else m.end()
            return Amount(low, m.start(), end, high, text[m.start() : end])
    return None

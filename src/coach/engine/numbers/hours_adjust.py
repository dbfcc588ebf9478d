"""Adjustments to a figure of hours (see :mod:`coach.engine.numbers.hours`): the figure that lasts
after one said for a while, the person's own lower second figure, minutes, and hours said "each"
after a count of sessions; split out of hours.py.
"""

from __future__ import annotations

import re

from coach.engine.numbers.numerals import NUM_EN, Amount, parse_number

_TEMPORARY = re.compile(
    r"\b(?:break|holidays?|vacation|summer\s+off|this\s+month|next\s+month|for\s+now|at\s+first|"
    r"the\s+first\s+(?:few\s+)?(?:weeks?|months?)|until|till|during\s+the)\b|"
    r"寒假|暑假|假期|放假|这个月|下个月|前几周|前两周|刚开始|头一个月|年假|春节",
    re.IGNORECASE,
)
_LASTING = re.compile(
    r"\b(?:then|after\s+that|afterwards|after\s+(?:it|the\s+break|the\s+holidays?)|"
    r"otherwise|normally|usually|the\s+rest\s+of\s+the\s+(?:time|year)|back\s+at\s+(?:school|work))\b|"
    r"开学后|开学以后|之后|以后|平时|平常|其余时间|其他时间|上班后|正常",
    re.IGNORECASE,
)


def for_a_while(text: str) -> bool:
    """Whether ``text`` gives hours for a while and others for after it (see _lasting)."""
    return bool(_TEMPORARY.search(text) and _LASTING.search(text))


def _lasting(text: str, found: list[Amount]) -> Amount | None:
    """Of a figure said for a while ("over the break", "寒假") and one said for after it
    ("then", "开学后"), the one that lasts: the plan runs on it."""
    if len(found) < 2:
        return None
    marks = []
    for amount in found:
        start = max(0, amount.start - 24)
        before = re.split(r"[,，;；。.]", text[start : amount.start])[-1]
        # the clause that holds the figure, up to its end ("20 hours over the break")
        after = re.split(r"[,，;；。.]", text[amount.end : amount.end + 30])[0]
        clause = before + " " + after
        marks.append((amount, bool(_TEMPORARY.search(clause)), bool(_LASTING.search(before))))
    if not any(temp for _, temp, _ in marks):
        return None
    return next((a for a, temp, last in marks if last and not temp), None)


_HEDGE = re.compile(
    r"^[^.;!?\n；！？\d]{0,20}?\b(?:maybe|realistically|more\s+like|probably|honestly|actually)\s+"
    r"(?P<n>\d{1,2})(?:\s*(?:-|–|to)\s*(?P<hi>\d{1,2}))?(?!\s*(?:weeks?|months?|years?|days?))",
    re.I,
)


def _hedged(text: str, amount: Amount) -> Amount:
    """ "10 hrs a week, maybe 8-10 realistically": the person's own second, lower figure."""
    m = _HEDGE.match(text[amount.end :])
    if m is None:
        return amount
    low = float(m.group("n"))
    high = float(m.group("hi")) if m.group("hi") else None
    if not 0 < low < amount.value:
        return amount
    end = amount.end + m.end()
    return Amount(low, amount.start, end, high, text[amount.start : end])


# "30 min a day", "每天30分钟", "45 minutes every evening": minutes per day or per week.
_MINUTES = re.compile(
    r"(?P<zday>每天|每晚|每日|一天)?\s*(?P<n>\d{1,3})\s*(?:min(?:ute)?s?\b|分钟)\s*"
    r"(?P<day>(?:a|per|each|every)\s+(?:day|night|evening|morning|weekday)|daily|/\s*day|每天|一天)?"
    r"(?P<week>(?:a|per|each|every)\s+week|weekly|/\s*w(?:ee)?k|每周|一周)?",
    re.I,
)


def _minutes(text: str) -> list[Amount]:
    out: list[Amount] = []
    for m in _MINUTES.finditer(text):
        minutes = float(m.group("n"))
        if m.group("day") or m.group("zday"):
            weekly = minutes * 7 / 60
        elif m.group("week"):
            weekly = minutes / 60
        else:
            continue
        if 0 < weekly <= 112:
            out.append(Amount(round(weekly, 2), m.start(), m.end(), None, m.group(0).strip()))
    return out


# "2 evenings, 3 hours each", "三个晚上，每次两小时": sessions a week times hours each.
_SESSIONS = re.compile(
    rf"(?P<n>{NUM_EN}|\d)\s+(?:evenings?|nights?|mornings?|sessions?|days?|times?)"
    r"(?:\s+a\s+week|\s+per\s+week)?\s*[,，]?\s*$",
    re.I,
)
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece|every\s+time|per\s+session|a\s+session)\b", re.I)


def _sessions(text: str, amount: Amount) -> Amount:
    """Hours said "each" after a count of sessions: the count times the hours."""
    before = _SESSIONS.search(text[max(0, amount.start - 30) : amount.start])
    if before is None or not _EACH_AFTER.match(text[amount.end :]):
        return amount
    n = parse_number(before.group("n"))
    if n is None or not 1 <= n <= 7:
        return amount
    high = None if amount.high is None else amount.high * n
    return Amount(amount.value * n, amount.start, amount.end, high, amount.text)

"""Hours a week, horizon and years of experience of one turn, on :mod:`coach.engine.numbers`.

Every turn is read for all three; the field the coach asked only lets a bare answer count
("10" after the hours question, "two years" after the horizon question).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from coach.engine.numbers import (
    NUM_EN,
    Amount,
    Years,
    find_duration,
    find_horizon,
    find_hours,
    find_years,
    parse_number,
)
from coach.engine.numbers.later import LaterHours, find_later_hours
from coach.engine.numbers.years import CARING
from coach.engine.understand.spans import CLAUSE_END, containing, masked, spans


@dataclass
class Times:
    hours: Amount | None = None
    horizon: Amount | None = None
    years: Years | None = None
    past_only: bool = False
    """Years were said, all about earlier jobs (not the current field)."""
    later: LaterHours | None = None
    """New weekly hours from a later day ("in 3 months it goes up to 15"): its time is no
    horizon."""

    def spans(self) -> list[tuple[int, int]]:
        found = [self.hours, self.horizon, self.years]
        return [(a.start, a.end) for a in found if a is not None]


_WISH = re.compile(
    r"\b(?:want|wanna|would\s+like|'d\s+like|hope|hoping|plan|planning|goal|switch|become|"
    r"move|transition|pivot|target|aim)\b|想|希望|打算|准备|目标|转",
    re.I,
)


def _duration_clause(text: str, hours: Amount | None, wish: bool) -> Amount | None:
    """A clause that is only a duration, after the hours or a goal: "5 hours a week, 2 years",
    "想转行，两年"."""
    for start, end in spans(text, CLAUSE_END):
        before = text[:start]
        if not ((hours is not None and hours.end <= start) or _WISH.search(before)):
            continue
        got = find_duration(text[start:end])
        if got is not None:
            return Amount(got.value, got.start + start, got.end + start, got.high, got.text)
    return None


_BETWEEN = re.compile(rf"\b(between|from)(\s+)({NUM_EN})(\s+(?:and|to)\s+)({NUM_EN})", re.I)


def _as_range(m: re.Match[str]) -> str:
    """ "between 5 and 7" said as "5 to 7", in as many characters (spans stay valid)."""
    joint = m.group(4)
    return (
        " " * len(m.group(1) + m.group(2))
        + m.group(3)
        + " to"
        + " " * (len(joint) - 3)
        + m.group(5)
    )


_ONLY_HOURS = re.compile(
    r"\s*(?:(?:ok(?:ay)?|so|then|fine|well|yeah|yes|let'?s\s+say|say|好|好的|那|那就)[\s,，.!]*)*"
    rf"\s*(?:about|around|maybe|like|roughly|~|大概|大约|差不多)?\s*{NUM_EN}\s*(?:-|to)?\s*(?:{NUM_EN})?\s*"
    r"(?:hours?|hrs?|h|小时|个小时)\s*(?:tops|max|or\s+so|吧|左右)?[\s.!。！]*",
    re.I,
)
"""An answer that is only a number of hours ("6 hours", "大概8小时"): hours, whatever was asked."""
_SELF_CORRECTION = re.compile(
    r"(?:^|[\s,，;；.。!！-])(?:no\s+wait|wait|no,|actually|sorry|i\s+mean|scratch\s+that|"
    r"make\s+(?:it|that)|rather|不对|不是|错了|算了|说错了|改成|改为|应该是|"
    # a total said after the parts: "工作日每天1小时，周末多一点，算8小时吧", "call it 8"
    r"(?<!不)算(?=\s*[\d一二两三四五六七八九十])|总共|一共|加起来|合计|in\s+total|call\s+it|all\s+in\s+all|altogether)",
    re.I,
)


def _corrected(text: str, hours: Amount | None) -> Amount | None:
    """Hours the person corrects in the same turn ("每周六个小时，不对，改成四个", "6 hours, no
    wait, make it 4"): the figure after the last correction word wins."""
    if hours is None:
        return None
    last = None
    for m in _SELF_CORRECTION.finditer(text, hours.end):
        last = m
    if last is None:
        return hours
    again = find_hours(text[last.end() :], bare=True)
    if again is None or again.value == hours.value:
        return hours
    at = last.end()
    return Amount(again.value, again.start + at, again.end + at, again.high, again.text, again.how)


_NO_JOB_YET = re.compile(
    r"\b(?:no\s+(?:job|work\s+experience|experience)\s+yet|(?:just|recently|newly)\s+graduated|"
    r"fresh\s+(?:grad|graduate)|new\s+grad(?:uate)?|haven'?t\s+(?:had|got)\s+a\s+(?:real\s+)?job\s+yet|"
    r"never\s+had\s+a\s+(?:real\s+)?job)\b|应届(?:毕业)?生|刚毕业|还没(?:有)?工作|没有工作经验|还没上过班",
    re.I,
)
"""A graduate with no job yet: no years of work (an internship is not a career)."""
_BETWEEN_SPANS = re.compile(
    rf"\b(between|from)(\s+)((?:{NUM_EN}|half\s+a|a)\s+(?:weeks?|months?|years?))(\s+(?:and|to)\s+)"
    rf"(?=(?:{NUM_EN}|half\s+a|a|an)\s+(?:weeks?|months?|years?|and\s+a\s+half)\b)",
    re.I,
)


def _as_span_range(m: re.Match[str]) -> str:
    """ "between 6 months and a year" said as "6 months to a year", in as many characters."""
    joint = m.group(4)
    return " " * len(m.group(1) + m.group(2)) + m.group(3) + " to" + " " * (len(joint) - 3)


def _fine_instead(text: str, today: date | None, horizon: Amount | None) -> Amount | None:
    """ "March isn't fixed, June would be fine too", "其实两年也可以": the date or span said to do
    as well wins over one said before it."""
    for m in _FINE_TOO.finditer(text):
        start, end = containing(spans(text, CLAUSE_END), m.start())
        if horizon is not None and start <= horizon.start < end:
            return horizon  # the one found already is the one that would do
        found = find_horizon(text[start:end], today, bare=True)
        if found is not None:
            return Amount(
                found.value, found.start + start, found.end + start, found.high, found.text
            )
    return horizon


def read_times(text: str, asked: str | None, today: date | None, past_ok: bool = False) -> Times:
    """Hours, horizon and years in ``text`` (each ``None`` when not said). ``past_ok``: the
    person's background is a past job ("I was a teacher for 3 years"), whose years count
    unless a later stage follows them."""
    text = _BETWEEN_SPANS.sub(_as_span_range, _BETWEEN.sub(_as_range, text))
    bare_hours = asked == "hours_per_week" or bool(_ONLY_HOURS.fullmatch(text))
    hours = _corrected(text, find_hours(text, bare=bare_hours))
    later = find_later_hours(text, today, hours.end) if hours is not None else None
    rest = masked(text, [(hours.start, hours.end)] if hours else [])
    if later is not None:
        rest = masked(rest, [(later.start, later.end)])
    years_all = [
        y
        for y in find_years(text, today, bare=asked == "background")
        if hours is None or not (y.start < hours.end and hours.start < y.end)
    ]
    current = [y for y in years_all if not y.past]
    years = current[0] if current else None
    # A returner ("stay-at-home mom for 4 years, java dev for 6 before that"): the earlier job.
    caring = bool(CARING.search(text))
    if years is None and (past_ok or caring):
        behind = [y for y in years_all if not y.superseded]
        # "a Java developer for 8 years, then stayed home with my kids": the job before the
        # break is the experience, though a stage follows it
        behind = behind or ([y for y in years_all if y.superseded] if caring else [])
        years = behind[0] if behind else None
    if years is None and not years_all:
        fresh = _NO_JOB_YET.search(text)  # "just graduated, no job yet": no years of work yet
        if fresh is not None:
            years = Years(0.0, fresh.start(), fresh.end(), text=fresh.group(0))
    rest = masked(rest, [(y.start, y.end) for y in years_all])
    wish = bool(_WISH.search(text))
    horizon = find_horizon(rest, today, bare=asked == "horizon")
    if horizon is None and (hours is not None or wish):
        horizon = find_duration(rest, loose_for=True) or _duration_clause(rest, hours, wish)
    if horizon is not None and hours is not None and hours.start <= horizon.start < hours.end:
        horizon = None
    horizon = _fine_instead(rest, today, horizon)
    return Times(hours, horizon, years, past_only=bool(years_all) and not current, later=later)


_YEARS_FIX_CUE = re.compile(
    r"\b(?:actually|sorry|i\s+meant|meant|wait|oops|correction|rather|more\s+like|closer\s+to|"
    r"not)\b|不对|不是|说错|写错|其实|应该是|更正|纠正|准确地说|准确说",
    re.I,
)
_FIX_YEARS = re.compile(
    rf"(?P<n>{NUM_EN}|[一二两三四五六七八九十]+)\s*(?:\+\s*)?(?:years?|yrs?|年)(?![A-Za-z])", re.I
)
_FIX_NOT = re.compile(
    rf"(?:\bnot\s+|不是\s*)(?P<n>{NUM_EN}|[一二两三四五六七八九十]+)\s*(?:years?|yrs?|年)?", re.I
)
_FINE_TOO = re.compile(
    r"也(?:可以|行|没问题|ok)|都(?:可以|行)|\b(?:would|could)\s+(?:be\s+)?(?:fine|ok|work)|"
    r"\b(?:is|'s)\s+(?:fine|ok)|\bworks?\s+too\b",
    re.I,
)
_FIX_HORIZON_BEFORE = re.compile(
    r"\b(?:in|within|by|next|over\s+the\s+next|after|take|takes|give\s+(?:it|me)|for\s+the\s+plan)"
    r"\s*(?:about\s+|around\s+)?$|[内前后]\s*$",
    re.I,
)
_FIX_HORIZON_AFTER = re.compile(
    r"^\s*(?:内|之内|以内|里|后|之后|以后|前|之前|from\s+now|to\s+go)", re.I
)


def corrected_years(
    text: str, known: float | None, horizon_weeks: int | None, asked: str | None
) -> Years | None:
    """A correction of the years already known ("actually 3 years not 5", "不对，不是6年，是4年",
    "sorry, i meant 4 years, not 7", "wait, more like 12 years actually"): the new figure wins.
    Not a goal ("want to switch in 3 years"), nor a deadline ("within 2 years", "两年内"); a
    figure negated that is the horizon ("3 years, not 2" of a 2-year horizon) corrects that."""
    if known is None or not _YEARS_FIX_CUE.search(text) or _WISH.search(text):
        return None
    negated = {value for m in _FIX_NOT.finditer(text) if (value := _num(m.group("n"))) is not None}
    if negated and known not in negated:
        if horizon_weeks is not None and any(abs(v * 52 - horizon_weeks) < 3 for v in negated):
            return None  # the horizon is what they correct
    elif not negated and (asked == "horizon" or _FINE_TOO.search(text)):
        return None  # "其实两年也可以": a horizon that would do as well
    for m in _FIX_YEARS.finditer(text):
        value = _num(m.group("n"))
        if value is None or value in negated or not 0 <= value <= 60:
            continue
        if text[max(0, m.start() - 4) : m.start()].strip().lower().endswith("not"):
            continue
        if text[max(0, m.start() - 2) : m.start()].endswith("不是"):
            continue
        if _FIX_HORIZON_BEFORE.search(text[: m.start()]) or _FIX_HORIZON_AFTER.match(
            text[m.end() :]
        ):
            continue
        if value == known:
            continue
        if (
            not negated
            and horizon_weeks is not None
            and (abs(value * 52 - horizon_weeks) / 52 < abs(value - known))
        ):
            return None  # nearer the horizon than the years: a new horizon, not new years
        return Years(value, m.start(), m.end(), text=m.group(0))
    return None


def _num(raw: str) -> float | None:
    return parse_number(raw)

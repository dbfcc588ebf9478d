"""The horizon a clause sets: extended or shortened (by or to a duration), or set ("make it 9
months", "keep the 52 weeks", "周期保持52周"); a duration that is an age, a time already past
or a temporary period is no horizon."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from coach.engine.constraints.model import Constraint
from coach.engine.constraints.quantities import DURATION, HOURS, PROJECT, WEEK
from coach.engine.numbers import find_deadline
from coach.engine.numbers.approx import MONTH_NAMES, number, to_weeks

_EXTEND = re.compile(
    r"\b(?:extend|extended|stretch|lengthen|push\s+out|push(?:ed)?\s+(?:\w+\s+){0,2}back|"
    r"postpone|delay|more\s+time|longer|additional|extra|another|more|add)\b|延长|延期|放宽|拉长|多给|再给|宽限|多加|延到|延至|再加|增加|扩展到|放宽到",
    re.I,
)
_SHORTEN = re.compile(
    r"\b(?:shorten|shorter|compress|cut|reduce|trim|tighten|less|faster|sooner|quicker)\b"
    r"|缩短|压缩|缩减|减少|少",
    re.I,
)
_SET_HORIZON = re.compile(
    r"\b(?:in|within|over|for|to|make\s+it|plan\s+for|target|instead\s+of|keep|stay(?:s)?\s+at|"
    r"remains?(?:\s+at)?|still)\b|改成|改为|改回|调回|恢复到|定为|内|以内|之内|完成|保持|维持|不变|还是",
    re.I,
)


# A duration that is an age, a time already past or a temporary period is not a horizon:
# "a 52 year old", "she has been out for 6 years", "5 years of Java", "for the next month".
_NOT_HORIZON_BEFORE = re.compile(
    r"(?:\bbeen\b|\bout\b|\baway\b|\bworked\b|\bworking\b|\bused\b|\busing\b|\bcoded\b|\bcoding\b|"
    r"\bknown\b|\bhad\b|\bpractis\w*|\bpractic\w*|\bwritten\b|\bwriting\b|\bfor\s+the\s+(?:past|last|next)|"
    r"\bover\s+the\s+(?:past|last)|\baged?\b|\bspent\b|\bonly\s+for\b|\bjust\s+for\b|"
    # time a finished piece took ("it took me 3 weeks instead of 2", "RAG用了三周"): progress
    r"\btook\b|\bneeded\b|\blasted\b|花了|用了|学了|"
    r"已经|工作了|做了|干了|离开了?|中断了?|休息了|脱离了?|接下来的?|这|未来)\W*(?:[\w-]+\W+){0,3}$"
    r"|\b(?:first|last|opening|final)\s+$|(?:前|头|最后|后)\s*$",
    re.I,
)
_NOT_HORIZON_AFTER = re.compile(
    r"^[\s-]*(?:old\b|ago\b|of\s+(?:experience|work|\w+)|experience|in\s+(?:industry|the\s+field)|"
    r"岁|前|经验|的经验|工作经验|的工作|没工作|没上班)",
    re.I,
)


# "he has lived in Linux for 9 years", "他用了9年Linux": the person's past, said of them
_PAST_OF_PERSON = re.compile(
    r"\b(?:she|he|they|i|we)(?:\s+(?:has|have|had)|'s|'ve|'d)\s+(?!to\b|got\s+to\b)\w+"
    r"|(?:她|他|他们|我)[^，,。；;]{0,6}?(?:用了|学了|待了|干了|做了|写了|搞了|接触了)",
    re.I,
)
_PLAN_WORDS = re.compile(
    r"\b(?:plan|horizon|timeline|deadline|program(?:me)?|schedule)\b|周期|计划|时间线|期限", re.I
)


def is_horizon(s: str, start: int, end: int) -> bool:
    """Whether the duration at ``s[start:end]`` can be a plan's horizon (not an age, a past
    or a temporary period)."""
    past = _PAST_OF_PERSON.search(s[:start]) and not _PLAN_WORDS.search(s)
    return not (
        past
        or _NOT_HORIZON_BEFORE.search(s[max(0, start - 30) : start])
        or _NOT_HORIZON_AFTER.search(s[end : end + 20])
    )


_TO_DATE = re.compile(
    rf"\bto\s+(?=(?:the\s+)?(?:end\s+of\s+|late\s+|mid-?\s*)?(?:{MONTH_NAMES})\b)", re.I
)


def read_horizon(s: str, today: date | None = None) -> list[Constraint]:
    """The horizon ``s`` sets. A date ("延长到明年6月", "extend the plan until June 2027") is
    counted in weeks from ``today`` (the plan's first day): "6月" there is June, not 6 months."""
    if WEEK.search(s) and HOURS.search(s):
        return []
    if today is not None and (_EXTEND.search(s) or _SHORTEN.search(s) or _SET_HORIZON.search(s)):
        # "extend it to (the end of) June": a date the plan runs to, like "until"
        stretched = (_EXTEND.search(s) or _SHORTEN.search(s)) and not PROJECT.search(s)
        day = find_deadline(_TO_DATE.sub("until ", s) if stretched else s, today)
        if day is not None and day.value > 0:
            kind: Literal["extend_horizon", "shorten_horizon", "set_horizon"] = (
                "extend_horizon"
                if _EXTEND.search(s)
                else "shorten_horizon"
                if _SHORTEN.search(s)
                else "set_horizon"
            )
            return [Constraint(kind=kind, text=s, horizon_weeks=int(day.value))]
    durations = [
        m
        for m in DURATION.finditer(s)
        if (not re.fullmatch(r"(?:a|an)\s*", m.group(1), re.I) or not m.group(2).startswith("w"))
        and is_horizon(s, m.start(), m.end())
    ]
    durations = [m for m in durations if not re.match(r"周|月", m.group(2)) or number(m.group(1))]
    if not durations or PROJECT.search(s) or re.search(r"第\s*\S*\s*周|\bweek\s+\d", s, re.I):
        return []
    m = durations[0]
    value = number(m.group(1))
    if value is None:
        return []
    weeks = to_weeks(value, m.group(2))
    before = s[: m.start()]
    to = re.search(r"\bto\b|到|至|为|成", before[-8:], re.I) is not None
    by = re.search(r"\bby\b|\banother\b|\bmore\b|\bextra\b|再|多", s, re.I) is not None
    if _EXTEND.search(s):
        if to or (not by and re.search(r"延到|延至|改成|改为|改回|调回|恢复到", s)):
            return [Constraint(kind="extend_horizon", text=s, horizon_weeks=weeks)]
        return [Constraint(kind="extend_horizon", text=s, add_weeks=weeks)]
    if _SHORTEN.search(s):
        if to:
            return [Constraint(kind="shorten_horizon", text=s, horizon_weeks=weeks)]
        return [Constraint(kind="shorten_horizon", text=s, remove_weeks=weeks)]
    if _SET_HORIZON.search(s):
        return [Constraint(kind="set_horizon", text=s, horizon_weeks=weeks)]
    return []

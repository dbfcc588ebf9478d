"""Mentor change requests in free text (English or Chinese) -> typed constraints.

``parse_constraints`` is a small rule-based parser: it splits the text into sentences and looks
for hours, dates, horizons, skills named in the knowledge base, resource kinds and topics. What
it cannot read is kept verbatim as a ``note`` the mentor sees, never dropped. The planner honours
the constraints (``weekly_caps``, ``effective_horizon``...) and ``checks.check_constraints``
verifies them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Resource, Skill
from coach.schemas import Language

ConstraintKind = Literal[
    "project_earlier",
    "exclude_skill",
    "exclude_resource_kind",
    "exclude_topic",
    "hours_from",
    "max_hours_per_week",
    "extend_horizon",
    "focus_skill",
    "note",
]
ResourceKind = Literal["course", "book", "practice", "docs", "community", "project", "paper"]


class Constraint(BaseModel):
    """One change a mentor asked for, in a form the planner can apply and a check can verify."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: ConstraintKind
    text: str = Field(description="The mentor's words this constraint was read from.")
    skill_id: str | None = None
    resource_kind: ResourceKind | None = None
    topic: str | None = Field(default=None, description="A key of TOPICS.")
    hours_per_week: float | None = Field(default=None, ge=0)
    from_month: int | None = Field(default=None, ge=1, le=12)
    from_date: date | None = None
    horizon_weeks: int | None = Field(default=None, ge=1, description="New horizon (absolute).")
    add_weeks: int | None = Field(default=None, ge=1, description="Weeks added to the horizon.")
    source: Literal["mentor", "user"] = Field(
        default="mentor", description="Who asked: the mentor, or the user in their profile."
    )


# Topics are groups of terms; a text is about a topic when it has a term of every group.
TOPICS: dict[str, tuple[tuple[str, ...], ...]] = {
    "cloud_certification": (
        ("cloud", "aws", "azure", "gcp", "google cloud", "aliyun", "alibaba cloud", "云"),
        ("certif", "认证", "证书", "考证"),
    ),
    "certification": (("certif", "认证", "证书", "考证"),),
}

_KIND_WORDS: tuple[tuple[str, ResourceKind], ...] = (
    (r"\bbooks?\b|书籍|书本|看书|读书|(?<![证])书", "book"),
    (r"\b(?:courses?|moocs?|videos?|lectures?)\b|课程|网课|视频课|视频", "course"),
    (r"\bpapers?\b|论文", "paper"),
    (r"\bdocs\b|\bdocumentation\b|官方文档", "docs"),
)

_NEGATION = re.compile(
    r"\b(?:no|not|without|skip|drop|avoid|don'?t|do not|remove|exclude|leave out|cut)\b"
    r"|不要|不用|不需要|不必|别|跳过|去掉|删掉|删除|不学|不考|无需|免去|取消",
    re.I,
)
_FOCUS = re.compile(
    r"\b(?:focus(?:\s+more)?\s+on|more\s+(?:time\s+)?on|emphasi[sz]e|prioriti[sz]e|"
    r"concentrate\s+on|double\s+down\s+on|deepen|go\s+deeper\s+(?:in|on|into))\b"
    r"|重点|侧重|专注|聚焦|多花时间|加强|优先|深入",
    re.I,
)
_WEEK = re.compile(r"\bweek(?:ly|s)?\b|/\s*w(?:k|eek)?\b|每周|一周|每星期|每个星期|周", re.I)

_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20,
}  # fmt: skip
_EN_NUM = r"\d+(?:\.\d+)?|" + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True))
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}  # fmt: skip
_ZH_NUM = r"\d+(?:\.\d+)?|[零一二两三四五六七八九十半]+"
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))

_HOURS_EN = re.compile(rf"({_EN_NUM})\s*(?:hours?|hrs?|h)\b", re.I)
_HOURS_ZH = re.compile(rf"({_ZH_NUM})\s*(?:个)?\s*(?:小时|钟头|h\b)")
_FROM_MONTH_EN = re.compile(
    rf"\b(?:from|starting(?:\s+in)?|start(?:ing)?\s+in|after|since|beginning(?:\s+of)?|as\s+of|in)"
    rf"\s+(?:early\s+|mid-?\s*)?({_MONTH_NAMES})\b",
    re.I,
)
_FROM_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_FROM_MONTH_ZH = re.compile(
    r"(?:从|自)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"|(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?\s*(?:起|开始|以后|之后|后)"
)
_HORIZON_EN = re.compile(
    rf"\b(?:extend|stretch|lengthen|push|give|allow|take|make|plan\s+for)\b[^.]*?"
    rf"(\bto\b|\bby\b|\binto\b|\banother\b|\bmore\b|\bextra\b)?\s*({_EN_NUM})\s*"
    rf"(?:more\s+|extra\s+|additional\s+)?(weeks?|months?|years?)\b",
    re.I,
)
_HORIZON_ZH = re.compile(
    rf"(?:延长|延期|放宽|拉长|推迟|延到|延至|改成|改为)\s*(到|至)?\s*({_ZH_NUM})\s*"
    r"(个星期|星期|周|个月|月|年)"
)
_PROJECT_EN = re.compile(r"\bprojects?\b", re.I)
_EARLY_EN = re.compile(r"\b(?:earlier|sooner|first|early|forward|up\s*front)\b", re.I)
_EARLY_ZH = re.compile(r"提前|尽早|先做|早点|更早|优先|早一点|一开始")


def _zh_number(token: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return float(token)
    if token == "半":
        return 0.5
    if not token or any(ch not in _ZH_DIGITS and ch != "十" for ch in token):
        return None
    if "十" in token:
        tens, _, ones = token.partition("十")
        value = (_ZH_DIGITS[tens] if tens else 1) * 10
        return float(value + (_ZH_DIGITS[ones] if ones else 0))
    value = 0
    for ch in token:
        value = value * 10 + _ZH_DIGITS[ch]
    return float(value)


def _en_number(token: str) -> float:
    low = token.lower()
    return float(_EN_NUMBERS[low]) if low in _EN_NUMBERS else float(low)


def months_to_weeks(months: float) -> int:
    """Calendar months as whole weeks (12 months -> 52 weeks)."""
    return max(1, round(months * 52 / 12))


def _to_weeks(value: float, unit: str) -> int:
    unit = unit.lower()
    if unit.startswith("year") or unit == "年":
        return max(1, round(value * 52))
    if unit.startswith("month") or unit.endswith("月"):
        return months_to_weeks(value)
    return max(1, round(value))


# --------------------------------------------------------------------------- parsing
def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;])\s+|[;\n。；！？]+|(?<=[a-z])\.$", text.strip())
    return [p.strip(" .") for p in parts if p and p.strip(" .")]


def _blank(pattern: str, text: str) -> str:
    """``text`` with every match of ``pattern`` replaced by spaces (positions kept)."""
    return re.sub(pattern, lambda m: " " * len(m.group(0)), text, flags=re.I)


def _mode_at(pos: int, markers: list[tuple[int, str]]) -> str | None:
    before = [mode for at, mode in markers if at <= pos]
    if before:
        return before[-1]
    after = [mode for at, mode in markers if at > pos]
    return after[0] if after else None


def _parse_hours(s: str) -> list[Constraint]:
    if not _WEEK.search(s):
        return []
    hours: float | None = None
    if m := _HOURS_EN.search(s):
        hours = _en_number(m.group(1))
    elif (mz := _HOURS_ZH.search(s)) and (value := _zh_number(mz.group(1))) is not None:
        hours = value
    if hours is None:
        return []
    if iso := _FROM_ISO.search(s):
        try:
            day = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            day = None
        if day is not None:
            return [Constraint(kind="hours_from", text=s, hours_per_week=hours, from_date=day)]
    month: int | None = None
    if me := _FROM_MONTH_EN.search(s):
        month = _MONTHS[me.group(1).lower()]
    elif mz2 := _FROM_MONTH_ZH.search(s):
        value = _zh_number(mz2.group(1) or mz2.group(2))
        month = int(value) if value is not None and 1 <= value <= 12 else None
    if month is not None:
        return [Constraint(kind="hours_from", text=s, hours_per_week=hours, from_month=month)]
    return [Constraint(kind="max_hours_per_week", text=s, hours_per_week=hours)]


def _parse_horizon(s: str) -> list[Constraint]:
    # "a week" in "5 hours a week" is a rate, not a horizon
    candidates = [
        m
        for m in _HORIZON_EN.finditer(s)
        if not (m.group(2).lower() in {"a", "an"} and m.group(3).lower().startswith("week"))
    ]
    if candidates:
        m = candidates[0]
        weeks = _to_weeks(_en_number(m.group(2)), m.group(3))
        relative = (m.group(1) or "").lower() in {"by", "another", "more", "extra"} or bool(
            re.search(r"\b(?:more|extra|additional|another)\b", s, re.I)
        )
    elif (mz := _HORIZON_ZH.search(s)) and (value := _zh_number(mz.group(2))) is not None:
        weeks = _to_weeks(value, mz.group(3))
        relative = not mz.group(1)
    else:
        return []
    if relative:
        return [Constraint(kind="extend_horizon", text=s, add_weeks=weeks)]
    return [Constraint(kind="extend_horizon", text=s, horizon_weeks=weeks)]


def _parse_project_earlier(s: str) -> list[Constraint]:
    en = _PROJECT_EN.search(s) and _EARLY_EN.search(s)
    zh = "项目" in s and _EARLY_ZH.search(s)
    return [Constraint(kind="project_earlier", text=s)] if en or zh else []


def parse_constraints(
    text: str, kb: KnowledgeBase, source: Literal["mentor", "user"] = "mentor"
) -> list[Constraint]:
    """Read a mentor's change request (or, with ``source="user"``, a constraint the user gave
    in their profile) into constraints; unread sentences become notes."""
    return [c.model_copy(update={"source": source}) for c in _parse(text, kb)]


def _parse(text: str, kb: KnowledgeBase) -> list[Constraint]:
    out: list[Constraint] = []
    for s in _sentences(text):
        found = [*_parse_hours(s), *_parse_horizon(s), *_parse_project_earlier(s)]
        rest = s  # the sentence with the words already read blanked out
        if _NEGATION.search(s):
            for topic in ("cloud_certification", "certification"):
                if matches_topic(topic, s):
                    found.append(Constraint(kind="exclude_topic", text=s, topic=topic))
                    for group in TOPICS[topic]:
                        for term in group:
                            rest = _blank(re.escape(term), rest)
                    break
            for pattern, resource_kind in _KIND_WORDS:
                if re.search(pattern, rest, re.I):
                    found.append(
                        Constraint(
                            kind="exclude_resource_kind", text=s, resource_kind=resource_kind
                        )
                    )
                    rest = _blank(pattern, rest)
        markers = sorted(
            [(m.start(), "exclude") for m in _NEGATION.finditer(rest)]
            + [(m.start(), "focus") for m in _FOCUS.finditer(rest)]
        )
        seen: set[tuple[str, str]] = set()
        for mention in get_lexicon(kb).find_skills(rest):
            mode = _mode_at(mention.start, markers)
            if mode is None or (mode, mention.id) in seen:
                continue
            seen.add((mode, mention.id))
            kind: ConstraintKind = "exclude_skill" if mode == "exclude" else "focus_skill"
            found.append(Constraint(kind=kind, text=s, skill_id=mention.id))
        out.extend(found or [Constraint(kind="note", text=s)])
    return out


_SETTINGS = frozenset({"max_hours_per_week", "hours_from", "extend_horizon"})
"""Kinds that set one number of the plan: a mentor's value replaces the user's."""


def with_user_constraints(
    user_texts: Sequence[str], mentor: Sequence[Constraint], kb: KnowledgeBase
) -> list[Constraint]:
    """The mentor's constraints plus those read from the user's own profile constraints
    (``Profile.constraints``, free text). The mentor wins on conflict: a user's hours or horizon
    setting gives way to a mentor's of the same kind, and a user's exclusion of a skill the mentor
    wants in focus (or focus on one the mentor left out) is dropped. Constraints already in
    ``mentor`` are not added twice, so applying this twice changes nothing."""
    out = list(mentor)
    mentor_own = [c for c in mentor if c.source == "mentor"]
    kinds = {c.kind for c in mentor_own}
    focus = {c.skill_id for c in mentor_own if c.kind == "focus_skill"}
    dropped = excluded_skills(mentor_own, kb)
    for text in user_texts:
        for c in parse_constraints(text, kb, source="user"):
            if c in out or (c.kind in _SETTINGS and c.kind in kinds):
                continue
            if c.kind == "exclude_skill" and c.skill_id in focus:
                continue
            if c.kind == "exclude_topic" and focus & excluded_skills([c], kb):
                continue
            if c.kind == "focus_skill" and c.skill_id in dropped:
                continue
            out.append(c)
    return out


# --------------------------------------------------------------------------- applying
def matches_topic(topic: str, text: str) -> bool:
    """Whether ``text`` is about ``topic`` (a term of every group of the topic appears)."""
    low = text.lower()
    groups = TOPICS.get(topic, ())
    return bool(groups) and all(any(term in low for term in group) for group in groups)


def resolve_from_date(constraint: Constraint, start: date) -> date | None:
    """The first day a ``hours_from`` constraint applies: its date, or the next 1st of its month
    on or after ``start`` (the current month when ``start`` is in it)."""
    if constraint.from_date is not None:
        return constraint.from_date
    if constraint.from_month is None:
        return None
    if constraint.from_month == start.month:
        return start
    first = date(start.year, constraint.from_month, 1)
    return first if first >= start else date(start.year + 1, constraint.from_month, 1)


def week_of(start: date, day: date) -> int:
    """1-based index of the plan week containing ``day`` (week 1 starts on ``start``)."""
    return max(1, (day - start).days // 7 + 1)


def effective_hours_per_week(hours_per_week: float, constraints: Iterable[Constraint]) -> float:
    """The weekly budget after ``max_hours_per_week`` constraints (the lowest wins)."""
    caps = [c.hours_per_week for c in constraints if c.kind == "max_hours_per_week"]
    return min([hours_per_week, *[h for h in caps if h is not None]])


def effective_horizon(horizon_weeks: int, constraints: Iterable[Constraint]) -> int:
    """The horizon after ``extend_horizon`` constraints (never shorter than asked)."""
    horizon = horizon_weeks
    for c in constraints:
        if c.kind != "extend_horizon":
            continue
        if c.horizon_weeks is not None:
            horizon = max(horizon, c.horizon_weeks)
        if c.add_weeks is not None:
            horizon = max(horizon, horizon_weeks + c.add_weeks)
    return horizon


def weekly_limits(
    hours_per_week: float, horizon_weeks: int, start: date, constraints: Sequence[Constraint]
) -> list[float]:
    """The most hours allowed in each week: the weekly budget, lowered from a date on by
    ``hours_from`` constraints (the week containing that date included)."""
    base = effective_hours_per_week(hours_per_week, constraints)
    limits = [base] * horizon_weeks
    for c in constraints:
        if c.kind != "hours_from" or c.hours_per_week is None:
            continue
        day = resolve_from_date(c, start)
        if day is None:
            continue
        for week in range(week_of(start, day), horizon_weeks + 1):
            limits[week - 1] = min(limits[week - 1], c.hours_per_week)
    return limits


def to_tenths(hours: float) -> int:
    """Hours as whole tenths, rounded down (so a limit is never exceeded by rounding)."""
    return max(0, math.floor(hours * 10 + 1e-9))


def excluded_skills(constraints: Sequence[Constraint], kb: KnowledgeBase) -> set[str]:
    """Skills a mentor left out, by name or by topic (e.g. cloud certification)."""
    out = {c.skill_id for c in constraints if c.kind == "exclude_skill" and c.skill_id}
    for c in constraints:
        if c.kind == "exclude_topic" and c.topic:
            out |= {s.id for s in kb.skills.values() if matches_topic(c.topic, _skill_text(s))}
    return out


def _skill_text(skill: Skill) -> str:
    return " ".join([skill.id, skill.name.en, skill.name.zh, skill.category, *skill.aliases])


def resource_allowed(resource: Resource, constraints: Sequence[Constraint]) -> bool:
    """Whether ``resource`` survives the mentor's resource-kind and topic exclusions."""
    for c in constraints:
        if c.kind == "exclude_resource_kind" and resource.kind == c.resource_kind:
            return False
        if c.kind == "exclude_topic" and c.topic and matches_topic(c.topic, resource.title):
            return False
    return True


_DESCRIBE: dict[str, tuple[str, str]] = {
    "project_earlier": (
        "Portfolio project as early as it can be: right after the skills it is built with",
        "作品集项目尽量提前：学完它用到的技能后立即开始",
    ),
    "exclude_skill": ("Skill left out: {skill}", "不安排该技能：{skill}"),
    "exclude_resource_kind": ("No resources of kind: {kind}", "不使用此类资源：{kind}"),
    "exclude_topic": ("Topic left out: {topic}", "不安排该主题：{topic}"),
    "hours_from": ("At most {hours:g} h a week from {day}", "自 {day} 起每周最多 {hours:g} 小时"),
    "max_hours_per_week": ("At most {hours:g} h a week", "每周最多 {hours:g} 小时"),
    "extend_horizon": ("Horizon extended to {weeks} weeks", "周期延长到 {weeks} 周"),
    "focus_skill": ("Extra focus on: {skill}", "重点加强：{skill}"),
    "note": ("Mentor note: {text}", "导师备注：{text}"),
    "note.user": ("Your note: {text}", "你的备注：{text}"),
}
_USER_PREFIX = ("At your request: ", "按你的要求：")
_TOPIC_NAMES: dict[str, tuple[str, str]] = {
    "cloud_certification": ("cloud certifications", "云厂商认证"),
    "certification": ("certifications", "认证考试"),
}
_KIND_NAMES: dict[str, tuple[str, str]] = {
    "course": ("courses", "课程"),
    "book": ("books", "书籍"),
    "practice": ("practice sites", "练习平台"),
    "docs": ("documentation", "文档"),
    "community": ("communities", "社区"),
    "project": ("guided projects", "项目教程"),
    "paper": ("papers", "论文"),
}


def describe_constraint(
    c: Constraint, language: Language, kb: KnowledgeBase, start: date, horizon_weeks: int
) -> str:
    """One line, in the user's language, saying how the plan honours ``c``."""
    idx = 1 if language == "zh" else 0
    skill = kb.skills.get(c.skill_id or "")
    day = resolve_from_date(c, start)
    values = {
        "skill": skill.name.get(language) if skill else (c.skill_id or ""),
        "kind": _KIND_NAMES.get(c.resource_kind or "", (c.resource_kind or "",) * 2)[idx],
        "topic": _TOPIC_NAMES.get(c.topic or "", (c.topic or "",) * 2)[idx],
        "hours": c.hours_per_week or 0.0,
        "day": day.isoformat() if day else "",
        "weeks": horizon_weeks,
        "text": c.text,
    }
    if c.source == "user":
        if c.kind == "note":
            return _DESCRIBE["note.user"][idx].format(**values)
        return _USER_PREFIX[idx] + _DESCRIBE[c.kind][idx].format(**values)
    return _DESCRIBE[c.kind][idx].format(**values)

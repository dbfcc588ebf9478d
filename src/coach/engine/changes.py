"""A change of circumstances after approval (hours, horizon, target) read from the user's
words, and the profile a re-plan from the current week is built for."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pydantic import BaseModel, Field

from coach.engine.away import read_away
from coach.engine.constraints import Constraint, parse_constraints, resolve_from_date
from coach.engine.constraints.corrections import FIND_WORK
from coach.engine.constraints.horizon import is_horizon
from coach.engine.constraints.quantities import (
    DURATION,
    from_when,
    month_window,
    window_weeks,
)
from coach.engine.numbers.approx import NUM
from coach.engine.replan import hours_from_text
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile

_OWN_HOURS = re.compile(r"^\d+(?:\.\d+)? hours a week from \d{4}-\d{2}-\d{2}(?: for \d+ weeks)?$")
"""Profile constraints written by earlier re-plans (replaced by a new one, never stacked)."""


class Change(BaseModel):
    """What changed, with the plan week the new hours start in (None: from now)."""

    hours_per_week: float | None = None
    hours_from: date | None = None
    hours_for_weeks: int | None = Field(
        default=None, description="New hours last this many weeks, then back to the usual."
    )
    horizon_weeks: int | None = Field(default=None, description="New total, from the start.")
    target_role: str | None = None
    find_work: bool = Field(
        default=False, description="The person lost their job: the plan ends in a job search."
    )
    summary: list[str] = Field(default_factory=list)


def read_change(
    text: str,
    profile: Profile,
    extracted: Profile,
    plan: Plan,
    week: int,
    kb: KnowledgeBase,
    today: date,
) -> Change | None:
    """The change ``text`` asks for (``extracted``: the profile extractor's reading of it);
    None when it asks for none. A horizon said now counts from now."""
    lang = plan.language
    change = Change()
    for c in parse_constraints(text, kb, source="user", today=today):
        if c.kind in {"max_hours_per_week", "hours_from"} and c.hours_per_week:
            change.hours_per_week = c.hours_per_week
            if c.kind == "hours_from":
                day = resolve_from_date(c, today)
                if c.from_week is not None:
                    day = plan.start_date + timedelta(weeks=c.from_week - 1)
                change.hours_from = day
                change.hours_for_weeks = c.for_weeks
        elif c.kind == "extend_horizon":
            base = plan.horizon_weeks
            change.horizon_weeks = (
                base + c.add_weeks if c.add_weeks else (week - 1) + (c.horizon_weeks or 0)
            )
        elif c.kind == "shorten_horizon":
            change.horizon_weeks = (
                plan.horizon_weeks - c.remove_weeks
                if c.remove_weeks
                else (week - 1) + (c.horizon_weeks or 0)
            )
        elif c.kind == "set_horizon" and c.horizon_weeks:
            change.horizon_weeks = (week - 1) + c.horizon_weeks
        elif c.kind == "find_work" and FIND_WORK not in profile.constraints:
            change.find_work = True  # "I got laid off today"
        elif c.kind == "set_target" and c.role_id and c.role_id != profile.target_role:
            change.target_role = c.role_id  # "换成AI应用工程师", "switch to agent engineer"
    if change.hours_per_week is None and extracted.hours_per_week != profile.hours_per_week:
        change.hours_per_week = extracted.hours_per_week
        window = window_weeks(text) or month_window(text)  # "for the next month", "in January"
        if window and change.hours_per_week is not None:
            when = from_when(text, today) or {}
            day = resolve_from_date(Constraint(kind="hours_from", text=text, **when), today)
            change.hours_from = max(day or today, plan.start_date)
            change.hours_for_weeks = window
    if change.hours_per_week is not None and (delta := _relative_hours(text)) is not None:
        # "每周能多出5个小时", "two more hours a week": on top of the plan's hours
        change.hours_per_week = max(0.0, plan.hours_per_week + delta)
    if change.hours_per_week is None and (away := read_away(text, today)):
        first_day, weeks = away  # "春节那两周我没时间": no hours for those weeks, then as before
        change.hours_per_week = 0.0
        change.hours_from = max(first_day, plan.start_date)
        change.hours_for_weeks = weeks
    moved = extracted.horizon_weeks != profile.horizon_weeks and horizon_said(text)
    if moved and change.hours_from is not None and _ONLY_START.search(text):
        spans = [
            m for m in DURATION.finditer(text) if not re.fullmatch(r"an?\s*", m.group(1), re.I)
        ]
        moved = len(spans) > 1  # "in 3 weeks only 4 h a week": when, not how long
    if change.horizon_weeks is None and moved and extracted.horizon_weeks:
        change.horizon_weeks = (week - 1) + extracted.horizon_weeks
    if extracted.target_role and extracted.target_role != profile.target_role:
        change.target_role = extracted.target_role
    change.summary = change_summary(change, profile, plan, lang, kb)
    return change if change.summary else None


_MORE_HOURS = re.compile(
    rf"(?:多出|多了|再多|额外多?|多)(?:学|投入|花|用|练)?\s*(?P<zn>{NUM})\s*(?:个)?\s*(?:小时|钟头)"
    rf"|(?P<n>{NUM})\s*(?:more|extra|additional)\s+(?:hours?|hrs?|h)\b"
    rf"|\b(?:an?\s+)?(?:extra|additional)\s+(?P<xn>{NUM})\s*(?:hours?|hrs?|h)\b",
    re.I,
)
_FEWER_HOURS = re.compile(
    rf"(?:少|减少|少了)(?:学|投入|花|用|练)?\s*(?P<zn>{NUM})\s*(?:个)?\s*(?:小时|钟头)"
    rf"|(?P<n>{NUM})\s*(?:fewer|less)\s+(?:hours?|hrs?|h)\b",
    re.I,
)


def _relative_hours(text: str) -> float | None:
    """Hours said as a change ("多出5个小时": +5, "two fewer hours a week": -2), else None."""
    from coach.engine.numbers.approx import number

    for rx, sign in ((_MORE_HOURS, 1.0), (_FEWER_HOURS, -1.0)):
        if m := rx.search(text):
            raw = next(g for g in m.groups() if g)
            value = number(raw)
            if value is not None:
                return sign * value
    return None


_ONLY_START = re.compile(
    rf"\bin\s+(?:{NUM})\s+(?:weeks?|months?)\b|(?:{NUM})\s*(?:个星期|周|个月)(?:以?后)", re.I
)
_HORIZON_CUE = re.compile(
    r"\b(?:extend|longer|more\s+time|shorter|shorten|sooner|faster|deadline|horizon|timeline|"
    r"make\s+it|finish|switch|within|by|in|over|instead|change|plan\s+for|need)\b"
    r"|延长|缩短|多给|再给|改成|改为|之内|以内|内|期限|截止|周期|时间线|完成|转型|换成",
    re.I,
)
_BARE_DURATION = re.compile(rf"^\W*(?:{NUM})\s*\S{{1,8}}\W*$", re.I)


def horizon_said(text: str) -> bool:
    """Whether ``text`` sets a new horizon: a duration that is not an age, a past or a
    temporary period, said with a word that makes it the plan's time (or on its own)."""
    spans = [m for m in DURATION.finditer(text) if is_horizon(text, m.start(), m.end())]
    return bool(spans) and bool(_HORIZON_CUE.search(text) or _BARE_DURATION.match(text))


TEMPORARY = re.compile(
    r"\bthen\s+(?:go\s+)?back\b|\bback\s+to\s+(?:normal|\d+)|\bfor\s+(?:the\s+next|this|a|one|two)\s+"
    r"(?:week|couple|few|month|weeks)\b|\bthis\s+week\b|\bjust\s+this\b|\btemporar\w*|\bfor\s+now\b"
    r"|然后恢复|之后恢复|再恢复|恢复到|这周|本周|这个星期|这个月|暂时|临时|这几天",
    re.I,
)
"""A change meant for a short time ("this week only 5 hours"): not a re-plan."""


def _role_name(kb: KnowledgeBase, role_id: str | None, lang: str) -> str:
    role = kb.roles.get(role_id or "")
    return role.name.get("zh" if lang == "zh" else "en") if role else (role_id or "-")


def change_summary(
    change: Change, profile: Profile, plan: Plan, lang: str, kb: KnowledgeBase
) -> list[str]:
    out: list[str] = []
    if change.hours_per_week is not None and change.hours_per_week != plan.hours_per_week:
        line = t(
            lang,
            "coach.change.hours",
            old=f"{plan.hours_per_week:g}",
            new=f"{change.hours_per_week:g}",
        )
        if change.hours_from:
            line += " " + t(lang, "coach.change.from", day=change.hours_from.isoformat())
        if change.hours_for_weeks:
            line += " " + t(
                lang,
                "coach.change.for_weeks",
                weeks=change.hours_for_weeks,
                usual=f"{plan.hours_per_week:g}",
            )
        out.append(line)
    elif change.hours_per_week is not None and change.hours_from:
        out.append(t(lang, "coach.change.from", day=change.hours_from.isoformat()))
    if change.horizon_weeks is not None and change.horizon_weeks != plan.horizon_weeks:
        out.append(t(lang, "coach.change.weeks", old=plan.horizon_weeks, new=change.horizon_weeks))
    if change.target_role:
        out.append(
            t(
                lang,
                "coach.change.target",
                old=_role_name(kb, profile.target_role, lang),
                new=_role_name(kb, change.target_role, lang),
            )
        )
    if change.find_work:
        out.append(t(lang, "coach.change.find_work"))
    return out


def replan_profile(profile: Profile, change: Change, plan: Plan, keep_weeks: int) -> Profile:
    """The profile to re-plan for: the new numbers, and the new weekly hours written as a
    constraint from the first week not kept (so the kept weeks keep the hours they had)."""
    first_new = plan.start_date + timedelta(weeks=keep_weeks)
    constraints = [c for c in profile.constraints if not _OWN_HOURS.match(c)]
    hours = plan.hours_per_week  # the approved plan's, with the mentor's settings in it
    from_now = change.hours_from is None or change.hours_from <= first_new
    window = change.hours_for_weeks
    if change.hours_per_week is not None and from_now and not window:  # from the first new week
        hours = change.hours_per_week
    elif change.hours_per_week is not None and change.hours_from is not None:
        day = max(change.hours_from, first_new)
        constraints.append(hours_from_text(change.hours_per_week, day, window))
    return profile.model_copy(
        update={
            "hours_per_week": hours,
            "horizon_weeks": change.horizon_weeks or plan.horizon_weeks,
            "target_role": change.target_role or profile.target_role,
            "target_raw": None if change.target_role else profile.target_raw,
            "constraints": [*constraints, FIND_WORK] if change.find_work else constraints,
        }
    )

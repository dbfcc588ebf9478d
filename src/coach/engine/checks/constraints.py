"""Constraints: every typed mentor or user constraint is honoured."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from coach.engine.checks.common import EPS, finding, num, skill_label
from coach.engine.constraints import (
    Constraint,
    excluded_skills,
    matches_topic,
    resolve_from_date,
)
from coach.engine.gaps import effective_levels
from coach.i18n import MESSAGES, t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Plan, Profile

CHECK = "constraints"


def _exclude_skill(c: Constraint, plan: Plan, kb: KnowledgeBase, _m: set[str]) -> list[Finding]:
    if not c.skill_id or not any(it.skill_id == c.skill_id for it in plan.items()):
        return []
    msg = t(
        plan.language, "checks.c_exclude_skill", skill=skill_label(kb, c.skill_id, plan.language)
    )
    return [finding(CHECK, "error", msg, c.skill_id)]


def _exclude_kind(c: Constraint, plan: Plan, kb: KnowledgeBase, _m: set[str]) -> list[Finding]:
    out: list[Finding] = []
    for it in plan.items():
        for rid in it.resource_ids:
            res = kb.resources.get(rid)
            if res is not None and res.kind == c.resource_kind:
                lang = plan.language
                kind = t(lang, f"render.kind.{res.kind}")
                msg = t(lang, "checks.c_exclude_kind", ref=res.title_in(lang), kind=kind)
                out.append(finding(CHECK, "error", msg, rid))
    return out


def _exclude_topic(c: Constraint, plan: Plan, kb: KnowledgeBase, _m: set[str]) -> list[Finding]:
    if not c.topic:
        return []
    lang = plan.language
    out: list[Finding] = []
    topic_skills = excluded_skills([c], kb)
    key = f"coach.topic.{c.topic}"
    topic = t(lang, key) if key in MESSAGES else c.topic
    for it in plan.items():
        if it.skill_id in topic_skills or matches_topic(c.topic, it.title):
            name = skill_label(kb, it.skill_id, lang)
            msg = t(lang, "checks.c_exclude_topic", ref=name, topic=topic)
            out.append(finding(CHECK, "error", msg, it.skill_id))
        for rid in it.resource_ids:
            res = kb.resources.get(rid)
            if res is not None and matches_topic(c.topic, res.title):
                msg = t(lang, "checks.c_exclude_topic", ref=res.title_in(lang), topic=topic)
                out.append(finding(CHECK, "error", msg, rid))
    return out


def _hours_from(c: Constraint, plan: Plan, _k: KnowledgeBase, _m: set[str]) -> list[Finding]:
    day = resolve_from_date(c, plan.start_date)
    if day is None or c.hours_per_week is None:
        return []
    first = max(1, (day - plan.start_date).days // 7 + 1)
    last = first + c.for_weeks - 1 if c.for_weeks else len(plan.weekly_hours)  # a window
    out: list[Finding] = []
    for i, hours in enumerate(plan.weekly_hours):
        if first <= i + 1 <= last and hours > c.hours_per_week + EPS:
            msg = t(
                plan.language,
                "checks.c_hours_from",
                week=i + 1,
                hours=num(hours),
                limit=num(c.hours_per_week),
                day=day.isoformat(),
            )
            out.append(finding(CHECK, "error", msg, f"week {i + 1}"))
    return out


def _max_hours(c: Constraint, plan: Plan, _k: KnowledgeBase, _m: set[str]) -> list[Finding]:
    if c.hours_per_week is None:
        return []
    out: list[Finding] = []
    for i, hours in enumerate(plan.weekly_hours):
        if hours > c.hours_per_week + EPS:
            msg = t(
                plan.language,
                "checks.c_max_hours",
                week=i + 1,
                hours=num(hours),
                limit=num(c.hours_per_week),
            )
            out.append(finding(CHECK, "error", msg, f"week {i + 1}"))
    return out


def _horizon(c: Constraint, plan: Plan, _k: KnowledgeBase, _m: set[str]) -> list[Finding]:
    asked = c.horizon_weeks or 0
    if asked and plan.horizon_weeks < asked:
        msg = t(plan.language, "checks.c_horizon", weeks=plan.horizon_weeks, asked=asked)
        return [finding(CHECK, "error", msg)]
    return []


def _focus(c: Constraint, plan: Plan, kb: KnowledgeBase, mastered: set[str]) -> list[Finding]:
    if not c.skill_id:
        return []
    planned = any(it.skill_id == c.skill_id for it in plan.items())
    deferred = {d.skill_id for d in plan.deferred}
    if planned or c.skill_id in deferred or c.skill_id in mastered:
        return []
    name = skill_label(kb, c.skill_id, plan.language)
    return [finding(CHECK, "error", t(plan.language, "checks.c_focus", skill=name), c.skill_id)]


def _project_earlier(c: Constraint, plan: Plan, kb: KnowledgeBase, _m: set[str]) -> list[Finding]:
    # Earlier = before every core skill the project does not exercise (the skills it is built
    # with may come first).
    project = [ph for ph in plan.phases if ph.kind == "project"]
    used = {s for pp in plan.portfolio_projects for s in pp.skill_ids}
    stack = list(used)
    while stack:  # what the project's skills build on comes first too
        s = stack.pop()
        for pre in kb.skills[s].prerequisites if s in kb.skills else []:
            if pre not in used:
                used.add(pre)
                stack.append(pre)
    others = [
        it for ph in plan.phases if ph.kind == "core" for it in ph.items if it.skill_id not in used
    ]
    if not project or not others:
        return []
    start = project[0].week_start
    first = min(it.week_start for it in others)
    if any(it.week_end < start for it in others):
        return [
            finding(CHECK, "error", t(plan.language, "checks.c_project", project=start, core=first))
        ]
    return []


def _note(c: Constraint, plan: Plan, _k: KnowledgeBase, _m: set[str]) -> list[Finding]:
    key = "checks.c_note_user" if c.source == "user" else "checks.c_note"
    return [finding(CHECK, "info", t(plan.language, key, text=c.text))]


_BY_KIND: dict[str, Callable[[Constraint, Plan, KnowledgeBase, set[str]], list[Finding]]] = {
    "exclude_skill": _exclude_skill,
    "exclude_resource_kind": _exclude_kind,
    "exclude_topic": _exclude_topic,
    "hours_from": _hours_from,
    "max_hours_per_week": _max_hours,
    "extend_horizon": _horizon,
    "focus_skill": _focus,
    "project_earlier": _project_earlier,
    "note": _note,
}


def check_constraints(
    plan: Plan, kb: KnowledgeBase, constraints: Sequence[Constraint], profile: Profile | None = None
) -> list[Finding]:
    """Every typed mentor constraint is honoured; notes are surfaced to the mentor as info.

    With ``profile``, a focus on a skill the user already masters (level 3) needs no item."""
    mastered = (
        {s for s, (level, _) in effective_levels(profile, kb).items() if level >= 3}
        if profile is not None
        else set()
    )
    out: list[Finding] = []
    for c in constraints:
        check = _BY_KIND.get(c.kind)
        if check is not None:
            out += check(c, plan, kb, mastered)
    return out

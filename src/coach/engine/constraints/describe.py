"""One line per constraint, in the user's language, saying how the plan honours it."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from coach.engine.constraints.apply import resolve_from_date
from coach.engine.constraints.model import Constraint
from coach.engine.constraints.project_ask import ADDED_PROJECT_HOURS
from coach.engine.fields import field_name
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import ConstraintRecord, Language

_OPS = {"set": "=", "max": "≤", "min": "≥"}


def describe_constraint(
    c: Constraint,
    language: Language,
    kb: KnowledgeBase,
    start: date,
    horizon_weeks: int,
    taught: Collection[str] | None = None,
) -> str:
    """One line, in the user's language, saying how the plan honours ``c``; ``taught``: the
    skills the plan schedules, when known (a cap on one it does not teach is no cap)."""
    lang = str(language)
    skill = kb.skills.get(c.skill_id or "")
    day = resolve_from_date(c, start)
    values = {
        "skill": skill.name.get(language) if skill else (c.skill_id or ""),
        "kind": t(lang, f"coach.kind.{c.resource_kind}") if c.resource_kind else "",
        "topic": t(lang, f"coach.topic.{c.topic}") if c.topic else "",
        "hours": c.hours_per_week or 0.0,
        "skill_hours": c.hours or 0.0,
        "op": _OPS.get(c.op or "set", "="),
        "day": day.isoformat()
        if day
        else (t(lang, "coach.week_n", week=c.from_week) if c.from_week else ""),
        "weeks": horizon_weeks,
        "text": c.text,
        "field": field_name(c.project_field, lang) if c.project_field else "",
    }
    line = _special(c, lang, kb, values)
    capped = c.kind == "skill_hours" and (c.op == "max" or c.share is not None)
    if capped and taught is not None and c.skill_id not in taught:  # "Python ≤ 1 h", untaught
        return t(lang, "coach.constraint.skill_hours.untaught", **values)
    if line is not None and c.kind == "hours_from" and _after_end(day, start, horizon_weeks):
        return line + t(lang, "coach.constraint.after_end")  # "七八月" after a 26-week plan
    if line is not None:
        return line
    if c.source == "user":
        if c.kind == "note":
            return t(lang, "coach.constraint.note_user", **values)
        return t(lang, "coach.constraint.user_prefix") + t(
            lang, f"coach.constraint.{c.kind}", **values
        )
    return t(lang, f"coach.constraint.{c.kind}", **values)


def _after_end(day: date | None, start: date, horizon_weeks: int) -> bool:
    """Whether new hours from ``day`` start after the plan's last week (they change nothing)."""
    return day is not None and (day - start).days // 7 + 1 > horizon_weeks


def _special(c: Constraint, lang: str, kb: KnowledgeBase, values: dict[str, object]) -> str | None:
    """The line of a kind whose words depend on more than its kind."""
    if c.kind in {"add_project", "project_topic"}:
        words = c.project_topic or ""
        if c.kind == "project_topic":
            line = t(lang, "coach.constraint.project_topic", topic=words)
            sized = t(lang, "coach.constraint.project_hours", hours=c.hours) if c.hours else ""
            return line + sized  # "make it X, about 30 hours"
        sep = "：" if lang == "zh" else ": "
        hours = c.hours or ADDED_PROJECT_HOURS
        topic = sep + words if words else ""
        return t(lang, "coach.constraint.add_project", skill_hours=hours, topic=topic)
    if c.kind == "week_anchor":
        what = t(lang, f"coach.block.{c.block}") if c.block else str(values["skill"])
        if c.window_weeks and not c.from_week:
            return t(lang, "coach.constraint.week_anchor.last", what=what, weeks=c.window_weeks)
        return t(lang, f"coach.constraint.week_anchor.{c.op or 'set'}", what=what, week=c.from_week)
    if c.kind == "undo" and not (c.block or c.skill_id):
        return t(lang, "coach.constraint.undo.last")
    if c.kind == "undo":
        what = t(lang, f"coach.undo.{c.block}") if c.block else str(values["skill"])
        return t(lang, "coach.constraint.undo", what=what)
    if c.kind == "project_data":
        return t(lang, f"coach.constraint.project_data.{c.data_rule}")
    if c.kind == "place_after":
        ref = kb.skills.get(c.after or "")
        what = t(lang, "coach.block.project") if c.block else str(values["skill"])
        refname = ref.name.get("zh" if lang == "zh" else "en") if ref else (c.after or "")
        return t(lang, "coach.constraint.place_after", what=what, ref=refname)
    if c.kind == "hours_from" and c.for_weeks:
        prefix = t(lang, "coach.constraint.user_prefix") if c.source == "user" else ""
        return prefix + t(
            lang, "coach.constraint.hours_window", **(values | {"weeks": c.for_weeks})
        )
    if c.kind == "job_search_hours" and c.share:
        return t(lang, "coach.constraint.job_search_hours.half")
    if c.kind == "job_search_hours" and not c.hours:
        return t(lang, "coach.constraint.job_search_hours.none")
    if c.kind == "min_level":
        name = t(lang, f"coach.level.{c.level or 2}")
        return t(lang, "coach.constraint.min_level", level_name=name, **values)
    if c.kind == "max_level":
        name = t(lang, f"coach.level.{c.level or 1}")
        return t(lang, "coach.constraint.max_level", level_name=name, **values)
    if c.kind == "profile_skill":
        level = c.level or 0
        name = t(lang, f"coach.level.{level}")
        return t(lang, "coach.constraint.profile_skill", level=level, level_name=name, **values)
    if c.kind == "set_target":
        language: Language = "zh" if lang == "zh" else "en"
        if c.role_id is None:
            names = [kb.roles[r].name.get(language) for r in c.candidates if r in kb.roles]
            roles = ("、" if lang == "zh" else ", ").join(names) or "-"
            return t(lang, "coach.constraint.set_target.unknown", text=c.text, roles=roles)
        role = kb.roles.get(c.role_id)
        return t(
            lang, "coach.constraint.set_target", role=role.name.get(language) if role else c.role_id
        )
    return None


def _value(c: Constraint) -> float | int | str | None:
    if c.kind in {"profile_skill", "max_level", "min_level"}:
        return c.level
    if c.kind == "set_target":
        return c.role_id
    if c.kind == "job_search_hours" and c.share:
        return "half"
    if c.kind in {"project_data", "place_after"}:
        return c.data_rule or c.after
    for value in (
        c.hours,
        c.hours_per_week,
        c.horizon_weeks,
        c.add_weeks,
        c.remove_weeks,
        c.project_field,
        c.project_topic,
        c.topic,
        c.resource_kind,
    ):
        if value is not None:
            return value
    return None


def record_constraint(
    c: Constraint,
    language: Language,
    kb: KnowledgeBase,
    start: date,
    horizon_weeks: int,
    taught: Collection[str] | None = None,
) -> ConstraintRecord:
    """The typed record of ``c`` kept in the plan, with its display line (``taught``: the
    skills the plan schedules, see :func:`describe_constraint`)."""
    day = resolve_from_date(c, start)
    from_week = c.from_week or ((day - start).days // 7 + 1 if day and day > start else None)
    return ConstraintRecord(
        kind=c.kind,
        skill_id=c.skill_id,
        value=_value(c),
        op=c.op,
        from_week=from_week,
        text=c.text,
        source=c.source,
        display=describe_constraint(c, language, kb, start, horizon_weeks, taught),
    )

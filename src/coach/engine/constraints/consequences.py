"""What a mentor's requests cost when the version they made does not fit in the time.

Shown to the mentor before they decide (C2: never silent): the version is infeasible, how far
it is off, which requests add hours against the version they asked changes to ("Python ≥ 60 h:
the version before had 9 h"), and the changes that would make it fit (the plan's own options).
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.constraints.model import Constraint
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan

_MORE = 0.5
"""Hours over the version before that count as a request adding hours (rounding aside)."""


def _hours(plan: Plan | None, skill: str) -> float:
    return sum(i.hours for i in plan.items() if i.skill_id == skill) if plan else 0.0


def _adds(
    before: Plan | None, after: Plan, cons: Sequence[Constraint], kb: KnowledgeBase
) -> list[str]:
    """The requests that ask more hours than the version before gave (a floor, a set figure,
    a skill added), one line each, in the plan's language."""
    lang, out = after.language, []
    for c in cons:
        if c.source == "mentor" and c.kind == "hours_from" and c.for_weeks:
            out += _window_cost(after, c)
        if c.source != "mentor" or c.skill_id not in kb.skills:
            continue
        name = kb.skills[c.skill_id].name.get(lang)
        had = _hours(before, c.skill_id)
        if c.kind == "skill_hours" and c.op in {"min", "set"} and c.hours:
            if c.hours > had + _MORE:
                extra = f"{c.hours - had:g}"
                out.append(
                    t(
                        lang,
                        "mentor.infeasible.floor",
                        skill=name,
                        hours=f"{c.hours:g}",
                        had=f"{had:g}",
                        extra=extra,
                    )
                )
        elif c.kind in {"include_skill", "focus_skill"} and before is not None and had == 0:
            now = _hours(after, c.skill_id)
            if now > 0:
                out.append(t(lang, "mentor.infeasible.added", skill=name, hours=f"{now:g}"))
    return list(dict.fromkeys(out))


def _window_cost(plan: Plan, c: Constraint) -> list[str]:
    """ "0 h for 2 weeks from 2026-12-21": the hours the window takes from the plan."""
    from coach.engine.constraints.apply import resolve_from_date

    day = resolve_from_date(c, plan.start_date)
    week = (day - plan.start_date).days // 7 + 1 if day else (c.from_week or 1)
    if week > plan.horizon_weeks:
        return []
    weeks = min(c.for_weeks or 0, plan.horizon_weeks - week + 1)
    lost = max(0.0, plan.hours_per_week - (c.hours_per_week or 0.0)) * weeks
    if lost <= 0:
        return []
    return [t(plan.language, "mentor.infeasible.window", weeks=weeks, week=week, lost=f"{lost:g}")]


def fit_consequences(
    before: Plan | None, after: Plan, cons: Sequence[Constraint], kb: KnowledgeBase, lang: str
) -> list[str]:
    """The lines that tell the mentor a version does not fit ([] when it does): how far off,
    which of their requests add hours, and what would make it fit. ``lang``: the mentor's."""
    if after.feasible:
        return []
    shown = after.model_copy(update={"language": "zh" if lang == "zh" else "en"})
    lines = [t(lang, "mentor.infeasible.head")]
    if after.risks and after.language == shown.language:
        lines.append(f"  {after.risks[0]}")  # "the core needs about 208 h, about 135 h fit"
    adds = _adds(before, shown, cons, kb)
    if adds:
        lines.append(t(lang, "mentor.infeasible.adds"))
        lines += [f"  - {a}" for a in adds]
    options = [o.description for o in after.options] if after.language == shown.language else []
    if options:
        lines.append(t(lang, "mentor.infeasible.options"))
        lines += [f"  - {o}" for o in options]
    return lines

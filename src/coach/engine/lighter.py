"""A lighter plan after a burn-out that is itself feasible: fewer hours a week from now, the
weeks stretched (at most by half), and what no longer fits said by name, never an infeasible
plan. Each candidate is tried by re-planning it (``trial``); the lightest feasible one wins."""

from __future__ import annotations

import math
from collections.abc import Callable

from coach.engine.answers import Answer
from coach.engine.progress import done_through
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan

SHARES = (0.6, 0.7, 0.8, 0.9)
"""The weekly hours a lighter plan keeps, lightest first."""
MAX_STRETCH = 1.5
"""The weeks left grow by at most half."""

Trial = Callable[[float, int], Plan | None]
"""(hours a week, weeks in all) -> the re-planned plan (None when it cannot be built)."""


def candidates(plan: Plan, week: int) -> list[tuple[float, int]]:
    """(hours, weeks) to try, lightest first: the weeks left stretched to keep the hours in
    all, at most by half."""
    kept = done_through(plan.progress, week)
    left = max(1, plan.horizon_weeks - kept)
    out: list[tuple[float, int]] = []
    for share in SHARES:
        hours = max(1.0, float(math.floor(plan.hours_per_week * share)))
        if hours >= plan.hours_per_week or any(h == hours for h, _ in out):
            continue
        stretch = min(math.ceil(left * plan.hours_per_week / hours), math.ceil(left * MAX_STRETCH))
        out.append((hours, kept + stretch))
    return out


def lighter_plan(plan: Plan, week: int, kb: KnowledgeBase, trial: Trial | None = None) -> Answer:
    """The lighter plan to propose: the lightest candidate whose re-plan is feasible (with what
    it defers, by name), else the lightest one said plainly to be tight."""
    lang = plan.language
    options = candidates(plan, week)
    if not options:
        return Answer(text=t(lang, "coach.a.lighter_none", hours=f"{plan.hours_per_week:g}"))
    chosen, built = options[0], None
    for hours, weeks in options if trial is not None else []:
        lighter = trial(hours, weeks) if trial else None
        if lighter is not None and lighter.feasible:
            chosen, built = (hours, weeks), lighter
            break
    hours, weeks = chosen
    text = t(
        lang,
        "coach.a.lighter",
        old=f"{plan.hours_per_week:g}",
        new=f"{hours:g}",
        weeks=weeks,
        old_weeks=plan.horizon_weeks,
    )
    gap = "" if lang == "zh" else " "  # no space between Chinese sentences
    kept = done_through(plan.progress, week)
    if kept:
        text += gap + t(lang, "coach.a.lighter_kept", kept=kept)
    if built is not None:
        before = {d.skill_id for d in plan.deferred}
        later = [d.skill_id for d in built.deferred if d.skill_id not in before]
        names = [kb.skills[s].name.get(lang) for s in later if s in kb.skills]
        if names:
            sep = "、" if lang == "zh" else ", "
            text += gap + t(lang, "coach.a.lighter_deferred", skills=sep.join(names))
        text += gap + t(lang, "coach.a.lighter_feasible", hours=f"{built.total_hours:g}")
    elif trial is not None:
        text += gap + t(lang, "coach.a.lighter_tight")
    text += gap + t(lang, "coach.a.lighter_confirm")
    return Answer(text=text, proposal={"hours_per_week": hours, "horizon_weeks": weeks})

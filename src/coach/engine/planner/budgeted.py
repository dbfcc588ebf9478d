"""Selection of what a person needs under the budget: hours for this person, the project's
share kept or cut to a minimum, and the tenths the core of a role needs."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

from coach.engine.constraints import to_tenths
from coach.engine.planner.budget import Budget, job_search_hours
from coach.engine.planner.experience import Experience, hours_factor
from coach.engine.planner.needs import Needs, plan_needs
from coach.engine.planner.select import (
    HoursFn,
    SelectInput,
    Selection,
    core_need,
    select_skills,
)
from coach.engine.schedule import PROJECT_MIN_HOURS, estimate_hours, project_hours
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role
from coach.schemas import Gap, Language, Profile


def hours_for(
    kb: KnowledgeBase, exp: Experience, bounds: Mapping[str, tuple[float, float]] | None = None
) -> HoursFn:
    """Hours from one level to another for this person (memoised), within a request's bounds."""
    memo: dict[tuple[str, int, int], float] = {}
    limits = bounds or {}

    def hours(skill_id: str, level_from: int, level_to: int) -> float:
        key = (skill_id, level_from, level_to)
        if key not in memo:
            skill = kb.skills[skill_id]
            estimate = estimate_hours(skill, level_from, level_to, hours_factor(skill, exp))
            low, high = limits.get(skill_id, (0.0, math.inf))
            memo[key] = min(max(estimate, low), high)
        return memo[key]

    return hours


def select(
    needs: Needs, exp: Experience, budget: Budget, kb: KnowledgeBase, lang: Language
) -> tuple[Selection, int]:
    """Selection under the budget with the project's share kept; a minimal project when the
    core does not fit otherwise. Returns the selection and the project tenths reserved."""
    active = [g for g in needs.gaps if g.skill_id not in needs.excluded]
    job_t = budget.job_t
    base = _base(needs, exp, budget, kb, lang)
    need = core_need(base)
    if not budget.reserve_t:
        return select_skills(_with_budget(base, budget.capacity_t), need), 0
    target_t = to_tenths(project_hours(need[0] / 10))
    min_t = to_tenths(PROJECT_MIN_HOURS)
    # The project's full share only when the whole core still reaches working level with it:
    # a bigger project never costs the core its depth (the pipeline grows it with what is left).
    fallback: Selection | None = None
    for project_t in dict.fromkeys((target_t, min_t)):
        sel = select_skills(_with_budget(base, budget.capacity_t - job_t - project_t), need)
        if sel.core_fits and (project_t == min_t or _core_at_working(sel, active)):
            return sel, project_t
        fallback = fallback or (sel if sel.core_fits else None)
    return (fallback, target_t) if fallback is not None else (sel, min_t)


def _base(
    needs: Needs, exp: Experience, budget: Budget, kb: KnowledgeBase, lang: Language
) -> SelectInput:
    active = [g for g in needs.gaps if g.skill_id not in needs.excluded]
    hours = hours_for(kb, exp, needs.bounds)
    return SelectInput(
        active,
        needs.weights,
        needs.core,
        hours,
        0,
        kb,
        lang,
        budget.horizon,
        budget.hours_pw,
        needs.hire,
        needs.own,
        needs.intro,
        tuple(needs.first),
    )


def select_learning_only(
    needs: Needs,
    exp: Experience,
    budget: Budget,
    budget_t: int,
    kb: KnowledgeBase,
    lang: Language,
) -> Selection:
    """Selection with ``budget_t`` tenths for learning and nothing kept for a project."""
    return select_skills(_with_budget(_base(needs, exp, budget, kb, lang), budget_t))


def _core_at_working(sel: Selection, gaps: Sequence[Gap]) -> bool:
    """Every core skill reaches working level (or its level, when the role asks less)."""
    by_id = {g.skill_id: g for g in gaps}
    return all(
        (sel.chosen[s].level_to if s in sel.chosen else int(by_id[s].have))
        >= min(int(by_id[s].need), 2)
        for s in sel.core
        if s in by_id
    )


def _with_budget(inp: SelectInput, budget_t: int) -> SelectInput:
    return replace(inp, budget_t=max(0, budget_t))


def core_need_tenths(profile: Profile, role: Role, kb: KnowledgeBase, exp: Experience) -> int:
    """Tenths the core of ``role`` needs for this person, with a minimal project and job search."""
    needs = plan_needs(profile, role, kb, exp, [])
    base = SelectInput(
        [g for g in needs.gaps],
        needs.weights,
        needs.core,
        hours_for(kb, exp),
        0,
        kb,
        profile.language,
        0,
        0.0,
        needs.hire,
        needs.own,
    )
    job = to_tenths(job_search_hours(role.family))
    return core_need(base)[1] + to_tenths(PROJECT_MIN_HOURS) + job

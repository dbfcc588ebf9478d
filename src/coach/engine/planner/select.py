"""Step 2, select: what to learn under the budget, core first.

1. The **core** (the role's defining gaps: weight >= ``CORE_WEIGHT``, the heaviest gap, and what
   the person's goal names) is taken first, heaviest first, each with the prerequisites it needs
   at *just enough* level (basic), to the level the role asks; a core skill that does not fit
   whole is taken to basic level; one that does not fit at all makes the plan infeasible.
2. Then the other gaps, heaviest first, whole or at basic level. What does not fit is the lowest
   value and is deferred "after you switch", with its weight; the plan stays feasible.
3. When the core itself does not fit, nothing else is scheduled: hours go to the core.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence

from coach.engine.constraints import to_tenths
from coach.engine.planner.common import num
from coach.engine.planner.select_core import core_need, fill_core, select_core
from coach.engine.planner.selection import (
    CORE_WEIGHT,
    HIRE_LEVEL,
    JUST_ENOUGH_LEVEL,
    MIN_TENTHS,
    WEIGHT_EPS,
    HoursFn,
    Learn,
    SelectInput,
    Selection,
    take,
)
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Deferral, Gap

__all__ = [
    "CORE_WEIGHT",
    "HIRE_LEVEL",
    "JUST_ENOUGH_LEVEL",
    "MIN_TENTHS",
    "HoursFn",
    "Learn",
    "SelectInput",
    "Selection",
    "core_need",
    "core_skills",
    "just_enough",
    "select_skills",
]


def core_skills(gaps: Sequence[Gap], own: Mapping[str, float], goal: Collection[str]) -> list[str]:
    """The core gaps, heaviest first: required at ``CORE_WEIGHT`` or more by their *own*
    requirement weight (a prerequisite's inherited weight does not make it core), the heaviest
    required gap, and the gaps the person's goal names."""
    required = [g.skill_id for g in gaps if g.reason == "required"]
    if not required:
        return []
    top = max(own.get(s, 0.0) for s in required)
    core = [s for s in required if own.get(s, 0.0) >= min(CORE_WEIGHT, top) or s in goal]
    return sorted(core, key=lambda s: (-max(own.get(s, 0.0), 1.0 if s in goal else 0.0), s))


def just_enough(
    gaps: Sequence[Gap], kb: KnowledgeBase, required: Mapping[str, int] | None = None
) -> list[Gap]:
    """Prerequisite-only gaps need basic level: enough to start what builds on them; a
    required gap is not raised above what the role asks because something builds on it. A
    prerequisite that only basic-level skills build on is dropped: a basic course of the
    dependent covers what it needs of it (basic ML needs no separate maths course)."""
    asked = dict(required or {})
    gaps = [
        g.model_copy(update={"need": max(1, asked[g.skill_id])})
        if g.reason == "required" and g.skill_id in asked and g.need > max(1, asked[g.skill_id])
        else g
        for g in gaps
    ]
    gaps = [g for g in gaps if g.need > g.have]
    out = [
        g.model_copy(update={"need": JUST_ENOUGH_LEVEL})
        if g.reason == "prerequisite" and g.need > JUST_ENOUGH_LEVEL
        else g
        for g in gaps
        if not (g.reason == "prerequisite" and g.have >= JUST_ENOUGH_LEVEL)
    ]
    changed = True
    while changed:
        changed = False
        need = {g.skill_id: int(g.need) for g in out}
        for g in list(out):
            if g.reason != "prerequisite":
                continue
            users = [s for s in need if g.skill_id in kb.skills[s].prerequisites]
            if users and all(need[u] <= JUST_ENOUGH_LEVEL for u in users):
                out.remove(g)
                changed = True
                break
    return out


def select_skills(inp: SelectInput, need: tuple[int, int] | None = None) -> Selection:
    """Core first, then the rest by weight (see the module docstring). ``need`` is
    :func:`core_need` when the caller has it already."""
    sel = Selection(core=list(inp.core))
    by_id = {g.skill_id: g for g in inp.gaps}
    sel.core_need_t, sel.must_t = need if need is not None else core_need(inp)
    budget = select_core(inp, sel, by_id)
    short = {
        g.skill_id
        for g in inp.gaps
        if g.skill_id in sel.chosen
        and (sel.chosen[g.skill_id].level_to < g.need or sel.chosen[g.skill_id].part == "first")
    }
    # A foundation's depth beyond what the core needed of it is weighed by its own
    # requirement (not the weight it inherits from the core that builds on it): Docker's second
    # pass never keeps its hours while a heavier requirement waits (COACHING.md B1).
    own = inp.own or inp.weights

    def value(skill: str) -> float:
        # every skill left is a requirement of its own: its own weight orders it (a weight it
        # inherits from a heavier skill that is itself left out would let it go before that
        # heavier skill's own prerequisites: LLM evaluation to working level while model
        # serving waited)
        return own.get(skill, inp.weights.get(skill, 0.0))

    def cost(skill: str) -> float:
        # at one weight, the requirement that is met for fewer hours first: RAG to its basic
        # level (10 h) before a first pass of observability that leaves it short of working
        g = by_id[skill]
        done = sel.chosen[skill].hours if skill in sel.chosen else 0.0
        return inp.hours(skill, g.have, g.need) - done

    rest = sorted(
        (
            g.skill_id
            for g in inp.gaps
            if g.reason == "required" and (g.skill_id not in sel.chosen or g.skill_id in short)
        ),
        key=lambda s: (-round(value(s), 6), cost(s), s),
    )
    # Whole or not at all, and nothing lighter once something did not fit (what is left for
    # later is always the lowest value); skills of the same weight are still tried.
    floor = None if sel.core_fits else math.inf
    for skill in rest:
        w = value(skill)
        blocked = floor is not None and w < floor - WEIGHT_EPS
        if skill in short and skill not in inp.core:  # a foundation taken just far enough
            budget, failed = _deepen(inp, sel, by_id[skill], budget, blocked)
            floor = w if failed and floor is None else floor
            continue
        if skill in sel.chosen or any(d.skill_id == skill for d in sel.deferred):
            continue
        left = budget if blocked else take(inp, sel, skill, budget, whole=True)
        if left == budget and not blocked:
            left = take(inp, sel, skill, budget)  # basic level now, the rest later
            for d in sel.deferred:
                if d.skill_id == skill and d.kind == "partial":
                    d.kind = "after_switch"
            floor = w if floor is None else floor
        if left == budget:
            sel.deferred.append(_after(inp, sel, skill))
        budget = left
    budget = _led_first(inp, sel, by_id, budget) if sel.core_fits else budget
    _toward(inp, sel, by_id, fill_core(inp, sel, by_id, budget))
    if sel.core_fits:  # a foundation taken just far enough: the rest waits for after the switch
        for d in sel.deferred:
            if d.kind == "partial" and d.skill_id not in inp.core:
                d.kind = "after_switch"
    return sel


TOWARD_MIN_TENTHS = 40
"""Hours left over (4 h or more) that no whole step fits go toward the next level of the
heaviest core skill still short of it: never idle while the core waits (COACHING.md B1)."""


def _toward(inp: SelectInput, sel: Selection, by_id: Mapping[str, Gap], budget: int) -> int:
    """Spend the tenths no whole step fits on a first part of the next level of the heaviest
    core skill the person has at some level (its prerequisites are met) that is still short;
    the rest of that level stays deferred. Returns the tenths left."""
    if budget < TOWARD_MIN_TENTHS:
        return budget
    own = inp.own or inp.weights
    for skill in sorted(inp.core, key=lambda s: (-own.get(s, 0.0), inp.core.index(s))):
        g = by_id.get(skill)
        if g is None or skill in sel.chosen or int(g.have) < JUST_ENOUGH_LEVEL:
            continue
        target = min(int(g.need), max(inp.hire, HIRE_LEVEL))  # a first step too: toward working
        missing = [
            p
            for p in inp.kb.skills[skill].prerequisites
            if p in by_id and int(by_id[p].have) < JUST_ENOUGH_LEVEL and p not in sel.chosen
        ]
        if int(g.have) >= target or missing:
            continue
        hours = budget / 10
        sel.chosen[skill] = Learn(skill, int(g.have), int(g.have), hours, "toward", "", target)
        return 0
    return budget


def _led_first(inp: SelectInput, sel: Selection, by_id: Mapping[str, Gap], budget: int) -> int:
    """The hours left after the core go first to the next level of a skill the mentor leads
    with that the plan has not taken yet: whole when it fits, else a part of it (never
    deferred while a skill nobody asked for goes deeper). Returns the tenths left."""
    for skill in inp.led:
        g = by_id.get(skill)
        if g is None or skill in sel.chosen or skill not in inp.core:
            continue
        target = min(int(g.need), max(inp.hire, HIRE_LEVEL))
        missing = [
            p
            for p in inp.kb.skills[skill].prerequisites
            if p in by_id and int(by_id[p].have) < JUST_ENOUGH_LEVEL and p not in sel.chosen
        ]
        if int(g.have) >= target or missing or budget < TOWARD_MIN_TENTHS:
            continue
        left = take(inp, sel, skill, budget, whole=True, cap=target)
        if left == budget and int(g.have) >= JUST_ENOUGH_LEVEL:  # a part of it, at the front
            sel.chosen[skill] = Learn(
                skill, int(g.have), int(g.have), budget / 10, "toward", "", target
            )
            left = 0
        budget = left
    return budget


def _deepen(
    inp: SelectInput, sel: Selection, g: Gap, budget: int, blocked: bool
) -> tuple[int, bool]:
    """Take a skill learned to basic level (as a prerequisite) on to the role's level, in its
    turn by weight. Returns the tenths left and whether it did not fit."""
    learn = sel.chosen[g.skill_id]
    hours = inp.hours(g.skill_id, learn.level_from, int(g.need))
    extra = to_tenths(hours) - to_tenths(learn.hours)
    if blocked or extra > budget:
        return budget, True
    sel.chosen[g.skill_id] = Learn(g.skill_id, learn.level_from, int(g.need), hours)
    sel.deferred = [d for d in sel.deferred if d.skill_id != g.skill_id]
    return budget - extra, False


def _after(inp: SelectInput, sel: Selection, skill: str) -> Deferral:
    g = next(g for g in inp.gaps if g.skill_id == skill)
    need = num(inp.hours(skill, g.have, g.need))
    if not sel.core_fits:
        # one line for all of them: their hours matter only once the core fits
        reason = t(inp.lang, "plan.defer.waits_for_core")
        return Deferral(skill_id=skill, reason=reason, kind="capacity")
    weight = num(inp.weights.get(skill, 0.0))
    reason = t(inp.lang, "plan.defer.after_switch", weight=weight, need=need)
    return Deferral(skill_id=skill, reason=reason, kind="after_switch")

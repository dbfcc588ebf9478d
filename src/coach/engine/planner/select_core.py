"""Select, tier by tier: the core first (COACHING.md B1).

Tier 1 is what must fit for a plan to be feasible: the heaviest core skills to working level,
the other core skills to basic level. Tier 2 takes the core on, heaviest first.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from coach.engine.constraints import to_tenths
from coach.engine.planner.common import level_word, num
from coach.engine.planner.selection import (
    HIRE_LEVEL,
    JUST_ENOUGH_LEVEL,
    MIN_TENTHS,
    WEIGHT_EPS,
    Learn,
    SelectInput,
    Selection,
    closure,
    partial,
    take,
    unlimited,
)
from coach.engine.schedule import topo_order
from coach.i18n import t
from coach.schemas import Deferral, DeferralKind, Gap


def core_need(inp: SelectInput) -> tuple[int, int]:
    """(tenths the whole core needs, tenths tier 1 needs), whatever the budget."""
    by_id = {g.skill_id: g for g in inp.gaps}
    needed = set().union(*(closure(s, by_id, inp.kb) for s in inp.core)) if inp.core else set()
    whole = sum(to_tenths(inp.hours(s, by_id[s].have, by_id[s].need)) for s in needed)
    probe = Selection(core=list(inp.core))
    select_core(unlimited(inp), probe, by_id, tier2=False)
    return whole, sum(to_tenths(c.hours) for c in probe.chosen.values())


def _start_chain(inp: SelectInput, sel: Selection, skill: str, budget: int) -> int:
    """When not even basic level of a heaviest core skill fits, start on the road to it: the
    prerequisites it needs, in order, just far enough (basic), each that fits (with what it
    builds on): a foundation's second pass never takes the hours the core itself waits for,
    and a long step that does not fit does not stop the short ones after it (LLM basics and
    prompting for someone whose Python from zero does not fit)."""
    if budget < MIN_TENTHS:
        return budget
    by_id = {g.skill_id: g for g in inp.gaps}
    chain = topo_order(closure(skill, by_id, inp.kb), inp.kb, inp.weights)
    for s in chain[:-1]:
        if s in sel.chosen:
            continue
        left = take(inp, sel, s, budget, cap=JUST_ENOUGH_LEVEL)
        if left == budget:
            continue  # too long for now (Python from zero): the steps that fit still start
        budget = left
        reached, need = sel.chosen[s].level_to, int(by_id[s].need)
        if reached < need and not any(d.skill_id == s for d in sel.deferred):
            sel.deferred.append(partial(inp, s, reached, need))  # the rest: said, not dropped
    return budget


def select_core(
    inp: SelectInput, sel: Selection, by_id: Mapping[str, Gap], tier2: bool = True
) -> int:
    """Tier 1: the heaviest core skills to their level, the other core skills to basic level;
    the plan is feasible only if tier 1 fits. Tier 2: the other core skills to their level,
    heaviest first, stopping at the first that does not fit (its remainder waits for after
    the switch). Returns the tenths left."""
    # by each requirement's own weight: a foundation inherits the weight of what builds on it,
    # but it is not the role's defining skill (its second pass waits for the core)
    weight = inp.own or inp.weights
    top = max((weight.get(s, 0.0) for s in inp.core), default=0.0)
    heavy = [s for s in inp.core if weight.get(s, 0.0) >= top - 1e-9]
    budget = _breadth_first(inp, sel, by_id, heavy, inp.budget_t)
    if tier2:
        budget = _deepen_core(inp, sel, by_id, budget)
    return budget


def _breadth_first(
    inp: SelectInput, sel: Selection, by_id: Mapping[str, Gap], heavy: list[str], budget: int
) -> int:
    """Tier 1, breadth first (COACHING B1: the whole core, started early): every heaviest core
    skill to basic level, then the other core skills to basic level, then the heaviest ones to
    working level. When not all of it fits, what waits is the heaviest skills' depth, never a
    core skill left out while another goes deep."""
    for skill in heavy:
        if skill in sel.chosen or by_id[skill].have >= JUST_ENOUGH_LEVEL:
            continue
        left = take(inp, sel, skill, budget, whole=True, cap=JUST_ENOUGH_LEVEL)
        if left == budget:
            left = _start_chain(inp, sel, skill, budget)
        budget = left
    budget = _rest_to_basic(inp, sel, by_id, budget)
    for skill in heavy:
        learn, hire = sel.chosen.get(skill), min(int(by_id[skill].need), inp.hire)
        if learn is None and int(by_id[skill].have) < hire:
            left = take(inp, sel, skill, budget, whole=True, cap=hire)
            if left == budget:
                sel.core_fits = False
            budget = left
        elif learn is not None and learn.level_to < hire:
            hours = inp.hours(skill, learn.level_from, hire)
            extra = to_tenths(hours) - to_tenths(learn.hours)
            if extra <= budget:
                sel.chosen[skill], budget = (
                    Learn(skill, learn.level_from, hire, hours),
                    budget - extra,
                )
            else:
                sel.core_fits = False
    return budget


def _rest_to_basic(inp: SelectInput, sel: Selection, by_id: Mapping[str, Gap], budget: int) -> int:
    """Each core skill not taken yet to basic level (to its level when that is basic); one that
    does not fit is deferred for capacity and the plan's core does not fit."""
    for skill in inp.core:
        if skill in sel.chosen:  # taken already, or as a prerequisite of a heavier core skill
            continue
        whole = by_id[skill].need <= JUST_ENOUGH_LEVEL
        if not whole and by_id[skill].have >= JUST_ENOUGH_LEVEL:
            continue  # already at basic level: tier 2 takes it further
        if whole and by_id[skill].have >= inp.hire:
            continue  # already where the role needs it
        left = take(
            inp, sel, skill, budget, whole=whole, cap=inp.hire if whole else JUST_ENOUGH_LEVEL
        )
        if skill not in sel.chosen and not any(d.skill_id == skill for d in sel.deferred):
            need = num(inp.hours(skill, by_id[skill].have, by_id[skill].need))
            if inp.intro:  # a start was asked for: the lighter core is its next stage
                reason = t(inp.lang, "plan.defer.next_stage", need=need)
                sel.deferred.append(Deferral(skill_id=skill, reason=reason, kind="after_switch"))
                budget = left
                continue
            sel.core_fits = False
            reason = t(
                inp.lang, "plan.defer.capacity", weeks=inp.weeks, hours=num(inp.hours_pw), need=need
            )
            sel.deferred.append(Deferral(skill_id=skill, reason=reason, kind="capacity"))
        budget = left
    return budget


def _deepen_core(inp: SelectInput, sel: Selection, by_id: Mapping[str, Gap], budget: int) -> int:
    """Tier 2: every core skill to working level first (heaviest first), then to expert where
    the role asks for it; at the first that does not fit, the rest of the core waits (after
    the switch when tier 1 fit). Returns the tenths left."""
    # the weight below which nothing is deepened: after a skill did not fit, others of its
    # weight are still tried (none is "less important"), lighter ones wait
    floor = math.inf if not sel.core_fits else -math.inf
    # by the role's own weight (what defines the role), then by what builds on it
    own = inp.own or inp.weights
    order = sorted(  # what a mentor leads with first ("privacy in week 1")
        inp.core,
        key=lambda s: (
            s not in inp.led,
            -own.get(s, 0.0),
            -inp.weights.get(s, 0.0),
            inp.core.index(s),
        ),
    )
    for cap in (HIRE_LEVEL, 3):
        for skill in order:
            g = by_id[skill]
            target = min(int(g.need), cap)
            learn = sel.chosen.get(skill)
            reached = learn.level_to if learn else int(g.have)
            w = own.get(skill, 0.0)
            blocked = w < floor - WEIGHT_EPS
            if blocked or reached >= target or any(d.skill_id == skill for d in sel.deferred):
                continue
            if learn is None:  # at basic level or more from experience: take it on
                left = take(inp, sel, skill, budget, whole=True, cap=target)
                if left != budget:
                    budget = left
                    continue
            else:
                hours = inp.hours(skill, learn.level_from, target)
                extra = to_tenths(hours) - to_tenths(learn.hours)
                if extra <= budget:
                    sel.chosen[skill] = Learn(skill, learn.level_from, target, hours)
                    budget -= extra
                    continue
            # one the mentor leads with that does not fit keeps the hours for a part of it
            floor = max(floor, w + 2 * WEIGHT_EPS if skill in inp.led else w)
    for skill in inp.core:
        g = by_id[skill]
        learn = sel.chosen.get(skill)
        reached = learn.level_to if learn else int(g.have)
        if reached >= g.need or any(d.skill_id == skill for d in sel.deferred):
            continue
        reason = t(
            inp.lang,
            "plan.defer.partial",
            to=level_word(inp.lang, reached),
            need_level=level_word(inp.lang, g.need),
            need=num(inp.hours(skill, reached, g.need)),
        )
        kind: DeferralKind = "partial" if not sel.core_fits else "after_switch"
        sel.deferred.append(Deferral(skill_id=skill, reason=reason, kind=kind))
    return budget


def fill_core(inp: SelectInput, sel: Selection, by_id: Mapping[str, Gap], budget: int) -> int:
    """Hours the selection left unused go to the core skills still short of their level, before
    the portfolio project grows: every waiting core skill to basic level first, heaviest first,
    then each further (a job posting's requirements are core: they come before a bigger
    project). Returns the tenths left."""
    if not sel.core_fits:
        return budget
    order = sorted(
        (s for s in inp.core if s in by_id),
        key=lambda s: (-inp.weights.get(s, 0.0), inp.core.index(s)),
    )
    touched: set[str] = set()
    for cap in (JUST_ENOUGH_LEVEL, HIRE_LEVEL, 3):
        for skill in order:
            if budget < MIN_TENTHS:
                break
            g, learn = by_id[skill], sel.chosen.get(skill)
            target = min(int(g.need), cap)
            if (learn.level_to if learn else int(g.have)) >= target:
                continue
            if learn is None:
                waiting = [d for d in sel.deferred if d.skill_id == skill]
                sel.deferred = [d for d in sel.deferred if d.skill_id != skill]
                left = take(inp, sel, skill, budget, whole=True, cap=target)
                if left == budget:
                    sel.deferred += waiting
                    continue
                budget = left
            else:
                hours = inp.hours(skill, learn.level_from, target)
                extra = to_tenths(hours) - to_tenths(learn.hours)
                if extra > budget:
                    continue
                sel.chosen[skill] = Learn(skill, learn.level_from, target, hours)
                budget -= extra
            touched.add(skill)
    for skill in touched:
        sel.deferred = [d for d in sel.deferred if d.skill_id != skill]
        reached, need = sel.chosen[skill].level_to, int(by_id[skill].need)
        if reached < need:
            later = partial(inp, skill, reached, need)
            later.kind = "after_switch"
            sel.deferred.append(later)
    return budget

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
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from coach.engine.constraints import to_tenths
from coach.engine.planner.common import level_word, num
from coach.engine.schedule import topo_order
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Deferral, DeferralKind, Gap, Language

CORE_WEIGHT = 0.8
"""A required skill at this weight or more is core: the sources name it as what the role does."""
JUST_ENOUGH_LEVEL = 1
"""A prerequisite that the role does not require itself is learned to basic level only."""
HIRE_LEVEL = 2
"""What must fit for a plan to be feasible: the heaviest core skills to working level. Expert
depth (level 3) comes with the job; a plan schedules it when there is room, else it waits for
after the switch (COACHING.md B3: infeasible only when the core itself does not fit)."""

HoursFn = Callable[[str, int, int], float]
WEIGHT_EPS = 1e-9
MIN_TENTHS = 10
"""No estimate is under 1 h: with less left, nothing else can be taken."""


@dataclass(frozen=True)
class Learn:
    skill_id: str
    level_from: int
    level_to: int
    hours: float


@dataclass
class Selection:
    chosen: dict[str, Learn] = field(default_factory=dict)
    deferred: list[Deferral] = field(default_factory=list)
    core: list[str] = field(default_factory=list)
    core_fits: bool = True
    core_need_t: int = 0
    """Tenths the whole core needs (with its prerequisites), whether or not it fits."""
    must_t: int = 0
    """Tenths tier 1 needs: what must fit for the plan to be feasible."""


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


def _closure(skill: str, gap_ids: Collection[str], kb: KnowledgeBase) -> set[str]:
    """``skill`` and the gaps it needs first, transitively."""
    seen: set[str] = set()
    stack = [skill]
    while stack:
        s = stack.pop()
        if s in seen:
            continue
        seen.add(s)
        stack.extend(p for p in kb.skills[s].prerequisites if p in gap_ids)
    return seen


@dataclass(frozen=True)
class SelectInput:
    gaps: Sequence[Gap]
    weights: Mapping[str, float]
    core: Sequence[str]
    hours: HoursFn
    budget_t: int
    kb: KnowledgeBase
    lang: Language
    weeks: int
    hours_pw: float


def _take(
    inp: SelectInput,
    sel: Selection,
    skill: str,
    budget: int,
    whole: bool = False,
    cap: int | None = None,
) -> int:
    """Take ``skill`` with its missing prerequisites, whole or at basic level; return the
    tenths left (``budget`` unchanged when nothing fits)."""
    if budget < MIN_TENTHS:
        return budget
    by_id = {g.skill_id: g for g in inp.gaps}
    chain = [
        s
        for s in topo_order(_closure(skill, by_id, inp.kb), inp.kb, inp.weights)
        if s not in sel.chosen
    ]
    g = by_id[skill]
    top = int(g.need) if cap is None else min(int(g.need), cap)
    lowest = top - 1 if whole else int(g.have)
    for level in range(top, lowest, -1):
        # Prerequisites just far enough (basic) unless they are core themselves: the core is
        # never deferred for the depth of a foundation; their depth is weighed on its own.
        pre = _prerequisite_levels(chain[:-1], by_id, inp.core, full=False)
        pre_t = sum(to_tenths(inp.hours(s, by_id[s].have, lv)) for s, lv in pre)
        own = inp.hours(skill, g.have, level)
        if pre_t + to_tenths(own) > budget:
            continue
        for s, lv in pre:
            sel.chosen[s] = Learn(s, by_id[s].have, lv, inp.hours(s, by_id[s].have, lv))
            if lv < by_id[s].need and s not in inp.core:  # the core's rest: tier 2 says it
                sel.deferred.append(_partial(inp, s, lv, by_id[s].need))
        sel.chosen[skill] = Learn(skill, g.have, level, own)
        if level < top:
            rest = inp.hours(skill, level, g.need)
            reason = t(
                inp.lang,
                "plan.defer.partial",
                to=level_word(inp.lang, level),
                need_level=level_word(inp.lang, g.need),
                need=num(rest),
            )
            sel.deferred.append(Deferral(skill_id=skill, reason=reason, kind="partial"))
        return budget - pre_t - to_tenths(own)
    return budget


def _prerequisite_levels(
    chain: Sequence[str], by_id: Mapping[str, Gap], core: Collection[str], *, full: bool
) -> list[tuple[str, int]]:
    """(skill, level to learn) for each prerequisite still to take: its own level (``full``),
    else just enough (basic)."""
    out: list[tuple[str, int]] = []
    for s in chain:
        g = by_id[s]
        # just enough (basic) before what needs it, a core one too: tier 2 takes the core to
        # working level afterwards, heaviest first
        level = int(g.need) if full else min(int(g.need), max(int(g.have), JUST_ENOUGH_LEVEL))
        if level > int(g.have):
            out.append((s, level))
    return out


def _partial(inp: SelectInput, skill: str, level: int, need: int) -> Deferral:
    rest = inp.hours(skill, level, need)
    reason = t(
        inp.lang,
        "plan.defer.partial",
        to=level_word(inp.lang, level),
        need_level=level_word(inp.lang, need),
        need=num(rest),
    )
    return Deferral(skill_id=skill, reason=reason, kind="partial")


def core_need(inp: SelectInput) -> tuple[int, int]:
    """(tenths the whole core needs, tenths tier 1 needs), whatever the budget."""
    by_id = {g.skill_id: g for g in inp.gaps}
    needed = set().union(*(_closure(s, by_id, inp.kb) for s in inp.core)) if inp.core else set()
    whole = sum(to_tenths(inp.hours(s, by_id[s].have, by_id[s].need)) for s in needed)
    probe = Selection(core=list(inp.core))
    _select_core(_unlimited(inp), probe, by_id, tier2=False)
    return whole, sum(to_tenths(c.hours) for c in probe.chosen.values())


def select_skills(inp: SelectInput, need: tuple[int, int] | None = None) -> Selection:
    """Core first, then the rest by weight (see the module docstring). ``need`` is
    :func:`core_need` when the caller has it already."""
    sel = Selection(core=list(inp.core))
    by_id = {g.skill_id: g for g in inp.gaps}
    sel.core_need_t, sel.must_t = need if need is not None else core_need(inp)
    budget = _select_core(inp, sel, by_id)
    short = {
        g.skill_id
        for g in inp.gaps
        if g.skill_id in sel.chosen and sel.chosen[g.skill_id].level_to < g.need
    }
    rest = sorted(
        (
            g.skill_id
            for g in inp.gaps
            if g.reason == "required" and (g.skill_id not in sel.chosen or g.skill_id in short)
        ),
        key=lambda s: (-inp.weights.get(s, 0.0), s),
    )
    # Whole or not at all, and nothing lighter once something did not fit (what is left for
    # later is always the lowest value); skills of the same weight are still tried.
    floor = None if sel.core_fits else math.inf
    for skill in rest:
        w = inp.weights.get(skill, 0.0)
        blocked = floor is not None and w < floor - WEIGHT_EPS
        if skill in short and skill not in inp.core:  # a foundation taken just far enough
            budget, failed = _deepen(inp, sel, by_id[skill], budget, blocked)
            floor = w if failed and floor is None else floor
            continue
        if skill in sel.chosen or any(d.skill_id == skill for d in sel.deferred):
            continue
        left = budget if blocked else _take(inp, sel, skill, budget, whole=True)
        if left == budget and not blocked:
            left = _take(inp, sel, skill, budget)  # basic level now, the rest later
            for d in sel.deferred:
                if d.skill_id == skill and d.kind == "partial":
                    d.kind = "after_switch"
            floor = w if floor is None else floor
        if left == budget:
            sel.deferred.append(_after(inp, sel, skill))
        budget = left
    if sel.core_fits:  # a foundation taken just far enough: the rest waits for after the switch
        for d in sel.deferred:
            if d.kind == "partial" and d.skill_id not in inp.core:
                d.kind = "after_switch"
    return sel


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


def _start_chain(inp: SelectInput, sel: Selection, skill: str, budget: int) -> int:
    """When not even basic level of a heaviest core skill fits, start on the road to it: the
    prerequisites it needs, in order, while they fit."""
    if budget < MIN_TENTHS:
        return budget
    by_id = {g.skill_id: g for g in inp.gaps}
    chain = topo_order(_closure(skill, by_id, inp.kb), inp.kb, inp.weights)
    for s in chain[:-1]:
        if s in sel.chosen:
            continue
        left = _take(inp, sel, s, budget)  # to its level, or basic level
        if left == budget:
            break
        budget = left
    return budget


def _unlimited(inp: SelectInput) -> SelectInput:
    return SelectInput(
        inp.gaps, inp.weights, inp.core, inp.hours, 10**9, inp.kb, inp.lang, inp.weeks, inp.hours_pw
    )


def _select_core(
    inp: SelectInput, sel: Selection, by_id: Mapping[str, Gap], tier2: bool = True
) -> int:
    """Tier 1: the heaviest core skills to their level, the other core skills to basic level;
    the plan is feasible only if tier 1 fits. Tier 2: the other core skills to their level,
    heaviest first, stopping at the first that does not fit (its remainder waits for after
    the switch). Returns the tenths left."""
    budget = inp.budget_t
    top = max((inp.weights.get(s, 0.0) for s in inp.core), default=0.0)
    heavy = [s for s in inp.core if inp.weights.get(s, 0.0) >= top - 1e-9]
    for skill in inp.core:
        if skill in sel.chosen:  # taken as a prerequisite of a heavier core skill
            continue
        whole = skill in heavy or by_id[skill].need <= JUST_ENOUGH_LEVEL
        if not whole and by_id[skill].have >= JUST_ENOUGH_LEVEL:
            continue  # already at basic level: tier 2 takes it further
        if whole and by_id[skill].have >= HIRE_LEVEL:
            continue  # already at working level: tier 2 takes it to expert
        cap = HIRE_LEVEL if whole else JUST_ENOUGH_LEVEL
        left = _take(inp, sel, skill, budget, whole=whole, cap=cap)
        if left == budget and skill in heavy:
            left = _take(inp, sel, skill, budget)  # part of it, at least
        if left == budget and skill in heavy:
            left = _start_chain(inp, sel, skill, budget)
        taken = sel.chosen.get(skill)
        hire = min(int(by_id[skill].need), HIRE_LEVEL)
        if skill in heavy and (taken is None or taken.level_to < hire):
            sel.core_fits = False
        if taken is None and not any(d.skill_id == skill for d in sel.deferred):
            sel.core_fits = False
            need = num(inp.hours(skill, by_id[skill].have, by_id[skill].need))
            reason = t(
                inp.lang, "plan.defer.capacity", weeks=inp.weeks, hours=num(inp.hours_pw), need=need
            )
            sel.deferred.append(Deferral(skill_id=skill, reason=reason, kind="capacity"))
        budget = left
    if tier2:
        budget = _deepen_core(inp, sel, by_id, budget)
    return budget


def _deepen_core(inp: SelectInput, sel: Selection, by_id: Mapping[str, Gap], budget: int) -> int:
    """Tier 2: every core skill to working level first (heaviest first), then to expert where
    the role asks for it; at the first that does not fit, the rest of the core waits (after
    the switch when tier 1 fit). Returns the tenths left."""
    stop = not sel.core_fits
    # by the weight the reviewer judges by (a core skill others build on comes first)
    order = sorted(inp.core, key=lambda s: (-inp.weights.get(s, 0.0), inp.core.index(s)))
    for cap in (HIRE_LEVEL, 3):
        for skill in order:
            g = by_id[skill]
            target = min(int(g.need), cap)
            learn = sel.chosen.get(skill)
            reached = learn.level_to if learn else int(g.have)
            if stop or reached >= target or any(d.skill_id == skill for d in sel.deferred):
                continue
            if learn is None:  # at basic level or more from experience: take it on
                left = _take(inp, sel, skill, budget, whole=True, cap=target)
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
            stop = True
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


def _after(inp: SelectInput, sel: Selection, skill: str) -> Deferral:
    g = next(g for g in inp.gaps if g.skill_id == skill)
    need = num(inp.hours(skill, g.have, g.need))
    if not sel.core_fits:
        reason = t(inp.lang, "plan.defer.after_core", need=need)
        return Deferral(skill_id=skill, reason=reason, kind="capacity")
    weight = num(inp.weights.get(skill, 0.0))
    reason = t(inp.lang, "plan.defer.after_switch", weight=weight, need=need)
    return Deferral(skill_id=skill, reason=reason, kind="after_switch")

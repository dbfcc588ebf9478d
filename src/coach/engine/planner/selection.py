"""The selection's data and its basic move: take a skill with what it needs first.

:mod:`coach.engine.planner.select` decides what to take (core first, then by weight);
:mod:`coach.engine.planner.select_core` takes the core in two tiers. Both build on
:func:`take` here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from coach.engine.constraints import to_tenths
from coach.engine.planner.common import level_word, num
from coach.engine.schedule import topo_order
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Deferral, Gap, Language

CORE_WEIGHT = 0.8
"""A required skill at this weight or more is core: the sources name it as what the role does."""
JUST_ENOUGH_LEVEL = 1
"""A prerequisite that the role does not require itself is learned to basic level only."""
FIRST_STEP_LEVEL = 1
"""For a non-coding target (AI in one's own job, no hiring bar) what must fit is the core to
basic level: a short plan is a first step that pays off at work, not an infeasible switch."""
HIRE_LEVEL = 2
"""What must fit for a plan to be feasible: the heaviest core skills to working level. Expert
depth (level 3) comes with the job; a plan schedules it when there is room, else it waits for
after the switch (COACHING.md B3: infeasible only when the core itself does not fit)."""

DEFINING_SPAN = 0.1
"""The role's defining skills: the core within this much of the heaviest requirement's weight."""

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
    part: str = ""
    """A foundation split around the core: "first" (just enough to start what needs it) or
    "rest" (the remainder, after the core's basic pass); "" for the whole step."""
    serves: str = ""
    """The core skill a first share is just enough for."""
    toward: int = 0
    """For a part "toward": the level the hours work toward without reaching it (hours left
    over that no whole step fits: they go to the heaviest core skill still short)."""


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


def closure(skill: str, gap_ids: Collection[str], kb: KnowledgeBase) -> set[str]:
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
    hire: int = HIRE_LEVEL
    """The level the heaviest core skills must reach for the plan to be feasible."""
    own: Mapping[str, float] = field(default_factory=dict)
    """Each requirement's own weight (not inherited): which core skills are the heaviest."""
    intro: bool = False
    """Only a start is asked for: the lighter core skills that do not fit are the next stage."""
    led: tuple[str, ...] = ()
    """Skills a mentor leads with ("privacy in week 1"): the hours left after the core go to
    their next level first (a part of it when not all fits), before others deepen."""


def take(
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
        for s in topo_order(closure(skill, by_id, inp.kb), inp.kb, inp.weights)
        if s not in sel.chosen
    ]
    g = by_id[skill]
    top = int(g.need) if cap is None else min(int(g.need), cap)
    lowest = top - 1 if whole else int(g.have)
    for level in range(top, lowest, -1):
        # Prerequisites just far enough (basic) unless they are core themselves: the core is
        # never deferred for the depth of a foundation; their depth is weighed on its own.
        pre = _prerequisite_levels(chain[:-1], by_id, inp.core, full=False)
        learns = [_prerequisite(inp, s, by_id[s], lv, skill) for s, lv in pre]
        pre_t = sum(to_tenths(x.hours) for x in learns)
        own = inp.hours(skill, g.have, level)
        if pre_t + to_tenths(own) > budget:
            continue
        for x in learns:
            s, lv = x.skill_id, x.level_to
            sel.chosen[s] = x
            if x.part == "first":  # just enough of it before the core: the rest is said
                basic = inp.hours(s, 0, lv)
                sel.deferred.append(_rest_of_basic(inp, s, skill, basic - x.hours))
            elif lv < by_id[s].need and s not in inp.core:  # the core's rest: tier 2 says it
                sel.deferred.append(partial(inp, s, lv, by_id[s].need))
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


SPLIT_MIN_HOURS = 30.0
"""A foundation this long at basic level (weeks of most people's hours) is taken just far
enough before the core that needs it: a first share; the rest of it is weighed by its own
requirement, like any other gap (60 h of ML fundamentals would otherwise hold MLOps back by two
months, and keep its hours while heavier requirements wait: COACHING.md B1)."""
FIRST_SHARE = 0.3
FIRST_SHARE_MIN_HOURS = 6.0


def first_share(hours: float) -> float:
    """The just-enough share of a long foundation's ``hours``."""
    return float(round(max(FIRST_SHARE_MIN_HOURS, hours * FIRST_SHARE)))


def _long_foundation(inp: SelectInput, skill: str, g: Gap, level: int) -> bool:
    """A prerequisite (not core) learned from zero to basic level that takes a long time."""
    return (
        skill not in inp.core
        and int(g.have) == 0
        and level == JUST_ENOUGH_LEVEL
        and inp.hours(skill, 0, level) >= SPLIT_MIN_HOURS
    )


def _prerequisite(inp: SelectInput, skill: str, g: Gap, level: int, serves: str) -> Learn:
    """What a prerequisite of ``serves`` is learned as: to ``level``, or a long foundation's
    just-enough first share."""
    hours = inp.hours(skill, int(g.have), level)
    if _long_foundation(inp, skill, g, level):
        return Learn(skill, 0, level, first_share(hours), part="first", serves=serves)
    return Learn(skill, int(g.have), level, hours)


def _rest_of_basic(inp: SelectInput, skill: str, serves: str, hours: float) -> Deferral:
    core = inp.kb.skills[serves].name.get(inp.lang)
    reason = t(inp.lang, "plan.defer.rest_of_basic", core=core, need=num(hours))
    return Deferral(skill_id=skill, reason=reason, kind="partial")


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


def partial(inp: SelectInput, skill: str, level: int, need: int) -> Deferral:
    rest = inp.hours(skill, level, need)
    reason = t(
        inp.lang,
        "plan.defer.partial",
        to=level_word(inp.lang, level),
        need_level=level_word(inp.lang, need),
        need=num(rest),
    )
    return Deferral(skill_id=skill, reason=reason, kind="partial")


def unlimited(inp: SelectInput) -> SelectInput:
    return replace(inp, budget_t=10**9)

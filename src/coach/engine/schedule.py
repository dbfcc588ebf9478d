"""Hour estimates (experience factors: ``engine.planner.experience``), prerequisite order and week-by-week scheduling under an hour budget.

All scheduling arithmetic is done in whole tenths of an hour, so a week's total never exceeds
its limit by a rounding error and the same input always gives the same weeks.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Skill

# --------------------------------------------------------------------------- hour estimates
LIGHT_WEEK_EVERY = 4
LIGHT_WEEK_SHARE = 0.5
"""Every 4th week (and the last week) is a light week at half load: a buffer for real life of
12.5-25 % of capacity, absorbed where it is most needed, in the rhythm of the plan."""

JOB_SEARCH_HOURS = 30.0
"""Resume, project write-ups, mock interviews, applications."""

PROJECT_MIN_HOURS = 30.0
PROJECT_MAX_HOURS = 120.0
PROJECT_SHARE = 0.25
"""A portfolio project takes 25 % of the learning hours, between 30 and 120 hours."""


def level_hours(skill: Skill, level: int) -> int:
    """Cumulative KB hours from zero to ``level`` (0 for level 0)."""
    if level <= 0:
        return 0
    known = [skill.hours[lv] for lv in (1, 2, 3) if lv <= level and lv in skill.hours]
    return max(known, default=0)


def estimate_hours(skill: Skill, level_from: int, level_to: int, factor: float = 1.0) -> float:
    """Hours to go from ``level_from`` to ``level_to``, scaled, rounded to 0.5 h, at least 1 h."""
    raw = max(0, level_hours(skill, level_to) - level_hours(skill, level_from)) * factor
    return max(1.0, round(raw * 2) / 2)


def project_hours(learning_hours: float) -> float:
    """Portfolio project hours for a plan with ``learning_hours`` of learning."""
    return min(PROJECT_MAX_HOURS, max(PROJECT_MIN_HOURS, round(learning_hours * PROJECT_SHARE)))


# --------------------------------------------------------------------------- order
def topo_order(
    skill_ids: Iterable[str], kb: KnowledgeBase, weights: Mapping[str, float]
) -> list[str]:
    """Prerequisites first (Kahn); among skills ready at once, heavier weight first, then id.

    Only prerequisite edges inside ``skill_ids`` count. A cycle (which the KB forbids) is broken
    deterministically by appending what is left in (weight, id) order.
    """
    ids = sorted(set(skill_ids))
    inside = set(ids)
    pending = {s: {p for p in kb.skills[s].prerequisites if p in inside and p != s} for s in ids}
    dependents: dict[str, list[str]] = {s: [] for s in ids}
    for s in ids:
        for p in sorted(pending[s]):
            dependents[p].append(s)
    heap = [(-weights.get(s, 0.0), s) for s in ids if not pending[s]]
    heapq.heapify(heap)
    order: list[str] = []
    while heap:
        _, s = heapq.heappop(heap)
        order.append(s)
        for d in dependents[s]:
            pending[d].discard(s)
            if not pending[d]:
                heapq.heappush(heap, (-weights.get(d, 0.0), d))
    left = sorted((s for s in ids if s not in order), key=lambda s: (-weights.get(s, 0.0), s))
    return order + left


# --------------------------------------------------------------------------- weeks
def is_light_week(week: int, horizon_weeks: int) -> bool:
    return week % LIGHT_WEEK_EVERY == 0 or week == horizon_weeks


def usable_tenths(limits_tenths: Sequence[int]) -> list[int]:
    """Per-week capacity the planner fills: light weeks at ``LIGHT_WEEK_SHARE`` of the limit."""
    horizon = len(limits_tenths)
    return [
        int(cap * LIGHT_WEEK_SHARE) if is_light_week(i + 1, horizon) else cap
        for i, cap in enumerate(limits_tenths)
    ]


WorkKind = Literal["learn", "project", "job_search"]


@dataclass(frozen=True)
class Work:
    """A unit to schedule: a skill to learn, a project or the job search."""

    key: str
    kind: WorkKind
    tenths: int
    not_before: int = 0
    """The first week (0-based) it may start in: a mentor's "the project in the last two months"."""


@dataclass(frozen=True)
class Slot:
    """Where a :class:`Work` landed: weeks are 1-based and inclusive."""

    key: str
    kind: WorkKind
    tenths: int
    week_start: int
    week_end: int


def fill_weeks(
    work: Sequence[Work], capacity_tenths: Sequence[int]
) -> tuple[list[Slot], list[int]] | None:
    """Lay ``work`` end to end into weeks of the given capacity (items may span weeks).

    Returns the slots and tenths used per week, or None when the work does not fit.
    Work is sequential, so an item never starts before the previous one ends.
    """
    used = [0] * len(capacity_tenths)
    slots: list[Slot] = []
    week = 0
    for unit in work:
        if unit.tenths <= 0:
            raise ValueError(f"work {unit.key!r} has no hours")
        left = unit.tenths
        week = max(week, unit.not_before)
        while week < len(used) and used[week] >= capacity_tenths[week]:
            week += 1
        if week >= len(used):
            return None
        start = week
        while left > 0:
            if week >= len(used):
                return None
            take = min(left, capacity_tenths[week] - used[week])
            used[week] += take
            left -= take
            if left > 0:
                week += 1
        slots.append(Slot(unit.key, unit.kind, unit.tenths, start + 1, week + 1))
    return slots, used


MIN_PACE = 0.8
"""The least share of their hours a week asks of the person: a plan that needs much less than
the horizon holds finishes early (COACHING.md B3), it is not thinned out to a couple of hours a
week; the weeks after it are theirs."""


def schedule_work(
    work: Sequence[Work], usable: Sequence[int], *, spread: bool = True
) -> tuple[list[Slot], list[int]] | None:
    """Schedule ``work`` into weeks. With ``spread``, each week is filled to a common pace
    (between ``MIN_PACE`` and 100 % of its usable capacity) so that the work ends near the
    horizon instead of cramming the first weeks, or early when it needs much less than the
    horizon holds; falls back to full pace. None if it cannot fit."""
    need = sum(w.tenths for w in work)
    total = sum(usable)
    if total <= 0 or not spread:
        return fill_weeks(work, usable)
    pace = min(1.0, max(MIN_PACE, need * 1.05 / total))
    if pace < 1.0:
        paced = fill_weeks(work, [int(u * pace) for u in usable])
        if paced is not None:
            return paced
    return fill_weeks(work, usable)

"""Applying constraints: the weekly limits, the horizon, the skills left out or added, hours
per skill and order. The planner calls these; the constraint checks verify the result."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from coach.engine.constraints.corrections import FIND_WORK
from coach.engine.constraints.model import Constraint
from coach.engine.constraints.parse import parse_constraints
from coach.engine.constraints.topics import matches_topic
from coach.engine.fields import NO_CODING
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Resource, Skill
from coach.schemas import Plan

PROFILE_FLAGS = frozenset({NO_CODING, FIND_WORK})
"""Markers the understanding puts in ``Profile.constraints`` (honoured by the planner)."""
_SETTINGS = frozenset(
    {"max_hours_per_week", "hours_from", "extend_horizon", "shorten_horizon", "set_horizon"}
)
"""Kinds that set one number of the plan: a mentor's value replaces the user's."""


def with_user_constraints(
    user_texts: Sequence[str], mentor: Sequence[Constraint], kb: KnowledgeBase
) -> list[Constraint]:
    """The mentor's constraints plus those read from the user's own profile constraints
    (``Profile.constraints``, free text). The mentor wins on conflict: a user's hours or horizon
    setting gives way to a mentor's of the same kind, and a user's exclusion of a skill the mentor
    wants in focus (or focus on one the mentor left out) is dropped. Constraints already in
    ``mentor`` are not added twice, so applying this twice changes nothing."""
    out: list[Constraint] = []
    for c in mentor:  # the same request read twice (two notes) counts once
        if all(c.key() != o.key() or c.source != o.source for o in out):
            out.append(c)
    mentor_own = [c for c in mentor if c.source == "mentor"]
    kinds = {c.kind for c in mentor_own}
    focus = set(included_skills(mentor_own, kb))
    dropped = excluded_skills(mentor_own, kb)
    for text in user_texts:
        if text in PROFILE_FLAGS:  # a flag the planner reads itself, not the user's words
            continue
        for c in parse_constraints(text, kb, source="user"):
            if c in out or (c.kind in _SETTINGS and c.kind in kinds):
                continue
            if c.kind == "exclude_skill" and c.skill_id in focus:
                continue
            if c.kind == "exclude_topic" and focus & excluded_skills([c], kb):
                continue
            if c.skill_id in dropped and c.kind != "exclude_skill":
                continue
            out.append(c)
    return out


def resolve_from_date(constraint: Constraint, start: date) -> date | None:
    """The first day a ``hours_from`` constraint applies: its date, or the next 1st of its month
    on or after ``start`` (the current month when ``start`` is in it), or the first day of its
    plan week ("from week 5": ``start`` plus four weeks)."""
    if constraint.from_date is not None:
        return constraint.from_date
    if constraint.kind == "hours_from" and constraint.from_week is not None:
        return start + timedelta(weeks=constraint.from_week - 1)
    if constraint.from_month is None:
        return None
    if constraint.from_month == start.month:
        return start
    first = date(start.year, constraint.from_month, 1)
    return first if first >= start else date(start.year + 1, constraint.from_month, 1)


def week_of(start: date, day: date) -> int:
    """1-based index of the plan week containing ``day`` (week 1 starts on ``start``)."""
    return max(1, (day - start).days // 7 + 1)


def effective_hours_per_week(hours_per_week: float, constraints: Iterable[Constraint]) -> float:
    """The weekly budget after ``max_hours_per_week`` constraints: the mentor's last value sets
    it (up or down); a user's own cap only lowers it."""
    cons = [c for c in constraints if c.kind == "max_hours_per_week" and c.hours_per_week]
    mentor = [c.hours_per_week for c in cons if c.source == "mentor" and c.hours_per_week]
    base = mentor[-1] if mentor else hours_per_week
    caps = [c.hours_per_week for c in cons if c.source == "user" and c.hours_per_week]
    return min([base, *caps]) if not mentor else base


def effective_horizon(horizon_weeks: int, constraints: Iterable[Constraint]) -> int:
    """The horizon after the horizon constraints, applied in order: extend (never shorter),
    shorten (never longer), set (exactly)."""
    horizon = horizon_weeks
    for c in constraints:
        if c.kind == "extend_horizon":
            if c.horizon_weeks is not None:
                horizon = max(horizon, c.horizon_weeks)
            if c.add_weeks is not None:
                horizon = horizon + c.add_weeks
        elif c.kind == "shorten_horizon":
            if c.horizon_weeks is not None:
                horizon = min(horizon, c.horizon_weeks)
            if c.remove_weeks is not None:
                horizon = max(1, horizon - c.remove_weeks)
        elif c.kind == "set_horizon" and c.horizon_weeks is not None:
            horizon = c.horizon_weeks
    return horizon


def weekly_limits(
    hours_per_week: float, horizon_weeks: int, start: date, constraints: Sequence[Constraint]
) -> list[float]:
    """The most hours allowed in each week: the weekly budget, changed from a date on by
    ``hours_from`` constraints (the week containing that date included), in the order given,
    so a later one wins where two meet. A raise is used like a cut ("8 h now, 15 h from
    March": 15 h a week from March's first week)."""
    base = effective_hours_per_week(hours_per_week, constraints)
    capped = any(c.kind == "max_hours_per_week" and c.hours_per_week for c in constraints)
    limits = [base] * horizon_weeks
    for c in constraints:
        if c.kind != "hours_from" or c.hours_per_week is None:
            continue
        hours = min(c.hours_per_week, base) if capped else c.hours_per_week  # "5 h a week" caps
        if c.from_week is not None:
            first = c.from_week
        elif (day := resolve_from_date(c, start)) is not None:
            first = week_of(start, day)
        else:
            continue
        last = min(horizon_weeks, first + c.for_weeks - 1) if c.for_weeks else horizon_weeks
        for week in range(first, last + 1):
            limits[week - 1] = hours
    return limits


def to_tenths(hours: float) -> int:
    """Hours as whole tenths, rounded down (so a limit is never exceeded by rounding)."""
    return max(0, math.floor(hours * 10 + 1e-9))


def excluded_skills(constraints: Sequence[Constraint], kb: KnowledgeBase) -> set[str]:
    """Skills a mentor left out, by name or by topic (e.g. cloud certification)."""
    out = {c.skill_id for c in constraints if c.kind == "exclude_skill" and c.skill_id}
    for c in constraints:
        if c.kind == "exclude_topic" and c.topic:
            out |= {s.id for s in kb.skills.values() if matches_topic(c.topic, _skill_text(s))}
    return out


def _skill_text(skill: Skill) -> str:
    return " ".join([skill.id, skill.name.en, skill.name.zh, skill.category, *skill.aliases])


def resource_allowed(resource: Resource, constraints: Sequence[Constraint]) -> bool:
    """Whether ``resource`` survives the mentor's resource-kind and topic exclusions."""
    for c in constraints:
        if c.kind == "exclude_resource_kind" and resource.kind == c.resource_kind:
            return False
        if c.kind == "exclude_topic" and c.topic and matches_topic(c.topic, resource.title):
            return False
    return True


def included_skills(constraints: Sequence[Constraint], kb: KnowledgeBase) -> list[str]:
    """Skills the request wants in the plan (added, made core, started with, moved, or given
    hours), in the order named; never one it also leaves out."""
    dropped = excluded_skills(constraints, kb)
    wanted = [
        c.skill_id
        for c in constraints
        if (
            c.skill_id in kb.skills
            and c.kind
            in {
                "include_skill",
                "focus_skill",
                "start_with",
                "move_earlier",
                "before_project",
                "place_after",
                "min_level",
            }
        )
        or (c.kind == "skill_hours" and c.op != "max" and c.skill_id in kb.skills)
        or (c.kind == "week_anchor" and c.skill_id in kb.skills)
    ]
    return [s for s in dict.fromkeys(wanted) if s is not None and s not in dropped]


def skill_hour_bounds(constraints: Sequence[Constraint]) -> dict[str, tuple[float, float]]:
    """Per skill, the (least, most) hours the request allows (0 and infinity when unbounded)."""
    out: dict[str, tuple[float, float]] = {}
    for c in constraints:
        if c.kind != "skill_hours" or c.skill_id is None or c.hours is None:
            continue
        low, high = out.get(c.skill_id, (0.0, math.inf))
        if c.op in {"set", "min"}:
            low = c.hours
        if c.op in {"set", "max"}:
            high = c.hours
        out[c.skill_id] = (min(low, high), high)
    return out


def bound_hours(hours: dict[str, float], constraints: Sequence[Constraint]) -> dict[str, float]:
    """Estimated learning hours with the request's per-skill bounds applied."""
    bounds = skill_hour_bounds(constraints)
    return {
        s: min(max(h, bounds[s][0]), bounds[s][1]) if s in bounds else h for s, h in hours.items()
    }


def early_anchor(c: Constraint) -> bool:
    """A skill to start by a week ("RAG by week 4"): it moves towards the front."""
    return c.kind == "week_anchor" and bool(c.skill_id) and c.op in {"max", "set"}


def priority_order(
    order: list[str],
    constraints: Sequence[Constraint],
    kb: KnowledgeBase,
    scarce: bool = False,
) -> list[str]:
    """``order`` with skills to start with (then focus, then earlier) moved to the front and
    skills to move later moved to the back, never before a prerequisite that is in ``order``.
    ``scarce``: not everything fits, so skills the request adds come before the rest too (the
    planner fills the hours in this order)."""
    first = [c.skill_id for c in constraints if c.kind == "start_with"]
    kinds = (
        {"focus_skill", "move_earlier", "include_skill"}
        if scarce
        else {"focus_skill", "move_earlier"}
    )
    front = [
        c.skill_id
        for c in constraints
        if c.kind in kinds
        or (scarce and c.kind == "skill_hours" and c.op != "max")
        or early_anchor(c)
    ]
    back = {c.skill_id for c in constraints if c.kind == "move_later"}
    wanted = anchored_soonest(
        [s for s in dict.fromkeys([*first, *front]) if s in order and s not in back],
        constraints,
        order,
        kb,
    )
    head: list[str] = []

    def take(skill: str) -> None:
        if skill in head:
            return
        for p in kb.skills[skill].prerequisites if skill in kb.skills else []:
            if p in order:
                take(p)
        head.append(skill)

    for s in wanted:
        take(s)
    middle = [s for s in order if s not in head and s not in back]
    tail = [s for s in order if s in back and s not in head]
    return _respect_prerequisites(_right_after([*head, *middle, *tail], constraints), kb)


def _right_after(order: list[str], constraints: Sequence[Constraint]) -> list[str]:
    """ "Docker right after Python": each skill placed moved to just after the one named."""
    out = list(order)
    for c in constraints:
        if c.kind == "place_after" and c.skill_id in out and c.after in out:
            out.remove(c.skill_id)
            out.insert(out.index(c.after) + 1, c.skill_id)
    return out


def _prerequisite_count(skill: str, order: list[str], kb: KnowledgeBase) -> int:
    """How many skills of ``order`` must come before ``skill`` (its prerequisites, transitively)."""
    seen: set[str] = set()
    stack = list(kb.skills[skill].prerequisites) if skill in kb.skills else []
    while stack:
        p = stack.pop()
        if p in seen or p not in order:
            continue
        seen.add(p)
        stack.extend(kb.skills[p].prerequisites if p in kb.skills else [])
    return len(seen)


def anchored_soonest(
    wanted: list[str], constraints: Sequence[Constraint], order: list[str], kb: KnowledgeBase
) -> list[str]:
    """Skills anchored to a week ("evals from week 3") in the places they hold in ``wanted``,
    reordered by their week, then the one with fewer prerequisites first: the most of them
    start soonest (one whose prerequisites take months no longer delays one that needs few)."""
    week = {c.skill_id: c.from_week or 0 for c in constraints if early_anchor(c) and c.skill_id}
    places = [i for i, s in enumerate(wanted) if s in week]
    ranked = sorted(
        (wanted[i] for i in places), key=lambda s: (week[s], _prerequisite_count(s, order, kb))
    )
    out = list(wanted)
    for i, skill in zip(places, ranked, strict=True):
        out[i] = skill
    return out


def _respect_prerequisites(order: list[str], kb: KnowledgeBase) -> list[str]:
    out: list[str] = []
    pending = list(order)
    while pending:
        for s in pending:
            prereqs = kb.skills[s].prerequisites if s in kb.skills else []
            if all(p in out or p not in order for p in prereqs):
                out.append(s)
                pending.remove(s)
                break
        else:  # a cycle: keep the rest as given
            out.extend(pending)
            break
    return out


def front_load(
    foundations: list[str], core: list[str], constraints: Sequence[Constraint], kb: KnowledgeBase
) -> tuple[list[str], list[str]]:
    """The planner's (foundations, core) with the skills to start with, make core or move
    earlier (and what they need first) at the very front, and skills to move later at the end
    of the core when nothing after them needs them."""
    ordered = priority_order([*foundations, *core], constraints, kb)
    wanted = {
        c.skill_id
        for c in constraints
        if c.kind in {"start_with", "focus_skill", "move_earlier"} or early_anchor(c)
    }
    last = max((ordered.index(s) for s in wanted if s in ordered), default=-1)
    head = ordered[: last + 1]
    back = {c.skill_id for c in constraints if c.kind == "move_later"}
    rest_f = [s for s in foundations if s not in head]
    rest_c = [s for s in core if s not in head]
    needed = {
        p for s in [*head, *rest_f, *rest_c] if s in kb.skills for p in kb.skills[s].prerequisites
    }
    movable = [s for s in rest_f if s in back and s not in needed]
    rest_f = [s for s in rest_f if s not in movable]
    rest_c = [s for s in rest_c if s not in back] + [s for s in rest_c if s in back] + movable
    return [*head, *rest_f], rest_c


def plan_limits(plan: Plan, constraints: Sequence[Constraint]) -> list[float]:
    """A plan's weekly limits (:func:`weekly_limits`), with the weeks a re-plan kept as done
    limited by what they had: they are history, planned under the hours of their time."""
    limits = weekly_limits(plan.hours_per_week, plan.horizon_weeks, plan.start_date, constraints)
    kept = min(plan.progress.kept_weeks, len(limits), len(plan.weekly_hours))
    for week in range(kept):
        limits[week] = max(limits[week], plan.weekly_hours[week])
    return limits

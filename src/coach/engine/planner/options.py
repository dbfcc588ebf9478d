"""Step 6, options: what would make the core fit, within humane bounds.

Only offered when the core itself does not fit. Weeks are capped at ``MAX_OPTION_WEEKS`` (two
years) and hours at ``MAX_OPTION_HOURS`` a week (what stays sustainable next to a job); a
nearer role is offered with its own core hours.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from coach.engine.constraints import Constraint, to_tenths, weekly_limits
from coach.engine.planner.budget import Budget
from coach.engine.planner.common import num
from coach.engine.schedule import LIGHT_WEEK_EVERY, LIGHT_WEEK_SHARE
from coach.engine.whole_hours import whole
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role
from coach.schemas import FeasibilityOption, Language

MAX_OPTION_WEEKS = 104
MAX_OPTION_HOURS = 20.0
HOURS_STEP = 0.5

NeedFn = Callable[[Role], int]
"""Tenths a role's core needs for this person, with a minimal project and the job search."""


def min_horizon(need_t: int, limits: Sequence[int], margin: float, cap: int) -> int | None:
    """Smallest horizon (<= ``cap``) whose usable capacity holds ``need_t`` tenths."""
    total = 0
    for h in range(1, min(cap, len(limits)) + 1):
        cap_h = limits[h - 1]
        light = int(int(cap_h * LIGHT_WEEK_SHARE) * margin)
        if total + light >= need_t:
            return h
        total += light if h % LIGHT_WEEK_EVERY == 0 else int(cap_h * margin)
    return None


def _limits(hours: float, weeks: int, start: date, cons: Sequence[Constraint]) -> list[int]:
    return [to_tenths(x) for x in weekly_limits(hours, weeks, start, cons)]


def _months(weeks: int) -> str:
    return num(round(weeks * 12 / 52))


def feasibility_options(
    budget: Budget,
    need_t: int,
    role: Role | None,
    target_id: str,
    need_of: NeedFn,
    kb: KnowledgeBase,
    *,
    lang: Language,
    start: date,
    constraints: Sequence[Constraint],
    said_high: float | None = None,
) -> list[FeasibilityOption]:
    """Ways to make the core fit: more weeks, more hours (or both), a nearer role. More hours
    within the range the person gave (``said_high``: the top of "6-8 h") is said to be theirs."""
    hours_pw, horizon, margin = budget.hours_pw, budget.horizon, budget.margin
    out: list[FeasibilityOption] = []
    weeks = min_horizon(
        need_t, _limits(hours_pw, MAX_OPTION_WEEKS, start, constraints), margin, MAX_OPTION_WEEKS
    )
    if weeks is not None:
        text = t(
            lang, "plan.option.longer", hours=num(hours_pw), weeks=weeks, months=_months(weeks)
        )
        out.append(
            FeasibilityOption(
                kind="longer_horizon",
                description=text,
                horizon_weeks=weeks,
                hours_per_week=hours_pw,
            )
        )
    others = [c for c in constraints if c.kind != "max_hours_per_week"]
    hours = hours_pw + HOURS_STEP
    while hours <= MAX_OPTION_HOURS:
        if min_horizon(need_t, _limits(hours, horizon, start, others), margin, horizon):
            in_range = said_high is not None and hours <= said_high
            key = "plan.option.more_hours" + (".in_range" if in_range else "")
            high = num(said_high or hours)
            text = t(lang, key, weeks=horizon, hours=num(hours), low=num(hours_pw), high=high)
            out.append(
                FeasibilityOption(
                    kind="more_hours", description=text, horizon_weeks=horizon, hours_per_week=hours
                )
            )
            break
        hours += HOURS_STEP
    if not out and hours_pw < MAX_OPTION_HOURS:
        top = MAX_OPTION_HOURS
        both = min_horizon(
            need_t, _limits(top, MAX_OPTION_WEEKS, start, others), margin, MAX_OPTION_WEEKS
        )
        if both is not None:
            text = t(lang, "plan.option.both", hours=num(top), weeks=both, months=_months(both))
            out.append(
                FeasibilityOption(
                    kind="longer_horizon", description=text, horizon_weeks=both, hours_per_week=top
                )
            )
    out += _stones(
        budget, role, target_id, need_of, kb, lang=lang, start=start, constraints=constraints
    )
    if not out:  # nothing within humane bounds: say what it would take at the most hours
        top = max(hours_pw, MAX_OPTION_HOURS)
        weeks = min_horizon(need_t, _limits(top, 520, start, others), margin, 520) or 520
        text = t(lang, "plan.option.both", hours=num(top), weeks=weeks, months=_months(weeks))
        out.append(
            FeasibilityOption(
                kind="longer_horizon", description=text, horizon_weeks=weeks, hours_per_week=top
            )
        )
    return out


def _nearer(
    role: Role | None, target_id: str, need_of: NeedFn, kb: KnowledgeBase, capacity_t: int
) -> list[tuple[int, str]]:
    """(core tenths, role id) of the nearer roles, nearest first: the role's stepping stones,
    and when none of them fits the time, theirs too (a non-coder's road to agent engineering
    passes AI application engineering, and before that AI in their own work)."""
    seen = {target_id}
    out: list[tuple[int, str]] = []
    ring = [s for s in (role.stepping_stones if role else []) if s in kb.roles]
    for _ in range(2):
        ring = [s for s in dict.fromkeys(ring) if s not in seen]
        seen |= set(ring)
        found = sorted((need_of(kb.roles[s]), s) for s in ring)
        out += found
        if any(need <= capacity_t for need, _ in found):
            break
        ring = [n for s in ring for n in kb.roles[s].stepping_stones if n in kb.roles]
    return sorted(out)


def _stones(
    budget: Budget,
    role: Role | None,
    target_id: str,
    need_of: NeedFn,
    kb: KnowledgeBase,
    *,
    lang: Language,
    start: date,
    constraints: Sequence[Constraint],
) -> list[FeasibilityOption]:
    stones = _nearer(role, target_id, need_of, kb, budget.capacity_t)
    limits = _limits(budget.hours_pw, MAX_OPTION_WEEKS, start, constraints)
    out: list[FeasibilityOption] = []
    for need_t, stone_id in stones[:2]:
        fits = need_t <= budget.capacity_t
        weeks = (
            budget.horizon if fits else min_horizon(need_t, limits, budget.margin, MAX_OPTION_WEEKS)
        )
        if weeks is None:
            continue
        key = "plan.option.stone_fits" if fits else "plan.option.stone_longer"
        text = t(
            lang,
            key,
            name=kb.roles[stone_id].name.get(lang),
            need=whole(need_t / 10),
            weeks=budget.horizon,
            hours=num(budget.hours_pw),
            stone_weeks=weeks,
        )
        out.append(
            FeasibilityOption(
                kind="stepping_stone",
                description=text,
                horizon_weeks=weeks,
                hours_per_week=budget.hours_pw,
                role_id=stone_id,
            )
        )
    return out

"""Step 1, budget: hours a week, horizon and the usable hours of every week.

Hours are capped at a humane level (``HUMANE_HOURS_PER_WEEK``): someone who offers 70 h a week
gets a plan at 40 and an ambition note, not a plan that burns them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from coach.engine.constraints import (
    Constraint,
    effective_horizon,
    effective_hours_per_week,
    to_tenths,
    weekly_limits,
)
from coach.engine.schedule import JOB_SEARCH_HOURS, PROJECT_MIN_HOURS, usable_tenths
from coach.schemas import Finding, Profile

DEFAULT_HOURS_PER_WEEK = 5.0
DEFAULT_HORIZON_WEEKS = 26
HUMANE_HOURS_PER_WEEK = 40.0
"""The most hours a week a plan schedules: beyond ~40 h next to a job or studies, people burn
out within weeks (COACHING.md B3)."""
REVISION_MARGIN = 0.9
"""After a review found hours over budget, the planner fills only 90 % of each week."""
MIN_LEARNING_HOURS = 40.0
"""A project and a job search are planned only when at least this much learning fits too."""
FIRST_STEP_LEARNING_HOURS = 25.0
"""The same for a non-coding first step (the core to basic level, about 30 h): a short plan
still ends in a no-code project from the person's own work."""
HOUR_CHECKS = frozenset({"weekly_hours", "total_within_horizon"})
NON_CODING_JOB_HOURS = 12.0
"""Bringing the work into the job one has (a non-coding target): a demo to the team, a one-page
case, one colleague taught, the CV updated; no applications or mock interviews."""


def job_search_hours(family: str | None, out_of_work: bool = False) -> float:
    """The hours the last phase takes: a job search, or bringing it into the current job; for
    someone who needs a job now (laid off, between jobs) always a real job search."""
    if out_of_work:
        return JOB_SEARCH_HOURS
    return NON_CODING_JOB_HOURS if family == "non_coding" else JOB_SEARCH_HOURS


@dataclass(frozen=True)
class Budget:
    """The hours the plan may use."""

    hours_pw: float
    horizon: int
    limits_t: list[int]
    usable: list[int]
    margin: float
    asked_hours: float | None = None
    """The hours the person offered when they were above the humane cap."""
    defaulted: bool = False
    notes: list[str] = field(default_factory=list)
    job_t: int = int(JOB_SEARCH_HOURS * 10)
    """Tenths of the last phase (:func:`job_search_hours`)."""
    min_learning_t: int = int(MIN_LEARNING_HOURS * 10)
    """The learning that must fit beside a project and the last phase for them to be planned."""

    @property
    def capacity_t(self) -> int:
        return sum(self.usable)

    @property
    def reserve_t(self) -> int:
        """Tenths kept for a minimal project and the job search (none in a tiny budget)."""
        need = to_tenths(PROJECT_MIN_HOURS) + self.job_t
        return need if self.capacity_t >= need + self.min_learning_t else 0


def make_budget(
    profile: Profile,
    constraints: Sequence[Constraint],
    findings: Sequence[Finding],
    start: date,
    job_hours: float = JOB_SEARCH_HOURS,
    min_learning: float = MIN_LEARNING_HOURS,
) -> Budget:
    """The budget from the profile, the constraints and the previous review's findings."""
    hours = profile.hours_per_week
    horizon = profile.horizon_weeks
    defaulted = not (hours and hours > 0 and horizon and horizon > 0)
    hours = hours if hours and hours > 0 else DEFAULT_HOURS_PER_WEEK
    horizon = horizon if horizon and horizon > 0 else DEFAULT_HORIZON_WEEKS
    hours_pw = effective_hours_per_week(hours, constraints)
    asked = None
    if hours_pw > HUMANE_HOURS_PER_WEEK:
        asked, hours_pw = hours_pw, HUMANE_HOURS_PER_WEEK
    horizon = effective_horizon(horizon, constraints)
    over = any(f.check in HOUR_CHECKS and f.severity == "error" for f in findings)
    margin = REVISION_MARGIN if over else 1.0
    limits = weekly_limits(hours_pw, horizon, start, constraints)
    limits_t = [to_tenths(min(x, HUMANE_HOURS_PER_WEEK)) for x in limits]
    usable = [int(u * margin) for u in usable_tenths(limits_t)]
    return Budget(
        hours_pw,
        horizon,
        limits_t,
        usable,
        margin,
        asked,
        defaulted,
        job_t=to_tenths(job_hours),
        min_learning_t=to_tenths(min_learning),
    )

"""The mentor's constraints for the weeks a re-plan plans anew, after ``keep`` weeks kept.

A re-plan (:func:`coach.engine.replan.replan_from_week`) plans the rest as a plan of its own,
starting at week ``keep + 1``; every constraint still holds, said from the whole plan's first
week: "the project starts in week 14" is week ``14 - keep`` of the rest, and "Python at most
20 h" leaves 20 h less what the kept weeks taught. A week that is past says what it can: a
start due in the kept weeks is as soon as possible (or done, when it started then); "not
before week 3" is met already.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from coach.engine.constraints.model import Constraint


def _week(c: Constraint, keep: int, started: bool) -> Constraint | None:
    """``c`` with its week counted from the rest's first week (None: nothing left to bind)."""
    if c.from_week is None:
        return c
    week = c.from_week - keep
    if week >= 1:
        return c.model_copy(update={"from_week": week})
    if c.kind == "week_anchor" and (c.op == "min" or started):
        return None  # "not before week 3", or a start due in the kept weeks that happened
    if c.kind == "hours_from" and c.for_weeks:  # a window that began in the kept weeks
        left = c.for_weeks + week - 1
        return c.model_copy(update={"from_week": 1, "for_weeks": left}) if left > 0 else None
    return c.model_copy(update={"from_week": 1})


def _hours(c: Constraint, kept_hours: float) -> Constraint | None:
    """A skill's hours asked for the whole plan, less what the kept weeks taught of it."""
    if c.kind != "skill_hours" or c.hours is None or kept_hours <= 0:
        return c
    left = round(max(0.0, c.hours - kept_hours), 1)
    if c.op == "min" and left == 0:
        return None  # the kept weeks gave it the hours asked already
    return c.model_copy(update={"hours": left})


def rebased(
    constraints: Sequence[Constraint],
    keep: int,
    kept_hours: Mapping[str, float],
    started: set[str],
) -> list[Constraint]:
    """``constraints`` for the weeks after the ``keep`` kept ones. ``kept_hours``: per skill,
    the hours the kept weeks taught; ``started``: the skills and blocks ("project") that
    began in them."""
    if keep <= 0:
        return list(constraints)
    out: list[Constraint] = []
    for c in constraints:
        what = c.block or c.skill_id or ""
        moved = _week(c, keep, what in started)
        if moved is not None:
            moved = _hours(moved, kept_hours.get(c.skill_id or "", 0.0))
        if moved is not None:
            out.append(moved)
    return out

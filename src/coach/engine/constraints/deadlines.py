"""A block the mentor wants started by a week ("start the job search by week 30").

The job search closes the plan, so it starts when the learning before it ends. A deadline
earlier than that is met by moving the job search ahead of the learning that closes the plan,
one piece at a time from the end (the project is never passed: a job search needs the
portfolio). The moved learning then runs alongside the search. Of the orders that start the
block in time, the one with the most learning before it (the latest start) is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Literal, TypeVar, cast

from coach.engine.constraints.blocks import deadline
from coach.engine.constraints.model import Constraint
from coach.engine.schedule import Slot, Work

if TYPE_CHECKING:  # the planner imports this module: no import of it at run time
    from coach.engine.planner.layout import Layout

Segment = TypeVar("Segment", bound=tuple[str, str, list[str]])
"""(phase kind, phase name key, work keys), as the planner's layout has them."""
Scheduled = tuple[list[Slot], list[int]]

LEARNING = frozenset({"foundations", "core"})
"""Phases the block may pass; never the project (nor a buffer)."""


def start_of(slots: Sequence[Slot], kind: str) -> int | None:
    return min((s.week_start for s in slots if s.kind == kind), default=None)


def _moved(
    work: Sequence[Work], segments: Sequence[Segment], kind: str, cut: int
) -> tuple[list[Work], list[Segment]]:
    """The block placed before ``work[cut:]``'s learning: those pieces (the end of the plan's
    learning) come after it, each in a phase of its own phase's name (a phase cut in two
    shows in both places)."""
    pieces = [w for w in work if w.kind == kind]
    head = [w for w in work[:cut] if w.kind != kind]
    tail = [w for w in work[cut:] if w.kind != kind]
    late = {w.key for w in tail if w.kind == "learn"}
    before: list[Segment] = []
    after: list[Segment] = []
    block: list[Segment] = []
    for seg in segments:
        kind_, name, keys = seg
        if kind_ == kind:
            block.append(seg)
            continue
        early = [k for k in keys if k not in late]
        moved = [k for k in keys if k in late]
        if early or kind_ not in LEARNING:
            before.append(cast(Segment, (kind_, name, early)))
        if moved:
            after.append(cast(Segment, (kind_, name, moved)))
    return [*head, *pieces, *tail], [*before, *block, *after]


def block_by(
    work: Sequence[Work],
    segments: Sequence[Segment],
    kind: str,
    by: int,
    schedule: Callable[[list[Work]], Scheduled | None],
) -> tuple[list[Work], list[Segment], Scheduled] | None:
    """``work`` and ``segments`` with the ``kind`` block ("job_search") starting by week
    ``by`` (1-based), scheduled: the fewest learning pieces at the end moved after it (the
    latest start in time); when passing the learning after the project cannot do it, the
    nearest start (the reviewer then says the week is not met, and why); None when nothing
    is nearer."""
    at = next((i for i, w in enumerate(work) if w.kind == kind), None)
    if at is None:
        return None
    project = max((i for i, w in enumerate(work[:at]) if w.kind == "project"), default=-1)
    learning = [i for i in range(project + 1, at) if work[i].kind == "learn"]
    nearest: tuple[int, tuple[list[Work], list[Segment], Scheduled]] | None = None
    for cut in reversed(learning):
        new_work, new_segs = _moved(work, segments, kind, cut)
        scheduled = schedule(new_work)
        start = start_of(scheduled[0], kind) if scheduled else None
        if scheduled is None or start is None:
            continue
        if start <= by:
            return new_work, new_segs, scheduled
        if nearest is None or start < nearest[0]:
            nearest = (start, (new_work, new_segs, scheduled))
    return nearest[1] if nearest else None  # not in time: as near as the project allows


def job_search_by(
    layout: Layout,
    scheduled: Scheduled | None,
    cons: Sequence[Constraint],
    schedule: Callable[[list[Work]], Scheduled | None],
) -> tuple[Layout, Scheduled | None]:
    """The planner's layout and schedule with the job search started by the week the mentor
    asked for, when passing the learning phases can do it (else unchanged)."""
    by = deadline(cons, "job_search")
    if by is None or scheduled is None:
        return layout, scheduled
    start = start_of(scheduled[0], "job_search")
    if start is None or start <= by:
        return layout, scheduled
    moved = block_by(layout.work, layout.segments, "job_search", by, schedule)
    if moved is None:
        return layout, scheduled
    return replace(layout, work=moved[0], segments=moved[1]), moved[2]


def passes_of(slots: Sequence[Slot], skill_id: str) -> list[tuple[int, int]]:
    """The (first, last) weeks of each part of ``skill_id`` in the schedule, in order."""
    return sorted(
        (s.week_start, s.week_end)
        for s in slots
        if s.kind == "learn" and s.key.split("#", 1)[0] == skill_id
    )


def end_before(passes: Sequence[tuple[int, int]], start: int) -> int | None:
    """The last week of the last part that ends by ``start`` (else of the first part)."""
    done = [end for _, end in passes if end <= start]
    return max(done) if done else (passes[0][1] if passes else None)


def placed_after(cons: Sequence[Constraint], slots: Sequence[Slot]) -> list[Constraint]:
    """ "The project right after prompt engineering": week anchors the scheduler applies,
    from where that skill ends now (start by the week after it; never before it ends)."""
    start = start_of(slots, "project")
    out: list[Constraint] = []
    for c in cons:
        if c.kind != "place_after" or c.block != "project" or not c.after or start is None:
            continue
        end = end_before(passes_of(slots, c.after), start)
        if end is None:
            continue
        if start > end + 1:
            out.append(_anchor(c, "max", end + 1))
        elif start < end:
            out.append(_anchor(c, "min", end))
    return out


def _anchor(c: Constraint, op: Literal["max", "min"], week: int) -> Constraint:
    return Constraint(kind="week_anchor", text=c.text, block="project", op=op, from_week=week)


def with_placement(
    cons: Sequence[Constraint],
    scheduled: Scheduled | None,
    schedule: Callable[[Sequence[Constraint]], Scheduled | None],
) -> tuple[list[Constraint], Scheduled | None]:
    """The constraints the scheduler works to (the mentor's, and the anchors a placement
    after a skill comes to) and the schedule under them."""
    derived = placed_after(cons, scheduled[0]) if scheduled else []
    if not derived:
        return list(cons), scheduled
    placing = [*cons, *derived]
    if any(c.op == "min" for c in derived):
        scheduled = schedule(placing) or scheduled
    return placing, scheduled


def _skill(key: str) -> str:
    return key.split("#", 1)[0]


def skill_right_after(
    work: Sequence[Work],
    segments: Sequence[Segment],
    skill: str,
    ref: str,
    needs_first: Callable[[str], set[str]],
) -> tuple[list[Work], list[Segment]] | None:
    """ "Docker right after Python": every part of ``skill`` moved to just after the last
    part of ``ref`` (in its phase); None when either is missing or a prerequisite of
    ``skill`` would then come after it."""
    mine = [w for w in work if w.kind == "learn" and _skill(w.key) == skill]
    rest = [w for w in work if w not in mine]
    at = max(
        (i for i, w in enumerate(rest) if w.kind == "learn" and _skill(w.key) == ref), default=-1
    )
    if not mine or at < 0:
        return None
    before = needs_first(skill)
    if any(w.kind == "learn" and _skill(w.key) in before for w in rest[at + 1 :]):
        return None
    new_work = [*rest[: at + 1], *mine, *rest[at + 1 :]]
    keys = {w.key for w in mine}
    last = rest[at].key
    new_segs: list[Segment] = []
    for seg in segments:
        kind, name, ks = seg
        kept = [k for k in ks if k not in keys]
        if last in kept:
            j = kept.index(last) + 1
            kept = [*kept[:j], *(w.key for w in mine), *kept[j:]]
        if kept or kind not in LEARNING:
            new_segs.append(cast(Segment, (kind, name, kept)))
    return new_work, new_segs


def before_project(
    work: Sequence[Work],
    segments: Sequence[Segment],
    skill: str,
    needs_first: Callable[[str], set[str]],
) -> tuple[list[Work], list[Segment]] | None:
    """ "The project right after tool calling" when tool calling comes after the project:
    its parts (and those of what it builds on that come after the project too) moved to just
    before the project, at the end of the phase before it; None when nothing moves."""
    at = next((i for i, w in enumerate(work) if w.kind == "project"), None)
    seg_at = next((i for i, sg in enumerate(segments) if sg[0] == "project"), None)
    if at is None or not seg_at:
        return None
    wanted = {skill} | needs_first(skill)
    moved = [w for w in work[at + 1 :] if w.kind == "learn" and _skill(w.key) in wanted]
    if not any(_skill(w.key) == skill for w in moved):
        return None
    keys = {w.key for w in moved}
    rest = [w for w in work if w.key not in keys]
    j = next(i for i, w in enumerate(rest) if w.kind == "project")
    new_work = [*rest[:j], *moved, *rest[j:]]
    new_segs: list[Segment] = []
    for i, seg in enumerate(segments):
        kind, name, ks = seg
        kept = [k for k in ks if k not in keys]
        if i == seg_at - 1:
            kept = [*kept, *(w.key for w in moved)]
        if kept or kind not in LEARNING:
            new_segs.append(cast(Segment, (kind, name, kept)))
    return new_work, new_segs


def skills_placed(
    layout: Layout, cons: Sequence[Constraint], needs_first: Callable[[str], set[str]]
) -> Layout:
    """The layout with each skill the mentor placed right after another moved there, and a
    skill the project is to come right after moved before the project when it was after."""
    for c in cons:
        if c.kind == "place_after" and c.block == "project" and c.after:
            ahead = before_project(layout.work, layout.segments, c.after, needs_first)
            if ahead is not None:
                layout = replace(layout, work=ahead[0], segments=ahead[1])
        if c.kind != "place_after" or not c.skill_id or not c.after:
            continue
        moved = skill_right_after(layout.work, layout.segments, c.skill_id, c.after, needs_first)
        if moved is not None:
            layout = replace(layout, work=moved[0], segments=moved[1])
    return layout

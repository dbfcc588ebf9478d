"""Re-planning from the current week: the weeks already done are kept as they were, and
:func:`coach.engine.planner.build_plan` plans the rest (from the first week not done, with what
was done counted as known). :func:`plan_diff` says what changed against the approved plan."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import timedelta

from coach.engine.constraints import Constraint, record_constraint, skill_hour_bounds
from coach.engine.constraints.rebase import rebased
from coach.engine.numbers.later import hours_from_text as hours_from_text
from coach.engine.planner import build_plan
from coach.engine.progress import (
    CREDIT_TEXT,
    kept_part,
    partly_done,
    skills_under_way,
    split_passes,
)
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import (
    ConstraintRecord,
    Milestone,
    Phase,
    Plan,
    PlanItem,
    Profile,
    Progress,
    RoleResearch,
    SkillClaim,
)

MIN_REMAINING_WEEKS = 2
SETTLED = frozenset({"max_hours_per_week", "extend_horizon", "shorten_horizon", "set_horizon"})
"""Earlier settings of the weekly hours and the horizon: the approved plan embodies them and a
re-plan starts from its numbers (the user's change replaces them; the mentor sees the diff)."""


def kept_items(plan: Plan, keep_weeks: int, progress: Progress) -> list[PlanItem]:
    """Items done: every item that ends in a kept week, and every skill reported done."""
    done = set(progress.skills_done)
    return [i for i in plan.items() if i.week_end <= keep_weeks or i.skill_id in done]


def _done_words(lang: str, version: int, item: PlanItem) -> str:
    """The evidence for a skill a kept item taught, in the person's language."""
    a, b = item.week_start, item.week_end
    weeks = t(lang, "plan.weeks_span", a=a, b=b) if a != b else t(lang, "plan.week_one", week=a)
    return t(lang, "plan.evidence.done_in_plan", version=version, weeks=weeks)


def _known(profile: Profile, items: Sequence[PlanItem], version: int) -> Profile:
    """``profile`` with what the kept items taught counted as known."""
    have = {s.skill_id: s for s in profile.skills if s.skill_id}
    skills = list(profile.skills)
    for item in items:
        old = have.get(item.skill_id)
        if old is not None and old.level >= item.level_to:
            continue
        claim = SkillClaim(
            skill_id=item.skill_id,
            level=item.level_to,
            evidence=_done_words(profile.language, version, item),
        )
        skills = [s for s in skills if s.skill_id != item.skill_id] + [claim]
    return profile.model_copy(update={"skills": skills})


def _shift_phase(phase: Phase, weeks: int) -> Phase:
    items = [
        i.model_copy(update={"week_start": i.week_start + weeks, "week_end": i.week_end + weeks})
        for i in phase.items
    ]
    return phase.model_copy(
        update={
            "items": items,
            "week_start": phase.week_start + weeks,
            "week_end": phase.week_end + weeks,
        }
    )


def _kept_phases(
    plan: Plan, keep: int, done: Sequence[PlanItem], partial: dict[int, PlanItem] | None = None
) -> list[Phase]:
    out: list[Phase] = []
    ids = {id(i) for i in done}
    partial = partial or {}  # items under way: their kept weeks (progress.kept_part)
    for phase in plan.phases:
        items = [partial.get(id(i), i) for i in phase.items if id(i) in ids or id(i) in partial]
        if items:
            hours = sum(i.hours for i in items)
            start, end = min(i.week_start for i in items), max(i.week_end for i in items)
            out.append(
                phase.model_copy(
                    update={"items": items, "week_start": start, "week_end": end, "hours": hours}
                )
            )
        elif not phase.items and phase.week_end <= keep:
            out.append(phase)
    return out


def _credits(
    under_way: dict[str, tuple[float, float, int]], constraints: Sequence[Constraint]
) -> list[Constraint]:
    """Each skill under way: at most the hours left of it, to the level its passes end at (none
    where a request sets its hours or its level)."""
    hours = {c.skill_id for c in constraints if c.kind == "skill_hours"}
    caps = skill_hour_bounds(constraints)
    levels = {c.skill_id for c in constraints if c.kind == "max_level"}
    out: list[Constraint] = []
    for skill, (done, total, level) in under_way.items():
        if skill not in hours and total - done > 0:
            left = round(total - done, 1)
            out.append(_credit("skill_hours", skill, hours=left, op="max"))
        elif skill in hours and caps[skill][1] < math.inf:  # a request's cap holds for the
            # skill as a whole: the hours done count against it ("Python 30 h": 6 done, 24 left)
            left = max(MIN_CREDIT_HOURS, round(caps[skill][1] - done, 1))
            out.append(_credit("skill_hours", skill, hours=left, op="max"))
        if skill not in levels:
            out.append(_credit("max_level", skill, level=level))
    return out


MIN_CREDIT_HOURS = 0.5
"""What is left of a capped skill when the hours done already reach its cap: a last look."""


def _credit(kind: str, skill: str, **values: object) -> Constraint:
    return Constraint.model_validate(
        {"kind": kind, "skill_id": skill, "text": CREDIT_TEXT, "source": "user", **values}
    )


def _without_credits(plan: Plan) -> Plan:
    """The plan without the credit constraints in its records (they are no one's request)."""
    pairs = list(zip(plan.constraint_records, plan.constraints, strict=False))
    kept = [(r, d) for r, d in pairs if r.text != CREDIT_TEXT]
    if len(kept) == len(pairs):
        return plan
    return plan.model_copy(
        update={"constraint_records": [r for r, _ in kept], "constraints": [d for _, d in kept]}
    )


def _from_kept(c: Constraint, keep: int) -> Constraint:
    """A mentor's horizon said from the plan's start ("keep the horizon at 17 weeks"), for the
    weeks after the ``keep`` kept ones (the rest is planned on its own)."""
    if c.horizon_weeks is None or not keep:
        return c
    return c.model_copy(update={"horizon_weeks": max(1, c.horizon_weeks - keep)})


def _for_the_rest(
    approved: Plan, keep: int, progress: Progress, constraints: Sequence[Constraint]
) -> list[Constraint]:
    """Every request still in force (not the settled hours and horizon), its weeks counted
    from the first week planned anew and its hours less what the kept weeks taught."""
    taught: dict[str, float] = {}
    for item in approved.items():
        if item.week_end <= keep:
            taught[item.skill_id] = taught.get(item.skill_id, 0.0) + item.hours
    for item, hours in partly_done(approved, keep, progress):
        taught[item.skill_id] = taught.get(item.skill_id, 0.0) + hours
    started = {i.skill_id for i in approved.items() if i.week_start <= keep}
    if any(p.week_start <= keep for p in approved.portfolio_projects):
        started.add("project")
    live = [c for c in constraints if c.kind not in SETTLED]
    return rebased(live, keep, taught, started)


def replan_from_week(
    approved: Plan,
    profile: Profile,
    research: RoleResearch,
    kb: KnowledgeBase,
    *,
    keep_weeks: int,
    progress: Progress,
    constraints: Sequence[Constraint] = (),
    version: int | None = None,
    fresh: Sequence[Constraint] = (),
) -> Plan:
    """A new version of ``approved``: weeks ``1..keep_weeks`` kept, the rest planned anew for
    ``profile`` (its ``horizon_weeks`` counts from the plan's start, like the approved plan's;
    earlier hour and horizon settings are settled, see ``SETTLED``; ``fresh``: the mentor's
    requests since the approval, whose hours and horizon apply)."""
    total = profile.horizon_weeks or approved.horizon_weeks
    keep = max(0, min(keep_weeks, total - MIN_REMAINING_WEEKS))
    done = kept_items(approved, keep, progress)
    start = approved.start_date + timedelta(weeks=keep)
    under_way = skills_under_way(approved, keep, progress)  # hours done on skills not finished
    first_passes = split_passes(approved, keep)  # "Git: just enough" reaches no level yet
    finished = [i for i in done if id(i) not in first_passes]
    rest_profile = _known(profile, finished, approved.version).model_copy(
        update={"horizon_weeks": total - keep}
    )
    rest = _without_credits(
        build_plan(
            rest_profile,
            research,
            kb,
            start_date=start,
            constraints=[
                *_for_the_rest(approved, keep, progress, constraints),
                *(_from_kept(c, keep) for c in fresh if c.kind in SETTLED),
                *_credits(under_way, constraints),
            ],
            version=version or approved.version + 1,
        )
    )
    marked = progress.model_copy(update={"kept_weeks": keep, "replan_of": approved.version})
    if keep == 0:
        return rest.model_copy(update={"progress": marked})
    # Skills done ahead of their weeks count as known (above) but keep no weeks of their own.
    in_kept_weeks = [i for i in done if i.week_end <= keep]
    partial = {id(i): kept_part(i, keep, h) for i, h in partly_done(approved, keep, progress)}
    phases = [
        *_kept_phases(approved, keep, in_kept_weeks, partial),
        *(_shift_phase(p, keep) for p in rest.phases),
    ]
    weekly = [*approved.weekly_hours[:keep], *rest.weekly_hours]
    milestones = [m for m in approved.milestones if m.week <= keep] + [
        m.model_copy(update={"week": m.week + keep}) for m in rest.milestones
    ]
    projects = [
        p.model_copy(update={"week_start": p.week_start + keep, "week_end": p.week_end + keep})
        for p in rest.portfolio_projects
    ]
    kept_note = t(approved.language, "coach.replan.kept", weeks=keep, version=approved.version)
    whole = rest.model_copy(update={"phases": phases, "horizon_weeks": keep + rest.horizon_weeks})
    records, lines = _whole_plan_records(whole, approved, constraints, kb)
    return rest.model_copy(
        update={
            "start_date": approved.start_date,
            "horizon_weeks": keep + rest.horizon_weeks,
            "weekly_hours": weekly,
            "total_hours": round(sum(weekly), 1),
            "phases": phases,
            "milestones": milestones,
            "portfolio_projects": projects,
            "assumptions": [kept_note, *rest.assumptions],
            "progress": marked,
            "constraint_records": records,
            "constraints": lines,
        }
    )


def _whole_plan_records(
    plan: Plan, approved: Plan, constraints: Sequence[Constraint], kb: KnowledgeBase
) -> tuple[list[ConstraintRecord], list[str]]:
    """The rest's constraint records, those of the mentor's requests said again from the whole
    plan's first week ("the project starts in week 14", never the rest's week 10)."""
    said: dict[tuple[str, str | None, str, str], Constraint] = {
        (c.kind, c.skill_id, c.text, c.source): c for c in constraints
    }
    taught = {i.skill_id for i in plan.items()}
    records: list[ConstraintRecord] = []
    for r in plan.constraint_records:
        c = said.get((r.kind, r.skill_id, r.text, r.source))
        if c is not None and r.kind not in SETTLED:
            args = (plan.language, kb, approved.start_date, plan.horizon_weeks, taught)
            r = record_constraint(c, *args)
        records.append(r)
    if len(records) != len(plan.constraints):  # not one line per record: keep the lines
        return records, list(plan.constraints)
    return records, [r.display for r in records]


def mentor_milestones(before: Plan, edited: Plan) -> list[Milestone]:
    """The milestones a mentor's edit added (in ``edited``, not in ``before``)."""
    had = {(m.week, m.deliverable) for m in before.milestones}
    return [m for m in edited.milestones if (m.week, m.deliverable) not in had]


def with_mentor_milestones(plan: Plan, kept: Sequence[Milestone]) -> Plan:
    """``plan`` with the milestones a mentor added by an edit, in week order: a re-plan never
    drops them silently (one past the plan's last week is left out, and the diff says so)."""
    have = {m.deliverable for m in plan.milestones}
    more = [m for m in kept if m.deliverable not in have and m.week <= plan.horizon_weeks]
    if not more:
        return plan
    milestones = sorted([*plan.milestones, *more], key=lambda m: m.week)
    return plan.model_copy(update={"milestones": milestones})


def _spans(plan: Plan) -> dict[str, tuple[float, int, int, str]]:
    """Each skill with its parts summed: hours, first week, last week, the last part's title."""
    out: dict[str, tuple[float, int, int, str]] = {}
    for i in plan.items():
        h, a, b, _ = out.get(i.skill_id, (0.0, i.week_start, i.week_end, i.title))
        out[i.skill_id] = (h + i.hours, min(a, i.week_start), max(b, i.week_end), i.title)
    return out


def lost_milestones(old: Plan, new: Plan, kept: Sequence[Milestone]) -> list[str]:
    """The mentor's own milestones (``kept``) that ``old`` had and ``new`` lacks, said."""
    have = {m.deliverable for m in new.milestones}
    had = {o.deliverable for o in old.milestones}
    return [
        t(new.language, "mentor.diff.milestone_lost", week=m.week, what=m.deliverable)
        for m in kept
        if m.deliverable in had and m.deliverable not in have
    ]


def plan_diff(old: Plan, new: Plan, kept: Sequence[Milestone] = ()) -> list[str]:
    """What ``new`` changes against ``old``, one line each, in the plan's language: the
    settings, then each skill added, dropped or changed with its parts summed (hours and the
    weeks they cover, never one part for the whole); ``kept``: the mentor's own milestones
    (one ``new`` lacks is said)."""
    lang = new.language
    out: list[str] = []
    if old.target != new.target:
        out.append(t(lang, "coach.diff.target", old=old.target_name, new=new.target_name))
    for key, a, b in (
        ("coach.diff.hours", f"{old.hours_per_week:g}", f"{new.hours_per_week:g}"),
        ("coach.diff.weeks", old.horizon_weeks, new.horizon_weeks),
        ("coach.diff.total", f"{old.total_hours:g}", f"{new.total_hours:g}"),
    ):
        if a != b:
            out.append(t(lang, key, old=a, new=b))
    before, after = _spans(old), _spans(new)
    for skill, (hours, first, last, title) in after.items():
        if skill not in before:
            out.append(t(lang, "coach.diff.added", title=title, hours=f"{hours:g}"))
        elif before[skill][:3] != (hours, first, last):
            h, a, b, _ = before[skill]
            out.append(
                t(
                    lang,
                    "mentor.diff.changed",
                    title=title,
                    old=f"{h:g}",
                    new=f"{hours:g}",
                    old_weeks=f"{a}-{b}" if a != b else str(a),
                    new_weeks=f"{first}-{last}" if first != last else str(first),
                )
            )
    out += [t(lang, "coach.diff.removed", title=v[3]) for k, v in before.items() if k not in after]
    return out + lost_milestones(old, new, kept)

"""The pipeline: budget -> select -> sequence -> assemble -> milestones -> options -> narrative.

``build_plan`` is pure and deterministic: the same profile, research, KB, start date, constraints
and words give the same :class:`~coach.schemas.Plan`. See docs/planning.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial

from coach.engine.constraints import (
    Constraint,
    excluded_skills,
    to_tenths,
    with_user_constraints,
)
from coach.engine.constraints.blocks import (
    anchored_work,
    capped_research,
    concrete_shares,
    corrected_languages,
    corrected_levels,
    corrected_profile,
    deadline,
    gap_fillers,
    job_block_hours,
    refreshed,
    windows_resolved,
)
from coach.engine.constraints.deadlines import job_search_by, skills_placed, with_placement
from coach.engine.constraints.project import project_request, themed_capstone
from coach.engine.planner.along import taught_along
from coach.engine.planner.asked_project import (
    asked_hours,
    room_for_project,
    sized_project,
    topic_layout,
)
from coach.engine.planner.assemble import job_mode, make_item, make_phases
from coach.engine.planner.beyond import asked_role
from coach.engine.planner.budget import (
    FIRST_STEP_LEARNING_HOURS,
    MIN_LEARNING_HOURS,
    Budget,
    job_search_hours,
    make_budget,
)
from coach.engine.planner.budgeted import hours_for, select
from coach.engine.planner.experience import (
    WANT_CLAUSE,
    Experience,
    profile_words,
    read_experience,
)
from coach.engine.planner.experience_hours import RESEARCH_FIELDS
from coach.engine.planner.finish import Draft, finish
from coach.engine.planner.layout import (
    EARLY_SHARE,
    Layout,
    layout_work,
    portfolio_of,
    project_last,
)
from coach.engine.planner.milestones import make_milestones, milestone_texts
from coach.engine.planner.needs import Needs, deferrals, handles_people_data, plan_needs
from coach.engine.planner.own_work import with_own_work
from coach.engine.planner.projects import is_ai_skill
from coach.engine.planner.reserve import select_shortening_job_search
from coach.engine.planner.returner import out_of_work, seeks_new_job, stays_in_job
from coach.engine.planner.select import HoursFn, Selection
from coach.engine.planner.sequence import ancestors
from coach.engine.planner.track import (
    goal_text,
    pick_track,
    posting_track,
    track_research,
    wants_intro,
)
from coach.engine.schedule import PROJECT_MIN_HOURS, Slot, Work, schedule_work
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role, Text
from coach.knowledge.projects import ProjectTemplate, project_templates
from coach.schemas import Finding, Language, Plan, Profile, RoleResearch


def _schedule(
    work: list[Work], usable: list[int], spread: bool, cons: Sequence[Constraint]
) -> tuple[list[Slot], list[int]] | None:
    """The work in weeks; a mentor's window for the project ("the last two months") is kept
    when the work still fits with it (else the reviewer's constraint check says so)."""
    anchored = anchored_work(work, cons)  # a week the mentor anchored, when it still fits
    if anchored != work:
        rest = [c for c in cons if c.kind != "week_anchor"]
        fitting = [
            f for f in (_schedule(o, usable, spread, rest) for o in gap_fillers(anchored)) if f
        ]
        waits = {w.key: w.not_before + 1 for w in anchored if w.not_before}
        exact = [
            f for f in fitting if all(x.week_start == waits.get(x.key, x.week_start) for x in f[0])
        ]
        if exact:  # in the week asked, with the most learning before it (no idle weeks)
            return exact[-1]
        if fitting:
            return fitting[0]
    window = next((c.window_weeks for c in cons if c.kind == "project_later" and c.window_weeks), 0)
    if window:
        first = max(0, len(usable) - window)
        job_t = sum(w.tenths for w in work if w.kind == "job_search")
        room = sum(usable[first:]) - job_t  # the project shrinks to what the window holds
        if room >= to_tenths(PROJECT_MIN_HOURS):
            late = [
                replace(w, not_before=first, tenths=min(w.tenths, room))
                if w.kind == "project"
                else w
                for w in work
            ]
            scheduled = schedule_work(late, usable, spread=spread)
            if scheduled is not None:
                return scheduled
    return schedule_work(work, usable, spread=spread)


def _starts_after(slots: Sequence[Slot], kind: str, week: int) -> bool:
    return any(sl.kind == kind and sl.week_start > week for sl in slots)


EARLY_TRIES = (1.0, 1.3, 1.6, 0.7, 0.5)
"""Shares of the hours before a mentor's project week tried for what the project is built from."""

Scheduled = tuple[list[Slot], list[int]]


def _shows_ai(layout: Layout, kb: KnowledgeBase) -> bool:
    """Whether the layout's project uses an AI skill (none named: nothing to judge)."""
    if layout.project is None:
        return True
    ids = [s for s in layout.project.skills if s in kb.skills]
    return not ids or any(is_ai_skill(kb.skills[s]) for s in ids)


def _project_by(
    by: int,
    scheduled: Scheduled,
    sel: Selection,
    needs: Needs,
    exp: Experience,
    sizes: tuple[int, int],
    role: Role | None,
    tpl: Sequence[ProjectTemplate],
    kb: KnowledgeBase,
    role_text: Text,
    hours: HoursFn,
    usable: list[int],
    cons: Sequence[Constraint],
) -> tuple[Layout, Scheduled] | None:
    """ "Start the project by week 10": built from what the weeks before it teach; of the
    layouts that start it in time, the latest start (the most learned before it); with no
    template that small, the capstone of those skills; none in time: the nearest."""
    project_t, job_t = sizes
    base, best, nearest = sum(scheduled[1][: by - 1]), None, None
    for share, pooled in [(x, False) for x in EARLY_TRIES] + [(x, True) for x in EARLY_TRIES]:
        if pooled and best is not None:
            break  # a template project fits in time: no capstone needed
        moved = _themed(
            layout_work(
                sel, needs, exp, project_t, job_t, int(base * share), role, tpl, kb,
                role_text, hours, pooled,
            ),
            cons,
        )  # fmt: skip
        again = _schedule(moved.work, usable, sel.core_fits, cons)
        if again is None or not _shows_ai(moved, kb):
            continue  # a project with no AI in it is no portfolio for an AI role
        start = min((x.week_start for x in again[0] if x.kind == "project"), default=0)
        if 0 < start <= by and (best is None or start > best[0]):
            best = (start, moved, again)
        if start > 0 and (nearest is None or start < nearest[0]):
            nearest = (start, moved, again)
    # none in time: the nearest to the week asked (the reviewer says it is not met)
    first = min((x.week_start for x in scheduled[0] if x.kind == "project"), default=10**6)
    chosen = best or (nearest if nearest and nearest[0] < first else None)
    return (chosen[1], chosen[2]) if chosen is not None else None


def _experience(
    profile: Profile, kb: KnowledgeBase, said: Sequence[str], cons: Sequence[Constraint]
) -> Experience:
    """The experience model, with the mentor's corrections of levels and languages."""
    exp = read_experience(profile, kb, said)
    levels = corrected_levels(exp.levels, cons, kb)
    return replace(exp, levels=levels, languages=corrected_languages(exp.languages, levels))


def _estimate(research: RoleResearch, exp: Experience, kb: KnowledgeBase) -> Callable[[str], float]:
    """The hours a skill would take this person, to its required level (working if none)."""
    hours, level = hours_for(kb, exp), {r.skill_id: int(r.level) for r in research.required_skills}

    def estimate(skill: str) -> float:
        if skill not in kb.skills:
            return 0.0
        return hours(skill, exp.level(skill), max(level.get(skill, 2), exp.level(skill) + 1))

    return estimate


def _themed(layout: Layout, cons: Sequence[Constraint]) -> Layout:
    """A capstone themed by the mentor's project request (a topic, a domain)."""
    if layout.project is None or layout.project.key != "project:capstone":
        return layout
    title, desc = themed_capstone(layout.project.title, layout.project.description, cons)
    return replace(layout, project=replace(layout.project, title=title, description=desc))


def _freed(
    research: RoleResearch, exp: Experience, cons: Sequence[Constraint], kb: KnowledgeBase
) -> int:
    """The tenths the role's skills the mentor left out would have taken (what "give the time
    to the project" hands over)."""
    dropped = excluded_skills([c for c in cons if c.source == "mentor"], kb)
    asked = {r.skill_id for r in research.required_skills} & dropped
    estimate = _estimate(research, exp, kb)
    return sum(to_tenths(estimate(s)) for s in sorted(asked) if exp.level(s) < 2)


def _asked_selection(
    layout: Layout,
    cons: Sequence[Constraint],
    budget: Budget,
    sizes: tuple[int, int],
    research: RoleResearch,
    exp: Experience,
    kb: KnowledgeBase,
    needs: Needs,
    sel: Selection,
    lang: Language,
) -> tuple[Selection, int] | None:
    """The skills and project tenths of a project the mentor added or sized (None else). The
    time freed that is given to the project ("drop X, give the time to the project") is only
    what the core does not need: a share of it when all of it would cut the core short."""
    if layout.project is not None and not sized_project(cons):
        return None
    project_t, job_t = sizes
    had = project_t if layout.project else 0
    freed = _freed(research, exp, cons, kb)
    only_freed = freed > 0 and asked_hours(cons) is None and layout.project is not None
    chosen: tuple[Selection, int] | None = None
    for share in (1.0, 0.5, 0.25) if only_freed else (1.0,):
        room = room_for_project(cons, budget, had, int(freed * share), job_t)
        if room is None:
            return chosen
        chosen = select(needs, exp, room[0], kb, lang)[0], room[1]
        if chosen[0].core_fits or not sel.core_fits:
            return chosen
    # none keeps the core whole: the project takes what the skills leave, as it always does
    return None if only_freed else chosen


def _grown_project(sel: Selection, budget: Budget, project_t: int) -> int:
    """The project takes what the selection left (up to twice its share) when the core fits:
    the core skills had those hours first (``select_core.fill_core``)."""
    if not sel.core_fits:
        return project_t
    room = budget.capacity_t - sum(to_tenths(c.hours) for c in sel.chosen.values()) - budget.job_t
    return max(project_t, min(room, project_t * 2))


def _job_wanted(profile: Profile, kb: KnowledgeBase, said: Sequence[str]) -> tuple[bool, bool]:
    """(no job now: a full job search; a new job wanted, or a role the KB lacks): either way
    the plan ends in finding work, never in "the job you have"."""
    jobless = out_of_work(WANT_CLAUSE.sub(" ", profile_words(profile, said)))
    moving = seeks_new_job(goal_text(profile, said)) or bool(asked_role(profile, kb, said))
    if stays_in_job(" \n".join(said)):  # "不想转行，就想用AI提高效率": AI in the job they have
        moving = False
    return jobless, moving


def build_plan(
    profile: Profile,
    research: RoleResearch,
    kb: KnowledgeBase,
    *,
    start_date: date,
    constraints: Sequence[Constraint] | None = None,
    version: int = 1,
    previous_findings: Sequence[Finding] | None = None,
    said: Sequence[str] = (),
    templates: Sequence[ProjectTemplate] | None = None,
) -> Plan:
    """The transition plan for ``profile`` towards ``research.role_id``.

    ``constraints``: the mentor's typed requests; ``previous_findings``: the reviewer's findings
    on the previous version (hours over budget -> weeks filled to 90 %); ``said``: the user's
    own messages, read for their background and ambitions; ``templates``: project templates
    (default: the shipped ones)."""
    lang = profile.language
    cons = with_user_constraints(profile.constraints, list(constraints or []), kb)
    profile = refreshed(corrected_profile(profile, cons, kb), cons)  # the mentor's corrections
    role = kb.roles.get(research.role_id)
    track = pick_track(role, goal_text(profile, said)) or posting_track(role, research)
    research = track_research(research, track, role)
    role_text = role.name if role else Text(en=research.role_name, zh=research.role_name)
    jobless, moving = _job_wanted(profile, kb, said)
    default_job = job_search_hours(role.family if role else None, jobless)
    job_hours = job_block_hours(default_job, cons)
    first_step = role is not None and role.family == "non_coding"
    learning = FIRST_STEP_LEARNING_HOURS if first_step else MIN_LEARNING_HOURS
    findings = list(previous_findings or [])
    budget = make_budget(profile, cons, findings, start_date, job_hours, learning)
    cons = windows_resolved(cons, len(budget.usable))  # "the job search in the last 6 weeks"
    exp = _experience(profile, kb, said, cons)
    exp = replace(exp, out_of_work=exp.out_of_work or jobless or moving)
    research = capped_research(research, cons)  # "no second passes on Docker": basic only
    cons = concrete_shares(cons, _estimate(research, exp, kb))  # "the python part is too long"
    intro = wants_intro(goal_text(profile, said))
    needs = plan_needs(profile, research, kb, exp, cons, intro, said)
    shorten = job_hours == default_job  # a job search the mentor sized is theirs
    sel, project_t, budget = select_shortening_job_search(needs, exp, budget, kb, lang, shorten)
    job = bool(budget.reserve_t)
    project_t = _grown_project(sel, budget, project_t) if job else project_t
    early = any(c.kind == "project_earlier" for c in cons)
    tpl = project_templates(profile_words(profile, said)) if templates is None else templates
    early_t = int(budget.capacity_t * EARLY_SHARE) if early else 0
    hours = hours_for(kb, exp, needs.bounds)
    tpl, for_project, fields = project_request(cons, tpl, role, exp.fields)
    if templates is None:  # a field the table does not know: a project in their own words
        tpl, fields = with_own_work(tpl, fields, profile.current_role, research.role_id)
    at = replace(exp, fields=fields)
    job_t = budget.job_t if job else 0
    layout = layout_work(
        sel, needs, at, project_t, job_t, early_t, for_project, tpl, kb, role_text, hours
    )
    layout = _themed(layout, cons)
    layout = project_last(layout) if any(c.kind == "project_later" for c in cons) else layout
    sizes = (project_t, job_t)
    if asked := _asked_selection(layout, cons, budget, sizes, research, exp, kb, needs, sel, lang):
        sel, project_t = asked  # "add a project", "give the time to the project"
        args_add = (at, project_t, job_t, early_t, for_project, tpl, kb, role_text, hours)
        layout = layout_work(sel, needs, *args_add)
    layout = skills_placed(layout, cons, lambda s: ancestors(s, kb))  # "Docker after Python"
    scheduled = _schedule(layout.work, budget.usable, sel.core_fits, cons)
    again = partial(_schedule, layout.work, budget.usable, sel.core_fits)
    placing, scheduled = with_placement(cons, scheduled, again)  # "right after RAG"
    by = deadline(placing, "project")
    if by and scheduled and _starts_after(scheduled[0], "project", by):
        args = (sel, needs, at, (project_t, job_t), for_project, tpl, kb, role_text, hours)
        moved = _project_by(by, scheduled, *args, budget.usable, placing)
        layout, scheduled = moved if moved is not None else (layout, scheduled)
    sched = partial(_schedule, usable=budget.usable, spread=sel.core_fits, cons=cons)
    layout, scheduled = job_search_by(layout, scheduled, cons, sched)  # "by week 30"
    layout = topic_layout(layout, cons)  # "make the project a lapse model in production"
    if scheduled is None:  # cannot happen: the work was sized to the capacity
        raise AssertionError("planned work exceeds capacity")
    slots_list, used = scheduled
    slots = {sl.key: sl for sl in slots_list}
    own_data = bool(exp.fields & RESEARCH_FIELDS)
    coder = role is None or role.family != "non_coding"
    items = {
        k: make_item(p, slots[k], kb, lang, cons, own_data, coder) for k, p in layout.parts.items()
    }
    mode = job_mode(role, exp.out_of_work)
    phases = make_phases(layout.segments, slots, items, lang, mode)
    portfolio = portfolio_of(layout.project, slots, lang)
    texts, no_code = milestone_texts(items, portfolio, kb, lang, mode, handles_people_data(exp))
    by_mentor = excluded_skills([c for c in cons if c.source == "mentor"], kb)
    deferred = taught_along(deferrals(needs, sel, kb, lang, by_mentor), sel.chosen, needs.gaps, kb)
    milestones = make_milestones(slots_list, texts, lang, no_code)
    draft = Draft(
        profile, research, kb, cons, budget, exp, needs, sel, phases, portfolio, deferred,
        milestones, used, role, said, version, job, start_date, track,
    )  # fmt: skip
    return finish(draft)

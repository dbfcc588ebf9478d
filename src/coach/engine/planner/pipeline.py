"""The pipeline: budget -> select -> sequence -> assemble -> milestones -> options -> narrative.

``build_plan`` is pure and deterministic: the same profile, research, KB, start date, constraints
and words give the same :class:`~coach.schemas.Plan`. See docs/planning.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from coach.engine.constraints import (
    Constraint,
    excluded_skills,
    to_tenths,
    with_user_constraints,
)
from coach.engine.constraints.project import project_request, themed_capstone
from coach.engine.planner.assemble import make_item, make_phases
from coach.engine.planner.budget import Budget, job_search_hours, make_budget
from coach.engine.planner.experience import RESEARCH_FIELDS, read_experience
from coach.engine.planner.finish import Draft, finish
from coach.engine.planner.layout import EARLY_SHARE, layout_work, portfolio_of
from coach.engine.planner.milestones import make_milestones, milestone_texts
from coach.engine.planner.needs import (
    deferrals,
    hours_for,
    plan_needs,
    select_shortening_job_search,
)
from coach.engine.planner.select import Selection
from coach.engine.planner.track import goal_text, pick_track, track_research
from coach.engine.schedule import PROJECT_MIN_HOURS, Slot, Work, schedule_work
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Text
from coach.knowledge.projects import ProjectTemplate, project_templates
from coach.schemas import Finding, Plan, Profile, RoleResearch


def _schedule(
    work: list[Work], usable: list[int], spread: bool, cons: Sequence[Constraint]
) -> tuple[list[Slot], list[int]] | None:
    """The work in weeks; a mentor's window for the project ("the last two months") is kept
    when the work still fits with it (else the reviewer's constraint check says so)."""
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


def _grown_project(sel: Selection, budget: Budget, project_t: int) -> int:
    """The project takes what the selection left (up to twice its share) when the core fits:
    the core skills had those hours first (``select_core.fill_core``)."""
    if not sel.core_fits:
        return project_t
    room = budget.capacity_t - sum(to_tenths(c.hours) for c in sel.chosen.values()) - budget.job_t
    return max(project_t, min(room, project_t * 2))


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
    role = kb.roles.get(research.role_id)
    research = track_research(research, pick_track(role, goal_text(profile, said)))
    role_text = role.name if role else Text(en=research.role_name, zh=research.role_name)
    job_hours = job_search_hours(role.family if role else None)
    budget = make_budget(profile, cons, list(previous_findings or []), start_date, job_hours)
    exp = read_experience(profile, kb, said)
    needs = plan_needs(profile, research, kb, exp, cons)
    sel, project_t, budget = select_shortening_job_search(needs, exp, budget, kb, lang)
    job = bool(budget.reserve_t)
    project_t = _grown_project(sel, budget, project_t) if job else project_t
    early = any(c.kind == "project_earlier" for c in cons)
    tpl = project_templates() if templates is None else templates
    early_t = int(budget.capacity_t * EARLY_SHARE) if early else 0
    hours = hours_for(kb, exp, needs.bounds)
    tpl, for_project, fields = project_request(cons, tpl, role, exp.fields)
    at = replace(exp, fields=fields)
    job_t = budget.job_t if job else 0
    layout = layout_work(
        sel, needs, at, project_t, job_t, early_t, for_project, tpl, kb, role_text, hours
    )
    if layout.project is not None and layout.project.key == "project:capstone":
        title, desc = themed_capstone(layout.project.title, layout.project.description, cons)
        layout = replace(layout, project=replace(layout.project, title=title, description=desc))
    scheduled = _schedule(layout.work, budget.usable, sel.core_fits, cons)
    if scheduled is None:  # cannot happen: the work was sized to the capacity
        raise AssertionError("planned work exceeds capacity")
    slots_list, used = scheduled
    slots = {sl.key: sl for sl in slots_list}
    own_data = bool(exp.fields & RESEARCH_FIELDS)
    items = {k: make_item(p, slots[k], kb, lang, cons, own_data) for k, p in layout.parts.items()}
    non_coding = role is not None and role.family == "non_coding"
    phases = make_phases(layout.segments, slots, items, lang, non_coding)
    portfolio = portfolio_of(layout.project, slots, lang)
    texts, no_code = milestone_texts(items, portfolio, kb, lang, non_coding)
    by_mentor = excluded_skills([c for c in cons if c.source == "mentor"], kb)
    deferred = deferrals(needs, sel, kb, lang, by_mentor)
    return finish(
        Draft(
            profile,
            research,
            kb,
            cons,
            budget,
            exp,
            needs,
            sel,
            phases,
            portfolio,
            deferred,
            make_milestones(slots_list, texts, lang, no_code),
            used,
            role,
            said,
            version,
            job,
            start_date,
        )
    )

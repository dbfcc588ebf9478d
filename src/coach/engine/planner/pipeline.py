"""The pipeline: budget -> select -> sequence -> assemble -> milestones -> options -> narrative.

``build_plan`` is pure and deterministic: the same profile, research, KB, start date, constraints
and words give the same :class:`~coach.schemas.Plan`. See docs/planning.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from coach.engine.constraints import (
    Constraint,
    excluded_skills,
    record_constraint,
    to_tenths,
    with_user_constraints,
)
from coach.engine.constraints.blocks import (
    anchored_work,
    corrected_languages,
    corrected_levels,
    corrected_profile,
    deadline,
    gap_fillers,
    job_block_hours,
    refreshed,
)
from coach.engine.constraints.project import project_request, themed_capstone
from coach.engine.planner.assemble import PhaseKind, make_item, make_phases
from coach.engine.planner.budget import Budget, job_search_hours, make_budget
from coach.engine.planner.common import num
from coach.engine.planner.experience import Experience, profile_words, read_experience
from coach.engine.planner.milestones import make_milestones, milestone_texts
from coach.engine.planner.narrative import (
    Facts,
    assumptions,
    expectations,
    interview_prep,
    rationale,
    risks,
    strengths,
)
from coach.engine.planner.needs import (
    Needs,
    ambitions_for,
    core_need_tenths,
    deferrals,
    hours_for,
    plan_needs,
    select,
)
from coach.engine.planner.options import feasibility_options
from coach.engine.planner.projects import ProjectChoice, capstone, choose_project
from coach.engine.planner.select import HoursFn, Learn, Selection
from coach.engine.planner.sequence import Ordered, order_skills, spiral
from coach.engine.schedule import PROJECT_MIN_HOURS, Slot, Work, schedule_work
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role, Text
from coach.knowledge.projects import ProjectTemplate, project_templates
from coach.schemas import (
    Deferral,
    FeasibilityOption,
    Finding,
    Language,
    Milestone,
    Phase,
    Plan,
    PortfolioProject,
    Profile,
    RoleResearch,
)

Segment = tuple[PhaseKind, str, list[str]]
"""(phase kind, phase name key, work keys)"""


@dataclass(frozen=True)
class Layout:
    work: list[Work]
    segments: list[Segment]
    project: ProjectChoice | None
    parts: dict[str, Learn]
    """Work key -> what it learns (a core skill may have a basic and a deepening part)."""


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
        if exact or fitting:
            return (exact or fitting)[0]
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


def _layout(
    sel: Selection,
    needs: Needs,
    exp: Experience,
    project_t: int,
    job_t: int,
    early_t: int,
    role: Role | None,
    templates: Sequence[ProjectTemplate],
    kb: KnowledgeBase,
    role_name: Text,
    hours: HoursFn,
) -> Layout:
    """The work in order and the phases it forms: foundations, core, project, supporting
    (production-readying), job search; with ``early_t`` (an earlier project), a project built
    from what the first ``early_t`` tenths teach, right after those skills."""
    early = early_t > 0
    gaps = {g.skill_id for g in needs.gaps}  # a gap is "had" only once taught before the project
    known = [s for s, (lv, _) in exp.levels.items() if lv > 0 and s not in gaps]
    ordered = order_skills(sel.chosen, needs.core, needs.weights, kb, first=needs.first)
    before = [*ordered.foundations, *ordered.core]
    pool = _first_share(ordered.all, sel, early_t) if early else before
    top = max((needs.own.get(s, 0.0) for s in needs.core), default=0.0)
    heavy = [s for s in needs.core if needs.own.get(s, 0.0) >= top - 1e-9]
    project = choose_project(
        role, templates, exp.fields, [*pool, *known], needs.core, kb, heavy, ordered.supporting
    )
    if project is None and early:  # nothing small enough: the project after the core
        project = choose_project(
            role, templates, exp.fields, [*before, *known], needs.core, kb, heavy, []
        )
    if project is None and project_t and (ordered.core or before):
        project = capstone(ordered.core or before, kb, role_name)
    if early and project is not None:
        first = [*needs.first, *project.skills]
        ordered = order_skills(sel.chosen, needs.core, needs.weights, kb, first=first)
    parts: dict[str, Learn] = dict(sel.chosen)
    if not early:
        ordered, parts = spiral(ordered, sel.chosen, hours, needs.first)
    segments = _segments(ordered, project, early)
    if role is not None and role.family == "non_coding":  # nothing goes to production
        segments = [
            (k, n + ".non_coding" if n == "plan.phase.supporting" else n, ks)
            for k, n, ks in segments
        ]
    learn = {k: Work(k, "learn", to_tenths(p.hours)) for k, p in parts.items()}
    work: list[Work] = []
    for kind, _, keys in segments:
        for k in keys:
            if kind == "project" and project is not None and project_t:
                work.append(Work(project.key, "project", project_t))
            elif kind != "project":
                work.append(learn[k])
    if job_t:
        work.append(Work("job_search", "job_search", job_t))
        name = "plan.phase.job_search" + (
            ".non_coding" if role and role.family == "non_coding" else ""
        )
        segments.append(("job_search", name, ["job_search"]))
    if not project_t:
        segments = [sg for sg in segments if sg[0] != "project"]
    return Layout(work, segments, project if project_t else None, parts)


EARLY_TRIES = (1.0, 1.3, 1.6, 0.7, 0.5)
"""Shares of the hours before a mentor's project week tried for what the project is built from."""
EARLY_SHARE = 0.2
"""An earlier project (mentor's request) is built from what the first ~20 % of the hours teach."""


def _first_share(order: Sequence[str], sel: Selection, limit_t: int) -> list[str]:
    """The skills of ``order`` that are learned within the first ``limit_t`` tenths."""
    out: list[str] = []
    spent = 0
    for s in order:
        spent += to_tenths(sel.chosen[s].hours)
        if spent > limit_t:
            break
        out.append(s)
    return out


def _segments(ordered: Ordered, project: ProjectChoice | None, early: bool) -> list[Segment]:
    key = [project.key] if project else []
    if early and project is not None:
        seq = ordered.all
        used = set(project.skills)
        last = max((i for i, s in enumerate(seq) if s in used), default=-1)
        head, tail = seq[: last + 1], seq[last + 1 :]
        return [
            ("core", "plan.phase.core_project", head),
            ("project", "plan.phase.project", key),
            ("core", "plan.phase.core", tail),
        ]
    return [
        ("foundations", "plan.phase.foundations", ordered.foundations),
        ("core", "plan.phase.core", ordered.core),
        ("project", "plan.phase.project", key),
        ("core", "plan.phase.supporting", ordered.supporting),
    ]


def _portfolio(
    project: ProjectChoice | None, slots: dict[str, Slot], lang: Language
) -> list[tuple[ProjectChoice, PortfolioProject]]:
    if project is None or project.key not in slots:
        return []
    sl = slots[project.key]
    return [
        (
            project,
            PortfolioProject(
                title=project.title.get(lang),
                description=project.description.get(lang),
                skill_ids=list(project.skills),
                week_start=sl.week_start,
                week_end=sl.week_end,
            ),
        )
    ]


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
    role_text = role.name if role else Text(en=research.role_name, zh=research.role_name)
    job_hours = job_block_hours(job_search_hours(role.family if role else None), cons)
    budget = make_budget(profile, cons, list(previous_findings or []), start_date, job_hours)
    exp = read_experience(profile, kb, said)
    levels = corrected_levels(exp.levels, cons, kb)
    exp = replace(exp, levels=levels, languages=corrected_languages(exp.languages, levels))
    needs = plan_needs(profile, research, kb, exp, cons)
    sel, project_t = select(needs, exp, budget, kb, lang)
    chosen_t = sum(to_tenths(c.hours) for c in sel.chosen.values())
    job = bool(budget.reserve_t)
    if job:
        room = budget.capacity_t - chosen_t - budget.job_t
        project_t = max(project_t, min(room, project_t * 2)) if sel.core_fits else project_t
    early = any(c.kind == "project_earlier" for c in cons)
    tpl = project_templates(profile_words(profile, said)) if templates is None else templates
    early_t = int(budget.capacity_t * EARLY_SHARE) if early else 0
    hours = hours_for(kb, exp, needs.bounds)
    tpl, for_project, fields = project_request(cons, tpl, role, exp.fields)
    at = replace(exp, fields=fields)
    job_t = budget.job_t if job else 0
    layout = _layout(
        sel, needs, at, project_t, job_t, early_t, for_project, tpl, kb, role_text, hours
    )
    if layout.project is not None and layout.project.key == "project:capstone":
        title, desc = themed_capstone(layout.project.title, layout.project.description, cons)
        layout = replace(layout, project=replace(layout.project, title=title, description=desc))
    scheduled = _schedule(layout.work, budget.usable, sel.core_fits, cons)
    by = deadline(cons, "project")
    if by and scheduled and _starts_after(scheduled[0], "project", by):
        # "start the project by week 10": built from what the weeks before it teach; of the
        # layouts that start it in time, the latest start (the most learned before it)
        base, best = sum(scheduled[1][: by - 1]), None
        for share in EARLY_TRIES:
            moved = _layout(
                sel, needs, at, project_t, job_t, int(base * share), for_project, tpl, kb,
                role_text, hours,
            )  # fmt: skip
            again = _schedule(moved.work, budget.usable, sel.core_fits, cons)
            start = (
                min((x.week_start for x in again[0] if x.kind == "project"), default=0)
                if again
                else 0
            )
            if again and 0 < start <= by and (best is None or start > best[0]):
                best = (start, moved, again)
        if best is not None:
            layout, scheduled = best[1], best[2]
    if scheduled is None:  # cannot happen: the work was sized to the capacity
        raise AssertionError("planned work exceeds capacity")
    slots_list, used = scheduled
    slots = {sl.key: sl for sl in slots_list}
    items = {k: make_item(p, slots[k], kb, lang, cons) for k, p in layout.parts.items()}
    non_coding = role is not None and role.family == "non_coding"
    phases = make_phases(layout.segments, slots, items, lang, non_coding)
    portfolio = _portfolio(layout.project, slots, lang)
    texts, no_code = milestone_texts(items, portfolio, kb, lang, non_coding)
    by_mentor = excluded_skills([c for c in cons if c.source == "mentor"], kb)
    deferred = deferrals(needs, sel, kb, lang, by_mentor)
    return _finish(
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


@dataclass(frozen=True)
class Draft:
    """Everything scheduled so far; ``_finish`` writes the plan around it."""

    profile: Profile
    research: RoleResearch
    kb: KnowledgeBase
    cons: Sequence[Constraint]
    budget: Budget
    exp: Experience
    needs: Needs
    sel: Selection
    phases: list[Phase]
    portfolio: list[tuple[ProjectChoice, PortfolioProject]]
    deferred: list[Deferral]
    milestones: list[Milestone]
    used: list[int]
    role: Role | None
    said: Sequence[str]
    version: int
    job: bool
    start: date

    @property
    def lang(self) -> Language:
        return self.profile.language

    @property
    def role_name(self) -> str:
        return self.role.name.get(self.lang) if self.role else self.research.role_name


def _feasibility(d: Draft) -> tuple[list[FeasibilityOption], str | None]:
    """Options and the risk line when the core does not fit (none otherwise)."""
    if d.sel.core_fits and d.job:
        return [], None
    need_t = d.sel.must_t + to_tenths(PROJECT_MIN_HOURS) + d.budget.job_t  # project, job search
    options = feasibility_options(
        d.budget,
        need_t,
        d.role,
        d.research.role_id,
        lambda r: core_need_tenths(d.profile, r, d.kb, d.exp),
        d.kb,
        lang=d.lang,
        start=d.start,
        constraints=d.cons,
    )
    text = t(
        d.lang,
        "plan.risk.infeasible",
        need=num(need_t / 10),
        capacity=num(d.budget.capacity_t / 10),
        weeks=d.budget.horizon,
    )
    return options, text


def _message(d: Draft, feasible: bool, ambitious: bool) -> str:
    b = d.budget
    total = num(sum(d.used) / 10)
    message = t(
        d.lang,
        "plan.message",
        role=d.role_name,
        weeks=b.horizon,
        hours=num(b.hours_pw),
        total=total,
    )
    if not feasible:
        count = len({x.skill_id for x in d.deferred if x.kind != "after_switch"})
        key = "plan.message.infeasible" if count else "plan.message.infeasible_no_project"
        message += t(d.lang, key, count=count)
    if ambitious:
        message += t(d.lang, "plan.message.ambition")
    return message


def _finish(d: Draft) -> Plan:
    """Feasibility, options, ambitions and the narrative around the scheduled work."""
    lang, kb, needs = d.lang, d.kb, d.needs
    feasible = d.sel.core_fits and d.job
    options, infeasible_text = _feasibility(d)
    level = d.research.pay_level
    years = level.relevant_years if level is not None else None
    ambitions = ambitions_for(d.profile, d.said, d.exp, d.role, d.role_name, d.budget, years)
    known = strengths(d.exp, d.research, needs.gaps, kb)
    items = [it for ph in d.phases for it in ph.items]
    facts, bands = expectations(d.research, d.role, kb, lang)
    total_t = sum(d.used)
    records = [record_constraint(c, lang, kb, d.start, d.budget.horizon) for c in d.cons]
    just = [
        g.skill_id for g in needs.gaps if g.reason == "prerequisite" and g.skill_id in d.sel.chosen
    ]
    narrative = Facts(
        lang, d.budget, d.exp, list(d.sel.chosen), just, known, _unknown(d.research, kb), total_t
    )
    first_core = min((it.week_start for it in items if it.skill_id in needs.core), default=1)
    project = d.portfolio[0][1] if d.portfolio else None
    experience = d.role.experience.get(lang) if d.role else ""
    return Plan(
        version=d.version,
        target=d.research.role_id,
        target_name=d.role_name,
        language=lang,
        start_date=d.start,
        hours_per_week=d.budget.hours_pw,
        horizon_weeks=d.budget.horizon,
        total_hours=total_t / 10,
        weekly_hours=[u / 10 for u in d.used],
        gaps=needs.gaps,
        phases=d.phases,
        milestones=d.milestones,
        portfolio_projects=[p for _, p in d.portfolio],
        interview_prep=interview_prep(
            d.role, bool(d.portfolio), [it.skill_id for it in items], needs.weights, kb, lang
        )
        if d.budget.job_t
        else [],
        expectations=facts,
        salary_bands=bands,
        pay_level=d.research.pay_level,
        deferred=d.deferred,
        core_skills=list(needs.core),
        strengths=known,
        ambitions=ambitions,
        feasible=feasible,
        options=options,
        risks=risks(
            lang, ambitions, d.deferred, kb, infeasible_text, bool(d.portfolio), needs.core
        ),
        assumptions=assumptions(narrative, kb, d.start.isoformat()),
        constraint_records=records,
        constraints=[r.display for r in records],
        rationale=rationale(
            lang,
            d.role_name,
            len(needs.gaps),
            needs.core,
            first_core,
            project,
            experience,
            kb,
            d.role is not None and d.role.family == "non_coding",
        ),
        message=_message(d, feasible, bool(ambitions)),
    )


def _unknown(research: RoleResearch, kb: KnowledgeBase) -> int:
    return sum(1 for s in research.required_skills if s.skill_id not in kb.skills)

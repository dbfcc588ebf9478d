"""Finish: feasibility, options, ambitions and the narrative around the scheduled work."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from coach.engine.constraints import Constraint, record_constraint, to_tenths
from coach.engine.planner.assemble import job_mode
from coach.engine.planner.budget import Budget
from coach.engine.planner.budgeted import core_need_tenths
from coach.engine.planner.common import join, num
from coach.engine.planner.experience import Experience
from coach.engine.planner.narrative import (
    Facts,
    assumptions,
    expectations,
    interview_prep,
    rationale,
    risks,
    strengths,
)
from coach.engine.planner.needs import Needs, ambitions_for
from coach.engine.planner.options import feasibility_options
from coach.engine.planner.projects import ProjectChoice
from coach.engine.planner.select import Selection
from coach.engine.planner.selection import FIRST_STEP_LEVEL
from coach.engine.schedule import PROJECT_MIN_HOURS
from coach.engine.whole_hours import whole
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role, Track
from coach.schemas import (
    AmbitionFlag,
    Deferral,
    FeasibilityOption,
    Language,
    Milestone,
    Phase,
    Plan,
    PlanItem,
    PortfolioProject,
    Profile,
    RoleResearch,
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
    track: Track | None = None

    @property
    def lang(self) -> Language:
        return self.profile.language

    @property
    def role_name(self) -> str:
        return self.role.name.get(self.lang) if self.role else self.research.role_name


def _feasible(d: Draft) -> bool:
    """The core fits with a project and the job search; a first step (a non-coding target)
    needs neither to be worth doing: its deliverables are the automations themselves."""
    return d.sel.core_fits and (d.job or d.needs.hire == FIRST_STEP_LEVEL)


def _feasibility(d: Draft) -> tuple[list[FeasibilityOption], str | None]:
    """Options and the risk line when the core does not fit (none otherwise)."""
    if _feasible(d):
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
        said_high=d.profile.hours_per_week_high,
    )
    text = t(
        d.lang,
        "plan.risk.infeasible",
        need=whole(need_t / 10),  # "about" figures people read: whole hours
        capacity=whole(d.budget.capacity_t / 10),
        weeks=d.budget.horizon,
    )
    return options, text


def _message(d: Draft, feasible: bool, ambitious: bool) -> str:
    b = d.budget
    total = whole(sum(d.used) / 10)  # whole hours in what people read
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


def finish(d: Draft) -> Plan:
    """Feasibility, options, ambitions and the narrative around the scheduled work."""
    lang, kb, needs = d.lang, d.kb, d.needs
    feasible = _feasible(d)
    options, infeasible_text = _feasibility(d)
    level = d.research.pay_level
    years = level.relevant_years if level is not None else None
    ambitions = ambitions_for(
        d.profile, d.said, d.exp, d.role, d.role_name, d.budget, years, d.sel.core_fits
    )
    known = strengths(d.exp, d.research, needs.gaps, kb)
    items = [it for ph in d.phases for it in ph.items]
    facts, bands = expectations(d.research, d.role, kb, lang)
    total_t = sum(d.used)
    taught = {it.skill_id for it in items}  # a cap on a skill not taught is said so
    records = [record_constraint(c, lang, kb, d.start, d.budget.horizon, taught) for c in d.cons]
    just = [
        g.skill_id for g in needs.gaps if g.reason == "prerequisite" and g.skill_id in d.sel.chosen
    ]
    narrative = Facts(
        lang, d.budget, d.exp, list(d.sel.chosen), just, known, _unknown(d.research, kb), total_t
    )
    starts: dict[str, int] = {}
    for it in items:
        starts[it.skill_id] = min(starts.get(it.skill_id, it.week_start), it.week_start)
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
        interview_prep=_interview(d, items),
        expectations=facts,
        salary_bands=bands,
        pay_level=d.research.pay_level,
        deferred=d.deferred,
        core_skills=list(needs.core),
        strengths=known,
        ambitions=ambitions,
        feasible=feasible,
        options=options,
        risks=_risks(d, feasible, ambitions, infeasible_text),
        assumptions=assumptions(narrative, kb, d.start.isoformat()),
        constraint_records=records,
        constraints=[r.display for r in records],
        rationale=rationale(
            lang,
            d.role_name,
            len(needs.gaps),
            needs.core,
            starts,
            project,
            experience,
            kb,
            job_mode(d.role, d.exp.out_of_work) if _has_job_phase(d) else "",
        ),
        message=_message(d, feasible, bool(ambitions)),
        requirement_weights=_own_weights(d.research, d.role),
    )


def _interview(d: Draft, items: Sequence[PlanItem]) -> list[str]:
    """Interview topics when the plan ends in a job search (a track's own topics first)."""
    if not d.budget.job_t:
        return []
    topics = d.track.interview_topics if d.track is not None else ()
    chosen = [it.skill_id for it in items]
    # a topic is asked about what the plan prepares: a skill taken to working level or used
    # by the project, not one met only at basic level (a cluster-ops plan's CUDA basics is
    # not kernel writing)
    prepared = {it.skill_id for it in items if it.level_to >= 2}
    prepared |= {s for _, p in d.portfolio for s in p.skill_ids}
    return interview_prep(
        d.role, bool(d.portfolio), chosen, d.needs.weights, d.kb, d.lang, topics, prepared
    )


def _risks(
    d: Draft, feasible: bool, ambitions: Sequence[AmbitionFlag], infeasible: str | None
) -> list[str]:
    """The risks and notes, with what the role they asked for (not in the KB) would add."""
    out = risks(
        d.lang,
        ambitions,
        d.deferred,
        d.kb,
        infeasible,
        bool(d.portfolio),
        d.needs.core,
        first_step=feasible and d.needs.hire == FIRST_STEP_LEVEL,
        ends=_ends_early(d.used) if feasible else None,
    )
    if d.needs.beyond is not None:
        asked, skills = d.needs.beyond
        names = join(d.lang, (d.kb.skills[s].name.get(d.lang) for s in skills))
        line = t(d.lang, "plan.risk.beyond", asked=asked, role=d.role_name, skills=names)
        out.insert(len(ambitions), line)
    return out


EARLY_END_WEEKS = 4
"""Work that ends this many weeks or more before the horizon is said to end early."""


def _ends_early(used: Sequence[int]) -> tuple[int, int] | None:
    """(the last week with work, the horizon) when the plan finishes well ahead of it."""
    last = max((i for i, u in enumerate(used, start=1) if u > 0), default=0)
    return (last, len(used)) if 0 < last <= len(used) - EARLY_END_WEEKS else None


def _own_weights(research: RoleResearch, role: Role | None) -> dict[str, float]:
    """The research's requirement weights when they are not the role's (a job posting)."""
    mine = {r.skill_id: r.weight for r in research.required_skills}
    if role is not None and mine == {r.skill_id: r.weight for r in role.required}:
        return {}
    return mine


def _unknown(research: RoleResearch, kb: KnowledgeBase) -> int:
    return sum(1 for s in research.required_skills if s.skill_id not in kb.skills)


def _has_job_phase(d: Draft) -> bool:
    """Whether the plan ends in a job search (or bringing it into one's job): a plan whose core
    fits only without it says nothing of one."""
    return any(p.kind == "job_search" for p in d.phases)

"""Step 7, narrative: strengths, assumptions, risks, interview prep, expectations, rationale."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from coach.engine.gaps import as_level, required_skills
from coach.engine.planner.budget import Budget
from coach.engine.planner.common import factor, join, level_word, num
from coach.engine.planner.experience import Experience
from coach.engine.planner.experience_hours import (
    ENGINEER_FACTOR,
    OPS_FACTOR,
    RESEARCH_FACTOR,
    RESEARCH_FIELDS,
    WORK_SKILLS_FACTOR,
    hours_factor,
    is_work_skill,
)
from coach.engine.planner.returner import REFRESH_FACTOR
from coach.engine.whole_hours import whole
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import InterviewTopic, Role
from coach.schemas import (
    AmbitionFlag,
    Deferral,
    Gap,
    Language,
    PortfolioProject,
    RoleResearch,
    SalaryBand,
    SourcedFact,
    Strength,
)

MAX_STRENGTHS = 10
EXPERT_LEVEL = 3


def strengths(
    exp: Experience, research: RoleResearch, gaps: Sequence[Gap], kb: KnowledgeBase
) -> list[Strength]:
    """Known and transferable skills that matter for the role (required, or prerequisites of
    what is required), strongest first, with the user's words as evidence."""
    wanted = {s for s, _, _ in required_skills(research)}
    stack = list(wanted)
    while stack:
        s = stack.pop()
        for p in kb.skills[s].prerequisites if s in kb.skills else []:
            if p not in wanted:
                wanted.add(p)
                stack.append(p)
    # and what transfers: a skill that gives one the role builds on (Go gives programming,
    # customer-facing work gives communication)
    relevant = [
        (s, lv, ev)
        for s, (lv, ev) in exp.levels.items()
        if lv > 0
        and s in kb.skills
        and (
            s in wanted
            or lv >= EXPERT_LEVEL  # expertise of one's own always transfers (a DBA's SQL)
            or any(imp.skill_id in wanted for imp in kb.skills[s].implies)
        )
    ]
    relevant.sort(key=lambda x: (-x[1], x[0]))
    return [Strength(skill_id=s, level=as_level(lv), words=ev) for s, lv, ev in relevant][
        :MAX_STRENGTHS
    ]


def _factor_details(
    exp: Experience, active: Sequence[str], kb: KnowledgeBase, lang: Language
) -> list[str]:
    used = {hours_factor(kb.skills[s], exp) for s in active}
    details: list[str] = []
    f = hours_factor(kb.skills["python"], exp) if "python" in active else 1.0
    others = [x for x in exp.languages if x != "python"]
    if f < 1.0 and len(others) >= 2:
        details.append(t(lang, "plan.factor.languages", factor=factor(f), count=len(others)))
    elif f < 1.0:
        details.append(t(lang, "plan.factor.one_language", factor=factor(f)))
    if OPS_FACTOR in used and "sre" in exp.fields:
        details.append(t(lang, "plan.factor.ops", factor=factor(OPS_FACTOR)))
    if ENGINEER_FACTOR in used:
        details.append(
            t(lang, "plan.factor.engineer", factor=factor(ENGINEER_FACTOR), years=num(exp.years))
        )
    ml = [
        hours_factor(kb.skills[s], exp) for s in active if kb.skills[s].category == "ml_foundations"
    ]
    if exp.fields & RESEARCH_FIELDS and RESEARCH_FACTOR in ml:
        details.append(t(lang, "plan.factor.research", factor=factor(RESEARCH_FACTOR)))
    if any(is_work_skill(kb.skills[s], exp) for s in active):  # not a factor that equals it
        details.append(
            t(
                lang,
                "plan.factor.work_skills",
                factor=factor(WORK_SKILLS_FACTOR),
                years=num(exp.years),
            )
        )
    if any(s in exp.rusty for s in active):
        details.append(t(lang, "plan.factor.refresh", factor=factor(REFRESH_FACTOR)))
    return details


@dataclass(frozen=True)
class Facts:
    """What the narrative is written from."""

    lang: Language
    budget: Budget
    exp: Experience
    active: Sequence[str]
    just_enough: Sequence[str]
    known: Sequence[Strength]
    unknown: int
    total_t: int


def assumptions(f: Facts, kb: KnowledgeBase, start: str) -> list[str]:
    lang, b = f.lang, f.budget
    out: list[str] = []
    if b.defaulted:
        out.append(t(lang, "plan.assume.defaults", hours=num(b.hours_pw), weeks=b.horizon))
    if b.asked_hours is not None:
        out.append(t(lang, "plan.assume.capped", asked=num(b.asked_hours), hours=num(b.hours_pw)))
    if f.unknown:
        out.append(t(lang, "plan.assume.unknown", count=f.unknown))
    details = _factor_details(f.exp, f.active, kb, lang)
    if details:  # where the hours come from, only when they differ from the KB's typical ones
        out.append(t(lang, "plan.assume.scaled", details=join(lang, details)))
    # "foundations get just enough" is the rationale's first line and each item's level: once
    capacity = whole(sum(b.limits_t) / 10)
    out.append(
        t(
            lang,
            "plan.assume.capacity",
            hours=num(b.hours_pw),
            start=start,
            total=whole(f.total_t / 10),
            capacity=capacity,
        )
    )
    if f.known:
        names = join(
            lang,
            (
                f"{kb.skills[s.skill_id].name.get(lang)} ({level_word(lang, s.level)})"
                for s in f.known[:6]
            ),
        )
        out.append(t(lang, "plan.assume.known", skills=names))
    if b.margin < 1.0:
        out.append(t(lang, "plan.assume.revised"))
    return out


def risks(
    lang: Language,
    ambitions: Sequence[AmbitionFlag],
    deferred: Sequence[Deferral],
    kb: KnowledgeBase,
    infeasible: str | None,
    has_project: bool,
    core: Sequence[str] = (),
    first_step: bool = False,
    ends: tuple[int, int] | None = None,
) -> list[str]:
    """Ambitions first, then what does not fit, what waits, the buffer and the market note;
    ``first_step``: a short plan toward a non-coding target, said as the first step it is;
    ``ends``: (the last week with work, the horizon) when the work ends well before it."""
    out = [
        f"{a.message} {a.alternative}" if lang == "en" else a.message + a.alternative
        for a in ambitions
    ]
    if infeasible:
        out.append(infeasible)
    # what waits for after the switch is the Deferred list itself: not said twice (B6)
    if not has_project:
        out.append(t(lang, "plan.risk.first_step" if first_step else "plan.risk.no_project"))
    if ends is not None:
        out.append(t(lang, "plan.risk.ends_early", week=ends[0], horizon=ends[1]))
    return [*out, t(lang, "plan.risk.light_weeks"), t(lang, "plan.risk.sources")]


def interview_prep(
    role: Role | None,
    has_project: bool,
    chosen: Sequence[str],
    weights: Mapping[str, float],
    kb: KnowledgeBase,
    lang: Language,
    topics: Sequence[InterviewTopic] = (),
    prepared: Collection[str] | None = None,
) -> list[str]:
    """The role's interview topics (a track's own, when the plan follows one: an on-device
    engineer is not asked about datacentre batching) that the plan prepares for (``prepared``:
    the skills it takes far enough to be asked about; default every chosen one), the
    project, the heaviest skills."""
    scheduled = set(chosen) if prepared is None else set(prepared)
    shown = topics or (role.interview_topics if role else [])
    out = [x.get(lang) for x in shown if not x.skills or scheduled.intersection(x.skills)]
    if has_project:
        out.append(t(lang, "plan.interview.project"))
    for s in sorted(chosen, key=lambda s: (-weights.get(s, 0.0), s))[:3]:
        out.append(t(lang, "plan.interview.skill", name=kb.skills[s].name.get(lang)))
    return out


def expectations(
    research: RoleResearch, role: Role | None, kb: KnowledgeBase, lang: Language
) -> tuple[list[SourcedFact], list[SalaryBand]]:
    facts = [
        SourcedFact(
            fact_id=f.fact_id,
            text=kb.facts[f.fact_id].text.get(lang),
            source_id=kb.facts[f.fact_id].source_id,
        )
        for f in research.facts
        if f.fact_id in kb.facts
    ]
    if not facts and role is not None:
        facts = [
            SourcedFact(fact_id=f.id, text=f.text.get(lang), source_id=f.source_id)
            for f in kb.facts.values()
            if role.id in f.roles
        ]
    bands = list(research.salary_bands) or [
        SalaryBand(**b.model_dump()) for b in (role.salary_bands if role else [])
    ]
    return facts, bands


def rationale(
    lang: Language,
    role_name: str,
    gaps: int,
    core: Sequence[str],
    starts: Mapping[str, int],
    project: PortfolioProject | None,
    experience: str,
    kb: KnowledgeBase,
    mode: str = "",
) -> str:
    """What the plan does, in one paragraph; each core skill named with the week it really
    starts (or that it waits), never a claim the schedule does not keep."""
    start = min((starts[s] for s in core if s in starts), default=1)
    core_names = _core_weeks(lang, core, starts, kb) or role_name
    if project is None:
        return t(
            lang,
            "plan.rationale.no_project",
            count=gaps,
            role=role_name,
            core=core_names,
            start=start,
            experience=experience,
        )
    names = join(lang, (kb.skills[s].name.get(lang) for s in project.skill_ids[:3])) or role_name
    return t(
        lang,
        "plan.rationale" + mode,
        count=gaps,
        role=role_name,
        core=core_names,
        start=start,
        project_skills=names,
        experience=experience,
    )


def _core_weeks(
    lang: Language, core: Sequence[str], starts: Mapping[str, int], kb: KnowledgeBase
) -> str:
    """The first three core skills, each with the week it starts, in the order they start."""
    shown = sorted(core[:3], key=lambda s: (starts.get(s, 10**6), core.index(s)))
    parts = [
        t(lang, "plan.rationale.core_from", skill=kb.skills[s].name.get(lang), week=starts[s])
        if s in starts
        else t(lang, "plan.rationale.core_waits", skill=kb.skills[s].name.get(lang))
        for s in shown
    ]
    return join(lang, parts)

"""Judgement: the core comes first, and the portfolio project uses only what comes before it."""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.checks.common import EPS, finding, skill_label
from coach.engine.constraints import Constraint, excluded_skills, included_skills
from coach.engine.gaps import effective_levels, gap_weights
from coach.engine.planner.needs import goal_skills
from coach.engine.planner.posting_target import POSTING_REQUIRED_WEIGHT
from coach.engine.planner.projects import is_ai_skill
from coach.engine.planner.select import HIRE_LEVEL
from coach.engine.planner.sequence import ancestors
from coach.i18n import t
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role
from coach.schemas import Finding, Plan, PortfolioProject, Profile, RequiredSkill, RoleResearch

LATE_SHARE = 1 / 3
"""The first core item should start within the first third of the horizon."""


def check_core_first(
    plan: Plan,
    kb: KnowledgeBase,
    constraints: Sequence[Constraint] = (),
    profile: Profile | None = None,
) -> list[Finding]:
    """No skill is deferred while a lower-weight one is scheduled, nor cut short while a
    lower-weight one is taken beyond basic level; the core starts early (a warning when its
    first item starts after a third of the horizon). Weights are the role's, or those the plan
    targets (a job posting's, ``Plan.requirement_weights``); a skill the mentor or the user
    asked for (added, started with, moved earlier, in focus) is theirs to order, not the role's."""
    role = kb.roles.get(plan.target)
    if role is None:
        return []
    lang = plan.language
    weights, own = _weights(plan, role, kb)
    gap_ids = {g.skill_id for g in plan.gaps}
    gap_ids |= {x.skill_id for x in plan.strengths}  # known already: nothing to carry
    for it in plan.items():  # a skill that teaches a dropped requirement carries its weight
        for imp in kb.skills[it.skill_id].implies if it.skill_id in kb.skills else []:
            if imp.skill_id in own and imp.skill_id not in gap_ids and it.skill_id in weights:
                weights[it.skill_id] = max(weights[it.skill_id], own[imp.skill_id])
    excluded = excluded_skills(constraints, kb)
    # what a request asked for (added, made core, anchored) is never blamed for coming first
    focus = {c.skill_id for c in constraints if c.kind == "focus_skill"}
    focus |= set(included_skills(constraints, kb))
    if profile is not None:  # what the person asked for ("agent development") is theirs too
        focus |= goal_skills(profile, kb)
    focus |= {a for s in list(focus) if s in kb.skills for a in ancestors(s, kb)}  # and its base
    reached: dict[str, int] = {}
    for it in plan.items():
        reached[it.skill_id] = max(reached.get(it.skill_id, 0), it.level_to)
    short = [
        g for g in plan.gaps if reached.get(g.skill_id, 0) < g.need and g.skill_id not in excluded
    ]
    core = set(plan.core_skills)
    out: list[Finding] = []
    for g in short:
        w = weights.get(g.skill_id, 0.0)

        def core_over(s: str, g_id: str = g.skill_id) -> bool:
            # a core skill (by its own weight) comes before a foundation that only inherits
            # its weight from what builds on it; between two core skills, the role's own
            # weight decides (what defines the role, not what builds on it)
            if s in core and g_id in core and s in own and g_id in own:
                if abs(own[s] - own[g_id]) > EPS:
                    return own[s] > own[g_id]
                # the same weight for the role: what more builds on comes first (the planner's
                # order too)
                return weights.get(s, 0.0) >= weights.get(g_id, 0.0) - EPS
            return s in core and g_id not in core

        # nothing yet: any lower item is wrong; at basic level already: only lower items
        # taken beyond basic are; at working level (what a hire needs): only lower items
        # taken to expert are (expert depth may wait for the job)
        floor = min(max(reached.get(g.skill_id, 0), g.have), HIRE_LEVEL)
        lower = [
            s
            for s, lv in reached.items()
            if weights.get(s, 0.0) > 0  # a skill the role does not ask for came from a request
            and weights[s] < w - EPS
            and s not in focus
            and lv > floor
            and not core_over(s)
        ]
        if lower:
            low = min(lower, key=lambda s: (weights.get(s, 0.0), s))
            msg = t(
                lang,
                "checks.core_deferred",
                skill=skill_label(kb, g.skill_id, lang),
                other=skill_label(kb, low, lang),
            )
            out.append(finding("core_first", "error", msg, g.skill_id))
    starts = [it.week_start for it in plan.items() if it.skill_id in plan.core_skills]
    if starts and min(starts) > max(1, plan.horizon_weeks * LATE_SHARE):
        msg = t(lang, "checks.core_late", week=min(starts), horizon=plan.horizon_weeks)
        out.append(finding("core_first", "warning", msg))
    return out


def _weights(
    plan: Plan, role: Role, kb: KnowledgeBase
) -> tuple[dict[str, float], dict[str, float]]:
    """(each gap's weight, each requirement's own weight) the plan is judged by."""
    own = dict(plan.requirement_weights) or {r.skill_id: r.weight for r in role.required}
    target = RoleResearch(
        role_id=role.id,
        role_name=role.id,
        fit=0.0,
        required_skills=[
            RequiredSkill(skill_id=s, level=1, weight=w, source_id="plan")
            for s, w in own.items()
            if s in kb.skills
        ],
    )
    return gap_weights(plan.gaps, target, kb), own


def _asks_ai_work(plan: Plan, kb: KnowledgeBase) -> bool:
    """Whether what the plan targets (a posting's or a track's requirements, else the role's)
    asks for AI work: a GPU-cluster operations job asks for Kubernetes, Slurm and monitoring, so
    its project is about running the cluster, not about a model. Only what the job is counts
    (a posting's requirements, a track's core), not a "nice to have" ("PyTorch DDP a plus") nor
    the role's defaults the posting never names."""
    role = kb.roles.get(plan.target)
    asked = {s for s, w in plan.requirement_weights.items() if w >= POSTING_REQUIRED_WEIGHT}
    if not asked and role is not None:
        asked = {r.skill_id for r in role.required}
    return not asked or any(is_ai_skill(kb.skills[s]) for s in asked if s in kb.skills)


def check_project_coherence(
    plan: Plan, kb: KnowledgeBase, profile: Profile | None = None
) -> list[Finding]:
    """Every skill a portfolio project names is one the person has, or one an item teaches
    before the project starts."""
    known = {s.skill_id for s in plan.strengths}
    if profile is not None:
        known |= {s for s, (lv, _) in effective_levels(profile, kb).items() if lv > 0}
    ends: dict[str, int] = {}
    for it in plan.items():
        ends[it.skill_id] = min(ends.get(it.skill_id, it.week_end), it.week_end)
    out: list[Finding] = []
    asks_ai = _asks_ai_work(plan, kb)
    for pp in plan.portfolio_projects:
        ids = [s for s in pp.skill_ids if s in kb.skills]
        if asks_ai and ids and not any(is_ai_skill(kb.skills[s]) for s in ids):
            msg = t(plan.language, "checks.project_no_ai", project=pp.title)
            out.append(finding("project_coherence", "error", msg))
        for s in pp.skill_ids:
            if s in known or ends.get(s, 10**6) <= pp.week_start:
                continue
            name = skill_label(kb, s, plan.language)
            msg = t(plan.language, "checks.project_unscheduled", project=pp.title, skill=name)
            out.append(finding("project_coherence", "error", msg, s))
        out += _named_later(plan, pp, known, ends, kb)
    return out


def _named_later(
    plan: Plan, pp: PortfolioProject, known: set[str], ends: dict[str, int], kb: KnowledgeBase
) -> list[Finding]:
    """A tool the project's own words name ("Export a PyTorch model to ONNX") that the plan
    teaches only after the project: a warning (the words may offer it as an option)."""
    if plan.language != "en":
        return []  # the Chinese words match the lexicon too loosely to judge by
    named = {m.id for m in get_lexicon(kb).find_skills(pp.description)}
    late = [
        s
        for s in sorted(named)
        if s not in known and s not in pp.skill_ids and pp.week_start < ends.get(s, 0) < 10**6
    ]
    return [
        finding(
            "project_coherence",
            "warning",
            t(
                plan.language,
                "checks.project_names_later",
                project=pp.title,
                skill=skill_label(kb, s, plan.language),
            ),
            s,
        )
        for s in late
    ]

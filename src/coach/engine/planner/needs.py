"""What the person needs: gaps, weights, the core, deferrals (the selection under the budget is
:mod:`coach.engine.planner.budgeted`)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from coach.engine.constraints import (
    Constraint,
    excluded_skills,
    included_skills,
    skill_hour_bounds,
)
from coach.engine.constraints.apply import anchored_soonest, early_anchor
from coach.engine.gaps import analyse_gaps, gap_weights, required_skills
from coach.engine.planner.ambition import AmbitionInput, assess_ambitions, goal_words
from coach.engine.planner.beyond import (
    BEYOND_LEVEL,
    BEYOND_WEIGHT,
    WANTED_WEIGHT,
    asked_role,
    beyond_skills,
    wanted_beside,
)
from coach.engine.planner.budget import Budget
from coach.engine.planner.common import level_word, num
from coach.engine.planner.experience import Experience, hours_factor, profile_words
from coach.engine.planner.select import (
    HIRE_LEVEL,
    Selection,
    core_skills,
    just_enough,
)
from coach.engine.planner.selection import CORE_WEIGHT, FIRST_STEP_LEVEL
from coach.engine.planner.sequence import ancestors
from coach.engine.schedule import estimate_hours
from coach.i18n import t
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role
from coach.schemas import (
    AmbitionFlag,
    Deferral,
    DeferralKind,
    Gap,
    Language,
    Profile,
    RoleResearch,
)

Target = RoleResearch | Role

SENSITIVE_FIELDS = frozenset({"healthcare", "teaching", "legal", "hr", "finance", "government"})
"""Fields whose work is other people's personal data (patients, pupils, clients, staff) or
internal documents that must not go into a public model (a government office)."""
SAFEGUARDS = ("ai_ethics_governance", "data_privacy")
"""For them the AI rules are core: learned before a project touches real cases (COACHING B4)."""


def handles_people_data(exp: Experience) -> bool:
    """Whether the person's cases are other people's personal data (``SENSITIVE_FIELDS``)."""
    return bool(exp.fields & SENSITIVE_FIELDS) and not exp.software_work


@dataclass(frozen=True)
class Needs:
    """The gaps of a target for this person, their weights and the core."""

    gaps: list[Gap]
    weights: dict[str, float]
    core: list[str]
    excluded: set[str]
    own: dict[str, float]
    """Each requirement's own weight (not inherited from what builds on it)."""
    bounds: dict[str, tuple[float, float]] = field(default_factory=dict)
    """A request's (least, most) hours per skill ("cut Python to ~20h")."""
    first: list[str] = field(default_factory=list)
    """Skills a request starts with, makes core or moves earlier: they lead the order."""
    hire: int = HIRE_LEVEL
    """The level the heaviest core skills must reach for a feasible plan (``FIRST_STEP_LEVEL``
    for a non-coding target)."""
    by_week: list[str] = field(default_factory=list)
    """Skills a request wants started by a week ("evals from week 3"): an earlier project
    comes after them, not in their way."""
    intro: bool = False
    """The person asks only to get started: the heaviest core skills to basic level must fit,
    the other core skills are the next stage (:func:`track.wants_intro`)."""
    beyond: tuple[str, tuple[str, ...]] | None = None
    """(the role they asked for that the KB lacks, the KB skills it needs beyond the planned
    role): said plainly, and taken on where the hours allow."""
    role_own: dict[str, float] = field(default_factory=dict)
    """Each requirement's own weight in the role, before the person's goal raises any."""
    guards: list[str] = field(default_factory=list)
    """The AI rules for people's data (``SAFEGUARDS``): before anything, the project included."""
    capped: dict[str, tuple[int, float]] = field(default_factory=dict)
    """Skills a request's most hours hold below the level they were needed at: skill -> (that
    level, the most hours). The plan takes them as far as those hours reach, and says so."""


def goal_skills(profile: Profile, kb: KnowledgeBase) -> set[str]:
    """Skills the person's goal names ("LLMOps", "agent frameworks and evals"): core for them."""
    wants = [profile.target_raw or "", *[str(w) for w in getattr(profile, "wants", None) or []]]
    text = " ".join(w for w in wants if w)
    return {m.id for m in get_lexicon(kb).find_skills(text) if m.id in kb.skills} if text else set()


def plan_needs(
    profile: Profile,
    target: Target,
    kb: KnowledgeBase,
    exp: Experience,
    cons: Sequence[Constraint],
    intro: bool = False,
    said: Sequence[str] = (),
) -> Needs:
    """Gaps (prerequisites at just-enough level, orphans dropped), weights and the core."""
    # every skill the request wants in the plan: added, made core, started with, given hours
    focus: list[str | None] = list(included_skills(cons, kb))
    required = {s: lv for s, lv, _ in required_skills(target)}
    core = {c.skill_id for c in cons if c.kind == "focus_skill"}  # "make X the core": a hire's
    extra = [
        (s, min(3, max(exp.level(s) + 1, required.get(s, 0), HIRE_LEVEL * (s in core))), 1.0)
        for s in focus
        if s is not None
    ]
    # what the person's goal names ("大模型的评估和监控") is wanted to working level, whatever
    # level the role's sources give it: the role asked basic evaluation of an LLMOps engineer
    named = {s for s in goal_skills(profile, kb) - set(focus) if s in required}
    extra += [(s, HIRE_LEVEL, 1.0) for s in sorted(named) if required[s] < HIRE_LEVEL]
    asked = set(required) | {s for s, _, _ in extra}
    beyond = [s for s in beyond_skills(profile, kb, asked, said) if exp.level(s) < BEYOND_LEVEL]
    extra += [(s, BEYOND_LEVEL, BEYOND_WEIGHT) for s in beyond]  # when the hours allow
    # what the person asked to learn beside the role ("也想学点Python", "I'd like some SQL"):
    # planned too, after the role's own skills, when the hours allow
    beside = [s for s in wanted_beside(profile, kb, asked | set(beyond)) if exp.level(s) < 1]
    extra += [(s, 1, WANTED_WEIGHT) for s in beside]  # a start on it, never the core
    extra_levels = [(s, lv) for s, lv, _ in extra]
    excluded = excluded_skills(cons, kb)
    gaps = analyse_gaps(profile, target, kb, levels=exp.levels, extra=extra)
    gaps, carried = _covered(gaps, kb, {s: w for s, _, w in required_skills(target)})
    gaps = just_enough(_drop_orphans(gaps, excluded, kb), kb, {**required, **dict(extra_levels)})
    gaps, capped = within_caps(gaps, skill_hour_bounds(cons), kb, exp)
    weights = gap_weights(gaps, target, kb)
    for s, w in carried.items():
        if s in weights:
            weights[s] = max(weights[s], w)
    goal = (goal_skills(profile, kb) - set(beside)) | {s for s in focus if s}
    for s in goal:
        if s in weights:
            weights[s] = max(weights[s], 1.0)
    active = [g for g in gaps if g.skill_id not in excluded]
    own = {s: w for s, _, w in required_skills(target)}
    for s, w in carried.items():
        own[s] = max(own.get(s, 0.0), w)
    role_own = dict(own)
    for s in goal:
        own[s] = max(own.get(s, 0.0), 1.0)
    guards = handles_people_data(exp)
    for s in [s for s in SAFEGUARDS if s in weights] if guards else []:
        own[s], weights[s] = max(own.get(s, 0.0), CORE_WEIGHT), max(weights[s], CORE_WEIGHT)
    first = [
        c.skill_id
        for kind in ("start_with", "focus_skill", "move_earlier")
        for c in cons
        if (c.kind == kind or (kind == "move_earlier" and early_anchor(c)))
        and c.skill_id in kb.skills
        and c.skill_id not in excluded
    ]
    gap_ids = [g.skill_id for g in active]
    first = anchored_soonest(
        [s for s in first if s], cons, gap_ids, kb
    )  # fewest prerequisites first
    role = kb.roles.get(target.role_id if isinstance(target, RoleResearch) else target.id)
    return Needs(
        gaps,
        weights,
        core_skills(active, own, goal),
        excluded,
        own,
        skill_hour_bounds(cons),
        [s for s in dict.fromkeys(first) if s is not None],
        FIRST_STEP_LEVEL
        if intro or (role is not None and role.family == "non_coding")
        else HIRE_LEVEL,
        [c.skill_id for c in cons if early_anchor(c) and c.skill_id and c.skill_id in kb.skills],
        intro,
        (asked_role(profile, kb, said), tuple(beyond)) if beyond else None,
        role_own,
        [s for s in SAFEGUARDS if s in weights] if guards else [],
        capped,
    )


CAP_TOLERANCE = 2.0
"""A most-hours cap of at least half a level's estimate still reaches it: the mentor's call on
the pace ("he writes Go daily: about 20 hours of Python is plenty", 30 h estimated), not a
lower level; "working level in 20 h" where 100 h are estimated is no pace."""


def within_caps(
    gaps: Sequence[Gap],
    bounds: Mapping[str, tuple[float, float]],
    kb: KnowledgeBase,
    exp: Experience,
) -> tuple[list[Gap], dict[str, tuple[int, float]]]:
    """Each gap a request caps ("Python at most 20 h"; not "about 20 h") needed only to the
    highest level those hours reach for this person (at least the next one: the request's hours are a start on
    it); the levels a cap cut, with the cap. "Python: learn to working level · 20 h" for
    someone who has never programmed promised what 20 h do not give."""
    out: list[Gap] = []
    capped: dict[str, tuple[int, float]] = {}
    for g in gaps:
        low, high = bounds.get(g.skill_id, (0.0, math.inf))
        skill = kb.skills.get(g.skill_id)
        if skill is None or high == math.inf or low >= high or g.need <= g.have:
            out.append(g)  # "about 20 h" is the mentor's own figure for the level: it stands
            continue
        factor = hours_factor(skill, exp)
        reach = int(g.have) + 1
        most = high * CAP_TOLERANCE
        while reach < g.need and estimate_hours(skill, g.have, reach + 1, factor) <= most:
            reach += 1
        if reach < g.need:
            capped[g.skill_id] = (int(g.need), high)
            g = g.model_copy(update={"need": reach})
        out.append(g)
    return out, capped


def _covered(
    gaps: Sequence[Gap], kb: KnowledgeBase, own: Mapping[str, float]
) -> tuple[list[Gap], dict[str, float]]:
    """Drop a required gap that learning another gap teaches anyway (``Skill.implies``: CUDA to
    working level is GPU programming to working level), unless it is a prerequisite of that
    gap. The teaching gap carries the dropped one's requirement weight (returned)."""
    by_id = {g.skill_id: g for g in gaps}
    dropped: dict[str, str] = {}
    for g in gaps:
        for other in gaps:
            if other.skill_id == g.skill_id or other.skill_id in dropped:
                continue
            teaches = any(
                imp.skill_id == g.skill_id and other.need >= imp.min_level and imp.level >= g.need
                for imp in kb.skills[other.skill_id].implies
            )
            if teaches and g.skill_id not in ancestors(other.skill_id, kb):
                dropped[g.skill_id] = other.skill_id
                break
    carried: dict[str, float] = {}
    for skill, by in dropped.items():
        if by in by_id:
            carried[by] = max(carried.get(by, 0.0), own.get(skill, 0.0))
    return [g for g in gaps if g.skill_id not in dropped], carried


def _drop_orphans(gaps: Sequence[Gap], excluded: set[str], kb: KnowledgeBase) -> list[Gap]:
    """Keep required gaps and only the prerequisites a kept, non-excluded gap still needs."""
    by_id = {g.skill_id: g for g in gaps}
    needed: set[str] = set()
    stack = [g.skill_id for g in gaps if g.reason == "required"]
    while stack:
        s = stack.pop()
        if s in needed:
            continue
        needed.add(s)
        if s not in excluded:
            stack.extend(p for p in kb.skills[s].prerequisites if p in by_id)
    return [g for g in gaps if g.skill_id in needed]


def deferrals(
    needs: Needs, sel: Selection, kb: KnowledgeBase, lang: Language, by_mentor: set[str]
) -> list[Deferral]:
    """Every gap not scheduled to its level, with its reason: excluded, the selection's own,
    and prerequisites only a deferred skill needed."""
    out = [
        Deferral(
            skill_id=g.skill_id,
            reason=t(
                lang,
                "plan.defer.excluded" if g.skill_id in by_mentor else "plan.defer.excluded_user",
            ),
            kind="excluded",
        )
        for g in needs.gaps
        if g.skill_id in needs.excluded
    ]
    out += sel.deferred
    out += [
        Deferral(
            skill_id=s,
            reason=t(lang, "plan.defer.capped", hours=num(high), level=level_word(lang, level)),
            kind="after_switch",
        )
        for s, (level, high) in needs.capped.items()
        if s in sel.chosen and not any(d.skill_id == s for d in out)
    ]
    kinds = {d.skill_id: d.kind for d in out}
    left = [
        g.skill_id for g in needs.gaps if g.skill_id not in sel.chosen and g.skill_id not in kinds
    ]
    while left:  # a prerequisite only a deferred skill needed waits with it, the same way
        ready = [
            (s, users[0])
            for s in left
            if (users := sorted(u for u in kinds if s in kb.skills[u].prerequisites))
        ]
        key = "plan.defer.needed_by"
        if not ready:  # needed only by a skill the plan takes part of the way
            key = "plan.defer.deeper"
            ready = [
                (s, next((u for u in sel.chosen if s in kb.skills[u].prerequisites), s))
                for s in left
            ]
        for s, user in ready:
            later = kinds.get(user) == "after_switch" or sel.core_fits
            kind: DeferralKind = "after_switch" if later else "prerequisite"
            name = kb.skills[user].name.get(lang)
            why = t(lang, "plan.defer.later") if user == s else t(lang, key, name=name)
            out.append(Deferral(skill_id=s, reason=why, kind=kind))
            kinds[s] = kind
        left = [s for s in left if s not in kinds]
    return out


def ambitions_for(
    profile: Profile,
    said: Sequence[str],
    exp: Experience,
    role: Role | None,
    role_name: str,
    budget: Budget,
    relevant_years: float | None = None,
    core_fits: bool = False,
) -> list[AmbitionFlag]:
    asked = budget.asked_hours if budget.asked_hours is not None else profile.hours_per_week
    return assess_ambitions(
        AmbitionInput(
            profile_words(profile, said),
            exp,
            role,
            role_name,
            asked,
            budget.horizon,
            profile.language,
            relevant_years,
            core_fits,
            goal_words(profile),
        )
    )

"""Which roles fit an unsure person best, and why: the options of a numbered choice.

A role's ranking score weighs, for this person:
- fit: the weighted share of the role's required levels they already cover (transferable skills
  included); this is also the honest "you cover N %" figure shown to them;
- reuse: the share of the skills they named that the role puts to use;
- field: how much the role builds on the field they work in (a nurse's or an accountant's domain
  is what the non-coding AI roles need; an engineer's is what the engineering roles need);
- reach: whether the hours to close the gaps fit the hours and weeks they have;
- wishes: a role they want (or whose skills they want to learn) rises; a role they refused,
  or one that needs coding when they said they do not want to code, sinks.
Everything returned carries the knowledge base's ids; the words are rendered by the caller.
"""

from __future__ import annotations

import math
import re

from coach.engine.coding import closure as closure_of
from coach.engine.coding import coding_skills, needs_coding
from coach.engine.fields import (
    WorkField,
    avoids_coding,
    field_affinity,
    fields_of,
    writes_code,
)
from coach.engine.ranking_coding import programming_hours
from coach.engine.ranking_named import named_weights
from coach.engine.ranking_shown import covered, distinct_demand
from coach.engine.research import effective_skills, fit_score, gap_hours
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role
from coach.schemas import Profile, RoleCandidate, RoleOption, SourcedFact, Strength

MIN_CANDIDATES = 3
WEIGHTS = {"fit": 0.3, "reuse": 0.15, "field": 0.3, "reach": 0.25}
NO_CODING_PENALTY = 0.5
"""Subtracted from a coding role's score for someone who said they do not want to code (and
from a role they said they do not want)."""
WISH_WEIGHT = 0.2
"""Added for a role the person said they want, or whose skills they want to learn."""
CODER_NON_CODING_CAP = 0.2
"""A coder's field affinity for the non-coding role: their coding would go unused."""
DEMAND_TOPICS = ("skills_demand", "market", "trend", "non_coding", "salary", "fde")
"""Fact topics that speak about demand for a role, most telling first."""
MAX_STRENGTHS = 3
_DEMAND_WORDS = re.compile(
    r"\b(?:demand|scarce|hire[sd]?|hiring|sought|shortage|premium|valuable|valued|postings?|"
    r"employers?|strong plus|requirement)\b",
    re.IGNORECASE,
)


_CLAUSE = re.compile(r"[,，。;；.!?！？\n]+")


def quote(kb: KnowledgeBase, words: str, skill_id: str, limit: int = 80) -> str:
    """The clause of the user's ``words`` that names ``skill_id`` (or their start), short."""
    skill = kb.skills.get(skill_id)
    names = [skill.name.en, skill.name.zh, *skill.aliases] if skill is not None else []
    lowered = words.lower()
    for name in sorted((n for n in names if len(n) >= 2), key=len, reverse=True):
        at = lowered.find(name.lower())
        if at >= 0:
            starts = [m.end() for m in _CLAUSE.finditer(words) if m.end() <= at]
            ends = [m.start() for m in _CLAUSE.finditer(words) if m.start() > at]
            words = words[starts[-1] if starts else 0 : ends[0] if ends else len(words)]
            break
    words = words.strip()
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def _roots(kb: KnowledgeBase, profile: Profile) -> dict[str, tuple[str, str]]:
    """For every skill the user has (claimed or transferred), the claimed skill it comes from
    and the user's words for it. Background skills have no root: their words are the role."""
    roots: dict[str, tuple[str, str]] = {}
    for claim in profile.skills:
        if claim.skill_id is None or claim.level <= 0:
            continue
        stack = [claim.skill_id]
        while stack:
            current = stack.pop()
            if current in roots:
                continue
            roots[current] = (claim.skill_id, claim.evidence)
            skill = kb.skills.get(current)
            if skill is not None:
                stack.extend(i.skill_id for i in skill.implies)
    return roots


def strengths(kb: KnowledgeBase, profile: Profile, role: Role) -> list[Strength]:
    """The role's required skills the user has, most valuable first, with their words."""
    have = effective_skills(profile, kb)
    roots = _roots(kb, profile)
    scored: list[tuple[float, Strength]] = []
    for req in role.required:
        level = min(have.get(req.skill_id, (0, ""))[0], req.level)
        if level <= 0:
            continue
        root = roots.get(req.skill_id)
        if root is not None:
            via = None if root[0] == req.skill_id else root[0]
            words = quote(kb, root[1], root[0])
        else:
            via, words = None, _background_words(profile)
        strength = Strength(skill_id=req.skill_id, level=level, words=words, via=via)
        scored.append((req.weight * level / req.level, strength))
    scored.sort(key=lambda x: (-x[0], x[1].skill_id))
    return [s for _, s in scored[:MAX_STRENGTHS]]


_BACKGROUND_LIMIT = 80


def _background_words(profile: Profile) -> str:
    """The person's own words for their job and its years ("当了7年副校长"), when the profile
    keeps them; else the job and years as the profile holds them (U5-9: a quote is what they
    said, never a title built for them)."""
    said = [
        w.strip()
        for w in (profile.evidence.get("current_role"), profile.evidence.get("years_experience"))
        if w and w.strip()
    ]
    if said:
        if len(said) == 2 and (said[0] in said[1] or said[1] in said[0]):
            said = [max(said, key=len)]
        sep = "，" if profile.language == "zh" else ", "
        words = sep.join(dict.fromkeys(said))
        if len(words) <= _BACKGROUND_LIMIT:
            return words
        return words[: _BACKGROUND_LIMIT - 1].rstrip() + "…"
    role = profile.current_role or ""
    if profile.years_experience is None:
        return role
    if profile.language == "zh":
        return f"{role}，{profile.years_experience:g} 年"
    unit = "year" if profile.years_experience == 1 else "years"
    return f"{role}, {profile.years_experience:g} {unit}"


def biggest_gap(kb: KnowledgeBase, profile: Profile, role: Role) -> tuple[str | None, int]:
    """The required skill whose gap weighs most, and the hours from the user's level to it."""
    have = effective_skills(profile, kb)
    best: tuple[float, str, int] | None = None
    for req in role.required:
        level = have.get(req.skill_id, (0, ""))[0]
        if level >= req.level:
            continue
        skill = kb.skills.get(req.skill_id)
        hours = 0
        if skill is not None:
            hours = max(0, skill.hours.get(req.level, 0) - skill.hours.get(level, 0))  # type: ignore[call-overload]
        weight = req.weight * (req.level - level) / req.level
        if best is None or (weight, hours) > (best[0], best[2]):
            best = (weight, req.skill_id, hours)
    return (best[1], best[2]) if best is not None else (None, 0)


def demand_facts(
    kb: KnowledgeBase, role: Role, profile: Profile, fields: list[WorkField] | None = None
) -> list[SourcedFact]:
    """Facts about demand for the role, from the sources, in the user's language, best first:
    those that speak of the person's field ("finance, healthcare...") first, then by topic."""
    tagged = [f for f in kb.facts.values() if role.id in f.roles]
    # Only a domain field (healthcare, finance...) makes a fact about "finance" speak to them;
    # every fact mentions programmers and engineers.
    domains = [w for w in fields or [] if not w.codes]

    def about_field(fact_text: str) -> bool:
        return any(w.pattern.search(fact_text) for w in domains)

    ranked = sorted(
        (f for f in tagged if f.topic in DEMAND_TOPICS or _DEMAND_WORDS.search(f.text.en)),
        key=lambda f: (
            not about_field(f.text.en + " " + f.text.zh),
            -len(_DEMAND_WORDS.findall(f.text.en)),
            DEMAND_TOPICS.index(f.topic) if f.topic in DEMAND_TOPICS else len(DEMAND_TOPICS),
            len(f.roles),
            f.id,
        ),
    )
    return [
        SourcedFact(fact_id=f.id, text=f.text.get(profile.language), source_id=f.source_id)
        for f in ranked
    ]


def _implied(kb: KnowledgeBase, skill_id: str) -> set[str]:
    seen: set[str] = set()
    stack = [skill_id]
    while stack:
        current = stack.pop()
        if current not in seen:
            seen.add(current)
            skill = kb.skills.get(current)
            stack.extend(i.skill_id for i in skill.implies) if skill is not None else None
    return seen


def reuse(kb: KnowledgeBase, profile: Profile, role: Role) -> float:
    """Share of the skills the user named that the role puts to use: fully when the role
    requires it (or a skill it shows), half when it is only a prerequisite of a requirement."""
    claimed = sorted({c.skill_id for c in profile.skills if c.skill_id and c.level > 0})
    if not claimed:
        return 0.0
    required = {r.skill_id for r in role.required}
    closure = closure_of(kb, list(required))
    total = 0.0
    for skill_id in claimed:
        shown = _implied(kb, skill_id)
        total += 1.0 if shown & required else 0.5 if shown & closure else 0.0
    return total / len(claimed)


def wished(profile: Profile, role: Role) -> float:
    """How much of what the person said they want the role is about (0..1): 1 for the role
    itself, else the weighted share of the skills they want to learn that it requires.
    Profiles from the understanding package carry these wishes (``wants``)."""
    wants = getattr(profile, "wants", None) or []
    if any(getattr(w, "role_id", None) == role.id for w in wants):
        return 1.0
    wanted = {str(w.skill_id) for w in wants if getattr(w, "skill_id", None)}
    if not wanted:
        return 0.0
    weights = {r.skill_id: r.weight for r in role.required}
    return sum(weights.get(s, 0.0) for s in wanted) / len(wanted)


def refused_roles(profile: Profile) -> set[str]:
    """Roles the person said they do not want ("anything but MLOps")."""
    return {
        str(w.role_id) for w in getattr(profile, "avoid", None) or [] if getattr(w, "role_id", None)
    }


def _reach(profile: Profile, hours: int, nearest: int) -> tuple[float, int | None]:
    """How reachable the role is (0..1), and the weeks its gaps take at the user's pace.

    Half is the share of the gaps the user's budget (hours x weeks) covers; half is how near
    the role is compared with the nearest role, so that with a budget too small for any role
    the nearest ones still come first."""
    nearness = 1.0 if hours <= 0 else min(1.0, max(nearest, 1) / hours)
    if not profile.hours_per_week:
        return 0.5 * 0.5 + 0.5 * nearness, None
    weeks = math.ceil(hours / profile.hours_per_week) if hours else 0
    if not profile.horizon_weeks:
        return 0.5 * 0.5 + 0.5 * nearness, weeks
    budget = profile.hours_per_week * profile.horizon_weeks
    covered = 1.0 if hours <= budget else budget / hours
    return 0.5 * covered + 0.5 * nearness, weeks


def role_option(
    kb: KnowledgeBase,
    profile: Profile,
    role: Role,
    fields: list[WorkField],
    coder: bool,
    nearest: int = 0,
) -> RoleOption:
    """One role as an option for this person, with its ranking score (``nearest``: the fewest
    gap hours of any role being ranked)."""
    fit, _ = fit_score(kb, profile, role.id)
    hours = gap_hours(kb, profile, role.id)
    reach, weeks = _reach(profile, hours, nearest or hours)
    coding = needs_coding(kb, role)
    affinity = field_affinity(fields, role.family)
    if coder and not coding:
        affinity = min(affinity, CODER_NON_CODING_CAP)
    score = (
        WEIGHTS["fit"] * fit
        + WEIGHTS["reuse"] * reuse(kb, profile, role)
        + WEIGHTS["field"] * affinity
        + WEIGHTS["reach"] * reach
    )
    score += WISH_WEIGHT * wished(profile, role)
    if (coding and avoids_coding(profile)) or role.id in refused_roles(profile):
        score -= NO_CODING_PENALTY
    used = [f for f in fields if f.families.get(role.family, 0.0) >= 0.5]
    gap_skill, gap_skill_hours = biggest_gap(kb, profile, role)
    return RoleOption(
        role_id=role.id,
        role_name=role.name.get(profile.language),
        fit=fit,
        score=round(score, 6),
        strengths=strengths(kb, profile, role),
        gap_skill=gap_skill,
        gap_skill_hours=gap_skill_hours,
        gap_hours=hours,
        weeks_needed=weeks,
        needs_coding=coding,
        uses_field=used[0].id if used and affinity >= 0.5 else None,
        demand=demand_facts(kb, role, profile, fields),
    )


def role_options(
    kb: KnowledgeBase,
    profile: Profile,
    k: int = MIN_CANDIDATES,
    only: list[str] | None = None,
    exclude: list[str] | None = None,
) -> list[RoleOption]:
    """The roles that fit ``profile`` best, best first: ``k`` of them (at least three when the
    knowledge base has them), or exactly the roles in ``only`` (a close call) ranked. Roles in
    ``exclude`` (turned down) are left out, unless that leaves none."""
    fields = fields_of(profile)
    coder = writes_code(profile, fields, coding_skills(kb))
    ids = [r for r in (only or []) if r in kb.roles] or list(kb.roles)
    ids = [r for r in ids if r not in (exclude or [])] or ids
    nearest = min(gap_hours(kb, profile, r) for r in ids)
    options = [role_option(kb, profile, kb.roles[r], fields, coder, nearest) for r in ids]
    options.sort(key=lambda o: (-o.score, o.gap_hours, o.role_id))
    shown = options if only else covered(options, profile, max(k, MIN_CANDIDATES))
    if not only and not coder and all(o.needs_coding for o in shown):
        # someone who does not code always sees the best role without coding among the options
        plain = [o for o in options if not o.needs_coding]
        if plain:
            shown = [*shown[:-1], plain[0]]
    if not only:
        shown = _with_lean(kb, profile, options, shown)
    return distinct_demand(shown)


LEAN = 0.5
"""How much of what an unsure person wants a role must be about for it to be shown whatever
its rank ("idk, maybe agents?": the agent role is among the options)."""


def _with_lean(
    kb: KnowledgeBase, profile: Profile, options: list[RoleOption], shown: list[RoleOption]
) -> list[RoleOption]:
    """The role an unsure person leans to (their wanted skills are what it is about) stays
    among the options: it replaces the last one that is not their only role without coding."""
    leans = sorted(
        (o for o in options if wished(profile, kb.roles[o.role_id]) >= LEAN),
        key=lambda o: -wished(profile, kb.roles[o.role_id]),
    )
    if not leans or any(o.role_id == leans[0].role_id for o in shown) or not shown:
        return shown
    plain = [o for o in shown if not o.needs_coding]
    keep = plain[0].role_id if len(plain) == 1 else None
    at = next((n for n in range(len(shown) - 1, -1, -1) if shown[n].role_id != keep), None)
    if at is None:
        return shown
    return [*shown[:at], leans[0], *shown[at + 1 :]]


def rank_roles(kb: KnowledgeBase, profile: Profile, k: int = 3) -> list[RoleCandidate]:
    """Roles for an unsure user, best first, as research candidates (fit and a one-line why)."""
    return [
        RoleCandidate(role_id=o.role_id, fit=o.fit, why=fit_score(kb, profile, o.role_id)[1])
        for o in role_options(kb, profile, k)
    ]


def closest_for_person(profile: Profile, kb: KnowledgeBase) -> Profile:
    """A target the knowledge base lacks ("AI 产品经理"): its closest roles by the words, joined
    by the two that fit this person best, ranked for the person (a product manager who never
    coded is not offered AI infrastructure first, and gets the roles without coding before the
    ones that need programming first). Other profiles come back unchanged."""
    by_words = [r for r in profile.target_candidates if r in kb.roles]
    if not profile.target_not_in_kb:
        return profile
    pool = list(dict.fromkeys([*by_words[:3], *(o.role_id for o in role_options(kb, profile)[:2])]))
    ranked = [o.role_id for o in role_options(kb, profile, only=pool)]
    # The skill the words name leads ("AI测试或者大模型评测": LLM evaluation is core to agent
    # engineering, a minor part of AI application work); the person's fit breaks ties.
    named = named_weights(profile.target_not_in_kb, kb, profile)
    # Someone who does not code is offered the roles without coding first; the others follow,
    # each said with the programming it needs first (see programming_hours).
    ranked = sorted(
        ranked, key=lambda r: (programming_hours(kb, profile, r) > 0, -named.get(r, 0.0))
    )[:3]
    if ranked == by_words[:3]:
        return profile
    return profile.model_copy(update={"target_candidates": ranked})


__all__ = ["closest_for_person", "named_weights", "programming_hours", "rank_roles", "role_options"]

"""The researcher's pure functions: what a role requires, how well a profile fits it, and
the pieces the ranking of roles uses (:mod:`coach.engine.ranking`). Everything returned carries the knowledge base's source ids.
"""

from __future__ import annotations

from coach.engine.coding import closure
from coach.engine.fields import field_skills, fields_of
from coach.engine.seniority import band_years, level_band, pay_level
from coach.engine.understand import apply_implied_skills
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Band, Fact, Role
from coach.knowledge.retrieval import KnowledgeIndex, get_index
from coach.schemas import (
    Language,
    Profile,
    RequiredSkill,
    RoleResearch,
    SalaryBand,
    SourcedFact,
)

SEARCH_FACTS = 3
"""Facts found by searching for the role's name, on top of the facts tagged with the role."""


def _relevant(fact: Fact, role: Role) -> bool:
    """Whether a fact found by search may be shown for ``role``: a general fact (no roles), or
    one about a nearer role on the way (a stepping stone). A fact about other roles only is not:
    "Python is the one language to master" would mislead someone moving into a non-coding role,
    and the non-technical path has nothing to say to an AI architect."""
    return not fact.roles or bool(set(fact.roles) & set(role.stepping_stones))


def level_for_years(years: float | None) -> str | None:
    """The seniority whose salary band fits ``years`` of experience (None when unknown)."""
    if years is None:
        return None
    if years < 2:
        return "junior"
    if years < 5:
        return "mid"
    if years <= 10:
        return "senior"
    return "staff"


def _role(kb: KnowledgeBase, role_id: str) -> Role:
    role = kb.roles.get(role_id)
    if role is None:
        raise KeyError(f"unknown role {role_id!r}; known: {', '.join(sorted(kb.roles))}")
    return role


_GENERIC_REGIONS = frozenset({"unspecified", "global", "any", "all"})


def _bands(role: Role, region: str | None, years: float | None) -> list[Band]:
    """The role's salary bands for the user's region and level in the role, theirs first.

    Region: that region's bands plus region-less ones, or every band when the region has none.
    Level: ``years`` are the years relevant to the role (engine/seniority.py); the band for
    them comes first, then the all-levels bands; unknown years keep every band.
    """
    bands = list(role.salary_bands)
    if region is not None:
        local = [b for b in bands if b.region.upper() == region.upper()]
        if local:
            bands = local + [b for b in bands if b.region.lower() in _GENERIC_REGIONS]
    if years is None:
        return bands
    mine = level_band(bands, years)
    if mine is None:
        return bands
    return [mine, *[b for b in bands if band_years(b) is None and b is not mine]]


def _facts(kb: KnowledgeBase, role: Role, index: KnowledgeIndex) -> list[SourcedFact]:
    tagged = sorted(f.id for f in kb.facts.values() if role.id in f.roles)
    seen = set(tagged)
    found: list[str] = []
    for query in (role.name.en, role.name.zh):
        for hit in index.search(query, k=SEARCH_FACTS, kinds={"fact"}):
            if hit.id not in seen and hit.id in kb.facts and _relevant(kb.facts[hit.id], role):
                seen.add(hit.id)
                found.append(hit.id)
    return [
        SourcedFact(fact_id=fid, text=kb.facts[fid].text.en, source_id=kb.facts[fid].source_id)
        for fid in [*tagged, *found[:SEARCH_FACTS]]
    ]


def required_skills(role: Role) -> list[RequiredSkill]:
    """The role's requirements as the research contract carries them (with their sources)."""
    return [
        RequiredSkill(skill_id=r.skill_id, level=r.level, weight=r.weight, source_id=r.source_id)
        for r in role.required
    ]


def research_role(
    kb: KnowledgeBase,
    profile: Profile,
    role_id: str,
    *,
    index: KnowledgeIndex | None = None,
) -> RoleResearch:
    """What ``role_id`` requires, what it pays where the user is, facts about it, and the fit.

    Fact texts are in the profile's language. Raises ``KeyError`` for an unknown role.
    """
    role = _role(kb, role_id)
    level = pay_level(profile, role, kb)
    index = index if index is not None else get_index(kb)
    fit, _ = fit_score(kb, profile, role_id)
    facts = [
        f.model_copy(update={"text": kb.facts[f.fact_id].text.get(profile.language)})
        for f in _facts(kb, role, index)
    ]
    return RoleResearch(
        role_id=role.id,
        role_name=role.name.get(profile.language),
        fit=fit,
        required_skills=required_skills(role),
        facts=facts,
        salary_bands=[
            SalaryBand.model_validate(b.model_dump())
            for b in _bands(role, level.region, level.relevant_years)
        ],
        pay_level=level,
    )


def _skill_name(kb: KnowledgeBase, skill_id: str, language: Language) -> str:
    skill = kb.skills.get(skill_id)
    return skill.name.get(language) if skill is not None else skill_id


def effective_skills(profile: Profile, kb: KnowledgeBase) -> dict[str, tuple[int, str]]:
    """What the user can do, as the fit and the ranking count it: their skills with what those
    imply, and the skills their field of work shows (a nurse's judgment, a teacher's
    communication), with the user's words (or their stated background) as evidence."""
    have = apply_implied_skills(profile, kb)
    if not profile.current_role and not fields_of(profile):
        return have
    role = profile.current_role or ""
    years = "" if profile.years_experience is None else f" ({profile.years_experience:g})"
    for skill_id, level in field_skills(profile).items():
        if skill_id in kb.skills and level > have.get(skill_id, (0, ""))[0]:
            have[skill_id] = (level, f"{role}{years}".strip())
    return have


def fit_score(kb: KnowledgeBase, profile: Profile, role_id: str) -> tuple[float, str]:
    """Weighted share of the role's required levels the user already has (with transferable
    skills), in [0, 1], and a one-line reason in the profile's language."""
    role = _role(kb, role_id)
    have = effective_skills(profile, kb)
    lang = profile.language
    total = sum(r.weight for r in role.required)
    covered = 0.0
    strengths: list[tuple[float, str]] = []
    gaps: list[tuple[float, str]] = []
    for req in role.required:
        level = have.get(req.skill_id, (0, ""))[0]
        share = min(level, req.level) / req.level
        covered += req.weight * share
        if share > 0:
            strengths.append((req.weight * share, req.skill_id))
        if share < 1:
            gaps.append((req.weight * (1 - share), req.skill_id))
    fit = round(covered / total, 3) if total > 0 else 0.0
    fit = min(1.0, max(0.0, fit))
    top = [_skill_name(kb, s, lang) for _, s in sorted(strengths, key=lambda x: (-x[0], x[1]))[:2]]
    missing = [_skill_name(kb, s, lang) for _, s in sorted(gaps, key=lambda x: (-x[0], x[1]))[:2]]
    name = role.name.get(lang)
    pct = round(fit * 100)
    if lang == "zh":
        reason = f"你已具备{name}所需能力的 {pct}%"
        reason += f"；可迁移的强项：{'、'.join(top)}" if top else "；目前还没有直接对应的技能"
        reason += f"；最大差距：{'、'.join(missing)}。" if missing else "；没有明显差距。"
    else:
        reason = f"You already cover {pct}% of what the {name} role needs"
        reason += (
            f"; strongest transferable skills: {', '.join(top)}"
            if top
            else "; none of your skills map onto it yet"
        )
        reason += f"; biggest gaps: {', '.join(missing)}." if missing else "; no major gaps."
    return fit, reason


def gap_hours(kb: KnowledgeBase, profile: Profile, role_id: str) -> int:
    """Hours of study from the user's levels to the role's required levels, as the planner
    counts them (:func:`coach.engine.planner.estimate.gap_hours_for`: one computation for the
    role list and the plan), so a role that needs coding is far for someone who never coded."""
    from coach.engine.planner.estimate import gap_hours_for  # the planner builds on research

    role = _role(kb, role_id)
    research = RoleResearch(
        role_id=role.id,
        role_name=role.name.get(profile.language),
        fit=0.0,
        required_skills=required_skills(role),
    )
    return gap_hours_for(profile, research, kb)


def raw_gap_hours(kb: KnowledgeBase, profile: Profile, role_id: str) -> int:
    """The knowledge base's hours from the user's levels to the role's required levels, with
    missing prerequisites to level 1, unscaled by experience."""
    role = _role(kb, role_id)
    have = effective_skills(profile, kb)
    need: dict[str, int] = {}
    stack: list[tuple[str, int]] = [(r.skill_id, r.level) for r in role.required]
    while stack:
        skill_id, level = stack.pop()
        skill = kb.skills.get(skill_id)
        if skill is None or level <= need.get(skill_id, 0):
            continue
        need[skill_id] = level
        if have.get(skill_id, (0, ""))[0] < level:
            stack.extend((p, 1) for p in skill.prerequisites)
    hours = 0
    for skill_id, level in need.items():
        current = have.get(skill_id, (0, ""))[0]
        if current < level:
            table = kb.skills[skill_id].hours
            done = next((h for lv, h in table.items() if lv == current), 0)
            target = next((h for lv, h in table.items() if lv == level), 0)
            hours += max(0, target - done)
    return hours


def _reach(kb: KnowledgeBase, skill_id: str) -> set[str]:
    """A skill and every skill it implies, transitively."""
    seen: set[str] = set()
    stack = [skill_id]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        skill = kb.skills.get(current)
        if skill is not None:
            stack.extend(i.skill_id for i in skill.implies)
    return seen


def _role_closure(kb: KnowledgeBase, role: Role) -> set[str]:
    """The role's required skills and all their prerequisites."""
    return closure(kb, [r.skill_id for r in role.required])


def reuse_share(kb: KnowledgeBase, profile: Profile, role_id: str) -> float:
    """Share of the skills the user named that the role puts to use (directly, through a skill
    they imply, or as a prerequisite of a required skill). 0 when the user named none."""
    claimed = sorted({c.skill_id for c in profile.skills if c.skill_id and c.level > 0})
    if not claimed:
        return 0.0
    closure = _role_closure(kb, _role(kb, role_id))
    used = sum(1 for s in claimed if _reach(kb, s) & closure)
    return used / len(claimed)

"""The years a posting asks for a skill, against the years the person shows it (pure): of the
CV's jobs whose lines name it or a skill implying it, of the work itself for what work teaches,
or, with no CV to date it, of the job whose title names it."""

from __future__ import annotations

from typing import Any

from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile

WORKING_LEVEL = 2


WORK_TAUGHT_CATEGORIES = frozenset({"soft", "product"})
WORK_TAUGHT_SKILLS = frozenset({"domain_expertise", "operations_management"})
"""Skills the work itself teaches (leading people, a field's knowledge, talking to customers):
years of that work meet a requirement's years ("5+ years leading clinical or operations teams"
for a nurse manager of 14 years), where hours of study would not."""


def work_taught(kb: KnowledgeBase, skill_id: str) -> bool:
    skill = kb.skills.get(skill_id)
    return skill is not None and (
        skill.category in WORK_TAUGHT_CATEGORIES or skill.id in WORK_TAUGHT_SKILLS
    )


def met_by_years(req: Any, item: Any, years_of: float | None) -> bool:
    """ "5+ years of backend engineering" for a Java engineer of 12 years whose jobs show it at
    working level: the years meet the level the years ask for."""
    return (
        req.years is not None
        and years_of is not None
        and years_of >= req.years
        and item.have >= WORKING_LEVEL
        and item.gap_hours > 0
    )


def years_shown(
    kb: KnowledgeBase,
    skill_id: str,
    skill_years: dict[str, float],
    levels: dict[str, tuple[int, str]],
    profile: Profile,
) -> float | None:
    """The years the CV shows a skill in: of the jobs whose lines name it or a skill that
    implies it at the person's level (Spring Boot for back-end work); for a skill the work
    itself teaches, the years of work."""
    shown = [skill_years[skill_id]] if skill_id in skill_years else []
    for other, years in skill_years.items():
        skill = kb.skills.get(other)
        level = levels.get(other, (0, ""))[0]
        if skill is not None and any(
            i.skill_id == skill_id and i.min_level <= level for i in skill.implies
        ):
            shown.append(years)
    dated_by_job = work_taught(kb, skill_id) or (
        not skill_years and skill_id in _role_skills(kb, profile)
    )
    if not shown and levels.get(skill_id, (0, ""))[0] and dated_by_job:
        # no CV's jobs to date it: the years of the job that names it ("senior Java engineer,
        # 12 years": Java, and the back-end work Java implies)
        return profile.years_experience
    return max(shown) if shown else None


def _role_skills(kb: KnowledgeBase, profile: Profile) -> set[str]:
    """The skills the person's job title names, with what they imply."""
    from coach.knowledge.lexicon import get_lexicon

    named = {m.id for m in get_lexicon(kb).find_skills(profile.current_role or "")}
    out = {s for s in named if s in kb.skills}
    for skill_id in list(out):
        out |= {i.skill_id for i in kb.skills[skill_id].implies}
    return out

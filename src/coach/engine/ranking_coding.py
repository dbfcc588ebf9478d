"""The programming a person must learn before a role's own work; split out of
:mod:`coach.engine.ranking`.
"""

from __future__ import annotations

from coach.engine.coding import coding_skills, needs_coding
from coach.engine.fields import fields_of, writes_code
from coach.engine.research import effective_skills
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile


def programming_hours(kb: KnowledgeBase, profile: Profile, role_id: str) -> int:
    """Hours of programming (the coding skills among the role's needs and their prerequisites)
    this person must learn before the role's own work: 0 for someone who codes or a role that
    needs no coding."""
    role = kb.roles.get(role_id)
    coding = coding_skills(kb)
    if role is None or not needs_coding(kb, role):
        return 0
    if writes_code(profile, fields_of(profile), coding):
        return 0
    have = effective_skills(profile, kb)
    need: dict[str, int] = {}
    stack: list[tuple[str, int]] = [(r.skill_id, r.level) for r in role.required]
    while stack:
        skill_id, level = stack.pop()
        skill = kb.skills.get(skill_id)
        if skill is None or level <= need.get(skill_id, 0):
            continue
        need[skill_id] = level
        stack.extend((p, 1) for p in skill.prerequisites)
    hours = 0
    for skill_id, level in need.items():
        current = have.get(skill_id, (0, ""))[0]
        if skill_id in coding and current < level:
            table = kb.skills[skill_id].hours
            hours += max(0, table.get(level, 0) - table.get(current, 0))  # type: ignore[call-overload]
    return hours

"""Skills a profile shows without naming them: its background and what its skills imply."""

from __future__ import annotations

import re

from coach.engine.fields import field_skills
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile

DOMAIN_SKILL = "domain_expertise"
"""Anyone with a job knows its industry: a stated background shows this skill (if the KB has it)."""
COMMUNICATION_SKILL = "communication"
"""Two years in any job show everyday working communication at level 1; two years as a manager
or lead (who explains, negotiates and reports every day) show it at level 2."""
BACKGROUND_YEARS = 2.0
_LEAD_TITLE = re.compile(
    r"\b(?:manager|lead|head|director|supervisor|principal|chief|vp|owner|founder)\b"
    r"|经理|主管|总监|负责人|组长|主任|领导|老板|创始人|合伙人",
    re.IGNORECASE,
)


def _background_evidence(profile: Profile) -> str:
    role = profile.current_role or ""
    years = profile.years_experience
    if profile.language == "zh":
        when = f"（{years:g} 年）" if years is not None else ""
        return f"来自你的背景：{role}{when}"
    when = f" ({years:g} years)" if years is not None else ""
    return f"from your background: {role}{when}"


def _from_background(profile: Profile, kb: KnowledgeBase) -> dict[str, tuple[int, str]]:
    """Skills a stated job shows by itself: industry knowledge (level 2 after two years, else 1)
    and, after two years, working communication (level 2 for managers and leads)."""
    if not profile.current_role:
        return {}
    years = profile.years_experience
    seasoned = years is not None and years >= BACKGROUND_YEARS
    evidence = _background_evidence(profile)
    out: dict[str, tuple[int, str]] = {}
    if DOMAIN_SKILL in kb.skills:
        out[DOMAIN_SKILL] = (2 if seasoned else 1, evidence)
    if COMMUNICATION_SKILL in kb.skills and seasoned:
        lead = bool(_LEAD_TITLE.search(profile.current_role))
        out[COMMUNICATION_SKILL] = (2 if lead else 1, evidence)
    for skill_id, level in field_skills(profile).items():  # the field's own skills (fields.py)
        if skill_id in kb.skills and level > out.get(skill_id, (0, ""))[0]:
            out[skill_id] = (level, evidence)
    return out


def apply_implied_skills(profile: Profile, kb: KnowledgeBase) -> dict[str, tuple[int, str]]:
    """Effective level and evidence of every skill the user has, with transferable skills.

    A claimed skill at ``min_level`` or above shows each skill it ``implies`` at that level
    (followed transitively); the higher of claimed and implied wins. A stated current role also
    shows industry knowledge (``domain_expertise``): level 2 after two years or more, else 1;
    and two years or more in it show working ``communication`` (1; 2 for managers and leads).
    """
    # skill id -> (level, evidence, the user's own words behind it)
    have: dict[str, tuple[int, str, str]] = {}
    # What the person says they do not know ("其实我不会Git") no background or skill implies.
    denied = {c.skill_id for c in profile.skills if c.skill_id and c.level <= 0}
    # What they say they want to learn ("想往大模型评测方向转") is not shown by their other
    # skills: they say they do not have it yet (only their own words can claim it).
    denied |= {w.skill_id for w in profile.wants if w.skill_id}
    for claim in profile.skills:
        if claim.skill_id is None or claim.level <= 0:
            continue
        old = have.get(claim.skill_id)
        if old is None or claim.level > old[0]:
            have[claim.skill_id] = (int(claim.level), claim.evidence, claim.evidence)
    template = "由{sid}推断：{words}" if profile.language == "zh" else "implied by {sid}: {words}"
    # a skill the person names at their own level ("basic SQL") is not raised by what their
    # field usually knows (a people-analytics field's working SQL)
    said = {c.skill_id for c in profile.skills if c.skill_id and c.level > 0}
    for skill_id, (level, evidence) in _from_background(profile, kb).items():
        if skill_id in said:
            continue
        if skill_id not in denied and level > have.get(skill_id, (0, "", ""))[0]:
            have[skill_id] = (level, evidence, evidence)
    changed = True
    while changed:
        changed = False
        for skill_id in sorted(have):
            level, _, words = have[skill_id]
            skill = kb.skills.get(skill_id)
            if skill is None:
                continue
            for imp in skill.implies:
                current = have.get(imp.skill_id)
                if imp.skill_id in denied:
                    continue
                if level >= imp.min_level and (current is None or imp.level > current[0]):
                    evidence = template.format(sid=skill.name.get(profile.language), words=words)
                    have[imp.skill_id] = (imp.level, evidence, words)
                    changed = True
    return {sid: (level, evidence) for sid, (level, evidence, _) in have.items()}

"""Merging a turn's skill claims into the profile's: corrections win, a "not" is kept at level
0, and one turn naming a skill by two words keeps the strongest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.schemas import Level, SkillClaim

if TYPE_CHECKING:
    from coach.engine.understand.skills import _Claim


def _strongest_per_words(claims: list[_Claim]) -> list[_Claim]:
    """One turn naming a skill by two different words ("js/ts都熟，偶尔写点node接口"): each says
    how well the person knows a part of it, and the strongest stands; the same words said
    again ("Python... well, a bit of Python") are the later say."""
    out: list[_Claim] = []
    for claim in claims:
        earlier = [c for c in out if c.skill_id == claim.skill_id and not c.negated]
        if (
            not claim.negated
            and earlier
            and all(c.words != claim.words for c in earlier)
            and max(c.level for c in earlier) > claim.level
        ):
            continue
        out.append(claim)
    return out


def merge_skills(prior: list[SkillClaim], claims: list[_Claim]) -> list[SkillClaim]:
    claims = _strongest_per_words(claims)
    merged: dict[str, SkillClaim] = {}
    order: list[str] = []
    for claim in prior:
        key = claim.skill_id or f"raw:{claim.raw}"
        if key not in merged:
            order.append(key)
        merged[key] = claim
    for new in claims:
        key = new.skill_id
        old = merged.get(key)
        if new.negated:  # "I don't know Git": kept at level 0, so nothing implies it back
            if key not in merged:
                order.append(key)
            merged[key] = SkillClaim(skill_id=key, level=0, evidence=new.evidence)
            continue
        level = new.level if new.explicit or old is None else max(old.level, new.level)
        evidence = new.evidence if old is None or level != old.level else old.evidence
        if key not in merged:
            order.append(key)
        merged[key] = SkillClaim(skill_id=key, level=_level(level), evidence=evidence)
    return [merged[k] for k in order]


def _level(value: int) -> Level:
    if value <= 0:
        return 0
    if value == 1:
        return 1
    if value == 2:
        return 2
    return 3

"""The person's level in the TARGET role and the region their pay band is for.

The level a salary band is picked by is not the person's total years of work: ten years of
teaching do not make someone a principal AI engineer. Years count in full only when the person
already does the target work (their current role names the target role); years in a field the
role builds on count partly (the field's affinity with the role's family, times
:data:`TRANSFER_SHARE`, and at most :data:`TRANSFER_CAP_YEARS`); years in an unrelated field
count not at all.

The region is the profile's; when the profile has none, the conversation language is a weak
default (Chinese: China, English: the United States), and the result says which it was.

Pure: a profile and a role in, a :class:`~coach.schemas.PayLevel` out.
"""

from __future__ import annotations

import re

from coach.engine.fields import FIELD_BY_ID, fields_of
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Band, Role
from coach.schemas import PayLevel, Profile, RegionFrom, SalaryBand

TRANSFER_SHARE = 0.5
"""How much a year in a field the role builds on counts, at full affinity (software for an
application engineer): a career changer enters about one level below their seniority."""
TRANSFER_CAP_YEARS = 6.5
"""At most this many years count from a field outside AI, however long the career: the sources'
top level (7+ years: sets the company's AI strategy, does frontier research) takes years of AI
work itself, so a 22-year COBOL veteran is not hired as a principal AI engineer."""
OTHER_AI_ROLE_SHARE = 0.75
"""A year in another AI role of the knowledge base (an ML engineer moving to agents)."""
LANGUAGE_REGION = {"zh": "CN", "en": "US"}
"""The weak default region for a conversation language (said as such to the user)."""
_YEARS_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*(?:years|yrs|年)")
_YEARS_PLUS = re.compile(r"(\d+(?:\.\d+)?)\s*\+\s*(?:years|yrs|年)")
_MIN_ALIAS = 4
_WORD_YEARS = {
    "junior": (0.0, 2.0),
    "entry": (0.0, 2.0),
    "mid": (2.0, 5.0),
    "intermediate": (2.0, 5.0),
    "senior": (5.0, 10.0),
    "staff": (10.0, float("inf")),
    "principal": (10.0, float("inf")),
    "lead": (10.0, float("inf")),
    "expert": (10.0, float("inf")),
    "director": (10.0, float("inf")),
}
"""Years for a band whose level is only a word ("senior"), as research.level_for_years reads
them."""


def _names(role: Role) -> list[str]:
    raw = [role.name.en, role.name.zh, *role.aliases]
    return [a.casefold() for a in raw if len(a) >= _MIN_ALIAS]


def _does(current: str, role: Role) -> bool:
    """Whether the words of a current role name ``role`` ("LLM inference engineer")."""
    words = current.casefold()
    return any(name in words for name in _names(role))


def _region(profile: Profile) -> tuple[str | None, RegionFrom]:
    if profile.region:
        return profile.region.upper(), "profile"
    default = LANGUAGE_REGION.get(profile.language)
    return (default, "language") if default else (None, "none")


def _codes(profile: Profile, kb: KnowledgeBase | None) -> bool:
    """Whether the person programs at working level (a language they use at work)."""
    if kb is None:
        return False
    return any(
        c.skill_id in kb.skills and kb.skills[c.skill_id].category == "programming" and c.level >= 2
        for c in profile.skills
    )


def pay_level(profile: Profile, role: Role, kb: KnowledgeBase | None = None) -> PayLevel:
    """How many of the person's years count toward ``role``, and the region of their pay.

    With ``kb``, a current AI role other than the target counts more than a field's affinity
    would (an ML engineer moving into agents), and someone who programs at working level in a
    field of its own (a bank's solutions architect with Java) counts as a software engineer."""
    region, region_from = _region(profile)
    years = profile.years_experience
    current = profile.current_role or ""
    fields = fields_of(profile)
    if _codes(profile, kb) and FIELD_BY_ID["software"] not in fields:
        fields = [*fields, FIELD_BY_ID["software"]]
    best = max(fields, key=lambda f: f.families.get(role.family, 0.0), default=None)
    others = [r for r in (kb.roles.values() if kb else []) if r.id != role.id]
    if current and _does(current, role):
        share, field_id = 1.0, "target"
    elif current and any(_does(current, r) for r in others):
        share, field_id = OTHER_AI_ROLE_SHARE, "ai"
    elif best is not None:
        share, field_id = TRANSFER_SHARE * best.families.get(role.family, 0.0), best.id
    else:
        share, field_id = 0.0, None
    relevant = None if years is None else round(years * share * 2) / 2
    if relevant is None and share == 0 and current:  # unrelated work: its years count nothing
        relevant = 0.0
    if relevant is not None and field_id not in ("target", "ai"):
        relevant = min(relevant, TRANSFER_CAP_YEARS)
    return PayLevel(
        years=years,
        relevant_years=relevant,
        share=round(share, 2),
        field=field_id,
        current_role=profile.current_role,
        region=region,
        region_from=region_from,
    )


def band_years(band: Band | SalaryBand) -> tuple[float, float] | None:
    """The years a band's level is for ("mid (2-4 years)" -> (2, 4); "7+ years" -> (7, inf));
    None for an all-levels band or one whose level gives no years."""
    text = band.level.lower()
    if text.startswith(("all", "any")):
        return None
    m = _YEARS_RANGE.search(text)
    if m:
        return float(m.group(1)), float(m.group(2))
    m = _YEARS_PLUS.search(text)
    if m:
        return float(m.group(1)), float("inf")
    return _WORD_YEARS.get(re.split(r"[\s/(]+", text.strip(), maxsplit=1)[0])


def level_band(bands: list[Band], years: float) -> Band | None:
    """The band for ``years`` of relevant experience: the one whose range holds them, else the
    highest band that starts at or below them (a role whose bands stop at senior), else the
    lowest band (a role whose bands start above them: its entry level); None with no levels."""
    ranged = [(r, b) for b in bands if (r := band_years(b)) is not None]
    for (low, high), band in ranged:
        if low <= years < high:
            return band
    below = [(r, b) for r, b in ranged if r[0] <= years]
    if below:
        return max(below, key=lambda rb: rb[0][0])[1]
    return min(ranged, key=lambda rb: rb[0][0])[1] if ranged else None

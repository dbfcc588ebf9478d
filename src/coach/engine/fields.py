"""The field a person works in, read from their own words, and how much each role family puts
that field to use. The ranking of roles for an unsure person weighs it: a nurse or an accountant
is shown the roles that use their domain first, an engineer the engineering roles.

Pure data and functions: a profile in, field ids out.
"""

from __future__ import annotations

import re

from coach.engine.coding import NO_CODING, avoids_coding, refuses_coding
from coach.engine.field_table import FIELDS, WorkField
from coach.schemas import Profile

FIELD_BY_ID = {f.id: f for f in FIELDS}
SEASONED_YEARS = 2.0


def _evidence_words(profile: Profile) -> str:
    return " \n ".join(c.evidence for c in profile.skills if c.evidence)


def fields_of(profile: Profile) -> list[WorkField]:
    """The fields the person's words show, in table order (most specific first).

    "Software" only counts when no more specific field matched the same words, so a "test
    engineer" is in testing and a "data engineer" in data, not in generic software work.
    """
    found: list[WorkField] = []
    # Their current role first; the sentences that showed their skills when it says nothing.
    for words in (profile.current_role or "", _evidence_words(profile)):
        found = fields_in(words)
        if found:
            break
    specific_tech = [f for f in found if f.codes and f.id != "software"]
    if specific_tech:
        found = [f for f in found if f.id != "software"]
    return found


def fields_in(words: str) -> list[WorkField]:
    """Every field ``words`` show, in table order: the experience model's reader (all of a
    person's background counts, not only the most specific field)."""
    if not words:
        return []
    named = {f.id for f in FIELDS if f.pattern.search(words)}
    generic = {f.id for f in FIELDS if _unqualified(f, words)}
    return [f for f in FIELDS if f.id in named or f.id in generic]


_QUALIFIER_REACH = 30


def _unqualified(work: WorkField, words: str) -> bool:
    """Whether ``work``'s generic word stands for it somewhere in ``words``: "engineer" alone or
    "Java engineer" is a software engineer; "civil engineer", "土木工程师" name their own field."""
    if work.generic is None:
        return False
    for match in work.generic.finditer(words):
        qualifier = words[max(0, match.start() - _QUALIFIER_REACH) : match.start()]
        qualifier = re.split(r"[,.;!?，。；！？\n]|\band\b|和|及", qualifier)[-1]
        if not any(f.id != work.id and f.pattern.search(qualifier) for f in FIELDS):
            return True
    return False


def field_skills(profile: Profile) -> dict[str, int]:
    """Skills the person's field shows by itself (a nurse's clinical judgment, a teacher's
    communication): each field's levels after two years in it, level 1 with fewer or unknown."""
    years = profile.years_experience
    seasoned = years is not None and years >= SEASONED_YEARS
    out: dict[str, int] = {}
    found = fields_of(profile)
    ids = {f.id for f in found}
    for work in found:
        # without the field it needs (a science without research: a chemistry teacher, a
        # pharmacist) the work shows its knowledge at basic level, not a researcher's
        studied = bool(work.needs) and work.needs not in ids
        for skill_id, level in work.shows.items():
            shown = 1 if studied or not seasoned else level
            out[skill_id] = max(out.get(skill_id, 0), shown)
    return out


def field_affinity(fields: list[WorkField], family: str) -> float:
    """How much a role of ``family`` puts the person's fields to use: the best of them (0..1)."""
    return max((f.families.get(family, 0.0) for f in fields), default=0.0)


def writes_code(profile: Profile, fields: list[WorkField], coding_skill_ids: set[str]) -> bool:
    """Whether the person already codes: a coding field, or a programming skill they claimed."""
    if any(f.codes for f in fields):
        return True
    return any(c.skill_id in coding_skill_ids and c.level >= 1 for c in profile.skills)


__all__ = [
    "FIELDS",
    "FIELD_BY_ID",
    "NO_CODING",
    "WorkField",
    "avoids_coding",
    "field_affinity",
    "field_skills",
    "fields_in",
    "fields_of",
    "refuses_coding",
    "writes_code",
]

"""The field a person works in, read from their own words, and how much each role family puts
that field to use. The ranking of roles for an unsure person weighs it: a nurse or an accountant
is shown the roles that use their domain first, an engineer the engineering roles.

Pure data and functions: a profile in, field ids out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coach.engine.coding import NO_CODING, avoids_coding, refuses_coding
from coach.engine.field_table import FIELDS, WorkField
from coach.i18n import MESSAGES, t
from coach.schemas import Profile

FIELD_BY_ID = {f.id: f for f in FIELDS}
SEASONED_YEARS = 2.0


def field_name(field_id: str, lang: str) -> str:
    """A field's name in ``lang``: the catalog's word where it has one ("education" for
    teaching), else the field table's own name, so every field a reader can return has one."""
    key = f"coach.field.{field_id}"
    if key in MESSAGES:
        return t(lang, key)
    work = FIELD_BY_ID.get(field_id)
    if work is None:
        raise KeyError(f"unknown field {field_id!r}")
    return work.name_zh if lang == "zh" else work.name_en


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
    coder = _CODER_TITLE.search(profile.current_role or "")
    if any(f.id == "design" for f in found) and not coder:
        # an artist or designer in a coding industry ("游戏原画师", "game artist"): the industry
        # is where they work, the art is what they do; no programming follows from it
        found = [f for f in found if not f.codes]
    if len(found) > 1 and any(f.id == "games" for f in found) and not coder:
        # a game tester ("游戏测试"): games are the industry, testing the work
        found = [f for f in found if f.id != "games"]
    return found


_CODER_TITLE = re.compile(
    r"\b(?:developer|dev|engineer|programmer|coder|scripter|technical\s+artist|tech\s+artist)\b"
    r"|开发|程序|工程师|码农|技术美术|TA(?![A-Za-z])",
    re.IGNORECASE,
)
"""A title that writes code, whatever else it names ("game UI developer", "技术美术")."""


def fields_in(words: str) -> list[WorkField]:
    """Every field ``words`` show, in table order: the experience model's reader (all of a
    person's background counts, not only the most specific field)."""
    return list(_fields_in(words)) if words else []


@lru_cache(maxsize=512)
def _fields_in(words: str) -> tuple[WorkField, ...]:
    # The same words are read for every plan and every review of a session (each pattern of
    # the field table searched anew each time): read once per text.
    named = {f.id for f in FIELDS if f.pattern.search(words)}
    generic = {f.id for f in FIELDS if _unqualified(f, words)}
    return tuple(f for f in FIELDS if f.id in named or f.id in generic)


_QUALIFIER_REACH = 30
_FUNCTION_WORDS = re.compile(
    r"\b(?:a|an|the|i'?m|am|is|was|as|my|our|been|being|now|currently|work(?:ing|ed)?|job)\b"
    r"|是|做|当|干|一名|一个|名|的|了",
    re.IGNORECASE,
)
_SENIORITY = re.compile(
    r"\b(?:senior|sr\.?|junior|jr\.?|lead|staff|principal|chief|head|associate|"
    r"mid(?:-level)?|entry(?:-level)?|intern)\b|高级|资深|初级|中级|首席|实习"
    r"|\d+(?:\.\d+)?\s*(?:\+\s*)?(?:years?|yrs?|年)?|[一二两三四五六七八九十几多]+年",
    re.IGNORECASE,
)
_SOFTWARE_QUALIFIER = re.compile(
    r"\b(?:software|web|apps?|application|mobile|game|cloud|platform|devops|sre|full[\s-]?stack|"
    r"front[\s-]?end|back[\s-]?end|ai|ml|llm|machine learning|deep learning|data(?!\s*cent)|algorithms?|"
    r"compiler|firmware|embedded|java|python|golang|go|c\+\+|c#|\.net|rust|php|ruby|scala|"
    r"kotlin|swift|javascript|typescript|node(?:\.?js)?|react|ios|android|api|infra\w*|"
    r"build|release|tools|computer vision|nlp|forward[\s-]deployed|test|qa)(?![A-Za-z])"
    r"|软件|开发|前端|后端|全栈|算法|大模型|平台|云|嵌入式|数据(?!中心)|安卓|客户端|服务端|爬虫|游戏|测试|"
    r"(?<![A-Za-z])(?:java|python|go|c\+\+|ai)(?![A-Za-z])",
    re.IGNORECASE,
)
"""The qualifiers of "engineer" that still name software work; any other ("network engineer",
"process engineer", "网络工程师", "实施工程师") shows no programming by itself."""


def _unqualified(work: WorkField, words: str) -> bool:
    """Whether ``work``'s generic word stands for it somewhere in ``words``: "engineer" alone,
    "senior engineer" or "Java engineer" is a software engineer; "civil engineer", "土木工程师"
    name their own field, and "network engineer", "工艺工程师" no field that writes code."""
    if work.generic is None:
        return False
    for match in work.generic.finditer(words):
        qualifier = words[max(0, match.start() - _QUALIFIER_REACH) : match.start()]
        qualifier = re.split(r"[,.;!?，。；！？\n]|\band\b|和|及", qualifier)[-1]
        if any(f.id != work.id and f.pattern.search(qualifier) for f in FIELDS):
            continue
        own = _SENIORITY.sub(" ", _FUNCTION_WORDS.split(qualifier)[-1]).strip(" -/")
        if not own or _SOFTWARE_QUALIFIER.search(own):
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

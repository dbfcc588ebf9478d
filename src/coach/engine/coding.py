"""Coding: whether a person said they do not want to code (read from their own words), and
which skills and roles are coding ones (low in the engine, so understanding, ranking and
rendering can all ask)."""

from __future__ import annotations

import re

from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role
from coach.schemas import Profile

CODING_SKILL = "programming_fundamentals"
"""The skill that stands for being able to code."""

NO_CODING = "no_coding"
"""The profile constraint saying the person does not want a coding job."""
_NO_CODING = re.compile(
    r"\b(?:do\s*n[o']?t|don'?t|never|not|no|wouldn'?t|won'?t|hate|avoid)\s+"
    r"(?:really\s+|want\s+(?:to\s+)?|like\s+(?:to\s+)?|wish\s+to\s+|plan\s+to\s+|"
    r"interested\s+in\s+|keen\s+on\s+|into\s+)?"
    r"(?:be(?:come)?\s+(?:a\s+)?|do\s+(?:any\s+)?|write\s+(?:any\s+)?|learn\s+(?:to\s+)?)?"
    r"(?:cod(?:e|ing)|programm(?:ing|er)|program|software\s+(?:developer|engineer))\b"
    r"|\bno\s+(?:coding|programming|code)\b|\bnon-?(?:coding|technical)\s+(?:role|job|path)"
    r"|\bwithout\s+(?:any\s+)?(?:cod(?:e|ing)|programming)\b"
    r"|\b(?:does\s*n[o']?t|doesn'?t|won'?t|wouldn'?t)\s+(?:need|require|involve|mean)\s+(?:any\s+)?"
    r"(?:cod(?:e|ing)|programming)\b"
    r"|不(?:想|要|愿意?|喜欢|打算)(?:再)?(?:去)?(?:写|学|做|当)?(?:代码|编程|程序员|码农|开发)"
    r"|不(?:用|需要|必)(?:写)?(?:代码|编程)"
    r"|不(?:写|碰)代码",
    re.IGNORECASE,
)


def refuses_coding(text: str) -> bool:
    """Whether ``text`` says the person does not want to code ("I don't want to become a
    programmer", "no coding please", "不想写代码")."""
    return bool(_NO_CODING.search(text))


_CODING_WORDS = re.compile(r"cod(?:e|ing)|programm|程序员|代码|编程|写程序", re.IGNORECASE)


def avoids_coding(profile: Profile) -> bool:
    """Whether the person said they do not want to code: the ``no_coding`` constraint, a
    refused ("avoid") mention of coding, or their own words anywhere in the profile."""
    if NO_CODING in profile.constraints:
        return True
    # Profiles from the understanding package also carry what the user refused, and the
    # words behind each field; both are the user's own words.
    for want in getattr(profile, "avoid", None) or []:
        raw = str(getattr(want, "raw", "") or "")
        if _CODING_WORDS.search(raw) or refuses_coding(str(getattr(want, "evidence", ""))):
            return True
    words: list[str] = [c.evidence for c in profile.skills]
    words += [str(v) for v in (getattr(profile, "evidence", None) or {}).values()]
    return any(refuses_coding(w) for w in words)


def closure(kb: KnowledgeBase, skill_ids: list[str]) -> set[str]:
    """``skill_ids`` with all their prerequisites, transitively."""
    seen: set[str] = set()
    stack = list(skill_ids)
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        skill = kb.skills.get(current)
        if skill is not None:
            stack.extend(skill.prerequisites)
    return seen


def needs_coding(kb: KnowledgeBase, role: Role) -> bool:
    """A role needs coding when programming is among its requirements' prerequisites."""
    return CODING_SKILL in closure(kb, [r.skill_id for r in role.required])


def coding_skills(kb: KnowledgeBase) -> set[str]:
    """Skills that show someone codes: programming itself and every language that implies it."""
    out = {CODING_SKILL}
    for skill in kb.skills.values():
        if (
            any(i.skill_id == CODING_SKILL for i in skill.implies)
            or skill.category == "programming"
        ):
            out.add(skill.id)
    return out

"""A mentor's corrections of the profile and the target, read from a clause.

- A skill the person really has, or lacks: "he does not know Java" (level 0), "he barely codes"
  (programming at level 1), "she has 3 years of Python, not 0" (level 2), "她Python用了5年了"
  (level 3), "he knows Git already" (level 2).
- The target: "switch her target to agent engineer", "目标换成AI增强型职场人"; a role the knowledge
  base lacks ("目标换成AI产品经理") is kept with its closest roles, to ask the mentor back.
- No coding: "she's not a coder, no coding-heavy stuff", "不写代码".
- The weekly hours said without "a week": "he can only do 5 hours".
"""

from __future__ import annotations

import re

from coach.engine.coding import refuses_coding
from coach.engine.constraints.model import Constraint
from coach.engine.constraints.numerals import NUM, number
from coach.engine.constraints.quantities import HOURS, PROJECT
from coach.knowledge.lexicon import Mention, get_lexicon
from coach.knowledge.loader import KnowledgeBase

_LACKS = re.compile(
    r"\b(?:does\s*n[o']?t|doesn'?t|do\s+not|don'?t|did\s*n[o']?t|never|can'?t|cannot)\s+"
    r"(?:really\s+|actually\s+|even\s+|yet\s+)?(?:know|use|speak|write|read|have|do|code\s+in)\b"
    r"|\b(?:has|have)\s+(?:no|zero|never\s+used)\b|\bno\s+(?:experience|background)\s+(?:in|with)\b"
    r"|\b(?:is\s*n[o']?t|isn'?t|not)\s+(?:good|fluent|comfortable|strong)\s+(?:at|in|with)\b"
    r"|\bnew\s+to\b|\bnever\s+(?:used|touched|learned|learnt)\b"
    r"|不会|不懂|没用过|没学过|没接触过|不熟悉?|没有?(?:任何)?(?:\S{0,6})?基础|零基础|完全不了解",
    re.I,
)
_BARELY = re.compile(
    r"\b(?:barely|hardly|a\s+little|a\s+bit\s+of|only\s+basic)\b|不太|一点点|略懂", re.I
)
_CODES = re.compile(r"\b(?:codes?|coding|programs?|programming)\b|写代码|编程|写程序|敲代码", re.I)
_KNOWS = re.compile(
    r"\b(?:knows?|has\s+used|uses|is\s+(?:good|fluent|strong|solid)\s+(?:at|in|with)|already\s+"
    r"(?:knows?|uses|has))\b|已经会|会用|很熟|很强|熟悉|精通|用了",
    re.I,
)
_EXPERT = re.compile(r"\binside\s+out\b|\bexpert\b|\bvery\s+strong\b|精通|非常熟", re.I)
_YEARS = re.compile(
    rf"(?P<n>{NUM})\s*(?:\+\s*)?(?:years?|yrs?)(?:\s+of)?|(?P<z>{NUM})\s*年(?:多|了|的)?", re.I
)
_FROM_SCRATCH = re.compile(
    r"\b(?:from\s+(?:scratch|zero|the\s+start)|not\s+(?:0|zero|a\s+beginner)|"
    r"isn'?t\s+a\s+beginner)\b|从零|从头|不是零基础|不是新手|^\s*(?:not|而不是|不是)\s*\d",
    re.I,
)


def years_level(years: float) -> int:
    """The level years of use show: under one year basic, 1-4 working, 5 and more expert."""
    return 1 if years < 1 else 2 if years < 5 else 3


def _known_level(s: str) -> int | None:
    if m := _YEARS.search(s):
        value = number(m.group("n") or m.group("z"))
        if value is not None and 0 < value <= 50:
            return years_level(value)
    if _EXPERT.search(s):
        return 3
    return 2 if _KNOWS.search(s) else None


def read_profile_skills(s: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Constraint]:
    """The skills a clause says the person has or lacks, with their real level."""
    if PROJECT.search(s):
        return []
    lacks = _LACKS.search(s)
    if not mentions:
        if lacks is None and not _BARELY.search(s):
            return []
        if _CODES.search(s) and "programming_fundamentals" in kb.skills:  # "he barely codes"
            level = 1 if _BARELY.search(s) else 0
            return [
                Constraint(
                    kind="profile_skill", text=s, skill_id="programming_fundamentals", level=level
                )
            ]
        return []
    subject = re.match(
        r"^\s*(?:she|he|they|her|his|the\s+(?:user|person|mentee|candidate)|"
        r"[A-Z][a-z]+|他|她|他们|对方|学员|这位|这个人)",
        s,
    )
    if lacks is not None and lacks.start() < mentions[0].start:
        level = 1 if _BARELY.search(s) else 0
    elif subject is not None and (level_or := _known_level(s)) is not None:
        level = level_or
    else:
        return []
    return [
        Constraint(kind="profile_skill", text=s, skill_id=m.id, level=level)
        for m in dict((m.id, m) for m in mentions).values()
    ]


def from_scratch(s: str) -> bool:
    """ "别从零教", "not 0", "she isn't a beginner": about the level said just before."""
    return bool(_FROM_SCRATCH.search(s))


_TARGET = re.compile(
    r"\b(?:target(?:\s+role)?|goal|aim|direction|role)\b|目标(?:岗位|职位|方向)?|方向|岗位", re.I
)
_SWITCH = re.compile(
    r"\b(?:switch|change|move|set|make|retarget|point)\b.{0,30}?\b(?:to|into|towards?)\b"
    r"|\b(?:to|should\s+be|becomes?|is\s+now|instead)\b|换成|改成|改为|换为|定为|转成|转为|调整为|变成",
    re.I,
)


def read_target(s: str, kb: KnowledgeBase) -> list[Constraint]:
    """A new target role ("switch her target to agent engineer", "目标换成AI产品经理")."""
    target, switch = _TARGET.search(s), _SWITCH.search(s)
    if target is None or switch is None or PROJECT.search(s):
        return []
    after = s[switch.end() :] if switch.end() > target.start() else s[target.end() :]
    roles = get_lexicon(kb).find_roles(after)
    if roles:
        return [Constraint(kind="set_target", text=s, role_id=roles[0].id)]
    phrase = re.split(r"[,，。.;；!！]|\b(?:she|he|they|because|since)\b|因为", after)[0].strip()
    if not re.search(r"\w", phrase):
        return []
    from coach.engine.understand.roles import resolve_phrase

    found = resolve_phrase(phrase, get_lexicon(kb).find_skills(phrase), kb)
    if found.role_id and not found.not_in_kb:
        return [Constraint(kind="set_target", text=s, role_id=found.role_id)]
    closest = tuple(r for r in found.candidates if r in kb.roles)[:3]
    return [Constraint(kind="set_target", text=s, candidates=closest)]


def read_no_coding(s: str) -> list[Constraint]:
    """ "no coding-heavy stuff", "不写代码": the person is not to code."""
    return [Constraint(kind="no_coding", text=s)] if refuses_coding(s) else []


_CAPACITY = re.compile(
    r"\b(?:can|could)\s+(?:only\s+)?(?:do|spare|manage|give|put\s+in|afford|study|commit)\b"
    r"|\b(?:only\s+has|has\s+only|has\s+got|only\s+got|got\s+only)\b"
    r"|只能|只有|能拿出|能投入|能抽出|最多能",
    re.I,
)


def read_capacity(s: str, mentions: list[Mention]) -> list[Constraint]:
    """ "he can only do 5 hours": weekly hours said without "a week" (no skill named)."""
    hours = HOURS.search(s)
    if hours is None or mentions or PROJECT.search(s) or not _CAPACITY.search(s):
        return []
    value = number(hours.group(1))
    if value is None or not 0 < value <= 80:
        return []
    return [Constraint(kind="max_hours_per_week", text=s, hours_per_week=value)]

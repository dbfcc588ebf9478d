"""Returners: skills left unused for years are rusty (COACHING.md B2).

Someone who has been away from the work for years ("out of work for 5 years raising my kids",
"离开开发岗位6年了") does not have their old level today: each technical skill their background
shows is one level lower (never below basic), and brushing it up costs a share of learning it
new (``REFRESH_FACTOR``): a refresher, not a course from zero.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from coach.engine.numbers.numerals import NUM_EN, NUM_ZH, parse_number
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language

Levels = dict[str, tuple[int, str]]

RUSTY_YEARS = 2.0
"""Away this long or longer: what the person did is rusty."""
REFRESH_FACTOR = 0.5
"""Brushing up a skill one had costs this share of learning it new."""
EVIDENCE_CHARS = 70
"""The former evidence is quoted this far (the strength line stays one line)."""
RUSTY_CATEGORIES = frozenset(
    {"programming", "engineering", "infra", "data", "llm_core", "ops", "ml_foundations"}
)
"""Tools and techniques move on; a field's knowledge (domain, soft skills) does not rust."""

_AWAY_EN = (
    r"(?:out of (?:work|the (?:industry|workforce|field|job market)|tech)|away from (?:work|"
    r"coding|tech|the industry|programming|software)|off work|on (?:a )?(?:career )?break|"
    r"career break|stay(?:ed|ing|s)?[- ](?:at[- ])?home|at home (?:with|raising|looking after)|"
    r"raising (?:my |our |the )?(?:kids|children|family)|(?:parental|maternity|paternity) leave|"
    r"haven'?t (?:coded|worked|programmed|written "
    r"(?:any )?code)|not (?:coded|worked|programmed)|stopped (?:coding|working|programming)|"
    r"left (?:the industry|tech|work|my job|software))"
)
_YEARS_EN = rf"({NUM_EN}|\d+(?:\.\d+)?)[\s-]*(?:\+\s*)?(?:years?|yrs?)"
AWAY = (
    re.compile(rf"{_AWAY_EN}[^.!?\n]{{0,40}}?\b{_YEARS_EN}", re.I),
    re.compile(
        rf"\b{_YEARS_EN}(?:[- ]long)?\s+(?:career\s+)?(?:break|gap|away|off|out|at home)\b", re.I
    ),
    re.compile(
        rf"(?:离开|脱离|离职|没(?:有)?(?:写|碰|做)(?:过)?(?:代码|开发|编程)|全职(?:妈妈|爸爸|带娃|在家)|"
        rf"在家带(?:娃|孩子)|空窗|断档)[^。！？\n]{{0,12}}?({NUM_ZH})\s*年"
    ),
    re.compile(
        rf"({NUM_ZH})\s*年(?:多)?[^。！？，,\n]{{0,6}}?(?:没(?:有)?(?:写|碰|做|上班|工作)|空窗|断档|"
        rf"全职(?:妈妈|爸爸|带娃|在家)|在家带(?:娃|孩子)|带孩子|带娃|离开)"
    ),
)


NO_JOB = re.compile(
    r"\b(?:(?:got|was|been|being|am|i'?m|just) (?:laid off|let go|made redundant|fired)|"
    r"laid off|lost my job|unemployed|between jobs|out of (?:a )?(?:job|work)|jobless|"
    r"(?:looking for|need|hunting for|searching for) (?:a )?(?:new )?(?:job|work)|job[- ]?hunting|"
    r"(?:my )?(?:contract|job|position|role) (?:ended|was cut|was eliminated)|"
    r"(?:left|quit) my (?:job|work)|not working (?:right )?now|currently not working)\b(?!-)|"
    r"被裁|裁员了|被优化|失业|待业|离职了|辞职了|没(?:有)?工作|在找工作|找工作中|没上班",
    re.I,
)
"""The person has no job now (laid off, between jobs, looking for work): the plan ends in
finding work, not in bringing what they learned into a job they do not have."""


NEW_JOB = re.compile(
    r"\b(?:a new (?:job|career|role)|new career|change (?:my )?careers?|career change|"
    r"switch careers|leave (?:my job|teaching|nursing|the classroom|my field)|"
    r"get (?:a|an) (?:job|role|position) (?:as|in)|(?:job|role|position) as an?)\b|"
    r"转行|换工作|换个工作|跳槽|新工作|离开(?:教育|学校|讲台|医院)",
    re.I,
)
"""The person wants a new job (a career change), not AI in the job they have."""


_NOT_BEFORE = re.compile(
    r"(?:\b(?:not|don'?t|do not|doesn'?t|never|no|without|rather not)\b(?:\s+\w+){0,3}\s*"
    r"|不想|不要|不打算|没打算|不准备|不会|无意|并不想|不是想|不)$",
    re.I,
)
"""A negation right before the words ("不想转行", "I don't want to change careers")."""


def _negated(text: str, at: int) -> bool:
    return _NOT_BEFORE.search(text[max(0, at - 24) : at]) is not None


def stays_in_job(words: str) -> bool:
    """Whether the person's own words turn a new job down ("不想转行", "I don't want to change
    careers") and never ask for one."""
    found = [_negated(words, m.start()) for m in NEW_JOB.finditer(words)]
    return bool(found) and all(found)


def seeks_new_job(goal: str) -> bool:
    """Whether the person's words about their goal ask for a new job ("change careers"); a
    negated ask ("不想转行，就想用AI提高效率") is the opposite: AI in the job they have."""
    return any(not _negated(goal, m.start()) for m in NEW_JOB.finditer(goal))


def out_of_work(words: str) -> bool:
    """Whether the person's words say they have no job now."""
    return NO_JOB.search(words) is not None


def years_away(words: str) -> float:
    """The longest time away from the work the person's words state (0 when none)."""
    found = [
        value
        for pattern in AWAY
        for m in pattern.finditer(words)
        if (value := parse_number(m.group(1))) is not None
    ]
    return max(found, default=0.0)


def rust(
    levels: Levels, away: float, kb: KnowledgeBase, lang: Language
) -> tuple[Levels, dict[str, int]]:
    """``levels`` with every technical skill one level lower after ``away`` years (never below
    basic), and the former level of each lowered skill."""
    if away < RUSTY_YEARS:
        return levels, {}
    out: Levels = dict(levels)
    former: dict[str, int] = {}
    for sid, (level, evidence) in levels.items():
        skill = kb.skills.get(sid)
        if skill is None or skill.category not in RUSTY_CATEGORIES or level < 2:
            continue
        before = evidence if len(evidence) <= EVIDENCE_CHARS else evidence[:EVIDENCE_CHARS] + "…"
        note = t(lang, "plan.evidence.rusty", years=f"{away:g}", words=before.strip())
        out[sid] = (level - 1, note)
        former[sid] = level
    return out, former


def refresh_factor(skill_id: str, former: Mapping[str, int]) -> float:
    """The share of the hours a skill costs this person because they had it before."""
    return REFRESH_FACTOR if skill_id in former else 1.0

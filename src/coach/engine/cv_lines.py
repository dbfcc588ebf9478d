"""What a CV's own lines say that a chat turn's reading does not (pure): the years of the
current line of work (its jobs' dates, never an unrelated earlier job's), each item of a skills
line with its level words, and the CV line that shows each field.

A "Skills: Linux, Bash, IPMI/BMC, networking basics (VLANs, LACP), Ansible (a little)" line is a
list the person wrote: every item counts, a skill coach's knowledge base lacks as the CV names it
(``raw``), so the fit report can say they have it; "(a little)", "(beginner)", "（了解）" say
the level.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from coach.engine.cv_dates import CAREER_BREAK, DATE_RANGE, month_index, span, years_of_spans
from coach.engine.cv_vocab import EMPHASIS, EXPERIENCE, HEADING, JOB_WORD, is_school
from coach.engine.fields import fields_in
from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile, SkillClaim

TECHNICAL = frozenset(
    {"programming", "data", "engineering", "infra", "ml_foundations", "llm_core", "ops"}
)
"""Kinds of skill that make two jobs one line of work when both jobs' lines show one (an SRE
running Kubernetes after years of Linux administration); a spreadsheet does not."""
LOOK_BACK = 3
"""A job's title may stand up to this many lines above its dates (LinkedIn's layout)."""

_TITLE_NOISE = frozenset(
    [
        "senior",
        "junior",
        "lead",
        "principal",
        "staff",
        "chief",
        "head",
        "assistant",
        "associate",
        "intern",
        "trainee",
        "ii",
        "iii",
        "iv",
        "the",
        "and",
        "of",
        "for",
        "at",
        "in",
        "to",
        "with",
    ]
)
_FIELD_CUT = re.compile(r"\s*[,，|｜·—–@]\s*|\s+at\s+|\s{2,}")
"""Where a job line's fields part ("Data Analyst, Acme Retail — 2018–2021")."""
_LATIN = re.compile(r"[A-Za-z][A-Za-z+#]{2,}")
_CJK_JOB = re.compile(
    r"工程师|开发|分析师|经理|设计师|教师|护士|会计|架构师|运维|测试|研究员|产品|技术员"
)


def _words(title: str) -> frozenset[str]:
    latin = {w.lower() for w in _LATIN.findall(title)} - _TITLE_NOISE
    return frozenset(latin | set(_CJK_JOB.findall(title)))


def _related(a: str, b: str) -> bool:
    """Two job titles in one line of work: a word of the job in common ("Data Analyst" and
    "Junior Analyst", "Java开发工程师" and "高级Java开发"), or a field ("QA Engineer" and
    "Software Tester"). "Data Center Technician" and "IT Support Specialist" share neither."""
    if _words(a) & _words(b):
        return True
    return bool({f.id for f in fields_in(a)} & {f.id for f in fields_in(b)})


def _job_part(line: str, job_word: re.Pattern[str]) -> str:
    """The field of a job line that names the job ("Data Analyst" of "Data Analyst, Acme —
    2018–2021"): never the company, whose name two unrelated jobs may share."""
    parts = [p for p in _FIELD_CUT.split(line) if job_word.search(p)]
    return " ".join(parts)


def _title(lines: list[str], index: int, job_word: re.Pattern[str]) -> str:
    """The title of the job dated on ``lines[index]``: that line's job field, or the line above
    that names a job (up to ``LOOK_BACK``, never past another dated line)."""
    here = _job_part(DATE_RANGE.sub(" ", EMPHASIS.sub("", lines[index])), job_word)
    if here:
        return here
    for back in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        if DATE_RANGE.search(lines[back]):
            break
        if job_word.search(lines[back]):
            return _job_part(EMPHASIS.sub("", lines[back]), job_word)
    return ""


def _job_text(lines: list[str], index: int) -> str:
    """A dated job line and the lines under it, up to the next dated line or heading."""
    block = [lines[index]]
    for line in lines[index + 1 :]:
        if DATE_RANGE.search(line) or HEADING.match(" ".join(EMPHASIS.sub("", line).split())):
            break
        block.append(line)
    return "\n".join(block)


def line_of_work_years(
    lines: list[str],
    today: date,
    latest: int,
    is_job: list[bool],
    skills_of: Callable[[str], set[str]],
) -> float | None:
    """Years of the jobs in the latest job's line of work (``lines[latest]`` is its dated line;
    ``is_job`` marks the dated lines that are jobs, not studies or breaks), overlaps counted
    once: a technician since 2021 has about six years, the desk support before it not summed in;
    an SRE after five years of Linux administration, eleven (both jobs show infrastructure work)."""
    now_title = _title(lines, latest, JOB_WORD)
    now_skills = skills_of(_job_text(lines, latest))
    spans: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if not is_job[index] or CAREER_BREAK.search(line):
            continue
        related = index == latest or _related(now_title, _title(lines, index, JOB_WORD))
        if not related and not now_skills & skills_of(_job_text(lines, index)):
            continue
        for m in DATE_RANGE.finditer(line):
            start, end, _ = span(m, today)
            if start <= end <= month_index(today) + 1:
                spans.append((start, end))
    return years_of_spans(spans)


_SKILLS_LABEL = re.compile(
    r"^\s*(?:(?:technical|core|key)\s+)?(?:skills|tools|technologies|tech\s+stack)\s*[:：]\s*|"
    r"^\s*(?:专业技能|技能|技术栈|工具)\s*[:：]\s*",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(r"\s*[,，、;；|]\s*(?![^()（）]*[)）])")
_PARENS = re.compile(r"\s*[(（](?P<inside>[^()（）]*)[)）]\s*")
_BASIC = re.compile(
    r"\b(?:a\s+little|beginner|basic|basics|some|learning|novice|familiar)\b|了解|入门|初级|基础|一点|一般|略懂|接触过",
    re.IGNORECASE,
)
_EXPERT = re.compile(r"\b(?:expert|advanced|proficient|fluent|strong)\b|精通|熟练|高级", re.I)
_NOT_A_SKILL = re.compile(r"^[\W\d_]*$|^(?:and|etc|others?|等)$", re.IGNORECASE)
_HUMAN_LANGUAGE = re.compile(
    r"^(?:english|spanish|french|german|italian|portuguese|dutch|polish|russian|ukrainian|arabic|"
    r"hindi|bengali|urdu|turkish|japanese|korean|mandarin|cantonese|chinese|vietnamese|thai|"
    r"英语|日语|韩语|法语|德语|普通话|粤语|汉语)\b|\b(?:native|fluent|bilingual|母语)\b",
    re.IGNORECASE,
)
"""A spoken language in a skills line ("Spanish (native)", "英语（六级）"): not a skill to plan."""
MAX_ITEM_CHARS = 40


def skills_items(line: str, section: str) -> list[str] | None:
    """The items of a skills line ("Skills: A, B (basic), C"; a line under a Skills heading),
    None when the line is no skills list."""
    label = _SKILLS_LABEL.match(line)
    if label is None and not section.startswith(("skill", "技能", "专业技能", "technical")):
        return None
    body = line[label.end() :] if label else line
    items = [i.strip(" .。*-•·") for i in _ITEM_SPLIT.split(body)]
    items = [i for i in items if i and not _NOT_A_SKILL.match(i) and len(i) <= MAX_ITEM_CHARS]
    return items if len(items) >= 2 or label else None


def item_level(item: str) -> int:
    """The level an item's own words give: "(a little)", "basics", "（了解）" 1; "(expert)" 3."""
    if _BASIC.search(item):
        return 1
    return 3 if _EXPERT.search(item) else 2


def stated_levels(items: list[str], lexicon: Lexicon) -> dict[str, int]:
    """The KB skills a skills line gives a level in its own words ("basic Python (pandas)",
    "Python (beginner)", "SQL (expert)"): the person's own statement of their level, which no
    other line of the CV raises."""
    out: dict[str, int] = {}
    for item in items:
        if not (_BASIC.search(item) or _EXPERT.search(item)):
            continue
        for mention in lexicon.find_skills(item):
            out.setdefault(mention.id, item_level(item))
    return out


def with_stated_levels(
    profile: Profile, stated: dict[str, int], line_of: dict[str, str]
) -> Profile:
    """``profile`` with each skill the CV's skills line rates at that level, its line the evidence."""
    if not stated:
        return profile
    skills = [
        c.model_copy(update={"level": stated[c.skill_id], "evidence": line_of[c.skill_id]})
        if c.skill_id in stated
        else c
        for c in profile.skills
    ]
    return profile.model_copy(update={"skills": skills})


def unknown_skills(
    items: list[str], line: str, lexicon: Lexicon, known: set[str]
) -> list[SkillClaim]:
    """The items no skill of the knowledge base names (those are read by the understanding), as
    the CV names them, each with its level words and the line as the evidence."""
    out: list[SkillClaim] = []
    for item in items:
        if lexicon.find_skills(item) or _HUMAN_LANGUAGE.search(item):
            continue
        name = _PARENS.sub(" ", item)
        name = re.sub(r"\s+(?:basics?|fundamentals)$", "", name.strip(), flags=re.I).strip()
        if not name or name.lower() in known or _NOT_A_SKILL.match(name):
            continue
        known.add(name.lower())
        out.append(SkillClaim(raw=name, level=item_level(item), evidence=line))
    return out


def job_lines(lines: list[str]) -> list[bool]:
    """Which lines date a job (in an experience section, not studies, not a break)."""
    marks: list[bool] = []
    section = ""
    for raw in lines:
        line = " ".join(EMPHASIS.sub("", raw).split())
        heading = HEADING.match(line)
        if heading:
            section = heading.group("name").lower()
        in_experience = not section or bool(EXPERIENCE.search(section))
        job = (
            in_experience and not heading and not is_school(line) and not CAREER_BREAK.search(line)
        )
        marks.append(bool(job and DATE_RANGE.search(line)))
    return marks


def work_years(
    lines: list[str],
    today: date,
    latest: tuple[int, int, bool] | None,
    lexicon: Lexicon,
    kb: KnowledgeBase,
) -> float | None:
    """Years of the current line of work (``latest``: the latest job's line, as cv_import finds
    it), None when no job is dated."""
    if latest is None:
        return None

    def skills_of(text: str) -> set[str]:  # the kinds of technical work the lines show
        found = (kb.skills.get(m.id) for m in lexicon.find_skills(text))
        return {s.category for s in found if s and s.category in TECHNICAL and s.id != "excel"}

    return line_of_work_years(lines, today, latest[0], job_lines(lines), skills_of)


def cv_evidence(
    base: Profile,
    profile: Profile,
    lines: list[str],
    latest: tuple[int, int, bool] | None,
    role: str | None,
) -> dict[str, str]:
    """Each field's words: the person's own (``base``) where they stand, the latest job's dated
    line for the role and years the CV gave; never a later line the reading passed over
    ("IT Support Specialist" for today's job, a duty line for a target nobody named)."""
    evidence = {k: v for k, v in base.evidence.items() if getattr(profile, k, None) is not None}
    if role and latest is not None:
        line = " ".join(EMPHASIS.sub("", lines[latest[0]]).split()).lstrip("-*• ")
        evidence["current_role"] = line
        if profile.years_experience is not None and "years_experience" not in base.evidence:
            evidence["years_experience"] = line
    if profile.region and "region" in profile.evidence and "region" not in evidence:
        evidence["region"] = profile.evidence["region"]
    return evidence


_BASIC_NEAR = re.compile(
    r"(?<![A-Za-z])(?:basic|basics|a\s+little|beginner|some|novice|learning)(?![A-Za-z])|"
    r"了解|入门|一点|一般|初级|略懂",
    re.IGNORECASE,
)


def said_basic(profile: Profile, kb: KnowledgeBase) -> dict[str, str]:
    """Skills the person rates basic in their own words, right beside the name ("basic SQL",
    "SQL (basic)", "Python（一般）"): no field they work in raises those."""
    from coach.knowledge.lexicon import get_lexicon

    out: dict[str, str] = {}
    for claim in profile.skills:
        if not claim.skill_id or claim.level != 1:
            continue
        for m in get_lexicon(kb).find_skills(claim.evidence):
            if m.id != claim.skill_id:
                continue
            near = claim.evidence[max(0, m.start - 10) : m.end + 10]
            if _BASIC_NEAR.search(near):
                out[claim.skill_id] = claim.evidence
                break
    return out


_BASIC_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:basic|some|a\s+little|a\s+bit\s+of|beginner|novice|entry-level|"
    r"rudimentary|limited)\s+$|(?:了解|入门|略懂|一点|初级|少量|简单的?)\s*$",
    re.IGNORECASE,
)
_BASIC_AFTER = re.compile(
    r"^\s*[(（]\s*(?:basic|basics|beginner|a\s+little|some|novice|learning|了解|入门|初级|一般|"
    r"略懂)\s*[)）]",
    re.IGNORECASE,
)


def near_levels(line: str, lexicon: Lexicon) -> tuple[dict[str, int], set[str]]:
    """The KB skills a line (not a skills list) rates basic right beside the name ("SQL (Snowflake),
    Excel, some Python (pandas)", "少量Python"), and those it names plainly: a skill rated basic
    in one line and named plainly in none is the person's at basic level."""
    basic: dict[str, int] = {}
    plain: set[str] = set()
    for m in lexicon.find_skills(line):
        if _BASIC_BEFORE.search(line[max(0, m.start - 16) : m.start]) or _BASIC_AFTER.match(
            line, m.end
        ):
            basic[m.id] = 1
        else:
            plain.add(m.id)
    return basic, plain - set(basic)

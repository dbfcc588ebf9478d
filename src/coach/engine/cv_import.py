"""A CV's text -> a Profile, through the same understanding as chat turns (pure).

The CV is read line by line: each line goes through ``extract_profile`` exactly as a chat turn
would, with the line itself as the evidence of every skill it shows, so the CV can never give a
skill its lines do not show. A CV states what someone did, not what they can spend now: hours
and horizon are never taken from it. The most recent role is the first one the CV names; years
come from the understood text, else from the date ranges of the experience lines
("2016 - 2020", "2021.03 - 至今"), counted once where jobs overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

# The one import of the understanding engine in this feature (its home may move).
from coach.engine.cv_dates import (
    CAREER_BREAK,
    DATE_RANGE,
    CareerBreak,
    break_to_today,
    month_index,
    span,
    years_from_ranges,
)
from coach.engine.cv_jobs import skill_jobs, skill_years, stated_skill_years, sustained
from coach.engine.cv_lines import cv_evidence as _cv_evidence
from coach.engine.cv_lines import (
    near_levels,
    skills_items,
    stated_levels,
    unknown_skills,
    with_stated_levels,
)
from coach.engine.cv_lines import work_years as _work_years
from coach.engine.cv_senses import (
    in_their_sense,
    regulated_work,
    server_side_work,
    tested_by_hand,
)
from coach.engine.cv_vocab import EMPHASIS as _EMPHASIS
from coach.engine.cv_vocab import EXPERIENCE as _EXPERIENCE
from coach.engine.cv_vocab import HEADING as _HEADING
from coach.engine.cv_vocab import JOB_WORD as _JOB_WORD
from coach.engine.cv_vocab import is_school as _is_school
from coach.engine.understand import apply_implied_skills, extract_profile
from coach.i18n import t
from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile, SkillClaim

__all__ = [
    "DATE_RANGE",
    "CvImport",
    "apply_implied_skills",
    "looks_like_cv",
    "profile_from_cv",
    "skill_years",
    "years_from_ranges",
]
_RANGE = DATE_RANGE

MAX_LINE_CHARS = 600
CV_HEADING = _HEADING
"""A CV's section heading line ("Experience", "工作经历", "## Skills")."""
_CV_CUES = re.compile(
    r"\b(?:experience|education|skills|university|bachelor|master|ph\.?d|engineer|developer|"
    r"manager|analyst|intern|teacher|worked|led|built)\b|工作经历|教育|本科|硕士|博士|技能|负责|"
    r"工程师|经理|实习",
    re.IGNORECASE,
)


_FIELD_SPLIT = re.compile(
    r"\s{2,}|\s*[|｜]\s*|\s+[·—–]\s+|\s*,\s+|，|(?<=[\u3400-\u9fff])[:：]\s*|"
    r"(?:(?<=公司)|(?<=集团)|(?<=银行)|(?<=医院)|(?<=学校)|(?<=大学)|(?<=学院)|(?<=中心)|"
    r"(?<=研究所)|(?<=研究院)|(?<=事务所)|(?<=工厂))\s+"
)


_CJK = re.compile(r"[\u3400-\u9fff]")
_AT_COMPANY = re.compile(r"\s+(?:at|@)\s+(?P<co>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)\s*$")
_EMPTY_PARENS = re.compile(r"\s*[(（]\s*[)）]")
_CJK_SPACED = re.compile(r"[\u3400-\u9fff]{2,} [^ ]+")


_INLINE_LABEL = re.compile(
    r"^\s*(?:(?:work\s+|professional\s+)?experience|employment(?:\s+history)?|工作经历|工作经验)"
    r"\s*[:：]\s*",
    re.IGNORECASE,
)
_OBJECTIVE = re.compile(
    r"^\s*(?:求职意向|期望职位|期望岗位|目标岗位|意向岗位|应聘岗位|应聘职位|(?:career\s+)?objective|"
    r"desired\s+(?:position|role)|target\s+role|looking\s+for)\s*(?:[:：|｜]|\s)",
    re.IGNORECASE,
)


def _role_and_rest(turn: str) -> tuple[str, str]:
    """A job heading's fields ("杭州某公司  Java 后端开发工程师"): the one naming the job, and the
    others (a company, a city), so the role is not read as "company + title"."""
    parts = [p.strip(" *_-–—") for p in _FIELD_SPLIT.split(turn) if p.strip(" *_-–—")]
    spread: list[str] = []
    for part in parts:  # "王工 高级嵌入式软件工程师 某智能家居公司": fields apart by one space
        spread += part.split(" ") if _CJK_SPACED.search(part) else [part]
    parts = spread
    if len(parts) < 2:
        return turn, ""
    for index, part in enumerate(parts):
        if _JOB_WORD.search(part):
            start = index
            if _CJK.search(part) and index > 0 and re.fullmatch(r"[A-Za-z+#./]+", parts[index - 1]):
                start = index - 1  # "Java 后端开发工程师"
            rest = parts[:start] + parts[index + 1 :]
            role = " ".join(parts[start : index + 1])
            at = _AT_COMPANY.search(role)  # "Data Analyst at Acme": the company is not the job
            if at:
                role, rest = role[: at.start()], [role[at.start("co") :], *rest]
            return role, ", ".join(rest)
    return turn, ""


def _latest_job_line(lines: list[str], today: date) -> tuple[int, int, bool] | None:
    """The index of the job line whose date range ends last ("至今" / "present" first), outside
    studies and career breaks, with that end (a month index) and whether the end is a bare year
    ("2019-2024"); None when no job is dated. A CV listed oldest first still gives today's job."""
    best: tuple[int, int, bool] | None = None
    section = ""
    for index, raw in enumerate(lines):
        line = " ".join(_EMPHASIS.sub("", raw).split())
        heading = _HEADING.match(line)
        if heading:
            section = heading.group("name").lower()
            continue
        if (section and not _EXPERIENCE.search(section)) or CAREER_BREAK.search(line):
            continue
        if _is_school(line):
            continue
        for m in _RANGE.finditer(line):
            _, end, to_today = span(m, today)
            end += 1 if to_today else 0
            bare = not to_today and not (m.group("bm") or m.group("bn") or m.group("bd"))
            if best is None or end > best[1]:
                best = (index, end, bare)
    return best


@dataclass
class CvImport:
    """What a CV showed: the profile, and how it was read."""

    profile: Profile
    lines_read: int
    sections: list[str] = field(default_factory=list)
    years_from_dates: float | None = None
    career_break: CareerBreak | None = None
    skill_years: dict[str, float] = field(default_factory=dict)
    """Years of the jobs whose lines show each skill ("Java" in a 2015.07-2020.06 job: 4.9); an
    upper bound (a skill named once in a long job), so it is said, never turned into a level."""


_COUNTED_YEARS = re.compile(
    r"(?<![\d.])\d{1,2}(?:\.\d)?\s*\+?\s*(?:years?|yrs?)\b(?![\s-]*olds?\b)|(?<!\d)\d{1,2}\s*\+?\s*年(?!\d)|"
    r"[一二三四五六七八九十两]+年|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty)\s+years?\b",
    re.IGNORECASE,
)
"""Years counted in words ("6 years", "十年", "3年"), not a date ("since 2020")."""

RUSTY_AFTER_YEARS = 2.0
"""After a break this long, what the CV shows counts one level lower (at least basic)."""
UNSAID_RUSTY_YEARS = 4.0
"""The same for time the CV leaves unsaid after its last job (it may be a job not listed)."""


def _gap(lines: list[str], today: date, latest: tuple[int, int, bool] | None) -> CareerBreak | None:
    """A break that runs to today: one the CV names ("2020.07-至今 全职妈妈"), else the time
    since the last job ended when that is over a year (a bare year "2019-2024" may run to its
    December)."""
    job_end = latest[1] if latest else None
    named = break_to_today(lines, today, job_end)
    if named is not None or job_end is None or latest is None:
        return named
    months = month_index(today) - job_end
    if months - (11 if latest[2] else 0) <= 12:
        return None
    month = 0 if latest[2] else job_end % 12 + 1  # a bare year ("2019-2023") says no month
    return CareerBreak(job_end // 12, month, round(months / 12, 1), named=False)


def _after_break(profile: Profile, base: Profile, gap: CareerBreak, cjk: bool) -> Profile:
    """The role said with the break ("Java开发工程师（2020.07 起职业空窗，约 6.4 年）"), and after
    a long one the CV's skills one level down: rusty, not gone."""
    lang = "zh" if cjk else "en"
    role = profile.current_role
    update: dict[str, object] = {}
    if role:
        since = (
            f"{gap.since_year}.{gap.since_month:02d}" if gap.since_month else str(gap.since_year)
        )
        key = "fit.role_after_break" if gap.named else "fit.role_since_last_job"
        update["current_role"] = t(lang, key, role=role, since=since, years=gap.years)
    if gap.years >= (RUSTY_AFTER_YEARS if gap.named else UNSAID_RUSTY_YEARS):
        known = {(s.skill_id, s.raw) for s in base.skills}
        update["skills"] = [
            s
            if (s.skill_id, s.raw) in known or s.level <= 0  # a "not" stays a "not"
            else s.model_copy(update={"level": max(1, int(s.level) - 1)})
            for s in profile.skills
        ]
    return profile.model_copy(update=update)


_YEARS_BEFORE_SKILL = re.compile(r"\s*(?:of\s+|with\s+)?(?:professional\s+|hands-on\s+)?$", re.I)
_YEARS_AFTER_SKILL = re.compile(r"^\s*[(（:：\-–|,，]?\s*$")


def _years_of_a_skill(line: str, lexicon: Lexicon) -> bool:
    """Whether the line's years are a skill's, said right beside it ("3年Go开发经验", "5 years
    of Python", "Python (3 yrs)", "| SQL | 9 years |"), not the career's ("Data analyst with
    six years in logistics")."""
    from coach.engine.numbers import find_years

    mentions = lexicon.find_skills(line)
    for y in find_years(line, bare=True):
        for m in mentions:
            if m.start < y.end and y.start < m.end:  # "5年C语言开发经验": one phrase
                return True
            if y.end <= m.start <= y.end + 20 and _YEARS_BEFORE_SKILL.match(line[y.end : m.start]):
                return True
            if m.end <= y.start <= m.end + 4 and _YEARS_AFTER_SKILL.match(line[m.end : y.start]):
                return True
    return False


def looks_like_cv(text: str, lexicon: Lexicon) -> bool:
    """A CV names skills or roles and has CV words (experience, education, 工作经历...) or a
    dated job ("2018-2024")."""
    head = text[:20_000]
    named = len(lexicon.find_skills(head)) + len(lexicon.find_roles(head))
    cues = len(_CV_CUES.findall(head)) + (1 if _RANGE.search(head) else 0)  # a dated job
    return named >= 2 and cues >= 2


def _persons_own(base: Profile, role: str | None, years: float | None) -> dict[str, object]:
    """What a CV cannot say about the person now stays as they told it (hours, horizon, a
    target they gave); the role and years are the CV's when it shows them."""
    update: dict[str, object] = {
        "hours_per_week": base.hours_per_week,
        "horizon_weeks": base.horizon_weeks,
        "current_role": role or base.current_role,
        "years_experience": years if years is not None else base.years_experience,
    }
    if base.target_role is not None or base.target_unsure:
        update |= {
            "target_role": base.target_role,
            "target_unsure": base.target_unsure,
            "target_raw": base.target_raw,
        }
    return update


def profile_from_cv(
    text: str,
    lexicon: Lexicon,
    kb: KnowledgeBase,
    today: date,
    prior: Profile | None = None,
) -> CvImport:
    """Fold a CV into ``prior`` (hours, horizon and target stay the person's own)."""
    base = prior or Profile()
    profile = base.model_copy(deep=True)
    first_role: str | None = None
    first_years: float | None = None
    skill_said = False
    section = ""
    sections: list[str] = []
    experience_lines: list[str] = []
    listed: list[SkillClaim] = []
    stated: dict[str, int] = {}  # "basic Python (pandas)": the level the person gives
    stated_line: dict[str, str] = {}
    near: dict[str, tuple[int, str]] = {}
    plainly: set[str] = set()
    read = 0
    latest = _latest_job_line(text.splitlines(), today)
    for number, raw in enumerate(text.splitlines()):
        line = " ".join(_EMPHASIS.sub("", raw).split())[:MAX_LINE_CHARS]
        if not line:
            continue
        heading = _HEADING.match(line)
        if heading:
            section = heading.group("name").lower()
            sections.append(section)
            continue
        read += 1
        items = skills_items(line, section)
        if items:  # "Skills: Linux, IPMI/BMC, Ansible (a little)": each item counts
            known = {(c.raw or "").lower() for c in [*profile.skills, *listed] if c.raw}
            listed += unknown_skills(items, line, lexicon, known)
            for skill_id, level in stated_levels(items, lexicon).items():
                stated.setdefault(skill_id, level)
                stated_line.setdefault(skill_id, line)
        else:  # "some Python (pandas) for ad-hoc analysis": the person's own rating, in a job line
            basic, named = near_levels(line, lexicon)
            plainly |= named
            for skill_id, level in basic.items():
                near.setdefault(skill_id, (level, line))
        in_experience = not section or bool(_EXPERIENCE.search(section))
        if in_experience and not _is_school(line):
            experience_lines.append(line)
        if CAREER_BREAK.search(line) and _RANGE.search(line):
            continue  # "2020.07-至今 全职妈妈": time away, neither a job nor skills
        if _OBJECTIVE.match(line):
            continue  # "求职意向：大模型应用开发": what they want, never what they have
        line = _INLINE_LABEL.sub("", line)  # "Experience: Data Analyst at Acme, 2018-2023"
        if (not in_experience or _is_school(line)) and _RANGE.search(line):
            line = _RANGE.sub(" ", line)  # "2013 - 2017 某大学 本科": a school, not a job
        # A job's heading line ("2018.07 - 至今 某银行 数据分析师") is read as the answer to
        # "what do you do?", without its dates; other lines as any chat turn.
        dated = (
            first_role is None
            and in_experience
            and _RANGE.search(line) is not None
            and (latest is None or number == latest[0])
        )
        turn = _EMPTY_PARENS.sub("", _RANGE.sub(" ", line)).strip(" ,，|-–—") if dated else line
        rest = ""
        if dated:
            turn, rest = _role_and_rest(turn)
        before = profile
        profile = extract_profile(
            turn, profile, lexicon, kb, asked="background" if dated else None, today=today
        )
        if rest:  # the company, the city, the duties: skills, never the job title
            role_now = profile.current_role
            profile = extract_profile(rest, profile, lexicon, kb, asked=None, today=today)
            profile = profile.model_copy(update={"current_role": role_now})
        profile = in_their_sense(before, profile, line, lexicon)
        if (
            first_role is None
            and profile.current_role
            and profile.current_role != base.current_role
        ):
            first_role = profile.current_role
        years_now = profile.years_experience
        if first_years is None and years_now is not None and years_now != base.years_experience:
            first_years = years_now
            skill_said = _years_of_a_skill(line, lexicon)  # "3年Go开发经验": Go's, not the career's
            # "head of department since 2020" inside a job since 2012: a date, no career's years
            skill_said = skill_said or not _COUNTED_YEARS.search(line)
    from_dates = years_from_ranges(experience_lines, today)
    work_years = _work_years(text.splitlines(), today, latest, lexicon, kb)
    years = first_years if first_years is not None else work_years or from_dates
    if skill_said and from_dates is not None and first_years is not None:
        years = max(first_years, from_dates)  # a skill's years are no career's; the dates are
    profile = profile.model_copy(update=_persons_own(base, first_role, years))
    for skill_id, (level, said) in near.items():
        if skill_id not in plainly and skill_id not in stated:
            stated[skill_id], stated_line[skill_id] = level, said
    profile = with_stated_levels(profile, stated, stated_line)
    profile = sustained(profile, skill_jobs(text, lexicon, kb, today), stated)
    profile = profile.model_copy(
        update={
            "skills": [*profile.skills, *listed],
            "evidence": _cv_evidence(base, profile, text.splitlines(), latest, first_role),
        }
    )
    profile = server_side_work(profile, kb)  # "PHP" listed: back-end work the KB has no name for
    profile = tested_by_hand(profile, text, lexicon)  # "测试工程师" alone shows no automation
    profile = regulated_work(profile, text, kb)  # "IEC 62304": governance's regulated base
    by_skill = skill_years(text, lexicon, kb, today)
    for skill_id, given in stated_skill_years(text, lexicon, kb).items():  # "Python (7 years)"
        by_skill[skill_id] = max(by_skill.get(skill_id, 0.0), given)
    gap = _gap(experience_lines, today, latest)
    if gap is not None and first_role is not None:
        profile = _after_break(profile, base, gap, bool(_CJK.search(text[:5000])))
    return CvImport(
        profile=profile,
        lines_read=read,
        sections=sections,
        years_from_dates=from_dates,
        career_break=gap,
        skill_years=by_skill,
    )

"""The jobs of a CV that show each skill (pure): a dated job line and the lines under it, up to
the next dated line or section (studies and breaks are no job). A skill shown across jobs for
years is the person's at expert level."""

from __future__ import annotations

import re
from datetime import date

from coach.engine.cv_dates import CAREER_BREAK, DATE_RANGE, span
from coach.engine.cv_vocab import EMPHASIS as _EMPHASIS
from coach.engine.cv_vocab import EXPERIENCE as _EXPERIENCE
from coach.engine.cv_vocab import HEADING as _HEADING
from coach.engine.cv_vocab import is_school as _is_school
from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile

_RANGE = DATE_RANGE


def skill_jobs(
    text: str, lexicon: Lexicon, kb: KnowledgeBase, today: date
) -> dict[str, list[float]]:
    """Per skill, the years of each job whose lines show it: a dated job line and the lines
    under it, up to the next dated line or section (studies and breaks are no job)."""
    out: dict[str, list[float]] = {}
    block: float | None = None
    seen: set[str] = set()
    section = ""
    for raw in text.splitlines():
        line = " ".join(_EMPHASIS.sub("", raw).split())
        heading = _HEADING.match(line)
        if heading:
            section, block = heading.group("name").lower(), None
            continue
        if section and not _EXPERIENCE.search(section):
            continue
        dated = _RANGE.search(line)
        if dated:
            block, seen = None, set()
            if not (_is_school(line) or CAREER_BREAK.search(line)):
                start, end, _ = span(dated, today)
                block = max(0, end - start) / 12
        if block is None:
            continue
        for mention in lexicon.find_skills(line):
            if mention.id in kb.skills and mention.id not in seen:
                seen.add(mention.id)
                out.setdefault(mention.id, []).append(block)
    return out


def skill_years(text: str, lexicon: Lexicon, kb: KnowledgeBase, today: date) -> dict[str, float]:
    """Per skill, the years of the jobs whose lines show it."""
    jobs = skill_jobs(text, lexicon, kb, today)
    return {skill_id: round(sum(years), 1) for skill_id, years in jobs.items()}


SUSTAINED_JOBS = 2
SUSTAINED_YEARS = 5.0
"""A skill the lines of two jobs or more show, over five years or more of those jobs ("Java 17
microservices" 2019-now, "REST APIs in Java" 2015-2019), is the person's at expert level, as
"Java, 12 years" said in the chat is; a skill named in one job may be a one-off."""


def sustained(profile: Profile, jobs: dict[str, list[float]], stated: dict[str, int]) -> Profile:
    skills = [
        c.model_copy(update={"level": 3})
        if c.skill_id
        and c.skill_id not in stated  # "basic Python": the person's own word stands
        and c.level == 2
        and len(jobs.get(c.skill_id, [])) >= SUSTAINED_JOBS
        and sum(jobs[c.skill_id]) >= SUSTAINED_YEARS
        else c
        for c in profile.skills
    ]
    return profile.model_copy(update={"skills": skills})


_ITEM_YEARS = re.compile(
    r"(?<![\d.])(?P<n>\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?|y\b|年)", re.IGNORECASE
)
_ITEMS = re.compile(r"[,，、;；|]")


def stated_skill_years(text: str, lexicon: Lexicon, kb: KnowledgeBase) -> dict[str, float]:
    """Per skill, the years the CV states beside it ("Python (7 years)", "Go 3年", "| SQL | 9
    years |"): an item naming one skill and its years."""
    out: dict[str, float] = {}
    for line in text.splitlines():
        for item in _ITEMS.split(line):
            m = _ITEM_YEARS.search(item)
            if m is None:
                continue
            ids = {s.id for s in lexicon.find_skills(item) if s.id in kb.skills}
            if len(ids) == 1:
                skill_id = ids.pop()
                out[skill_id] = max(out.get(skill_id, 0.0), float(m.group("n")))
    return out

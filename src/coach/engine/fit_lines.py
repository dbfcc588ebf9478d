"""The fit, line by line of the posting, and what the person brings that carries over (pure).

Every line of the posting's requirements list is said as have / missing / not covered: the KB
skills it names, met or not (an "or" met by either); the names the knowledge base lacks, shown
by the person's own words or not covered; a line of years only, met by the person's years or
left to them. What carries over: the person's skills at working level that the posting does not
name but builds on (a prerequisite of what it asks, one the knowledge base builds on beside what
it asks, a skill of the same kind, or one the closest curated role needs): a data analyst's SQL
and BI work for an ML posting.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field, computed_field

from coach.engine.posting import JobPosting
from coach.knowledge.loader import KnowledgeBase

MAX_CARRIED = 5
CARRY_LEVEL = 2
"""A skill the person shows at this level or more carries over."""
_NO_KIND = frozenset({"soft", "product", "domain", "non_coding"})
"""Categories too broad to say "same kind" (communication is near every posting)."""
_EITHER = re.compile(r"\bor\b|/|或|或者", re.IGNORECASE)
_DERIVED = re.compile(r"^(?:implied by |from your background|由.+?推断：|来自你的背景)")
"""Evidence coach derived, not the person's own line."""


class FitLine(BaseModel):
    """One line of the posting's requirements, as the person meets it."""

    text: str
    required: bool = True
    have: list[str] = Field(default_factory=list, description="KB skills met (ids).")
    missing: list[str] = Field(
        default_factory=list,
        description="KB skills to close (ids); of an 'or', only the one that stands for it.",
    )
    shown: list[str] = Field(
        default_factory=list, description="Names the KB lacks that the person's words show."
    )
    not_covered: list[str] = Field(
        default_factory=list, description="Names the KB lacks, not shown: coach cannot plan them."
    )
    years: float | None = None
    alternatives: dict[str, list[str]] = Field(
        default_factory=dict, description="Per skill, the skills this line accepts instead."
    )
    years_met: bool | None = Field(
        default=None, description="A line of years only: whether the person's years meet it."
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def status(self) -> str:
        """have / missing / not_covered / judge (a line coach cannot read either way)."""
        if self.missing:
            return "missing"
        if self.not_covered:
            return "not_covered" if not self.have else "partly"
        if self.have or self.shown or self.years_met:
            return "have"
        return "judge"


def _statuses(items: list[Any]) -> dict[str, bool]:
    """Per skill id, whether the person meets it by their own level (not through an
    alternative some other line accepts: each line's own "or" is read on the line)."""
    out: dict[str, bool] = {}
    for item in items:
        out[item.skill_id] = item.gap_hours == 0 and item.met_by is None
        for other in item.alternatives:
            out.setdefault(other, False)
    return out


def fit_lines(
    posting: JobPosting,
    items: list[Any],
    shown_terms: list[str],
    years_have: float | None,
) -> list[FitLine]:
    """The posting's requirement lines, each with what the person has and lacks of it."""
    own = _statuses(items)
    aside = {a for item in items for a in item.alternatives}  # "Python or Java": Python stands
    shown = {t.lower() for t in shown_terms}
    out: list[FitLine] = []
    for line in posting.lines:
        said = [t for t in line.terms if t.lower() in shown]
        met = dict(own)
        through: set[str] = set()  # met only by the "or" of this line: neither had nor lacked
        for skill_id in line.skills:  # "Python or Node.js", "(PHP or JavaScript)" on this line
            others = line.alternatives.get(skill_id, [])
            terms = line.alternative_terms.get(skill_id, [])
            if not met.get(skill_id) and (
                any(own.get(o) for o in others) or any(t.lower() in shown for t in terms)
            ):
                met[skill_id] = True
                through.add(skill_id)
        known = [s for s in line.skills if s in met]
        missing = [s for s in known if not met[s] and s not in aside]
        group = {o for s in missing for o in line.alternatives.get(s, [])}
        missing = [s for s in missing if not (s in group and missing.index(s) > 0)]
        lacking = [t for t in line.terms if t.lower() not in shown]
        if said and _EITHER.search(line.text):
            lacking = []  # "Workday or SuccessFactors": the one the person shows meets it
        years_met = None
        if line.years is not None and not missing and (not known or not lacking):
            years_met = (years_have or 0.0) >= line.years
            if years_met and said:
                lacking = []  # "5+ years in HR, HRBP or people analytics" for a 10-year HRBP
        out.append(
            FitLine(
                text=line.text,
                required=line.required,
                have=[s for s in known if met[s] and s not in through],
                missing=missing,
                shown=said,
                not_covered=lacking,
                years=line.years,
                alternatives=line.alternatives,
                years_met=years_met,
            )
        )
    return out


def _near(kb: KnowledgeBase, asked: set[str], depth: int = 2) -> set[str]:
    """The skills ``asked`` builds on, ``depth`` steps down."""
    out: set[str] = set()
    frontier = set(asked)
    for _ in range(depth):
        nxt = {p for s in frontier if s in kb.skills for p in kb.skills[s].prerequisites}
        frontier = nxt - out
        out |= nxt
    return out


def _beside(kb: KnowledgeBase, asked: set[str]) -> set[str]:
    """What the knowledge base builds on together with an asked skill (data analysis beside
    Python for feature engineering, SQL beside Python for data pipelines)."""
    out: set[str] = set()
    for skill in kb.skills.values():
        if asked & set(skill.prerequisites):
            out |= set(skill.prerequisites)
    return out - asked


def carries_over(
    kb: KnowledgeBase,
    posting: JobPosting,
    levels: dict[str, tuple[int, str]],
    role_skills: set[str],
) -> list[tuple[str, int, str]]:
    """(skill id, level, evidence) of what the person brings that the posting does not name but
    builds on, strongest first."""
    asked = {r.skill_id for r in posting.requirements}
    kinds = {kb.skills[s].category for s in asked if s in kb.skills} - _NO_KIND
    near = _near(kb, asked) | _beside(kb, asked) | role_skills
    out: list[tuple[str, int, str]] = []
    for skill_id, (level, evidence) in levels.items():
        skill = kb.skills.get(skill_id)
        if skill is None or skill_id in asked or level < CARRY_LEVEL:
            continue
        if _DERIVED.match(evidence):
            continue  # only what the person's own lines show
        if skill_id in near or skill.category in kinds:
            out.append((skill_id, level, evidence))
    out.sort(key=lambda c: (-c[1], c[0]))
    return out[:MAX_CARRIED]


def excused_everywhere(posting: JobPosting, skill_id: str, instead: str) -> bool:
    """Whether every required line naming ``skill_id`` accepts ``instead`` for it (a skill or a
    name the KB lacks): "(PHP or JavaScript)" excuses JavaScript there, not in "PHP and Node
    back ends". A posting read before its lines were kept excuses as its requirement says."""
    lines = [line for line in posting.lines if line.required and skill_id in line.skills]
    return all(
        instead in line.alternatives.get(skill_id, [])
        or instead in line.alternative_terms.get(skill_id, [])
        for line in lines
    )

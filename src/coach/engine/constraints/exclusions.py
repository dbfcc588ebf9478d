"""Parts of a clause read apart from its skills: excluded topics and resource kinds ("no
books", "不要视频课"), weeks away ("他春节前后两周没时间") and the first week of a project
asked for ("add a project from week 10")."""

from __future__ import annotations

import re
from datetime import date

from coach.engine.away import read_away
from coach.engine.constraints.model import Constraint
from coach.engine.constraints.modes import NEG, blank
from coach.engine.constraints.topics import TOPICS, matches_topic

_KIND_WORDS: tuple[tuple[str, str], ...] = (
    (r"\bbooks?\b|书籍|书本|看书|读书|(?<![证])书", "book"),
    (r"\b(?:courses?|moocs?|videos?|lectures?)\b|课程|网课|视频课|视频", "course"),
    (r"\bpapers?\b|论文", "paper"),
    (r"\bdocs\b|\bdocumentation\b|官方文档", "docs"),
)


def read_exclusions(s: str, rest: str) -> tuple[list[Constraint], str]:
    """Excluded topics and resource kinds; ``rest`` with their words blanked."""
    found: list[Constraint] = []
    if not re.search(NEG, s, re.I):
        return found, rest
    for topic in TOPICS:
        if matches_topic(topic, s):
            found.append(Constraint(kind="exclude_topic", text=s, topic=topic))
            for group in TOPICS[topic]:
                for term in group:
                    for m in re.finditer(re.escape(term), rest, re.I):
                        rest = blank(m.span(), rest)
            break
    for pattern, kind in _KIND_WORDS:
        for m in re.finditer(pattern, rest, re.I):
            if not any(c.resource_kind == kind for c in found):
                found.append(Constraint(kind="exclude_resource_kind", text=s, resource_kind=kind))
            rest = blank(m.span(), rest)
    return found, rest


def read_weeks_away(s: str, today: date | None) -> list[Constraint]:
    """ "他春节前后两周没时间": weeks with no hours, then the usual ones (needs today's date)."""
    if today is None or (away := read_away(s, today)) is None:
        return []
    first, weeks = away
    return [
        Constraint(kind="hours_from", text=s, hours_per_week=0, from_date=first, for_weeks=weeks)
    ]


def add_anchor(asked: list[Constraint]) -> list[Constraint]:
    """ "add a project from week 10": the project's first week, as a week anchor."""
    return [
        Constraint(
            kind="week_anchor", text=c.text, op="min", from_week=c.from_week, block="project"
        )
        for c in asked
        if c.kind == "add_project" and c.from_week
    ]

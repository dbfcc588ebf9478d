"""What a request's parts became, for the mentor: the parts not applied (word for word), all
the mentor's requests read as constraints, and whether anything was understood at all."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from coach.engine.constraints.model import Constraint
from coach.engine.constraints.parse import parse_constraints
from coach.engine.constraints.quantities import PROJECT
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase


def not_applied(constraints: list[Constraint]) -> list[str]:
    """The words of every part of a request that was not read (shown to the mentor)."""
    return [
        c.text
        for c in constraints
        if c.kind == "note" or (c.kind == "set_target" and c.role_id is None)
    ]


def nothing_understood(constraints: list[Constraint]) -> bool:
    """No part of a request was read (every part is kept only as words): no new plan from it."""
    return len(not_applied(constraints)) == len(constraints)


_PROJECT_KINDS = frozenset(
    {
        "project_earlier",
        "project_later",
        "project_field",
        "project_topic",
        "add_project",
        "project_time",
        "no_project",
        "project_data",
    }
)


_PLACES = frozenset(
    {
        "project_earlier",
        "project_later",
        "week_anchor",
        "place_after",
        "start_with",
        "move_earlier",
        "move_later",
        "before_project",
    }
)
"""Kinds that say where a thing goes ("put it back where it was" takes back only these)."""


def _undoes(u: Constraint, c: Constraint) -> bool:
    """Whether the undo ``u`` takes back the earlier ``c`` (an undo with nothing named takes
    back the whole request before it: see :func:`undone`)."""
    if u.only_place and c.kind not in _PLACES:
        return False
    if u.block == "project":
        return c.kind in _PROJECT_KINDS or c.block == "project"
    if u.block == "job_search":
        return c.kind == "job_search_hours" or c.block == "job_search"
    return u.skill_id is not None and u.skill_id in (c.skill_id, c.after)


def undone(read: list[list[Constraint]]) -> list[list[Constraint]]:
    """Each request's constraints without those a later request took back ("put it back
    where it was", "revert the Python change"); a bare undo takes back the request before
    it (its notes too: nothing of it is pending any more)."""
    out = [list(cons) for cons in read]
    for at, cons in enumerate(read):
        for u in (c for c in cons if c.kind == "undo"):
            if not (u.block or u.skill_id):
                if at:
                    out[at - 1] = [c for c in out[at - 1] if c.kind == "undo"]
                continue
            for before in range(at):
                out[before] = [c for c in out[before] if c.kind == "undo" or not _undoes(u, c)]
    return out


_AMOUNT = frozenset({"skill_hours", "include_skill", "exclude_skill", "max_level", "min_level"})


def _key(c: Constraint) -> tuple[str, str] | None:
    """What a later request on the same thing replaces: a skill's amount ("40 h", then "0 h",
    then "drop it"), a week anchor, the weekly hours or the horizon as set."""
    if c.kind in _AMOUNT and c.skill_id:
        return ("amount", c.skill_id)
    if c.kind == "week_anchor":
        return ("anchor", c.block or c.skill_id or "")
    if c.kind in {"max_hours_per_week", "set_horizon", "project_field", "set_target"}:
        return ("setting", c.kind)  # "项目领域是保险理赔" replaces the field asked before
    return None


def notes_constraints(
    notes: Sequence[str], kb: KnowledgeBase, start: date | None
) -> list[Constraint]:
    """The constraints of all the mentor's requests, read against ``start`` (the plan's first
    day: "until the end of January" is a window from then), in order; one a later request
    replaces (the same skill's hours, its week, the weekly hours) is left out."""
    read = _amended(undone([parse_constraints(n, kb, today=start) for n in notes]))
    out: list[Constraint] = []
    for at, cons in enumerate(read):
        more = [c for rest in read[at + 1 :] for c in rest]
        later = {k for c in more if (k := _key(c))}
        retitled = any(c.kind in {"project_topic", "add_project"} and c.project_topic for c in more)
        for c in cons:
            if _key(c) is not None and _key(c) in later:
                continue  # replaced by a later request
            if retitled and c.kind == "project_topic":
                continue  # the project's topic asked again: the later words
            if c.kind == "add_project" and any(m.kind in _ASKS for m in more):
                continue  # the project asked again: the later request (sized below)
            out.append(c)
    return _sized_last(out, [c for cons in read for c in cons])


_ASKS = frozenset({"add_project", "project_topic"})


def _amended(read: list[list[Constraint]]) -> list[list[Constraint]]:
    """Each amendment of the project ("项目要包括亲和图和洞察报告") joined to the topic asked
    before it (one topic, both requests' words); with no topic asked before, it stays words
    not applied (the plan's own project title is not the mentor's to extend here)."""
    topic: Constraint | None = None
    out: list[list[Constraint]] = []
    for cons in read:
        now: list[Constraint] = []
        for c in cons:
            if c.kind == "project_topic" and c.amends:
                if topic is None:
                    now.append(Constraint(kind="note", text=c.text, source=c.source))
                    continue
                zh = re.search(r"[\u4e00-\u9fff]", c.project_topic or "")
                sep = "，包括" if zh else ", including "
                c = c.model_copy(
                    update={
                        "project_topic": f"{topic.project_topic}{sep}{c.project_topic}",
                        "amends": False,
                    }
                )
            if c.kind in _ASKS and c.project_topic:
                topic = c
            now.append(c)
        out.append(now)
    return out


def _sized_last(out: list[Constraint], said: list[Constraint]) -> list[Constraint]:
    """The last project ask with the hours said for the project in any request (the latest
    figure), so a project asked again keeps its size."""
    hours = [c.hours for c in said if c.kind in _ASKS and c.hours]
    asks = [i for i, c in enumerate(out) if c.kind in _ASKS]
    if not hours or not asks or out[asks[-1]].hours:
        return out
    last = asks[-1]
    return [*out[:last], out[last].model_copy(update={"hours": hours[-1]}), *out[last + 1 :]]


def requests_not_applied(
    notes: list[str], kb: KnowledgeBase, start: date | None = None
) -> list[str]:
    """Of all the mentor's requests so far, the parts not applied, word for word, in order;
    a part a later request asked again and had read (the same skills, or the same words) is
    done, not listed."""
    read = undone([parse_constraints(n, kb, today=start) for n in notes])
    out: list[str] = []
    for at, cons in enumerate(read):
        later = [c for more in read[at + 1 :] for c in more if c.kind != "note"]
        for part in not_applied(cons):
            skills = {m.id for m in get_lexicon(kb).find_skills(part)}
            again = {c.skill_id for c in later if c.skill_id}
            said = any(part.lower() in c.text.lower() for c in later)
            retold = PROJECT.search(part) is not None and any(c.kind in _ASKS for c in later)
            if not said and not retold and not (skills and skills <= again):
                out.append(part)
    return list(dict.fromkeys(out))

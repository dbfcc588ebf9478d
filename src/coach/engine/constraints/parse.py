"""Free text (English or Chinese) -> typed constraints.

The text is split into clauses (sentences, commas, and "and"/"然后"... before a new instruction),
and each clause is read for: weekly hours (from a date), the horizon, hours for a skill, the
project's place, excluded topics and resource kinds, and skills with what to do with them
(add, drop, make core, start with, move earlier or later). A clause that names skills but no
instruction takes the previous clause's ("add RAG, evals and agents"). A clause nothing could
be read from is kept verbatim as a ``note``: it is shown to the mentor as not applied.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Literal

from coach.engine.constraints.anchors import read_anchors, read_job_search
from coach.engine.constraints.clauses import split_clauses
from coach.engine.constraints.corrections import (
    read_capacity,
    read_find_work,
    read_level_cap,
    read_min_level,
    read_no_coding,
    read_profile_skills,
    read_skill_share,
    read_stays,
    read_target,
)
from coach.engine.constraints.dips import read_dip
from coach.engine.constraints.exclusions import add_anchor, read_exclusions, read_weeks_away
from coach.engine.constraints.followups import absorbed, dated, reasons_only, who_they_are
from coach.engine.constraints.horizon import read_horizon
from coach.engine.constraints.keeps import (
    NO_CODE_ONLY,
    NOT_DROP,
    NOT_FROM_SCRATCH,
    keep_word,
    kept_by_the_next,
    one_first_week,
    same_target,
)
from coach.engine.constraints.model import Block, Constraint
from coach.engine.constraints.modes import (
    MODE_RES,
    PLACE_KINDS,
    Mode,
    adjacent_heads,
    blank,
    refers_back,
    skills_of,
)
from coach.engine.constraints.project_ask import (
    read_add_project,
    read_before_project,
    read_no_project,
    read_project_time,
    read_project_topic,
    specific,
)
from coach.engine.constraints.project_clauses import (
    BARE_NOT,
    NOT_ONLY,
    more_of_the_project,
    project_clause,
    project_field,
    read_amendment,
)
from coach.engine.constraints.quantities import (
    HOURS,
    PROJECT,
    UNREALISTIC,
    WEEK,
    read_skill_hours,
    read_weekly_hours,
)
from coach.engine.constraints.reasons import REASON_START
from coach.engine.constraints.revisions import (
    first_months,
    in_context,
    range_anchors,
    read_place_after,
    read_project_data,
    read_undo,
    week_range,
    with_added,
)
from coach.engine.constraints.target_negation import read_negated_target
from coach.engine.numbers.approx import NUM, number
from coach.knowledge.lexicon import Mention, get_lexicon
from coach.knowledge.loader import KnowledgeBase

BARE_NUMBER = re.compile(rf"({NUM})", re.I)
# A skill named after "after"/"before"/"之后" only places another one: it is not asked for.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:after|before|until|than|following|once|behind|ahead\s+of)\s+(?:the\s+)?$", re.I
)
_REFERENCE_AFTER = re.compile(r"^\s*(?:之后|以后|之前|以前|后面|前面|学完)")


# "for an inference role", "做推理岗位": a skill word that names the role is context, not a skill
_ROLE_CONTEXT = re.compile(
    r"\bfor\s+(?:an?|the|her|his|their|this)\s+[\w\s-]{0,30}?\b(?:roles?|positions?|jobs?)\b", re.I
)


# "before the ONNX project": a skill word in the project's name only names the project
_NAMES_PROJECT = re.compile(r"\s*(?:[\w.+-]+\s+)?(?:project|capstone)\b", re.I)
_THE_BEFORE = re.compile(r"\b(?:the|her|his|their|this|that)\s+$", re.I)


def _targets(mentions: list[Mention], s: str) -> list[Mention]:
    """The mentions a clause asks something for (not those that only place another or name
    the role)."""
    context = [m.span() for m in _ROLE_CONTEXT.finditer(s)]
    return [
        m
        for m in mentions
        if not any(a <= m.start < b for a, b in context)
        and not _REFERENCE_BEFORE.search(s[max(0, m.start - 16) : m.start])
        and not (_REFERENCE_AFTER.match(s[m.end :]) and s[: m.start].strip())
        and not (_NAMES_PROJECT.match(s[m.end :]) and _THE_BEFORE.search(s[: m.start]))
    ]


# "she needs the basics first": a clause about the person, not an instruction on the project
_COURTESY = re.compile(
    r"\W*(?:(?:please|pls|thanks?|thank\s+you|cheers|ok(?:ay)?|谢谢|多谢|麻烦(?:了|你了)?|请|辛苦了?|好的)"
    r"[\W_]*)+",
    re.I,
)
"""A clause of courtesy alone ("..., please", "谢谢！"): no request, so never a "not applied"."""
_ABOUT_PERSON = re.compile(r"^\s*(?:she|he|they|her|his|their)\b|^\s*(?:他|她|他们)", re.I)


def _typed(s: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Constraint]:
    """The kinds a clause is wholly about when it names them: no coding, a new target, week
    anchors, the job-search block, a correction of the profile."""
    readers: tuple[Callable[[], list[Constraint]], ...] = (
        lambda: read_no_coding(s),
        lambda: read_level_cap(s, mentions),
        lambda: read_min_level(s, mentions),
        lambda: read_skill_share(s, mentions),
        lambda: read_target(s, kb),
        lambda: read_anchors(s, mentions),
        lambda: read_job_search(s, mentions),
        lambda: read_find_work(s),
        lambda: read_stays(s),
        lambda: read_profile_skills(s, mentions, kb),
    )
    for read in readers:
        if found := read():
            return found
    return []


def _placed(s: str, skills: list[str]) -> list[Constraint]:
    """Where a clause that sizes skills also places them ("... 20 h, at the start")."""
    for mode, rx in MODE_RES:
        if mode in PLACE_KINDS and rx.search(s):
            kind = PLACE_KINDS[mode]
            return [Constraint(kind=kind, text=s, skill_id=k) for k in dict.fromkeys(skills)]
    return []


def parse_clause(
    s: str,
    kb: KnowledgeBase,
    carried: Mode | None,
    today: date | None,
    previous: list[str],
    unread: list[str],
) -> tuple[list[Constraint], Mode | None]:
    """The constraints in one clause (see :func:`_parse_clause`); "don't drop X" keeps X."""
    if NOT_FROM_SCRATCH.search(s):  # "不要从头学，最多20小时": no exclusion in it
        found, mode = _parse_clause(
            NOT_FROM_SCRATCH.sub(" ", s), kb, carried, today, previous, unread
        )
        said = get_lexicon(kb).find_skills(s)
        if said and all(c.kind == "note" for c in found):  # "机器学习基础不要从头学": not new
            ids = dict.fromkeys(m.id for m in said)
            found = [Constraint(kind="profile_skill", text=s, skill_id=k, level=1) for k in ids]
        return [c.model_copy(update={"text": s}) for c in found], mode
    if NOT_DROP.search(s) is None:
        return _parse_clause(s, kb, carried, today, previous, unread)
    found, mode = _parse_clause(NOT_DROP.sub(keep_word, s), kb, carried, today, previous, unread)
    return [c.model_copy(update={"text": s}) for c in found], mode


def _parse_clause(
    s: str,
    kb: KnowledgeBase,
    carried: Mode | None,
    today: date | None,
    previous: list[str],
    unread: list[str],
) -> tuple[list[Constraint], Mode | None]:
    """The constraints in one clause, and the skill mode a following list clause inherits.
    ``previous``: the skills the clause before named, for hours ("keep it under 20 hours");
    ``unread``: those of them nothing was read for, for "take it out"/"去掉吧"."""
    if REASON_START.search(s):
        return [], None  # a reason: a note, never an instruction
    if NO_CODE_ONLY.search(s) and not PROJECT.search(s):
        return [Constraint(kind="no_coding", text=s)], None  # "keep it no-code": not "no X"
    if none := read_no_project(s):
        return none, None  # "no project for now": the plan has none
    said = get_lexicon(kb).find_skills(s)
    if undo := read_undo(s, _targets(said, s)):
        return undo, None  # "put it back where it was", "revert the Python change"
    if amended := read_amendment(s):
        return amended, None  # "项目要包括亲和图和洞察报告": more of the project asked
    data = read_project_data(s)  # "use de-identified cases only"
    topic = [
        c for c in read_project_topic(s) if not project_field(s) or specific(c.project_topic or "")
    ]
    if topic and not data:  # the field too, when one is named: its projects, in their words
        return project_field(s) + topic, None
    if topic:
        return project_field(s) + topic + data, None
    if data or (data := with_added(read_place_after(s, adjacent_heads(said, s)))):
        return data, None  # "Docker right after Python", "项目放在提示词工程之后"
    earlier = any(mode == "earlier" and rx.search(s) for mode, rx in MODE_RES)
    heads = [m.id for m in _targets(adjacent_heads(said, s), s)]
    if not earlier and (early := first_months(s, heads)):
        return early, None  # "Git needs to come in the first month"
    named = [m.id for m in get_lexicon(kb).find_skills(s)]
    if given := read_project_time(s, named):
        return given, None  # "时间给项目", "use the Docker hours for the project"
    if asked := read_add_project(s):
        return asked + add_anchor(asked), None  # "加一个作品集项目：...": all of it is the project
    mentions = _targets(adjacent_heads(get_lexicon(kb).find_skills(s), s), s)
    weekly, dip = read_weekly_hours(s, today), read_dip(s, today, mentions)
    if dip and not any(c.for_weeks for c in weekly):  # "zero hours in January": no horizon
        found = dip
    else:
        found = [*weekly, *read_horizon(s, today)] or read_capacity(s, mentions)
    found = found or read_weeks_away(s, today)
    if typed := _typed(s, mentions, kb):
        anchored = [c for c in typed if c.kind == "week_anchor" and c.skill_id]
        sized = read_skill_hours(s, mentions, []) if anchored else []  # "~40 h from week 1"
        return found + typed + sized, None
    if before := read_before_project(s, [m.id for m in mentions]):
        return found + before, None  # "do RAG before the project": not the project's place
    found += project_clause(s)
    if any(c.kind == "project_field" for c in found):
        return found, None  # "about protein sequences, not DFT": all of it is about the project
    weeks = week_range(s)  # "Python ~40h weeks 1-5": the numbers of the range are weeks
    hours = read_skill_hours(
        blank(weeks[1], s) if weeks else s, mentions, [] if found else previous
    )
    found += hours
    rest = s
    if weeks and (hours or (mentions and not found)):  # "Python 前5周": it starts in week 1
        ranged = hours or [Constraint(kind="note", text=s, skill_id=m.id) for m in mentions]
        return found + range_anchors(s, ranged, weeks[0]), None
    if hours:  # "a 20h refresher on Java and Spring at the start": the order said too
        return found + _placed(s, [c.skill_id for c in hours if c.skill_id]), None
    excluded, rest = read_exclusions(s, rest)
    found += excluded
    if excluded and not any(rest[m.start : m.end] == s[m.start : m.end] for m in mentions):
        # "不需要云平台认证": the skill's words are the topic's (no cloud left out)
        return found, None
    if found and not excluded:
        return found, None
    skills, mode = skills_of(s, rest, mentions, carried, [] if mentions else unread)
    return found + skills, mode


def parse_constraints(
    text: str,
    kb: KnowledgeBase,
    source: Literal["mentor", "user"] = "mentor",
    today: date | None = None,
) -> list[Constraint]:
    """Read a change request (``source="user"``: a constraint the user gave) into constraints;
    every clause nothing could be read from becomes a ``note`` with its words."""
    out: list[Constraint] = []
    carried: Mode | None = None
    previous: list[str] = []
    unread: list[str] = []
    weekly = doubted = project = False
    targets, text = read_negated_target(text, kb)  # "her goal isn't X, it's Y": one request
    for clause in split_clauses(text, kb):
        if _COURTESY.fullmatch(clause) or absorbed(
            clause, out, get_lexicon(kb).find_skills(clause), kb
        ):
            continue
        if out and out[-1].amends and NOT_ONLY.match(clause):  # "..., 不只是整理访谈记录"
            out[-1] = out[-1].model_copy(update={"text": f"{out[-1].text}, {clause}"})
            continue
        if more_of_the_project(clause, out, project, bool(get_lexicon(kb).find_skills(clause))):
            continue
        before: tuple[Block | None, list[str]] = ("project", []) if project else (None, previous)
        if (
            not get_lexicon(kb).find_skills(clause)
            and not PROJECT.search(clause)
            and (back := read_anchors(clause, [], before))
        ):
            out.extend(back)  # "add RAG, start it by week 4": the week is about RAG
            skills = [c.skill_id for c in back if c.skill_id]
            out.extend(
                read_skill_hours(clause, [], skills) if skills else []
            )  # "~40 h from week 1"
            continue
        found, carried = parse_clause(clause, kb, carried, today, previous, unread)
        if not found and out and out[-1].kind != "note" and REASON_START.search(clause):
            out[-1] = out[-1].model_copy(update={"text": f"{out[-1].text}, {clause}"})
            continue  # "Git in the first month, she'll be pushing code from week 19": why
        found, merged = in_context(found, out, project, previous, clause)
        if merged:
            continue  # "..., put it back where it was": the same undo
        asked = [c for c in out if c.kind == "project_field"]
        if (
            project
            and asked
            and BARE_NOT.match(clause)
            and all(c.kind in {"exclude_skill", "profile_skill", "note"} for c in found)
        ):
            # "... about protein sequences, not DFT": the "not" is about the project too
            at = out.index(asked[-1])
            out[at] = asked[-1].model_copy(update={"text": f"{asked[-1].text}, {clause}"})
            continue
        if not found and previous and not get_lexicon(kb).find_skills(clause):
            found = first_months(clause, previous)  # "PyTorch ..., put it in the first month"
        if (
            not found
            and project
            and not get_lexicon(kb).find_skills(clause)
            and not _ABOUT_PERSON.match(clause)
        ):
            # "swap the project for one in finance and move it earlier": "it" is the project
            had = {c.kind for c in out}
            found = [
                c.model_copy(update={"text": clause})
                for c in project_clause("project " + clause)
                if c.kind not in had
            ]
        if not found and previous and not get_lexicon(kb).find_skills(clause):
            found = refers_back(clause, previous)  # "add RAG, put it at the start"
        project = bool(PROJECT.search(clause)) or (project and bool(found))
        if (
            not found
            and weekly
            and (h := HOURS.search(clause) or (BARE_NUMBER.search(clause) if doubted else None))
            and not UNREALISTIC.search(clause)
            and not re.search(r"\bnot\b|不是|并非|而不是", clause, re.I)
        ):
            # "每周20小时不现实，按12小时排": the hours of the clause before, corrected
            value = number(h.group(1))
            if value is not None:
                found = [Constraint(kind="max_hours_per_week", text=clause, hours_per_week=value)]
        weekly = bool(WEEK.search(clause) and HOURS.search(clause))
        doubted = weekly and bool(UNREALISTIC.search(clause))
        placed = [c.skill_id for c in found if c.kind == "place_after" and c.skill_id]
        mentioned = placed or [m.id for m in get_lexicon(kb).find_skills(clause)]  # "X after Y"
        named = list(dict.fromkeys(c.skill_id for c in found if c.skill_id))
        previous = named or list(dict.fromkeys(mentioned)) or ([] if found else previous)
        unread = [] if any(c.kind != "profile_skill" for c in found) else previous
        found = dated(found, out, today)
        no_search = [c.kind == "job_search_hours" and c.hours == 0 for c in found]
        said_before = [
            i for i, c in enumerate(out) if c.kind == "job_search_hours" and c.hours == 0
        ]
        if found and all(no_search) and said_before:  # "他不转行，去掉求职部分": said twice
            at = said_before[0]
            out[at] = out[at].model_copy(update={"text": f"{out[at].text}, {clause}"})
            continue
        if (
            found
            and all(c.kind == "find_work" for c in found)
            and any(c.kind == "find_work" for c in out)
        ):  # "she was laid off, add a job search": one fact said twice
            at = next(i for i, c in enumerate(out) if c.kind == "find_work")
            out[at] = out[at].model_copy(update={"text": f"{out[at].text}, {clause}"})
            continue
        out.extend(found or [Constraint(kind="note", text=clause)])
    out = [c for c in kept_by_the_next(one_first_week(out)) if not same_target(c, targets)]
    out = targets + out
    return [c.model_copy(update={"source": source}) for c in who_they_are(reasons_only(out))]

"""Integrity checks for the knowledge base: the mistakes a maintainer can make in ``data/*.yaml``.

Pydantic already rejects a wrong *shape* on load (a missing field, a level outside 1-3). These
checks catch what a schema cannot see: a reference to an id that does not exist, a prerequisite
cycle, a citation of an unknown source, Chinese text with no Chinese in it, and so on.

:func:`check_integrity` is pure: knowledge base in, list of human-readable problems out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Text
from coach.knowledge.resource_rules import resource_problems
from coach.text import has_cjk as _has_cjk

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


def has_cjk(text: str) -> bool:
    """True when ``text`` holds at least one CJK ideograph."""
    return _has_cjk(text)


def check_integrity(kb: KnowledgeBase) -> list[str]:
    """Every problem found in ``kb``, one human-readable line each; empty means it is sound."""
    problems: list[str] = []
    problems += _check_ids(kb)
    problems += _check_references(kb)
    problems += _check_sources_cited(kb)
    problems += _check_prerequisite_cycles(kb)
    problems += _check_hours(kb)
    problems += _check_texts(kb)
    problems += _check_aliases(kb)
    problems += _check_values(kb)
    problems += list(resource_problems(kb))
    return problems


# --------------------------------------------------------------------------- ids
def _check_ids(kb: KnowledgeBase) -> list[str]:
    out: list[str] = []
    tables: dict[str, dict[str, Any]] = {
        "roles": kb.roles,
        "skills": kb.skills,
        "resources": kb.resources,
        "facts": kb.facts,
    }
    for table, records in tables.items():
        for key, rec in records.items():
            if not SNAKE_CASE.match(key):
                out.append(f"{table}: id {key!r} is not snake_case")
            if rec.id != key:
                out.append(f"{table}: record stored under {key!r} has id {rec.id!r}")
    for key, source in kb.sources.items():
        if source.id != key:
            out.append(f"sources: record stored under {key!r} has id {source.id!r}")
    seen_projects: dict[str, str] = {}
    for role in kb.roles.values():
        for project in role.projects:
            where = f"roles[{role.id}].projects[{project.id}]"
            if not SNAKE_CASE.match(project.id):
                out.append(f"{where}: id {project.id!r} is not snake_case")
            if project.id in seen_projects:
                out.append(f"{where}: project id also used by role {seen_projects[project.id]!r}")
            seen_projects[project.id] = role.id
    return out


# --------------------------------------------------------------------------- references
def _check_references(kb: KnowledgeBase) -> list[str]:
    out: list[str] = []

    def need(ref: str, table: dict[str, Any], kind: str, where: str) -> None:
        if ref not in table:
            out.append(f"{where}: unknown {kind} {ref!r}")

    for role in kb.roles.values():
        at = f"roles[{role.id}]"
        if not role.required:
            out.append(f"{at}: has no required skills")
        seen: set[str] = set()
        for req in role.required:
            need(req.skill_id, kb.skills, "skill", f"{at}.required")
            if req.skill_id in seen:
                out.append(f"{at}.required: skill {req.skill_id!r} listed twice")
            seen.add(req.skill_id)
        for skill_id in role.nice_to_have:
            need(skill_id, kb.skills, "skill", f"{at}.nice_to_have")
            if skill_id in seen:
                out.append(f"{at}.nice_to_have: {skill_id!r} is already a required skill")
        for project in role.projects:
            for skill_id in project.skills:
                need(skill_id, kb.skills, "skill", f"{at}.projects[{project.id}].skills")
        for n, topic in enumerate(role.interview_topics):
            for skill_id in topic.skills:
                need(skill_id, kb.skills, "skill", f"{at}.interview_topics[{n}].skills")
        for other in role.stepping_stones:
            need(other, kb.roles, "role", f"{at}.stepping_stones")
            if other == role.id:
                out.append(f"{at}.stepping_stones: a role cannot be its own stepping stone")

    for skill in kb.skills.values():
        at = f"skills[{skill.id}]"
        for pre in skill.prerequisites:
            need(pre, kb.skills, "skill", f"{at}.prerequisites")
        for resource_id in skill.resources:
            need(resource_id, kb.resources, "resource", f"{at}.resources")
        for imp in skill.implies:
            need(imp.skill_id, kb.skills, "skill", f"{at}.implies")
            if imp.skill_id == skill.id:
                out.append(f"{at}.implies: a skill cannot imply itself")

    for res in kb.resources.values():
        if not res.skills:
            out.append(f"resources[{res.id}]: teaches no skills")
        for skill_id in res.skills:
            need(skill_id, kb.skills, "skill", f"resources[{res.id}].skills")

    for fact in kb.facts.values():
        for role_id in fact.roles:
            need(role_id, kb.roles, "role", f"facts[{fact.id}].roles")
    return out


def _check_sources_cited(kb: KnowledgeBase) -> list[str]:
    """Every record that makes a claim cites a source that exists."""
    out: list[str] = []

    def cite(source_id: str, where: str) -> None:
        if source_id not in kb.sources:
            out.append(f"{where}: cites unknown source {source_id!r}")

    for role in kb.roles.values():
        at = f"roles[{role.id}]"
        if not role.source_ids:
            out.append(f"{at}: cites no source")
        for source_id in role.source_ids:
            cite(source_id, f"{at}.source_ids")
        for req in role.required:
            cite(req.source_id, f"{at}.required[{req.skill_id}]")
        for project in role.projects:
            cite(project.source_id, f"{at}.projects[{project.id}]")
        for band in role.salary_bands:
            cite(band.source_id, f"{at}.salary_bands[{band.level}]")
    for res in kb.resources.values():
        cite(res.source_id, f"resources[{res.id}]")
    for fact in kb.facts.values():
        cite(fact.source_id, f"facts[{fact.id}]")
    return out


# --------------------------------------------------------------------------- prerequisite graph
def find_prerequisite_cycles(kb: KnowledgeBase) -> list[list[str]]:
    """Each cycle in the prerequisite graph as a path that starts and ends at its smallest id."""
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(kb.skills, white)
    cycles: list[list[str]] = []
    stack: list[str] = []

    def visit(node: str) -> None:
        colour[node] = grey
        stack.append(node)
        for pre in kb.skills[node].prerequisites:
            if pre not in kb.skills:
                continue  # reported as an unknown reference
            if colour[pre] == grey:
                loop = stack[stack.index(pre) :]
                start = loop.index(min(loop))  # start at the smallest id: stable output
                loop = loop[start:] + loop[:start]
                cycles.append([*loop, loop[0]])
            elif colour[pre] == white:
                visit(pre)
        stack.pop()
        colour[node] = black

    for skill_id in sorted(kb.skills):
        if colour[skill_id] == white:
            visit(skill_id)
    return cycles


def _check_prerequisite_cycles(kb: KnowledgeBase) -> list[str]:
    return [
        "skills: prerequisite cycle " + " -> ".join(cycle) for cycle in find_prerequisite_cycles(kb)
    ]


# --------------------------------------------------------------------------- values
def _check_hours(kb: KnowledgeBase) -> list[str]:
    out: list[str] = []
    for skill in kb.skills.values():
        at = f"skills[{skill.id}].hours"
        missing = [level for level in (1, 2, 3) if level not in skill.hours]
        if missing:
            out.append(f"{at}: missing level(s) {missing}")
            continue
        h1, h2, h3 = skill.hours[1], skill.hours[2], skill.hours[3]
        if h1 <= 0:
            out.append(f"{at}: level 1 must take a positive number of hours, got {h1}")
        if not h1 < h2 < h3:
            out.append(f"{at}: cumulative hours must strictly increase, got {h1}, {h2}, {h3}")
    return out


def _check_values(kb: KnowledgeBase) -> list[str]:
    out: list[str] = []
    for role in kb.roles.values():
        for band in role.salary_bands:
            where = f"roles[{role.id}].salary_bands[{band.level}]"
            if band.low <= 0:
                out.append(f"{where}: low must be positive, got {band.low}")
            if band.high is not None and band.high < band.low:
                out.append(f"{where}: high {band.high} is below low {band.low}")
    return out


def _check_aliases(kb: KnowledgeBase) -> list[str]:
    """An alias (or a name) must lead to one skill only, or extraction becomes a coin toss."""
    out: list[str] = []
    owner: dict[str, str] = {}
    for skill in kb.skills.values():
        terms = {skill.id, skill.name.en, skill.name.zh, *skill.aliases}
        for term in sorted({t.strip().casefold() for t in terms}):
            if not term:
                out.append(f"skills[{skill.id}].aliases: empty alias")
            elif term in owner and owner[term] != skill.id:
                out.append(f"skills[{skill.id}].aliases: {term!r} also names skill {owner[term]!r}")
            else:
                owner.setdefault(term, skill.id)
    return out


# --------------------------------------------------------------------------- bilingual text
def _texts(value: Any, path: str) -> Iterator[tuple[str, Text]]:
    """Every :class:`Text` inside ``value``, with a readable path to it."""
    if isinstance(value, Text):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            key = getattr(item, "id", None) or getattr(item, "skill_id", None) or i
            yield from _texts(item, f"{path}[{key}]")


def _check_texts(kb: KnowledgeBase) -> list[str]:
    out: list[str] = []
    tables: dict[str, dict[str, Any]] = {
        "sources": kb.sources,
        "roles": kb.roles,
        "skills": kb.skills,
        "resources": kb.resources,
        "facts": kb.facts,
    }
    for table, records in tables.items():
        for key, rec in records.items():
            for path, text in _texts(rec, f"{table}[{key}]"):
                if not text.en.strip():
                    out.append(f"{path}: English text is empty")
                if not text.zh.strip():
                    out.append(f"{path}: Chinese text is empty")
                elif not has_cjk(text.zh):
                    out.append(f"{path}: Chinese text has no Chinese characters: {text.zh!r}")
    return out

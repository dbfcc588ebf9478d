"""The KB skills one posting line names, each with its mention (pure).

Versions and qualifiers are set aside ("Strong C++17"), a verb sharing its object with the
next mention is read for both ("building and deploying ML models"), and words read in another
sense here ("API" beside an LLM, "NPU" of edge devices, racking GPUs) are re-mapped or dropped.
"""

from __future__ import annotations

import re
from typing import Any

from coach.engine.posting_lines import unversioned, version_end
from coach.engine.posting_said import inner_skills, said_apart
from coach.engine.posting_senses import (
    ai_output_sense,
    api_sense,
    collectives,
    company_owned,
    edge_sense,
    gpu_hardware,
    not_asked,
    other_sense,
    serving_triton,
)
from coach.engine.understand.senses import is_season
from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase

_API_WORDS = frozenset(["api", "apis", "接口"])


def ids_of(found: list[tuple[Any, str]]) -> set[str]:
    return {skill_id for _, skill_id in found}


_C_OR_CPP = re.compile(r"(?P<c>[Cc])\s*/\s*(?P<cpp>[Cc]\+\+)")
_BUILD_AND = re.compile(
    r"\b(?:build|train|develop|design|creat)\w*\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|/\s*)$", re.I
)
"""A verb sharing its object with the mention that follows: "building and deploying ML models"."""


def _shared_object(line: str, mention: Any, lexicon: Lexicon, kb: KnowledgeBase) -> list[Any]:
    """The skills inside a mention's object when another verb shares it ("building and
    deploying machine learning models": machine learning too, not only model serving)."""
    head, _, rest = mention.text.partition(" ")
    if not rest or not _BUILD_AND.search(line[: mention.start]):
        return []
    at = mention.start + len(head) + 1
    return [
        m.model_copy(update={"start": m.start + at, "end": m.end + at})
        for m in lexicon.find_skills(rest)
        if m.id in kb.skills and m.id != mention.id
    ]


def _versioned_skills(line: str, lexicon: Lexicon) -> list[Any]:
    """The skills ``line`` names, read with versions and qualifiers set aside ("Strong C++17",
    "熟练掌握C++11/14", "Java 8+ or Kotlin"), each ending after its version; a name the version
    is part of ("EC2") is kept as the line says it."""
    plain, at = unversioned(line)
    found: list[Any] = []
    if plain != line:
        for m in lexicon.find_skills(plain):
            start, end = at[m.start], at[m.end - 1] + 1
            found.append(m.model_copy(update={"start": start, "end": end, "text": line[start:end]}))
    for m in lexicon.find_skills(line):
        if not any(m.start < f.end and f.start < m.end for f in found):
            found.append(m)
    return [m.model_copy(update={"end": version_end(line, m.end)}) for m in found]


def mentions_in(
    line: str, lexicon: Lexicon, kb: KnowledgeBase, skip: tuple[int, int] | None = None
) -> list[tuple[Any, str]]:
    """The KB skills ``line`` names, each with its mention (none inside ``skip``, a degree's
    subjects). "API" beside an LLM ("有大模型 API 调用经验", "LLM APIs") is LLM API
    integration, not API design."""
    found = [
        m
        for m in _versioned_skills(line, lexicon)
        if m.id in kb.skills
        and not (skip and skip[0] <= m.start < skip[1])
        and not not_asked(line, m.start, m.end)  # "no coding required"
        and not is_season(line, m.start, m.end)  # "start date: spring 2027"
        and not company_owned(m.id, line, m.start)  # "our e-commerce platform"
    ]
    found += inner_skills(line, found, lexicon, kb)
    found = sorted(found + said_apart(line, found), key=lambda m: m.start)
    llm = any(m.id in ("llm_basics", "llm_api_integration") for m in found)
    out: list[tuple[Any, str]] = []
    for m in found:
        if (
            serving_triton(m.id, m.text, line)
            or gpu_hardware(m.id, m.text, line)
            or other_sense(m.id, m.text, line)
        ):
            continue
        skill_id = edge_sense(collectives(m.id, m.text, line), m.text, line)
        skill_id = ai_output_sense(skill_id, m.text, line)
        if not skill_id:
            continue  # a ward's "documentation": no skill here
        if skill_id not in kb.skills:
            skill_id = m.id
        if skill_id == "api_design" and m.text.lower() in _API_WORDS:
            skill_id = api_sense(line, llm)
            if skill_id in ids_of(out) | {f.id for f in found if f is not m}:
                continue  # "integrate with their systems through their APIs": said once
        split = _C_OR_CPP.fullmatch(m.text)
        if split and skill_id == "cpp" and "c_lang" in kb.skills:
            # "C/C++" asks for either: C and C++ as alternatives, not C++ alone.
            cut = m.start + split.end("c")
            out.append((m.model_copy(update={"id": "c_lang", "text": "C", "end": cut}), "c_lang"))
            m = m.model_copy(update={"start": m.start + split.start("cpp"), "text": "C++"})
        out.append((m, skill_id))
        out += [(inner, inner.id) for inner in _shared_object(line, m, lexicon, kb)]
    return out

"""What each node asks a model for, and the code that keeps the answers honest.

The schemas here are what the model fills (``LLMClient.structured``); the ``apply_*`` and
``merge_*`` functions are pure: they take the engine's result and the model's answer and return
the engine's result with only the parts the model may change, plus a list of what was rejected
(for the session log). The engine stays the authority on numbers, order, coverage and grounding.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, Literal, cast

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field

from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Level, Plan, Profile, Review, SkillClaim

LANGUAGE_NAMES = {"en": "English", "zh": "Simplified Chinese (简体中文)"}


def language_name(language: str) -> str:
    """The reply-language phrase the prompts use (``{language}``)."""
    return LANGUAGE_NAMES.get(language, "English")


def as_prompt_json(data: Any) -> str:
    """Data for a prompt: JSON, non-ASCII kept (Chinese stays readable and cheap in tokens)."""
    if isinstance(data, BaseModel):
        data = data.model_dump(mode="json", exclude_defaults=True)
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


def skills_catalog(kb: KnowledgeBase) -> str:
    return "\n".join(
        f"{s.id}: {s.name.en} / {s.name.zh}" + (f" ({', '.join(s.aliases)})" if s.aliases else "")
        for s in kb.skills.values()
    )


def roles_catalog(kb: KnowledgeBase) -> str:
    return "\n".join(f"{r.id}: {r.name.en} / {r.name.zh}" for r in kb.roles.values())


# --------------------------------------------------------------------------- profiler
ProfileField = Literal[
    "current_role",
    "years_experience",
    "target_role",
    "target_unsure",
    "target_raw",
    "hours_per_week",
    "horizon_weeks",
    "region",
]


class FieldEvidence(BaseModel):
    field: ProfileField
    quote: str = Field(description="The user's exact words that give this field, copied verbatim.")


class SkillMention(BaseModel):
    skill_id: str | None = Field(default=None, description="A skill id from the catalog, or null.")
    raw: str | None = Field(default=None, description="The user's term when no catalog id fits.")
    level: int = Field(ge=0, le=3, description="0 none, 1 basic, 2 working, 3 expert.")
    evidence: str = Field(description="The user's exact words that show this skill.")


class ProfileDraft(BaseModel):
    """Profile fields stated in the user's message. Unknown fields stay null; no guessing."""

    current_role: str | None = None
    years_experience: float | None = Field(default=None, ge=0, le=60)
    skills: list[SkillMention] = Field(default_factory=list)
    target_role: str | None = Field(default=None, description="A role id from the catalog.")
    target_unsure: bool = False
    target_raw: str | None = None
    hours_per_week: float | None = Field(default=None, gt=0, le=100)
    horizon_weeks: int | None = Field(default=None, gt=0, le=520)
    region: str | None = None
    constraints: list[str] = Field(default_factory=list)
    evidence: list[FieldEvidence] = Field(
        default_factory=list, description="One verbatim quote for every non-skill field filled."
    )


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip(" .,;:!?。，；：！？\"'“”")


def quoted_in(quote: str | None, text: str) -> bool:
    """True when ``quote`` is (after case/width/space normalisation) a part of ``text``."""
    if not quote:
        return False
    needle = _normal(quote)
    return bool(needle) and needle in _normal(text)


def merge_profile(
    base: Profile,
    draft: ProfileDraft,
    text: str,
    *,
    skill_ids: Iterable[str],
    role_ids: Iterable[str],
) -> tuple[Profile, list[str]]:
    """``base`` (the lexicon extraction) plus what the model found, where the user's words show it.

    Values in ``base`` win; a model value is taken only when its evidence is a verbatim quote of
    ``text`` and ids exist in the knowledge base. Returns the profile and the rejected items.
    """
    known_skills, known_roles = set(skill_ids), set(role_ids)
    rejected: list[str] = []
    quotes: dict[str, str] = {}
    for item in draft.evidence:
        if quoted_in(item.quote, text):
            quotes.setdefault(item.field, item.quote)
        else:
            rejected.append(f"{item.field}: quote not in the user's words: {item.quote!r}")

    update: dict[str, Any] = {}
    for name in (
        "current_role",
        "years_experience",
        "target_raw",
        "hours_per_week",
        "horizon_weeks",
        "region",
    ):
        value = getattr(draft, name)
        if value is None or getattr(base, name) is not None:
            continue
        if name in quotes:
            update[name] = value
        else:
            rejected.append(f"{name}: no verbatim evidence for {value!r}")
    if draft.target_role is not None and base.target_role is None:
        if draft.target_role not in known_roles:
            rejected.append(f"target_role: unknown role id {draft.target_role!r}")
        elif "target_role" not in quotes:
            rejected.append(f"target_role: no verbatim evidence for {draft.target_role!r}")
        else:
            update["target_role"] = draft.target_role
            update["target_unsure"] = False
    if draft.target_unsure and base.target_role is None and "target_role" not in update:
        if "target_unsure" in quotes:
            update["target_unsure"] = True
        else:
            rejected.append("target_unsure: no verbatim evidence")

    skills = list(base.skills)
    have_ids = {s.skill_id for s in skills if s.skill_id}
    have_raw = {_normal(s.raw) for s in skills if s.raw}
    for mention in draft.skills:
        if not quoted_in(mention.evidence, text):
            rejected.append(f"skill {mention.skill_id or mention.raw!r}: evidence not verbatim")
            continue
        skill_id = mention.skill_id if mention.skill_id in known_skills else None
        raw = mention.raw or (mention.skill_id if skill_id is None else None)
        if skill_id in have_ids or (skill_id is None and (not raw or _normal(raw) in have_raw)):
            continue
        level = cast(Level, min(3, max(0, mention.level)))
        skills.append(
            SkillClaim(skill_id=skill_id, raw=raw, level=level, evidence=mention.evidence)
        )
        if skill_id:
            have_ids.add(skill_id)
        elif raw:
            have_raw.add(_normal(raw))
    if len(skills) != len(base.skills):
        update["skills"] = skills

    constraints = list(base.constraints)
    for constraint in draft.constraints:
        if not quoted_in(constraint, text):
            rejected.append(f"constraint not in the user's words: {constraint!r}")
        elif all(_normal(constraint) != _normal(c) for c in constraints):
            constraints.append(constraint)
    if len(constraints) != len(base.constraints):
        update["constraints"] = constraints
    return base.model_copy(update=update), rejected


# --------------------------------------------------------------------------- researcher
def make_kb_search_tool(search: Callable[[str, int], list[dict[str, Any]]]) -> BaseTool:
    """The researcher's ``kb_search`` tool over a retrieval function ``search(query, k)``.

    Each hit should carry its ``source_id`` so the model can cite it.
    """

    def kb_search(query: str, k: int = 5) -> str:
        """Search the career knowledge base (roles, skills, resources, market facts) in English
        or Chinese. Returns hits with their ids and source_id; cite the source_id."""
        hits = search(query, max(1, min(int(k), 8)))
        return json.dumps(hits, ensure_ascii=False)

    return StructuredTool.from_function(kb_search, name="kb_search")


_CITATION = re.compile(r"\[([A-Za-z0-9][A-Za-z0-9_.:\-]*)\]")


def unknown_citations(text: str, source_ids: Iterable[str]) -> list[str]:
    """Source ids cited as ``[id]`` in ``text`` that the knowledge base does not have."""
    known = set(source_ids)
    return sorted({c for c in _CITATION.findall(text) if c not in known})


# --------------------------------------------------------------------------- planner
class ProjectWording(BaseModel):
    index: int = Field(ge=0, description="The project's index in the plan's portfolio_projects.")
    title: str = Field(min_length=1, max_length=120)
    description: str = Field(min_length=1, max_length=800)


class PlanWording(BaseModel):
    """The words around a computed plan. Numbers may only repeat the plan's own."""

    rationale: str = Field(min_length=1, max_length=2000)
    message: str = Field(min_length=1, max_length=2000)
    projects: list[ProjectWording] = Field(default_factory=list)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_PROMISE = re.compile(
    r"\bguarantee[sd]?\b|\bpromise[sd]?\b|\byou will (?:get|land|receive|be offered) "
    r"(?:a |an |the )?(?:job|offer|position|role|raise)\b|\bwill be hired\b|"
    r"保证|包就业|包offer|承诺|一定(?:能|会)(?:拿到|找到|获得|被录用)",
    re.IGNORECASE,
)


def _numbers_in(data: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(data, dict):
        for value in data.values():
            found |= _numbers_in(value)
    elif isinstance(data, list):
        for value in data:
            found |= _numbers_in(value)
    elif isinstance(data, int | float) and not isinstance(data, bool):
        found.add(f"{data:g}")
    elif isinstance(data, str):
        found |= {_canonical_number(n) for n in _NUMBER.findall(data)}
    return found


def _canonical_number(text: str) -> str:
    try:
        return f"{float(text.replace(',', '')):g}"
    except ValueError:
        return text


def wording_problems(text: str, allowed_numbers: set[str]) -> list[str]:
    """Numbers in ``text`` that the plan does not contain, and promises of jobs or salaries."""
    problems = [
        f"number {n!r} is not in the plan"
        for n in _NUMBER.findall(text)
        if _canonical_number(n) not in allowed_numbers
    ]
    problems += [f"promise: {m.group(0)!r}" for m in _PROMISE.finditer(text)]
    return problems


def apply_plan_wording(
    plan: Plan, wording: PlanWording, profile: Profile | None = None
) -> tuple[Plan, list[str]]:
    """The plan with the model's rationale, message and project texts, where they pass the checks.

    A text that adds a number the plan (or the profile) does not hold, or promises a job, an
    offer or a salary, is dropped and the engine's text stays. Nothing else of the plan changes.
    """
    allowed = _numbers_in(plan.model_dump(mode="json"))
    if profile is not None:
        allowed |= _numbers_in(profile.model_dump(mode="json"))
    rejected: list[str] = []
    update: dict[str, Any] = {}
    for name in ("rationale", "message"):
        text = getattr(wording, name).strip()
        problems = wording_problems(text, allowed)
        if problems:
            rejected.append(f"{name}: " + "; ".join(problems))
        else:
            update[name] = text
    projects = list(plan.portfolio_projects)
    for item in wording.projects:
        if item.index >= len(projects):
            rejected.append(f"project {item.index}: no such project in the plan")
            continue
        problems = wording_problems(f"{item.title}\n{item.description}", allowed)
        if problems:
            rejected.append(f"project {item.index}: " + "; ".join(problems))
            continue
        projects[item.index] = projects[item.index].model_copy(
            update={"title": item.title.strip(), "description": item.description.strip()}
        )
    if projects != plan.portfolio_projects:
        update["portfolio_projects"] = projects
    return plan.model_copy(update=update), rejected


# --------------------------------------------------------------------------- reviewer
class PlanCritique(BaseModel):
    """A qualitative critique; the verdict is decided by the hard checks, not here."""

    critique: str = Field(min_length=1, max_length=2000)
    concerns: list[str] = Field(default_factory=list, max_length=6)


def apply_critique(review: Review, critique: PlanCritique) -> Review:
    """The review with the model's critique attached; verdict and findings are unchanged."""
    text = critique.critique.strip()
    if critique.concerns:
        text += "\n" + "\n".join(f"- {c.strip()}" for c in critique.concerns if c.strip())
    return review.model_copy(update={"critique": text})

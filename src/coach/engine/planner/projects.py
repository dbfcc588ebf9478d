"""Step 4b, the portfolio project: one that fits the person's field and uses only what they
know or learn before it (templates in ``knowledge/data/projects.yaml`` and the role's own)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from coach.engine.fields import FIELD_BY_ID, FIELDS
from coach.engine.planner.common import join
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role, Skill, Text
from coach.knowledge.projects import ProjectTemplate
from coach.schemas import Language

FIELD_BONUS = 6
"""A project from the person's own (most specific) field beats a generic one that exercises one
more skill; a project of another of their fields gets half."""
GENERIC_FIELDS = frozenset({"software"})
"""Fields every engineer shares: a match counts half, so a game developer gets a game project."""
MIN_SKILLS = 2
HEAVY_CAP = 2
MIN_SHARE = 0.5
"""A template is used only when the plan gives the person most of its skills before it."""


@dataclass(frozen=True)
class ProjectChoice:
    key: str
    title: Text
    description: Text
    skills: list[str]
    """Only skills the person knows or learns before the project."""
    named: tuple[str, ...] = ()
    """Of those, the ones its description names: the project comes after them, wherever they are."""


AI_CATEGORIES = frozenset({"llm_core", "ml_foundations", "non_coding"})
"""Skill categories that are AI work themselves (LLMs, ML, AI in one's own work)."""
AI_SKILLS = frozenset(
    {
        "mlops",
        "llmops",
        "inference_optimization",
        "model_compression",
        "edge_inference",
        "edge_quantization",
        "gpu_programming",
        "cuda",
        "triton_kernels",
        "ai_system_architecture",
        "robot_perception",
        "scientific_computing",
        "ai_ethics_governance",
    }
)
"""AI skills in other categories (ops, infra, engineering, domain, product)."""


def is_ai_skill(skill: Skill) -> bool:
    """Whether learning ``skill`` is AI work (a portfolio project for an AI role uses one)."""
    return skill.category in AI_CATEGORIES or skill.id in AI_SKILLS


def working_fields(fields: Collection[str]) -> set[str]:
    """The fields a person works in, for their project: a field that needs another (a science
    needs research) counts only with it, so a physics teacher's project is about teaching."""
    have = set(fields)
    return {f for f in have if (w := FIELD_BY_ID.get(f)) is None or not w.needs or w.needs in have}


def primary_field(fields: Collection[str]) -> str | None:
    """The person's most specific field (the field table's order, generic software last): its
    projects get the full bonus, another field's half (a DBA who also does ops gets a database
    project, a warehouse manager an operations one rather than a management one)."""
    order = [f.id for f in FIELDS]
    own = sorted((f for f in fields if f in order and f not in GENERIC_FIELDS), key=order.index)
    return own[0] if own else None


def _candidates(
    role: Role | None, templates: Sequence[ProjectTemplate], fields: Collection[str]
) -> list[tuple[str, Text, Text, list[str], bool, bool]]:
    out: list[tuple[str, Text, Text, list[str], bool, bool]] = []
    if role is None:
        return out
    fields = working_fields(fields)
    primary = primary_field(fields)
    for tpl in templates:
        shared = set(tpl.fields) & set(fields)
        if role.id in tpl.roles and (not tpl.fields or shared):
            specific = primary in shared
            out.append(
                (tpl.id, tpl.title, tpl.description, list(tpl.skills), bool(shared), specific)
            )
    for p in role.projects:
        out.append((p.id, p.title, p.description, list(p.skills), False, False))
    return out


def choose_project(
    role: Role | None,
    templates: Sequence[ProjectTemplate],
    fields: Collection[str],
    available: Sequence[str],
    core: Collection[str],
    kb: KnowledgeBase,
    heavy: Collection[str] = (),
    later: Collection[str] = (),
    reach: tuple[Collection[str], Collection[str]] = ((), ()),
) -> ProjectChoice | None:
    """The best project for this person. First by how many of the role's heaviest core skills
    it exercises (up to ``HEAVY_CAP``: an agent engineer's project is about agents), then by
    score: the person's field (+6, +3 for the generic software field), +2 per core skill and
    +1 per other skill it uses, -1 per skill the plan teaches only ``later`` (it is added in the
    production-readying phase) and -2 per skill it does not teach; ties by id. ``reach``: the
    skills the plan teaches before the project can come (foundations and core) and all it
    teaches: a skill the description names counts as used when the first hold it (the project
    waits for it). None when nothing uses two available skills."""
    have = set(available)
    best: tuple[tuple[int, int, int], str, ProjectChoice] | None = None
    for key, title, desc, skills, in_field, specific in _candidates(role, templates, fields):
        skills = [s for s in skills if s in kb.skills]
        # a skill its own words name that the plan teaches in the core: the project waits for
        # it (one taught later or not at all is an option the words offer: "quantise or compile")
        named = _named(desc, [s for s in skills if s not in have], kb) & set(reach[0])
        usable = [s for s in skills if s in have]  # what it is chosen by: ready before it
        if len(usable) < MIN_SKILLS or len(usable) < MIN_SHARE * len(skills):
            continue
        bonus = FIELD_BONUS if specific else FIELD_BONUS // 2
        points = bonus * in_field + sum(2 if s in core else 1 for s in usable)
        points -= sum(1 if s in later else 2 for s in skills if s not in have)
        ai = any(is_ai_skill(kb.skills[s]) for s in usable)  # an AI role's project uses AI
        rank = (int(ai), min(HEAVY_CAP, sum(1 for s in usable if s in heavy)), points)
        uses = [s for s in skills if s in have or s in named]  # it waits for what it names
        choice = ProjectChoice(f"project:{key}", title, desc, uses, tuple(sorted(named)))
        if best is None or (rank, best[1]) > (best[0], key):
            best = (rank, key, choice)
    return best[2] if best else None


def _named(desc: Text, skills: Sequence[str], kb: KnowledgeBase) -> set[str]:
    """Of ``skills``, those the project's own words name ("Export a PyTorch model to ONNX",
    "built in a low-code tool"): a tool the description names is what the work is done with."""
    if not skills:
        return set()
    from coach.knowledge.lexicon import get_lexicon

    found = {m.id for m in get_lexicon(kb).find_skills(desc.en)}  # the zh words match loosely
    return {s for s in skills if s in found}


def capstone(ids: Sequence[str], kb: KnowledgeBase, role_name: Text) -> ProjectChoice:
    """A generic end-to-end project over the first scheduled core skills."""

    def names(lang: Language) -> str:
        return join(lang, (kb.skills[s].name.get(lang) for s in ids[:3])) or role_name.get(lang)

    title = Text(
        en=t("en", "plan.capstone.title", names=names("en")),
        zh=t("zh", "plan.capstone.title", names=names("zh")),
    )
    desc = Text(
        en=t("en", "plan.capstone.description", names=names("en")),
        zh=t("zh", "plan.capstone.description", names=names("zh")),
    )
    return ProjectChoice("project:capstone", title, desc, list(ids[:3]))

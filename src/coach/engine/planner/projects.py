"""Step 4b, the portfolio project: one that fits the person's field and uses only what they
know or learn before it (templates in ``knowledge/data/projects.yaml`` and the role's own)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from coach.engine.planner.common import join
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role, Text
from coach.knowledge.projects import ProjectTemplate
from coach.schemas import Language

FIELD_BONUS = 6
"""A project from the person's own field beats a generic one that exercises one more skill."""
GENERIC_FIELDS = frozenset({"software"})
"""Fields every engineer shares: a match counts half, so a game developer gets a game project."""
MIN_SKILLS = 2
MIN_SHARE = 0.5
"""A template is used only when the plan gives the person most of its skills before it."""


@dataclass(frozen=True)
class ProjectChoice:
    key: str
    title: Text
    description: Text
    skills: list[str]
    """Only skills the person knows or learns before the project."""


def _candidates(
    role: Role | None, templates: Sequence[ProjectTemplate], fields: Collection[str]
) -> list[tuple[str, Text, Text, list[str], bool, bool]]:
    out: list[tuple[str, Text, Text, list[str], bool, bool]] = []
    if role is None:
        return out
    for tpl in templates:
        shared = set(tpl.fields) & set(fields)
        if role.id in tpl.roles and (not tpl.fields or shared):
            specific = bool(shared - GENERIC_FIELDS)
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
) -> ProjectChoice | None:
    """The best project for this person: from their field first, then by the core skills it
    exercises (2 points) and other available ones (1), minus 2 per skill the plan does not give
    them before the project; ties by id. None when nothing uses two available skills."""
    have = set(available)
    best: tuple[int, str, ProjectChoice] | None = None
    for key, title, desc, skills, in_field, specific in _candidates(role, templates, fields):
        skills = [s for s in skills if s in kb.skills]
        usable = [s for s in skills if s in have]
        if len(usable) < MIN_SKILLS or len(usable) < MIN_SHARE * len(skills):
            continue
        bonus = FIELD_BONUS if specific else FIELD_BONUS // 2
        score = bonus * in_field + sum(2 if s in core else 1 for s in usable)
        score -= 2 * (len(skills) - len(usable))
        choice = ProjectChoice(f"project:{key}", title, desc, usable)
        if best is None or (-score, key) < (-best[0], best[1]):
            best = (score, key, choice)
    return best[2] if best else None


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

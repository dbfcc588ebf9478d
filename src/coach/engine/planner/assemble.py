"""Step 4, assemble: weeks -> plan items and phases, each item with resources and a deliverable."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from coach.engine.constraints import Constraint, resource_allowed
from coach.engine.gaps import as_level
from coach.engine.planner.common import level_word
from coach.engine.planner.experience_hours import MODELLING_SKILLS
from coach.engine.planner.select import Learn
from coach.engine.schedule import Slot
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role, Skill
from coach.schemas import Language, Phase, PlanItem

RESOURCES_PER_ITEM = 3
PhaseKind = Literal["foundations", "core", "project", "job_search", "buffer"]
DeliverableKind = Literal["code", "prompt", "document", "talk", "review", "automation"]
CODE_CATEGORIES = frozenset(
    {"programming", "engineering", "infra", "data", "ml_foundations", "llm_core", "ops"}
)
"""Categories whose deliverable is code by default; the others default to a document."""
DELIVERABLE_KINDS: dict[str, DeliverableKind] = {
    "llm_basics": "document",  # a one-page explainer
    "prompt_engineering": "prompt",  # a versioned prompt with test cases
    "communication": "talk",
    "judgment_review": "review",  # a review checklist applied to real outputs
    "low_code_automation": "automation",
    "human_ai_workflow_design": "automation",
    "conversational_ux": "code",
    "robotics_ros": "code",
    "simulation": "code",
    "control_systems": "code",
    "robot_perception": "code",
    "scientific_computing": "code",
}
"""Skills whose deliverable is not what their category suggests (see ``deliverable_kind``)."""


def deliverable_kind(skill: Skill) -> DeliverableKind:
    """What a skill's deliverable is, so that a milestone is checked the way that kind of work
    is checked: code runs from a fresh clone, a talk is given, a checklist is re-applied..."""
    if skill.deliverable is None:
        return "code"  # the generic deliverable is a small public project
    kind = DELIVERABLE_KINDS.get(skill.id)
    if kind is not None:
        return kind
    return "code" if skill.category in CODE_CATEGORIES else "document"


def pick_resources(
    skill: Skill,
    kb: KnowledgeBase,
    lang: Language,
    constraints: Sequence[Constraint],
    coder: bool = True,
) -> list[str]:
    """Up to three KB resources that teach ``skill``: the skill's own list first, then others
    that name it; resources in the user's language (or mixed) before the rest. ``coder``
    False (a role without coding): no material that assumes the reader writes code. Material
    only in Chinese (a seed document's section) is for Chinese plans: an English plan says
    what to practise instead."""
    # learning material only (kb.learning_resources): practice and project ideas are not resources
    candidates = [
        r
        for r in kb.learning_resources(skill.id)
        if resource_allowed(r, constraints)
        and (coder or not r.for_coders)
        and (lang == "zh" or r.language != "zh")
    ]
    ranked = sorted(
        enumerate(candidates),
        key=lambda ic: (ic[1].excerpt, ic[1].language not in (lang, "mixed"), ic[0]),
    )
    if ranked and ranked[0][1].excerpt:
        return []  # a section of a document is background reading, never an item's material
    return [r.id for _, r in ranked[:RESOURCES_PER_ITEM]]


def make_item(
    learn: Learn,
    slot: Slot,
    kb: KnowledgeBase,
    lang: Language,
    constraints: Sequence[Constraint],
    own_data: bool = False,
    coder: bool = True,
) -> PlanItem:
    """One line of the plan: a skill from one level to another, in its weeks. ``own_data``: a
    researcher practises ML on data from their own field, not on a textbook dataset; ``coder``
    False: a role without coding gets no code-first material."""
    skill = kb.skills[learn.skill_id]
    name = skill.name.get(lang)
    to = level_word(lang, learn.level_to)
    if learn.part == "first":
        serves = kb.skills.get(learn.serves)
        core = serves.name.get(lang) if serves else t(lang, "plan.item.the_core")
        title = t(lang, "plan.item.first_share", name=name, core=core)
    elif learn.part == "rest":
        title = t(lang, "plan.item.rest", name=name, to=to)
    elif learn.part == "toward":
        aim = level_word(lang, learn.toward)
        title = t(lang, "plan.item.toward", name=name, to=aim)
    elif learn.level_from == 0:
        title = t(lang, "plan.item.learn", name=name, to=to)
    else:
        frm = level_word(lang, learn.level_from)
        title = t(lang, "plan.item.deepen", name=name, frm=frm, to=to)
    deliverable = (
        skill.deliverable.get(lang)
        if skill.deliverable
        else t(lang, "plan.item.deliverable", name=name, to=to)
    )
    basic = learn.level_to <= 1 and deliverable_kind(skill) == "code"  # the exercises so far:
    # the skill's deliverable is its working level's proof (no "package with tests" after 9 h)
    if learn.part == "toward" or (basic and skill.deliverable):  # the work so far
        deliverable = t(lang, "plan.progress.midway", title=name)
    if own_data and skill.id in MODELLING_SKILLS:
        deliverable = t(lang, "plan.deliverable.own_data", name=name)
    resource_ids = pick_resources(skill, kb, lang, constraints, coder)
    return PlanItem(
        skill_id=learn.skill_id,
        title=title,
        hours=slot.tenths / 10,
        week_start=slot.week_start,
        week_end=slot.week_end,
        resource_ids=resource_ids,
        practice="" if resource_ids else kb.practice_text(learn.skill_id, lang),
        deliverable=deliverable,
        level_from=as_level(learn.level_from),
        level_to=as_level(learn.level_to),
    )


def make_phase(
    kind: PhaseKind,
    name_key: str,
    keys: Sequence[str],
    slots: Mapping[str, Slot],
    items: Mapping[str, PlanItem],
    lang: Language,
) -> Phase | None:
    """A phase over the work ``keys`` (skills, a project, the job search); None when empty."""
    group = [slots[k] for k in keys if k in slots]
    if not group:
        return None
    return Phase(
        name=t(lang, name_key),
        kind=kind,
        week_start=min(sl.week_start for sl in group),
        week_end=max(sl.week_end for sl in group),
        items=[items[k] for k in keys if k in items],
        hours=sum(sl.tenths for sl in group) / 10,
    )


JOB_STEPS = ("resume", "writeup", "mock", "apply")
JOB_STEPS_NON_CODING = ("non_coding.demo", "non_coding.case", "non_coding.share", "non_coding.cv")
JOB_STEPS_FIND_WORK = (
    "find_work.case",
    "find_work.cv",
    "find_work.network",
    "find_work.apply",
)
"""The job-search steps fit the target: a new job for an engineering role; for a non-coding
role (AI-augmented work in the person's own field), bringing it into the job they have, or,
for someone with no job now, finding work where their field uses AI."""
JOB_STEPS_BY_MODE = {
    "": JOB_STEPS,
    ".non_coding": JOB_STEPS_NON_CODING,
    ".find_work": JOB_STEPS_FIND_WORK,
}


def job_mode(role: Role | None, out_of_work: bool) -> str:
    """The last phase's key suffix: "" (a new job: engineering roles), ".non_coding" (AI in
    the job the person has), ".find_work" (a non-coding target for someone without a job)."""
    if role is None or role.family != "non_coding":
        return ""
    return ".find_work" if out_of_work else ".non_coding"


def make_phases(
    segments: Sequence[tuple[PhaseKind, str, list[str]]],
    slots: Mapping[str, Slot],
    items: Mapping[str, PlanItem],
    lang: Language,
    mode: str,
) -> list[Phase]:
    out: list[Phase] = []
    steps = JOB_STEPS_BY_MODE[mode]
    for kind, name, keys in segments:
        phase = make_phase(kind, name, keys, slots, items, lang)
        if phase is not None and kind == "job_search":
            phase.steps = [t(lang, f"plan.job.step.{s}") for s in steps]
        if phase is not None:
            out.append(phase)
    return out

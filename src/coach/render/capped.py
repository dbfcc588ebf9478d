"""An item whose hours a request capped below what its level takes says what the hours buy.

"Prompt engineering at most 10 h" leaves the planner's item at "learn to working level" with
10 h, when working level takes about 20 h from zero: the line then reads "to basic level, then
part of the way to working level (within the 10 h limit)". The level the hours reach is
judged on the knowledge base's hours for the skill, which never overstate what a person reaches
(experience only makes learning faster), so the line never promises a level the hours miss.
"""

from __future__ import annotations

from coach.engine.schedule import estimate_hours
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, PlanItem

_SLACK = 0.5
"""Hours within which a skill's scheduled total counts as at its cap (rounding)."""


def skill_cap(plan: Plan, skill_id: str) -> float | None:
    """The fewest hours a request allows ``skill_id`` (a "max" or "set" on its hours)."""
    caps = [
        float(r.value)
        for r in plan.constraint_records
        if r.kind == "skill_hours"
        and r.skill_id == skill_id
        and r.op in {"max", "set"}
        and isinstance(r.value, int | float)
    ]
    return min(caps) if caps else None


def item_title(plan: Plan, item: PlanItem, kb: KnowledgeBase) -> str:
    """``item.title``, or what a capped skill's hours buy when the cap cuts its level short."""
    cap = skill_cap(plan, item.skill_id)
    skill = kb.skills.get(item.skill_id)
    if cap is None or skill is None:
        return item.title
    parts = [i for i in plan.items() if i.skill_id == item.skill_id]
    low = min(i.level_from for i in parts)
    high = max(i.level_to for i in parts)
    scheduled = sum(i.hours for i in parts)
    if item.level_to < high or scheduled < cap - _SLACK:
        return item.title  # an earlier part, or the cap does not bind
    if estimate_hours(skill, low, high) <= cap + _SLACK:
        return item.title  # the capped hours still reach the level
    reached = max(
        (lv for lv in range(low + 1, high) if estimate_hours(skill, low, lv) <= cap + _SLACK),
        default=low,
    )
    lang = plan.language
    name, to = skill.name.get(lang), t(lang, f"plan.level.{high}")
    hours = f"{cap:g}"
    if reached > low:
        at = t(lang, f"plan.level.{reached}")
        return t(lang, "plan.item.capped_reach", name=name, at=at, to=to, hours=hours)
    return t(lang, "plan.item.capped_toward", name=name, to=to, hours=hours)


def with_capped_titles(plan: Plan, kb: KnowledgeBase) -> Plan:
    """``plan`` with each capped item's title saying what its hours buy (:func:`item_title`),
    so every reader of the plan (its answers, its calendar) says the same as its Markdown."""
    phases = [
        phase.model_copy(
            update={
                "items": [
                    item.model_copy(update={"title": item_title(plan, item, kb)})
                    for item in phase.items
                ]
            }
        )
        for phase in plan.phases
    ]
    return plan.model_copy(update={"phases": phases})

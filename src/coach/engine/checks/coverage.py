"""Coverage and order: every gap planned or deferred; prerequisites before what needs them."""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.checks.common import finding, skill_label
from coach.engine.constraints import Constraint, excluded_skills
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Plan


def reached_levels(plan: Plan, kb: KnowledgeBase | None = None) -> dict[str, int]:
    """The level each skill reaches in ``plan``: its items, and (with ``kb``) what an item
    teaches along the way for a gap the person has at basic level already (PyTorch to working
    level is Python at working level, ``Skill.implies``)."""
    reached: dict[str, int] = {}
    for it in plan.items():
        reached[it.skill_id] = max(reached.get(it.skill_id, 0), it.level_to)
    started = {g.skill_id for g in plan.gaps if g.have >= 1}
    for skill, level in list(reached.items()):
        known = kb.skills.get(skill) if kb is not None else None
        for imp in known.implies if known is not None else ():
            if imp.min_level <= level and imp.skill_id in started:
                reached[imp.skill_id] = max(reached.get(imp.skill_id, 0), imp.level)
    return reached


def check_gap_coverage(plan: Plan, kb: KnowledgeBase | None = None) -> list[Finding]:
    """Every gap is planned up to its level (or taught to it along the way:
    :func:`reached_levels`), or deferred with a reason."""
    lang = plan.language
    reached = reached_levels(plan, kb)
    deferred = {d.skill_id: d.reason for d in plan.deferred}
    out: list[Finding] = []
    for gap in plan.gaps:
        if reached.get(gap.skill_id, 0) >= gap.need:
            continue
        if gap.skill_id not in deferred:
            name = skill_label(kb, gap.skill_id, lang)
            msg = t(lang, "checks.gap_uncovered", skill=name, need=gap.need)
            out.append(finding("gap_coverage", "error", msg, gap.skill_id))
        elif not deferred[gap.skill_id].strip():
            msg = t(lang, "checks.deferral_no_reason", skill=skill_label(kb, gap.skill_id, lang))
            out.append(finding("gap_coverage", "error", msg, gap.skill_id))
    return out


def check_prerequisite_order(
    plan: Plan, kb: KnowledgeBase, constraints: Sequence[Constraint] = ()
) -> list[Finding]:
    """No item starts before the items of its prerequisites end, and none is listed before them;
    a prerequisite that is a gap is not skipped (unless the mentor excluded it, or the person
    already has it at basic level: just enough to start what needs it, so its deepening may
    come later)."""
    lang = plan.language
    check = "prerequisite_order"
    items = plan.items()
    index: dict[str, int] = {}
    for i, it in enumerate(items):  # a prerequisite's first item: basic level is enough to start
        index.setdefault(it.skill_id, i)
    gap_ids = {g.skill_id for g in plan.gaps if g.have < 1}
    excluded = excluded_skills(constraints, kb)
    out: list[Finding] = []
    for i, it in enumerate(items):
        skill = kb.skills.get(it.skill_id)
        if skill is None:
            continue  # check_grounding reports it
        name = skill.name.get(lang)
        for pre in skill.prerequisites:
            if pre in index and items[index[pre]].level_from >= 1:
                continue  # at basic level already: just enough to start; deepened any time
            pre_name = skill_label(kb, pre, lang)
            if pre in index:
                before = items[index[pre]]
                if index[pre] > i:
                    msg = t(lang, "checks.prereq_sequence", skill=name, pre=pre_name)
                    out.append(finding(check, "error", msg, it.skill_id))
                if it.week_start < before.week_end:
                    msg = t(
                        lang,
                        "checks.prereq_order",
                        skill=name,
                        start=it.week_start,
                        pre=pre_name,
                        end=before.week_end,
                    )
                    out.append(finding(check, "error", msg, it.skill_id))
            elif pre in gap_ids and pre not in excluded:
                msg = t(lang, "checks.prereq_deferred", skill=name, pre=pre_name)
                out.append(finding(check, "error", msg, it.skill_id))
    return out

"""What a re-plan changed that nobody asked for: a skill's hours or level moved, a skill added
or dropped, when no part of the request is about that skill (shown to the mentor, never silent).

Pure: two plans and the constraints in, lines out."""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.checks.common import skill_label
from coach.engine.constraints import Constraint
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan

MIN_HOURS = 3.0
"""A change of fewer hours than this (and no change of level) is noise, not a side effect."""
MIN_SHARE = 0.2
"""Nor is one of less than this share of the skill's hours."""
MAX_LINES = 6


def _skills(plan: Plan) -> dict[str, tuple[float, int]]:
    out: dict[str, tuple[float, int]] = {}
    for item in plan.items():
        hours, level = out.get(item.skill_id, (0.0, 0))
        out[item.skill_id] = (hours + item.hours, max(level, int(item.level_to)))
    return out


def _asked(constraints: Sequence[Constraint]) -> set[str]:
    return {c.skill_id for c in constraints if c.skill_id}


def unasked_changes(
    before: Plan, after: Plan, constraints: Sequence[Constraint], kb: KnowledgeBase
) -> list[str]:
    """One line per skill the new version changed though no constraint names it ("Python:
    24 h (working) -> 9 h (basic)"), the largest first; at most ``MAX_LINES`` and a count."""
    lang = after.language
    old, new, asked = _skills(before), _skills(after), _asked(constraints)
    changes: list[tuple[float, str]] = []
    for skill in dict.fromkeys([*old, *new]):
        if skill in asked:
            continue
        name = skill_label(kb, skill, lang)
        if skill not in new:
            hours, level = old[skill]
            line = t(lang, "mentor.side.dropped", skill=name, hours=f"{hours:g}")
            changes.append((hours, line))
            continue
        if skill not in old:
            hours, level = new[skill]
            lv = t(lang, f"plan.level.{level}")
            changes.append(
                (hours, t(lang, "mentor.side.added", skill=name, hours=f"{hours:g}", level=lv))
            )
            continue
        (h0, l0), (h1, l1) = old[skill], new[skill]
        moved = abs(h1 - h0)
        if l0 == l1 and (moved < MIN_HOURS or moved < MIN_SHARE * max(h0, h1)):
            continue
        line = t(
            lang,
            "mentor.side.changed",
            skill=name,
            before=f"{h0:g}",
            after=f"{h1:g}",
            was=t(lang, f"plan.level.{l0}"),
            now=t(lang, f"plan.level.{l1}"),
        )
        changes.append((moved + (10.0 if l0 != l1 else 0.0), line))
    changes.sort(key=lambda c: -c[0])
    lines = [line for _, line in changes[:MAX_LINES]]
    if len(changes) > MAX_LINES:
        lines.append(t(lang, "mentor.side.more", count=len(changes) - MAX_LINES))
    return lines

"""Valid plans for the oracle tests: planner-built plans on which no hard check reports an error.

Built once per session from a grid of people (roles, languages, hours, horizons, what they know)
on the test KB and the shipped one; hypothesis then draws a plan from this pool and corrupts it.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from coach.engine.checks import HARD_CHECKS
from coach.engine.constraints import Constraint
from coach.engine.planner import build_plan
from coach.knowledge import KnowledgeBase, load_kb
from coach.schemas import Plan, Profile
from tests.unit.kb_fixture import make_kb, profile, research_for

START = date(2025, 1, 6)


class Valid:
    """A valid plan with the person and KB it was made for (a plain class: hypothesis prints a
    failing example by its ``repr``, the label, not 200 kB of knowledge base)."""

    def __init__(
        self, kb: KnowledgeBase, profile: Profile, plan: Plan, errors: dict[str, int]
    ) -> None:
        self.kb, self.profile, self.plan = kb, profile, plan
        self.errors = errors
        """``errors_by_check`` of the plan as it was made (no constraints)."""

    @property
    def label(self) -> str:
        return f"{self.plan.target}/{self.plan.language}/{self.plan.hours_per_week:g}h"

    def __repr__(self) -> str:  # a failing example names the plan, not 200 kB of KB
        return f"Valid({self.label}, {len(self.kb.roles)} roles)"


def errors_by_check(
    plan: Plan, person: Profile, kb: KnowledgeBase, constraints: list[Constraint] | None = None
) -> dict[str, int]:
    """Hard check name (``HARD_CHECKS`` key) -> its number of error findings."""
    out: dict[str, int] = {}
    for name, check in HARD_CHECKS.items():
        n = sum(f.severity == "error" for f in check(plan, person, kb, constraints or []))
        if n:
            out[name] = n
    return out


_KNOWN = ({}, {"java": 2}, {"python": 2}, {"python": 1, "java": 3}, {"python": 3, "docker": 2})


@cache
def valid_plans() -> tuple[Valid, ...]:
    kbs = [make_kb()]
    shipped = load_kb()
    if shipped.roles:
        kbs.append(shipped)
    pool: list[Valid] = []
    for kb in kbs:
        for r, role in enumerate(sorted(kb.roles)):
            for lang in ("en", "zh"):
                for h, (hours, weeks) in enumerate(((8, 52), (12, 40), (20, 30), (6, 78))):
                    known = _KNOWN[(r + h) % len(_KNOWN)]
                    known = {s: lv for s, lv in known.items() if s in kb.skills}
                    person = profile(known, hours=hours, weeks=weeks, language=lang, target=role)
                    plan = build_plan(person, research_for(kb, role), kb, start_date=START)
                    errors = errors_by_check(plan, person, kb)
                    if plan.feasible and not errors:
                        pool.append(Valid(kb, person, plan, errors))
    return tuple(pool)

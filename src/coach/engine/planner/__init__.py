"""The planner: budget -> select -> sequence -> assemble -> milestones -> options -> narrative.

``build_plan`` (in :mod:`coach.engine.planner.pipeline`) is the entry point; each step is a
module of small pure functions. See docs/planning.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.constraints import Constraint
from coach.engine.planner.assemble import deliverable_kind, pick_resources
from coach.engine.planner.budgeted import core_need_tenths
from coach.engine.planner.experience import read_experience
from coach.engine.planner.milestones import make_milestones
from coach.engine.planner.pipeline import build_plan
from coach.engine.planner.projects import choose_project
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role
from coach.schemas import Finding, Plan, Profile, RoleResearch


def revise_plan(
    plan: Plan,
    findings: Sequence[Finding],
    profile: Profile,
    research: RoleResearch,
    kb: KnowledgeBase,
    constraints: Sequence[Constraint] | None = None,
) -> Plan:
    """The next version of ``plan`` after a review: rebuilt with the findings taken in."""
    return build_plan(
        profile,
        research,
        kb,
        start_date=plan.start_date,
        constraints=constraints,
        version=plan.version + 1,
        previous_findings=findings,
    )


def estimate_total_hours(profile: Profile, role: Role, kb: KnowledgeBase) -> float:
    """Hours the core of a plan towards ``role`` needs (learning, a minimal project, job search)."""
    return core_need_tenths(profile, role, kb, read_experience(profile, kb)) / 10


__all__ = [
    "build_plan",
    "choose_project",
    "deliverable_kind",
    "estimate_total_hours",
    "make_milestones",
    "pick_resources",
    "revise_plan",
]

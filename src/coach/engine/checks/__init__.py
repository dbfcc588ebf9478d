"""The reviewer's hard checks: one module per family, one :data:`Check` signature.

A plan that fails an error-severity check never reaches the mentor as "passed". Warnings and
info findings are shown to the mentor but do not block. ``review_plan`` runs them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from coach.engine.checks.coherence import check_core_first, check_project_coherence
from coach.engine.checks.common import Check, plan_texts
from coach.engine.checks.constraint_kinds import check_constraint_kinds
from coach.engine.checks.constraints import check_constraints
from coach.engine.checks.coverage import check_gap_coverage, check_prerequisite_order
from coach.engine.checks.deliverables import check_deliverables
from coach.engine.checks.feasibility import check_ambition, check_feasibility
from coach.engine.checks.fit import check_coding_fit
from coach.engine.checks.grounding import check_grounding
from coach.engine.checks.hours import check_total_within_horizon, check_weekly_hours
from coach.engine.checks.language import check_language, cjk_share
from coach.engine.checks.promises import check_no_promises
from coach.engine.constraints import Constraint, with_user_constraints
from coach.engine.constraints.project_ask import asked_topic
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Plan, Profile, Review

HARD_CHECKS: dict[str, Check] = {
    "weekly_hours": lambda p, _u, _k, c: check_weekly_hours(p, c),
    "total_within_horizon": lambda p, _u, _k, c: check_total_within_horizon(p, c),
    "gap_coverage": lambda p, _u, k, _c: check_gap_coverage(p, k),
    "prerequisite_order": lambda p, _u, k, c: check_prerequisite_order(p, k, c),
    "core_first": lambda p, u, k, c: check_core_first(p, k, c, u),
    "project_coherence": lambda p, u, k, _c: check_project_coherence(p, k, u),
    "deliverables": lambda p, _u, _k, _c: check_deliverables(p),
    "grounding": lambda p, _u, k, _c: check_grounding(p, k),
    "no_promises": lambda p, _u, _k, _c: check_no_promises(p),
    "language": lambda p, u, _k, c: check_language(p, u, [t for t in [asked_topic(c)] if t]),
    "constraints": lambda p, u, k, c: check_constraints(p, k, c, u),
    "constraint_kinds": lambda p, u, k, c: check_constraint_kinds(p, k, c, u),
    "feasibility": lambda p, u, k, c: check_feasibility(p, k, c, u),
    "ambition": lambda p, u, k, _c: check_ambition(p, u, k),
    "coding_fit": lambda p, u, k, _c: check_coding_fit(p, u, k),
}
"""Every hard check by name, in the order the reviewer runs them."""

AMBITION_CHECK = "ambition"


def run_checks(
    plan: Plan, profile: Profile, kb: KnowledgeBase, constraints: Sequence[Constraint] = ()
) -> list[Finding]:
    """All hard checks' findings, in check order. The user's own profile constraints are
    checked with the mentor's (``with_user_constraints``), as the planner honours both."""
    cons = with_user_constraints(profile.constraints, constraints, kb)
    return [f for check in HARD_CHECKS.values() for f in check(plan, profile, kb, cons)]


def review_plan(
    plan: Plan,
    profile: Profile,
    kb: KnowledgeBase,
    constraints: Sequence[Constraint] = (),
    revision_round: int = 0,
) -> Review:
    """Run every hard check. Verdict: ``infeasible`` when the plan says the core does not fit
    or the goal as stated is not realistic (an ambition finding: only the person and a mentor
    can choose the alternative, revising cannot fix it), ``revise`` when any other error
    remains (the planner rebuilds with the findings), else ``pass``."""
    findings = run_checks(plan, profile, kb, constraints)
    verdict: Literal["pass", "revise", "infeasible"] = "pass"
    ambition = any(f.check == AMBITION_CHECK and f.severity == "error" for f in findings)
    if not plan.feasible or ambition:
        verdict = "infeasible"
    elif any(f.severity == "error" for f in findings):
        verdict = "revise"
    return Review(verdict=verdict, findings=findings, round=revision_round)


__all__ = [
    "AMBITION_CHECK",
    "HARD_CHECKS",
    "Check",
    "check_ambition",
    "check_coding_fit",
    "check_constraints",
    "check_core_first",
    "check_deliverables",
    "check_feasibility",
    "check_gap_coverage",
    "check_grounding",
    "check_language",
    "check_no_promises",
    "check_prerequisite_order",
    "check_project_coherence",
    "check_total_within_horizon",
    "check_weekly_hours",
    "cjk_share",
    "plan_texts",
    "review_plan",
    "run_checks",
]

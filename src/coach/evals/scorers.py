"""Scoring a replayed session: hard checks (pass/fail) and soft scores (0..1, with floors).

Hard checks reuse the reviewer's own checks (:mod:`coach.engine.checks`) for plan invariants,
so an eval and the reviewer never disagree about what a valid plan is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from coach.evals.case import SOFT_SCORES, Expect, SoftScore, Trajectory, TrajectoryMode
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile
from coach.text import CJK

_GENERIC = re.compile(
    r"^\s*(?:learn|study|read|review|practice|学习|复习|阅读|练习)\b.{0,12}$", re.I
)


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    message: str = ""


# --------------------------------------------------------------------------- soft scores
def is_concrete(deliverable: str) -> bool:
    """A deliverable someone could check: several words (or CJK characters), not "learn X"."""
    text = deliverable.strip()
    if not text or _GENERIC.match(text):
        return False
    cjk = len(CJK.findall(text))
    return cjk >= 8 or len(text.split()) >= 4


def specificity(plan: Plan) -> float:
    """Share of plan items with a resource (or, when no learning material exists, what to
    practise) and a concrete deliverable."""
    items = plan.items()
    if not items:
        return 0.0
    good = sum(
        1 for i in items if (i.resource_ids or i.practice.strip()) and is_concrete(i.deliverable)
    )
    return good / len(items)


def coverage(plan: Plan) -> float:
    """Share of the plan's gaps that some item works on (deferred gaps count as not covered)."""
    gaps = {g.skill_id for g in plan.gaps}
    if not gaps:
        return 1.0
    covered = {i.skill_id for i in plan.items()}
    return len(gaps & covered) / len(gaps)


def feasibility_margin(plan: Plan) -> float:
    """``1 - total / budget`` where budget is hours per week times weeks (negative: over budget)."""
    budget = plan.hours_per_week * plan.horizon_weeks
    if budget <= 0:
        return -1.0
    return 1.0 - plan.total_hours / budget


def soft_scores(plan: Plan) -> dict[str, float]:
    scores = {
        "specificity": specificity(plan),
        "coverage": coverage(plan),
        "feasibility_margin": feasibility_margin(plan),
    }
    return {k: round(v, 4) for k, v in scores.items()}


# --------------------------------------------------------------------------- hard checks
def trajectory_matches(mode: TrajectoryMode, want: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` matches ``want`` under ``mode`` (see :class:`Trajectory`)."""
    if mode == "strict":
        return actual == want
    if mode == "unordered":
        return Counter(actual) == Counter(want)
    if mode == "subset":
        return set(actual) <= set(want)
    if mode == "superset":
        return set(want) <= set(actual)
    rest = iter(actual)  # in_order: ``want`` is a subsequence of ``actual``
    return all(node in rest for node in want)


def check_trajectory(expected: Trajectory, actual: list[str]) -> CheckResult:
    name = f"trajectory ({expected.mode})"
    want = expected.nodes
    if trajectory_matches(expected.mode, want, actual):
        return CheckResult(name, True)
    missing = [n for n in want if n not in actual]
    extra = sorted({n for n in actual if n not in want})
    detail = f"; missing {missing}" if missing else ""
    detail += f"; not expected {extra}" if extra else ""
    return CheckResult(name, False, f"expected {want}, got {actual}{detail}")


def plan_skills(plan: Plan) -> set[str]:
    return {item.skill_id for item in plan.items()}


def check_plan_invariants(
    plan: Plan,
    profile: Profile,
    kb: KnowledgeBase,
    mentor_notes: list[str],
    allowed: list[str],
) -> CheckResult:
    """The reviewer's hard checks on the final plan: no error findings except allowed ones."""
    from coach.engine.checks import run_checks
    from coach.engine.constraints import parse_constraints

    constraints = [c for note in mentor_notes for c in parse_constraints(note, kb)]
    errors = [
        f
        for f in run_checks(plan, profile, kb, constraints)
        if f.severity == "error" and f.check not in allowed
    ]
    if not errors:
        return CheckResult("plan invariants", True)
    shown = "; ".join(f"{f.check}: {f.message}" for f in errors[:5])
    more = f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
    return CheckResult("plan invariants", False, shown + more)


def _eq(name: str, want: Any, got: Any) -> CheckResult:
    if want == got:
        return CheckResult(name, True)
    return CheckResult(name, False, f"expected {want!r}, got {got!r}")


def hard_checks(
    expect: Expect,
    *,
    plan: Plan | None,
    profile: Profile | None,
    status: str,
    awaiting_mentor: bool,
    path: list[str],
    language: str | None,
    mentor_notes: list[str],
    kb: KnowledgeBase,
    replies: list[list[str]] | None = None,
    refusals: list[str] | None = None,
) -> list[CheckResult]:
    """Every check the case's ``expect`` asks for, in a stable order."""
    from coach.evals.plan_expect import plan_shape_checks, refusal_checks, reply_checks

    results: list[CheckResult] = reply_checks(expect, replies or [])
    results += refusal_checks(expect, refusals or [])
    if expect.has_plan is not None:
        results.append(_eq("has plan", expect.has_plan, plan is not None))
    if expect.status is not None:
        results.append(_eq("status", expect.status, status))
    if expect.awaiting_mentor is not None:
        results.append(_eq("paused for mentor", expect.awaiting_mentor, awaiting_mentor))
    if expect.language is not None:
        got = plan.language if plan is not None else language
        results.append(_eq("language", expect.language, got))
    if expect.trajectory is not None:
        results.append(check_trajectory(expect.trajectory, path))
    needs_plan = (
        expect.target_role is not None
        or expect.skills_include
        or expect.skills_exclude
        or expect.feasible is not None
        or expect.max_item_hours
        or expect.starts_by_week
        or expect.before
        or expect.max_weekly_hours is not None
        or expect.horizon_weeks is not None
        or expect.constraints_include
    )
    if plan is None:
        if needs_plan:
            results.append(CheckResult("plan expectations", False, "the session has no plan"))
        return results
    if expect.target_role is not None:
        results.append(_eq("target role", expect.target_role, plan.target))
    skills = plan_skills(plan)
    if expect.skills_include:
        missing = sorted(set(expect.skills_include) - skills)
        results.append(
            CheckResult("skills included", not missing, f"missing {missing}" if missing else "")
        )
    if expect.skills_exclude:
        present = sorted(set(expect.skills_exclude) & skills)
        results.append(
            CheckResult(
                "skills excluded", not present, f"must not appear: {present}" if present else ""
            )
        )
    if expect.feasible is not None:
        results.append(_eq("feasible", expect.feasible, plan.feasible))
    results.extend(plan_shape_checks(expect, plan))
    if expect.plan_invariants:
        results.append(
            check_plan_invariants(
                plan, profile or Profile(), kb, mentor_notes, expect.allowed_findings
            )
        )
    return results


def score_floors(expect: Expect, scores: dict[str, float]) -> list[CheckResult]:
    """A soft score under the case's floor fails the case."""
    results: list[CheckResult] = []
    for name in SOFT_SCORES:
        floor = expect.min_scores.get(name)
        if floor is None or name not in scores:
            continue
        ok = scores[name] + 1e-9 >= floor
        message = "" if ok else f"{scores[name]:.3f} < floor {floor:.3f}"
        results.append(CheckResult(f"score {name}", ok, message))
    return results


def default_floors(scores: dict[str, float], slack: float = 0.1) -> dict[SoftScore, float]:
    """Floors for a newly recorded case: the recorded score minus ``slack`` (0..1 scores >= 0)."""
    floors: dict[SoftScore, float] = {}
    name: SoftScore
    for name in SOFT_SCORES:
        if name not in scores:
            continue
        floor = scores[name] - slack
        floors[name] = round(floor if name == "feasibility_margin" else max(0.0, floor), 2)
    return floors

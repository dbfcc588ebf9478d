"""Hand-written expectations on a plan's shape and on the coach's replies (``Expect`` fields
``max_item_hours``, ``starts_by_week``, ``before``, ``max_weekly_hours``, ``horizon_weeks``,
``constraints_include``, ``replies_include``, ``replies_exclude``, ``refused_include``): what a
maintainer asserts about a case, beyond its recording."""

from __future__ import annotations

from coach.evals.case import Expect
from coach.evals.scorers import CheckResult
from coach.schemas import Plan

PROJECT = "portfolio_project"
"""The name ``before`` gives the plan's portfolio projects (no skill has it)."""


def _span(plan: Plan, skill: str) -> tuple[int, int] | None:
    if skill == PROJECT:
        weeks = [(p.week_start, p.week_end) for p in plan.portfolio_projects]
    else:
        weeks = [(i.week_start, i.week_end) for i in plan.items() if i.skill_id == skill]
    if not weeks:
        return None
    return min(w[0] for w in weeks), max(w[1] for w in weeks)


def plan_shape_checks(expect: Expect, plan: Plan) -> list[CheckResult]:
    results: list[CheckResult] = []
    for skill, most in sorted(expect.max_item_hours.items()):
        hours = sum(i.hours for i in plan.items() if i.skill_id == skill)
        ok = hours <= most + 1e-9
        results.append(CheckResult(f"hours of {skill}", ok, "" if ok else f"{hours} > {most}"))
    for skill, week in sorted(expect.starts_by_week.items()):
        span = _span(plan, skill)
        ok = span is not None and span[0] <= week
        got = "not scheduled" if span is None else f"starts in week {span[0]}"
        results.append(CheckResult(f"{skill} starts by week {week}", ok, "" if ok else got))
    for first, then in expect.before:
        a, b = _span(plan, first), _span(plan, then)
        # "first before then": it starts no later and ends no later (overlap allowed)
        ok = a is not None and b is not None and a[0] <= b[0] and a[1] <= b[1]
        results.append(CheckResult(f"{first} before {then}", ok, "" if ok else f"weeks {a} vs {b}"))
    if expect.max_weekly_hours is not None:
        peak = max(plan.weekly_hours, default=0.0)
        ok = peak <= expect.max_weekly_hours + 1e-9
        results.append(CheckResult("weekly hours", ok, "" if ok else f"a week has {peak} h"))
    if expect.horizon_weeks is not None:
        ok = plan.horizon_weeks == expect.horizon_weeks
        got = f"{plan.horizon_weeks} weeks"
        results.append(CheckResult(f"{expect.horizon_weeks} weeks", ok, "" if ok else got))
    results.extend(_constraint_checks(expect.constraints_include, plan))
    return results


def _constraint_checks(wanted: list[str], plan: Plan) -> list[CheckResult]:
    """Each ``kind`` or ``kind:skill_id`` is among the typed constraints the plan carries."""
    held = [(r.kind, r.skill_id) for r in plan.constraint_records]
    results: list[CheckResult] = []
    for want in wanted:
        kind, _, skill = want.partition(":")
        ok = any(k == kind and (not skill or s == skill) for k, s in held)
        got = ", ".join(k if s is None else f"{k}:{s}" for k, s in held) or "none"
        results.append(CheckResult(f"constraint {want}", ok, "" if ok else f"carries {got}"))
    return results


def reply_checks(expect: Expect, replies: list[list[str]]) -> list[CheckResult]:
    text = "\n".join(r for step in replies for r in step).casefold()
    results: list[CheckResult] = []
    for words in expect.replies_include:
        ok = words.casefold() in text
        results.append(CheckResult(f"a reply says {words!r}", ok, "" if ok else "never said"))
    for words in expect.replies_exclude:
        ok = words.casefold() not in text
        results.append(CheckResult(f"no reply says {words!r}", ok, "" if ok else "said"))
    return results


def refusal_checks(expect: Expect, refusals: list[str]) -> list[CheckResult]:
    """Each ``refused_include`` words appear in some refusal (why a decision or step was not
    applied): a refusal for another reason than the one the case is about fails."""
    text = "\n".join(refusals).casefold()
    results: list[CheckResult] = []
    for words in expect.refused_include:
        ok = words.casefold() in text
        got = "; ".join(refusals) or "nothing was refused"
        results.append(CheckResult(f"a refusal says {words!r}", ok, "" if ok else got))
    return results

"""Hours: no week over its limit; everything inside the horizon; totals add up."""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.checks.common import EPS, MIN_BUFFER_SHARE, finding, num
from coach.engine.constraints import Constraint, plan_limits
from coach.i18n import t
from coach.schemas import Finding, Plan


def check_weekly_hours(plan: Plan, constraints: Sequence[Constraint] = ()) -> list[Finding]:
    """No week is over its limit: the weekly budget, lowered by ``hours_from`` constraints."""
    lang = plan.language
    limits = plan_limits(plan, constraints)
    out: list[Finding] = []
    for i, hours in enumerate(plan.weekly_hours):
        week = i + 1
        if week > len(limits):
            if hours > EPS:
                out.append(
                    finding(
                        "weekly_hours",
                        "error",
                        t(lang, "checks.weeks_beyond", week=week, horizon=plan.horizon_weeks),
                        f"week {week}",
                    )
                )
            continue
        if hours > limits[i] + EPS:
            out.append(
                finding(
                    "weekly_hours",
                    "error",
                    t(lang, "checks.week_over", week=week, hours=num(hours), limit=num(limits[i])),
                    f"week {week}",
                )
            )
    return out


def check_total_within_horizon(plan: Plan, constraints: Sequence[Constraint] = ()) -> list[Finding]:
    """Everything happens inside the horizon, the totals add up, and the total fits the hours
    available (with a buffer for real life, as a warning)."""
    lang = plan.language
    check = "total_within_horizon"
    out: list[Finding] = []
    spans: list[tuple[str, int, int]] = []
    for ph in plan.phases:
        spans.append((ph.name, ph.week_start, ph.week_end))
        spans += [(it.title, it.week_start, it.week_end) for it in ph.items]
    spans += [(pp.title, pp.week_start, pp.week_end) for pp in plan.portfolio_projects]
    spans += [(f"milestone {ms.week}", ms.week, ms.week) for ms in plan.milestones]
    for what, start, end in spans:
        if end > plan.horizon_weeks:
            msg = t(lang, "checks.week_beyond", what=what, week=end, horizon=plan.horizon_weeks)
            out.append(finding(check, "error", msg, what))
        if start > end:
            out.append(finding(check, "error", t(lang, "checks.week_order", what=what), what))
    for i, hours in enumerate(plan.weekly_hours[plan.horizon_weeks :], start=plan.horizon_weeks):
        if hours > EPS:
            msg = t(lang, "checks.weeks_beyond", week=i + 1, horizon=plan.horizon_weeks)
            out.append(finding(check, "error", msg, f"week {i + 1}"))
    weekly_sum = sum(plan.weekly_hours)
    if abs(weekly_sum - plan.total_hours) > 0.05:
        msg = t(lang, "checks.total_mismatch", total=num(plan.total_hours), sum=num(weekly_sum))
        out.append(finding(check, "error", msg))
    item_hours = sum(it.hours for it in plan.items())
    if item_hours > plan.total_hours + 0.05:
        msg = t(lang, "checks.items_over_total", items=num(item_hours), total=num(plan.total_hours))
        out.append(finding(check, "error", msg))
    limits = plan_limits(plan, constraints)
    capacity = sum(limits)
    if plan.total_hours > capacity + 0.05:
        msg = t(
            lang,
            "checks.over_capacity",
            total=num(plan.total_hours),
            capacity=num(capacity),
            weeks=plan.horizon_weeks,
        )
        out.append(finding(check, "error", msg))
    elif capacity > 0 and plan.total_hours > 0:
        share = (capacity - plan.total_hours) / capacity
        if share < MIN_BUFFER_SHARE - EPS:
            out.append(
                finding(check, "warning", t(lang, "checks.thin_buffer", share=num(share * 100)))
            )
    return out

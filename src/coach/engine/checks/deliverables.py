"""Deliverables: every item, project and milestone has one, and milestones say how they are checked."""

from __future__ import annotations

from itertools import pairwise

from coach.engine.checks.common import finding
from coach.i18n import t
from coach.schemas import Finding, Plan


def check_deliverables(plan: Plan) -> list[Finding]:
    """Every item and milestone has a concrete deliverable; milestones say how they are checked
    and come every few weeks (a gap over 6 weeks is a warning)."""
    lang = plan.language
    check = "deliverables"
    out: list[Finding] = []
    for it in plan.items():
        if not it.deliverable.strip():
            out.append(
                finding(
                    check, "error", t(lang, "checks.no_deliverable", what=it.title), it.skill_id
                )
            )
    for pp in plan.portfolio_projects:
        if not pp.description.strip():
            out.append(
                finding(check, "error", t(lang, "checks.no_deliverable", what=pp.title), pp.title)
            )
    for ms in plan.milestones:
        if not ms.deliverable.strip():
            what = f"milestone {ms.week}"
            out.append(finding(check, "error", t(lang, "checks.no_deliverable", what=what), what))
        if not ms.how_checked.strip():
            out.append(
                finding(check, "error", t(lang, "checks.no_check", week=ms.week), f"week {ms.week}")
            )
    if plan.items() and not plan.milestones:
        out.append(finding(check, "error", t(lang, "checks.no_milestones")))
    weeks = [0, *sorted(ms.week for ms in plan.milestones)]
    for a, b in pairwise(weeks):
        if b - a > 6:
            msg = t(lang, "checks.milestone_gap", gap=b - a, a=a + 1, b=b)
            out.append(finding(check, "warning", msg, f"week {b}"))
    return out

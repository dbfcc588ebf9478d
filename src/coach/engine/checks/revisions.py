"""The reviewer's check of the project's data rule and of a placement right after a skill
(the kinds of :mod:`coach.engine.constraints.revisions`); an undo is checked by what it
leaves: the constraints taken back are no longer there to check."""

from __future__ import annotations

from coach.engine.checks.common import skill_label
from coach.engine.constraints import Constraint
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Plan

CHECK = "constraints"


def _finding(lang: str, key: str, **values: object) -> Finding:
    return Finding(check=CHECK, severity="error", message=t(lang, f"coach.check.{key}", **values))


def _passes(plan: Plan, skill_id: str) -> list[tuple[int, int]]:
    return sorted((i.week_start, i.week_end) for i in plan.items() if i.skill_id == skill_id)


def check_revisions(plan: Plan, c: Constraint, kb: KnowledgeBase) -> list[Finding]:
    """``c`` honoured by ``plan``: the project states its data rule; the thing placed right
    after a skill starts in the week that skill's part before it ends, or the week after."""
    lang = plan.language
    if c.kind == "project_data" and c.data_rule:
        rule = t(lang, f"coach.project_data.{c.data_rule}")
        if plan.portfolio_projects and not all(
            rule in p.description for p in plan.portfolio_projects
        ):
            said = t(lang, f"coach.constraint.project_data.{c.data_rule}")
            return [_finding(lang, "project_data", rule=said)]
        return []
    if c.kind != "place_after" or not c.after:
        return []
    ref = skill_label(kb, c.after, lang)
    if c.block == "project":
        what = t(lang, "coach.block.project")
        starts = [p.week_start for p in plan.portfolio_projects]
    else:
        what = skill_label(kb, c.skill_id or "", lang)
        starts = [s for s, _ in _passes(plan, c.skill_id or "")]
    passes = _passes(plan, c.after)
    if not passes or not starts:
        missing = what if not starts else ref
        return [_finding(lang, "place_after_missing", what=what, ref=ref, missing=missing)]
    start = min(starts)
    done = [end for _, end in passes if end <= start]
    end = max(done) if done else passes[-1][1]
    if not done or start > end + 1:
        return [_finding(lang, "place_after", what=what, ref=ref, end=end, got=start)]
    return []

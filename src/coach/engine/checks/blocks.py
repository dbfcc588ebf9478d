"""The reviewer's check of the week anchors, the job-search block and the mentor's corrections
of the profile and the target (the kinds of :mod:`coach.engine.constraints.blocks`)."""

from __future__ import annotations

from coach.engine.checks.common import skill_label
from coach.engine.checks.revisions import check_revisions
from coach.engine.constraints import Constraint
from coach.engine.constraints.anchors import in_window
from coach.engine.planner.sequence import ancestors
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Plan, PlanItem, Profile, Severity

NEW_KINDS = frozenset(
    {
        "week_anchor",
        "job_search_hours",
        "profile_skill",
        "set_target",
        "max_level",
        "find_work",
        "project_data",
        "place_after",
        "undo",
    }
)
CHECK = "constraints"
EPS = 0.05


def _finding(lang: str, key: str, severity: Severity = "error", **values: object) -> Finding:
    return Finding(check=CHECK, severity=severity, message=t(lang, f"coach.check.{key}", **values))


def _start(plan: Plan, c: Constraint, items: list[PlanItem]) -> int | None:
    """The week the anchored thing starts in (None when the plan has none of it)."""
    if c.block == "project":
        return min((p.week_start for p in plan.portfolio_projects), default=None)
    if c.block == "job_search":
        return min((ph.week_start for ph in plan.phases if ph.kind == "job_search"), default=None)
    return min((i.week_start for i in items), default=None)


def _anchor(
    plan: Plan, c: Constraint, items: list[PlanItem], what: str, kb: KnowledgeBase
) -> list[Finding]:
    lang, week = plan.language, c.from_week or 0
    start = _start(plan, c, items)
    if start is None:
        return [_finding(lang, "anchor_missing", what=what, week=week)]
    late = c.op in {"max", "set"} and start > week
    early = c.op in {"min", "set"} and start < week
    if late or early:
        found = _finding(lang, f"anchor_{c.op}", what=what, week=week, got=start)
        project_end = max((p.week_end for p in plan.portfolio_projects), default=0)
        if late and c.block == "job_search" and project_end >= week:  # it needs the portfolio
            reason = t(lang, "coach.check.anchor_after_project", until=project_end)
            gap = "" if lang == "zh" else " "
            found = found.model_copy(update={"message": f"{found.message}{gap}{reason}"})
        elif late and (first := _needed_first(plan, c, week, items, kb)):
            reason = t(lang, "coach.check.anchor_needs", skills=first[0], until=first[1])
            gap = "" if lang == "zh" else " "
            found = found.model_copy(update={"message": f"{found.message}{gap}{reason}"})
        return [found]
    return []


def _needed_first(
    plan: Plan, c: Constraint, week: int, items: list[PlanItem], kb: KnowledgeBase
) -> tuple[str, int] | None:
    """For a thing asked to start before it can: what it builds on that the plan teaches past
    the week asked (the project's skills, or a skill's prerequisites), and the week the last of
    them ends; None when nothing it builds on is that late."""
    if c.block == "project" and plan.portfolio_projects:
        project = min(plan.portfolio_projects, key=lambda p: p.week_start)
        built_on, first = list(project.skill_ids), project.week_start
    elif c.block is None and c.skill_id:
        built_on = list(ancestors(c.skill_id, kb))
        first = min((i.week_start for i in items), default=plan.horizon_weeks)
    else:
        return None
    ends: dict[str, int] = {}  # the last week of each part taught before it starts
    for i in plan.items():
        if i.week_end <= first:
            ends[i.skill_id] = max(ends.get(i.skill_id, 0), i.week_end)
    late = [s for s in dict.fromkeys(built_on) if ends.get(s, 0) >= week]
    if not late:
        return None
    names = [skill_label(kb, s, plan.language) for s in sorted(late, key=lambda s: ends[s])]
    return ("、" if plan.language == "zh" else ", ").join(names), max(ends[s] for s in late)


def _finds_work(plan: Plan) -> list[Finding]:
    """ "She was laid off": the plan ends in looking for work (a job search with hours), never
    in bringing AI into a job the person does not have."""
    lang = plan.language
    job = [ph for ph in plan.phases if ph.kind == "job_search" and ph.hours > 0]
    into_work = t(lang, "plan.phase.job_search.non_coding")
    if not job or any(ph.name == into_work for ph in job):
        return [_finding(lang, "find_work")]
    return []


def _job_hours(plan: Plan, c: Constraint) -> list[Finding]:
    lang = plan.language
    got = sum(ph.hours for ph in plan.phases if ph.kind == "job_search")
    if c.share is None and c.hours is not None:
        want = c.hours
        over = c.op in {"max", "set"} and got > want + EPS
        under = c.op in {"min", "set"} and got < want - EPS and want > 0
        if over or under:
            return [_finding(lang, "job_hours", got=f"{got:g}", want=f"{want:g}")]
    return []


def check_blocks(
    plan: Plan,
    c: Constraint,
    items: list[PlanItem],
    kb: KnowledgeBase,
    lang: str,
    name: str,
    profile: Profile | None,
) -> list[Finding]:
    """One constraint of the kinds above, honoured by ``plan``; a finding per miss."""
    if c.kind == "week_anchor":
        what = t(lang, f"coach.block.{c.block}") if c.block else name
        return _anchor(plan, in_window(c, plan.horizon_weeks), items, what, kb)
    if c.kind == "job_search_hours":
        return _job_hours(plan, c)
    if c.kind in {"project_data", "place_after"}:
        return check_revisions(plan, c, kb)
    if c.kind == "find_work":
        return _finds_work(plan)
    if c.kind == "set_target" and c.role_id and plan.target != c.role_id:
        role = kb.roles.get(c.role_id)
        wanted = role.name.get("zh" if lang == "zh" else "en") if role else c.role_id
        return [_finding(lang, "target", want=wanted, got=plan.target_name)]
    if c.kind == "max_level" and c.level is not None:
        top = max((i.level_to for i in items), default=0)
        if top > c.level:
            return [_finding(lang, "max_level", skill=name, got=top, want=c.level)]
        if not items:
            return [_finding(lang, "max_level_missing", "warning", skill=name)]
        return []
    if c.kind == "profile_skill" and c.level is not None:
        strong = [s for s in plan.strengths if s.skill_id == c.skill_id]
        if c.level == 0 and strong:
            return [_finding(lang, "profile_skill", skill=name)]
    return []

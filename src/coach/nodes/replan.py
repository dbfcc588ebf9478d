"""The planner node's re-plan step: a new version from the current week, keeping what is done
(:func:`coach.engine.replan.replan_from_week`), when the coach asked for one."""

from __future__ import annotations

from coach.engine.constraints import Constraint, notes_constraints
from coach.engine.replan import lost_milestones, replan_from_week
from coach.knowledge import KnowledgeBase
from coach.schemas import Milestone, Plan, Profile, Progress, RoleResearch
from coach.state import CoachState


def replan_step(
    state: CoachState,
    profile: Profile,
    research: RoleResearch,
    kb: KnowledgeBase,
    constraints: list[Constraint],
    version: int,
) -> Plan:
    approved = Plan.model_validate(state["approved_plan"])
    marker = state.get("replan") or {}
    raw = state.get("progress")
    progress = Progress.model_validate(raw) if raw else approved.progress
    return replan_from_week(
        approved,
        profile,
        research,
        kb,
        keep_weeks=int(marker.get("keep_weeks", 0)),
        progress=progress,
        constraints=constraints,
        version=version,
        fresh=[
            c
            for n in since_approval(state)
            for c in notes_constraints([n], kb, approved.start_date)
        ],
    )


def since_approval(state: CoachState) -> list[str]:
    """The mentor's requests made since the plan in force was approved (one note per request
    for changes): the ones a re-plan still has to apply in full."""
    decisions = list(state.get("decisions") or [])
    approved = [i for i, d in enumerate(decisions) if d.get("action") in {"approve", "edit"}]
    after = decisions[approved[-1] + 1 :] if approved else decisions
    asked = sum(1 for d in after if d.get("action") == "reject")
    notes = list(state.get("mentor_notes") or [])
    return notes[len(notes) - asked :] if asked else []


def approved_diff(state: CoachState) -> list[str]:
    """What the waiting plan changes against the approved one ([] when none was approved)."""
    if not state.get("approved_plan") or not state.get("plan"):
        return []
    from coach.render.diff import plan_changes  # the lines `coach plan --diff` shows

    old, new = Plan.model_validate(state["approved_plan"]), Plan.model_validate(state["plan"])
    return [*plan_changes(old, new), *lost_milestones(old, new, kept_milestones(state))]


def kept_milestones(state: CoachState) -> list[Milestone]:
    """The milestones mentors added by an edit (kept by every later version)."""
    return [Milestone.model_validate(m) for m in state.get("mentor_milestones") or []]

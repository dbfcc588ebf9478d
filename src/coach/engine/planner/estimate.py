"""The hours to close a role's gaps for this person, as the planner counts them: the role list
("about N h to close the gaps") and the plan use one computation (experience-scaled hours, the
track the person's goal picks, prerequisites just far enough, what the person's field already
gives counted as theirs)."""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.planner.budgeted import hours_for
from coach.engine.planner.experience import read_experience
from coach.engine.planner.needs import plan_needs
from coach.engine.planner.track import (
    goal_text,
    pick_track,
    posting_track,
    track_research,
    wants_intro,
)
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile, RoleResearch


def gap_hours_for(
    profile: Profile, research: RoleResearch, kb: KnowledgeBase, said: Sequence[str] = ()
) -> int:
    """Hours from the person's levels to every level the plan would list for ``research``
    (scheduled or deferred), at the planner's estimates."""
    role = kb.roles.get(research.role_id)
    goal = goal_text(profile, said)
    track = pick_track(role, goal) or posting_track(role, research)
    research = track_research(research, track, role)
    exp = read_experience(profile, kb, said)
    needs = plan_needs(profile, research, kb, exp, [], wants_intro(goal), said)
    hours = hours_for(kb, exp, needs.bounds)
    total = sum(
        hours(g.skill_id, int(g.have), int(g.need))
        for g in needs.gaps
        if g.skill_id not in needs.excluded and g.need > g.have
    )
    return round(total)

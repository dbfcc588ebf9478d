"""A role's track, picked by the person's goal ("edge AI" for the inference role).

Pure: the research, the role and the person's goal words in, the research the plan targets out.
The track's requirements replace the role's for the same skill or add to them; the role skills
the track drops are not planned. Without a matching track the research is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.engine.planner.experience import profile_words, wanted_words
from coach.engine.posting_roles import best_track
from coach.knowledge.models import Role, Track
from coach.schemas import Profile, RequiredSkill, RoleResearch


def goal_text(profile: Profile, said: Sequence[str] = ()) -> str:
    """What the person says they want: the target in their words, their wants, and the
    clauses of their messages about what they want (never their background)."""
    wants = [str(w) for w in getattr(profile, "wants", None) or []]
    return " \n".join(
        [profile.target_raw or "", *wants, wanted_words(profile_words(profile, said))]
    )


INTRO_GOAL = re.compile(
    r"\b(?:get(?:ting)? started|just (?:the )?basics|the basics (?:is|are) enough|a (?:first )?taste|"
    r"an? (?:intro|introduction)\b|dip (?:my|a) toes?|a first step)|"
    r"入门就行|入门就好|入个门|先入门|能入门|了解一下|初步了解|尝尝鲜",
    re.I,
)
"""The person asks only to get started: the plan is an intro (the heaviest skills to basic
level), not a full switch, and is feasible when that fits."""


def wants_intro(goal: str) -> bool:
    """Whether the person's goal is only a start ("春节前能入门就行", "just get started")."""
    return INTRO_GOAL.search(goal) is not None


def _says(text: str, word: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", word):
        return word in text
    return re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text) is not None


def pick_track(role: Role | None, goal: str) -> Track | None:
    """The first track of ``role`` whose words the goal uses."""
    text = goal.casefold()
    if role is None or not text.strip():
        return None
    return next(
        (tr for tr in role.tracks if any(_says(text, w.casefold()) for w in tr.words)), None
    )


def posting_track(role: Role | None, research: RoleResearch) -> Track | None:
    """The track of ``role`` that a job posting's requirements fit best, when ``research`` is a
    posting's (some role skill counts less than the role gives it: the posting does not ask for
    it): the same picker the posting reader and the fit report use
    (:func:`coach.engine.posting_roles.best_track`), so the plan targets the track they name
    ("GPU cluster operations" for a posting of Kubernetes, Slurm and DCGM, not the role's CUDA
    kernels). None otherwise."""
    if role is None or not role.tracks:
        return None
    base = {r.skill_id: r.weight for r in role.required}
    got = {r.skill_id: r.weight for r in research.required_skills}
    unasked = {s for s, w in got.items() if s in base and w < base[s] - 1e-9}
    if not unasked:
        return None
    return best_track(role, set(got) - unasked)[0]


def track_research(
    research: RoleResearch, track: Track | None, role: Role | None = None
) -> RoleResearch:
    """``research`` with the track's requirements in and its dropped skills out; a requirement
    weighed above the role's own (a job posting asks for it) is never dropped."""
    if track is None:
        return research
    own = {r.skill_id: r for r in track.required}
    base = {r.skill_id: r.weight for r in role.required} if role is not None else {}
    raised = {r.skill_id for r in research.required_skills if r.weight > base.get(r.skill_id, 0.0)}
    kept = [
        r for r in research.required_skills if r.skill_id not in track.drop or r.skill_id in raised
    ]
    merged = [
        RequiredSkill(
            skill_id=r.skill_id,
            level=max(own[r.skill_id].level, r.level)
            if r.skill_id in raised
            else own[r.skill_id].level,
            weight=max(own[r.skill_id].weight, r.weight)
            if r.skill_id in raised
            else own[r.skill_id].weight,
            source_id=own[r.skill_id].source_id,
        )
        if r.skill_id in own
        else r
        for r in kept
    ]  # what a posting raised keeps its level and weight
    present = {r.skill_id for r in merged}
    merged += [
        RequiredSkill(skill_id=s, level=r.level, weight=r.weight, source_id=r.source_id)
        for s, r in own.items()
        if s not in present
    ]
    return research.model_copy(update={"required_skills": merged})

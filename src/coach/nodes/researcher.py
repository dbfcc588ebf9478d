"""researcher: what the target role requires; for an unsure user, fan out over candidate roles."""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from coach.context import Context
from coach.engine.research import rank_roles, research_role
from coach.knowledge import load_kb
from coach.nodes.assist import annotate_research
from coach.nodes.common import emit, lang_of, profile_of, progress
from coach.schemas import Profile, RoleCandidate, RoleResearch
from coach.state import CoachState

CANDIDATES = 3


def researcher(
    state: CoachState, runtime: Runtime[Context]
) -> Command[Literal["planner", "research_candidate"]]:
    lang = lang_of(state)
    progress("researcher", lang)
    kb = load_kb()
    profile = profile_of(state)
    if profile.target_role:
        research = research_role(kb, profile, profile.target_role)
        research = annotate_research(runtime, profile, research, int(state.get("turn") or 0))
        emit({"type": "research", "role_id": research.role_id, "fit": research.fit})
        return Command(goto="planner", update={"research": research.model_dump(mode="json")})
    # Unsure: research each candidate in its own checkpointed, retryable branch.
    ranked = rank_roles(kb, profile, k=CANDIDATES)
    emit({"type": "candidates", "ranked": [c.model_dump(mode="json") for c in ranked]})
    sends = [
        Send(
            "research_candidate",
            {"profile": profile.model_dump(mode="json"), "candidate": c.model_dump(mode="json")},
        )
        for c in ranked
    ]
    return Command(goto=sends, update={"candidates": None, "research": None})


class CandidateBranch(TypedDict):
    """The input of one ``research_candidate`` branch (a ``Send`` payload, not graph state)."""

    profile: dict[str, Any]
    candidate: dict[str, Any]


def research_candidate(branch: CandidateBranch, runtime: Runtime[Context]) -> dict[str, Any]:
    """One ``Send`` branch: research a single candidate role."""
    profile = Profile.model_validate(branch["profile"])
    candidate = RoleCandidate.model_validate(branch["candidate"])
    progress("research_candidate", profile.language)
    research = research_role(load_kb(), profile, candidate.role_id)
    research = research.model_copy(update={"fit": candidate.fit})
    return {"candidates": [{"research": research.model_dump(mode="json"), "why": candidate.why}]}


def choose_candidate(candidates: list[dict[str, Any]]) -> RoleResearch:
    """The best-fitting candidate, with the others attached as alternatives (stable order)."""
    ranked = sorted(
        candidates,
        key=lambda c: (-float(c["research"]["fit"]), str(c["research"]["role_id"])),
    )
    best = RoleResearch.model_validate(ranked[0]["research"])
    alternatives = [
        RoleCandidate(
            role_id=c["research"]["role_id"], fit=float(c["research"]["fit"]), why=str(c["why"])
        )
        for c in ranked
    ]
    return best.model_copy(update={"alternatives": alternatives})

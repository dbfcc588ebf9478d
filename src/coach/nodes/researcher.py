"""researcher: what the target role requires; for an unsure user (or a close call between
roles), rank the roles and research each option in its own ``Send`` branch."""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from coach.context import Context
from coach.engine.ranking import role_options
from coach.engine.research import research_role
from coach.knowledge import load_kb
from coach.nodes.assist import annotate_research
from coach.nodes.common import END_TURN, emit, lang_of, profile_of, progress, touch_session
from coach.render.choice import summary_conflict, understood_summary
from coach.schemas import Profile, RoleChoice, RoleOption
from coach.state import CoachState

CANDIDATES = 3
CONFIRM_SUMMARY = "confirm_summary"
"""The ``asked`` value while the summary of what was understood waits for the answer."""
SUMMARY_CONFIRMED = "summary_confirmed"


def researcher(
    state: CoachState, runtime: Runtime[Context]
) -> Command[Literal["planner", "research_candidate", "__end__"]]:
    lang = lang_of(state)
    progress("researcher", lang)
    kb = load_kb()
    profile = profile_of(state)
    if profile.target_role:
        research = research_role(kb, profile, profile.target_role)
        research = annotate_research(runtime, profile, research, int(state.get("turn") or 0))
        emit({"type": "research", "role_id": research.role_id, "fit": research.fit})
        raw_choice = state.get("choice")
        choice = RoleChoice.model_validate(raw_choice) if raw_choice else None
        update: dict[str, Any] = {"research": research.model_dump(mode="json")}
        # Before planning, one short summary of what was understood (COACHING.md A7); not for
        # a new target a mentor or a re-plan after approval set (the plan is already agreed on).
        confirmed = state.get("asked") == SUMMARY_CONFIRMED  # said "yes" to it: not again
        if not (confirmed or state.get("replan") or state.get("status") == "changes_requested"):
            # A conflict in it (a coding role for someone who won't code) waits for the answer.
            wait = summary_conflict(kb, profile)
            summary = understood_summary(kb, profile, lang, choice, wait=wait)
            update["messages"] = [AIMessage(summary)]
            if wait:
                touch_session(runtime, status="intake", language=lang)
                update |= {"asked": CONFIRM_SUMMARY, "status": "intake"}
                return Command(goto=END_TURN, update=update)
        return Command(goto="planner", update=update)
    # Unsure, or a close call: rank, then research each option in a checkpointed branch.
    only = [r for r in profile.target_candidates if r in kb.roles] or None
    pending = state.get("choice") or {}
    turned_down = list(pending.get("rejected") or []) if pending.get("status") == "pending" else []
    options = role_options(kb, profile, k=CANDIDATES, only=only, exclude=turned_down)
    emit({"type": "candidates", "ranked": [o.model_dump(mode="json") for o in options]})
    sends = [
        Send(
            "research_candidate",
            {"profile": profile.model_dump(mode="json"), "option": o.model_dump(mode="json")},
        )
        for o in options
    ]
    return Command(goto=sends, update={"candidates": None, "research": None})


class CandidateBranch(TypedDict):
    """The input of one ``research_candidate`` branch (a ``Send`` payload, not graph state)."""

    profile: dict[str, Any]
    option: dict[str, Any]


def research_candidate(branch: CandidateBranch, runtime: Runtime[Context]) -> dict[str, Any]:
    """One ``Send`` branch: research a single option, keeping its ranking (fit, why, hours)."""
    profile = Profile.model_validate(branch["profile"])
    option = RoleOption.model_validate(branch["option"])
    progress("research_candidate", profile.language)
    research = research_role(load_kb(), profile, option.role_id)
    return {
        "candidates": [
            {"research": research.model_dump(mode="json"), "option": option.model_dump(mode="json")}
        ]
    }

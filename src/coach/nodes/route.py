"""route_turn: send each new user turn to intake, the waiting mentor pause, or the coach."""

from __future__ import annotations

from typing import Literal

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.i18n import t
from coach.nodes.choose import choice_pending
from coach.nodes.common import lang_of
from coach.state import CoachState


def route_turn(
    state: CoachState, runtime: Runtime[Context]
) -> Command[Literal["profiler", "coach", "mentor_review", "choose_role"]]:
    turn = int(state.get("turn") or 0) + 1
    status = state.get("status") or "intake"
    if status == "approved":
        return Command(goto="coach", update={"turn": turn})
    if status == "awaiting_mentor":
        # A message that arrives while the plan waits (e.g. through the server API) must not
        # drop the pause: answer, and go back to waiting for the mentor.
        return Command(
            goto="mentor_review",
            update={"turn": turn, "messages": [AIMessage(t(lang_of(state), "waiting_mentor"))]},
        )
    if choice_pending(state):  # the answer to a numbered choice of roles
        return Command(goto="choose_role", update={"turn": turn})
    return Command(goto="profiler", update={"turn": turn})

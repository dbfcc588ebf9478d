"""route_turn: send each new user turn to intake, the waiting mentor pause, or the coach."""

from __future__ import annotations

from typing import Literal

from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.nodes.choose import choice_pending
from coach.state import CoachState


def route_turn(
    state: CoachState, runtime: Runtime[Context]
) -> Command[Literal["profiler", "coach", "choose_role"]]:
    turn = int(state.get("turn") or 0) + 1
    status = state.get("status") or "intake"
    if status == "approved":
        return Command(goto="coach", update={"turn": turn})
    if status == "awaiting_mentor":
        # Only the decision waits: the coach answers (from the plan in force) and goes back to
        # the mentor's pause; a change re-plans.
        return Command(goto="coach", update={"turn": turn})
    if choice_pending(state):  # the answer to a numbered choice of roles
        return Command(goto="choose_role", update={"turn": turn})
    return Command(goto="profiler", update={"turn": turn})

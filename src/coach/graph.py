"""The coach graph: wiring only. Nodes live in :mod:`coach.nodes`; no I/O at import."""

from __future__ import annotations

from functools import cache
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.store.base import BaseStore

from coach.context import Context
from coach.nodes.choose import choose_role
from coach.nodes.coach import coach
from coach.nodes.common import TRANSIENT_RETRY
from coach.nodes.finalize import finalize
from coach.nodes.mentor import mentor_review
from coach.nodes.planner import planner
from coach.nodes.profiler import profiler
from coach.nodes.researcher import CandidateBranch, research_candidate, researcher
from coach.nodes.reviewer import reviewer
from coach.nodes.route import route_turn
from coach.state import CoachState, InputState


def build_builder() -> StateGraph[CoachState, Context, InputState, CoachState]:
    """The uncompiled graph. Routing is by ``Command`` from each node (see DESIGN.md)."""
    builder = StateGraph(CoachState, context_schema=Context, input_schema=InputState)
    builder.add_node("route_turn", route_turn)
    builder.add_node("profiler", profiler, retry_policy=TRANSIENT_RETRY)
    builder.add_node("researcher", researcher, retry_policy=TRANSIENT_RETRY)
    # A Send branch takes its own input (CandidateBranch), which the add_node overloads
    # cannot relate to the graph's state type.
    builder.add_node(  # type: ignore[call-overload]
        "research_candidate",
        research_candidate,
        input_schema=CandidateBranch,
        retry_policy=TRANSIENT_RETRY,
    )
    builder.add_node("choose_role", choose_role, retry_policy=TRANSIENT_RETRY)
    builder.add_node("planner", planner, retry_policy=TRANSIENT_RETRY)
    builder.add_node("reviewer", reviewer, retry_policy=TRANSIENT_RETRY)
    builder.add_node("mentor_review", mentor_review)
    builder.add_node("finalize", finalize, retry_policy=TRANSIENT_RETRY)
    builder.add_node("coach", coach, retry_policy=TRANSIENT_RETRY)
    builder.add_edge(START, "route_turn")
    # Every Send branch joins here: the options are shown once, after all of them, and the
    # turn ends until the user picks one (never a plan for a role they did not choose).
    builder.add_edge("research_candidate", "choose_role")
    builder.add_edge("finalize", END)
    return builder


@cache
def _compiled() -> CompiledStateGraph[CoachState, Context, InputState, CoachState]:
    return build_builder().compile(name="coach")


def build_graph(
    checkpointer: BaseCheckpointSaver[Any] | None = None, store: BaseStore | None = None
) -> CompiledStateGraph[CoachState, Context, InputState, CoachState]:
    """The compiled graph on ``checkpointer`` and ``store``. It is compiled once per process;
    each call rebinds a copy (``Pregel.copy``: the nodes are shared, nothing of a run is)."""
    return _compiled().copy({"checkpointer": checkpointer, "store": store})


def mermaid() -> str:
    """The compiled graph as Mermaid text; ``graphs/coach.mmd`` must equal this."""
    return build_graph().get_graph().draw_mermaid()

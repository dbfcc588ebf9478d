"""Graph state and its reducers.

Contracts (profile, research, plan, review) are held as JSON dicts and validated by the nodes
with the pydantic models in :mod:`coach.schemas`, so checkpoints stay plain data.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce
from typing import Annotated, Any, TypedDict

from langchain_core.messages import AnyMessage
from langgraph.channels import DeltaChannel
from langgraph.graph.message import add_messages

from coach.schemas import SessionStatus

JSON = dict[str, Any]


def append_messages(current: list[AnyMessage], batches: Sequence[Any]) -> list[AnyMessage]:
    """Fold message writes into the history (``add_messages`` semantics, batch-invariant).

    Used with :class:`DeltaChannel`, which checkpoints only each step's new messages instead of
    the whole history, so storage grows linearly with the conversation.
    """
    return reduce(add_messages, batches, current)  # type: ignore[arg-type]


def merge_candidates(current: list[JSON], update: list[JSON] | None) -> list[JSON]:
    """Collect fan-out results from parallel ``research_candidate`` branches; ``None`` resets."""
    if update is None:
        return []
    return [*current, *update]


def latest(current: Any, batches: Sequence[Any]) -> Any:
    """Last-value semantics for a :class:`DeltaChannel`: the newest write wins."""
    return batches[-1] if batches else current


def _stored_once() -> DeltaChannel[Any]:
    # Large values that change rarely (profile, research, plan, review): on a DeltaChannel each
    # is written to the checkpoint store once per change, not again in every later checkpoint.
    return DeltaChannel(latest, dict, snapshot_frequency=50)


class InputState(TypedDict, total=False):
    """What a caller sends in: the user's new message(s)."""

    messages: Annotated[list[AnyMessage], DeltaChannel(append_messages, snapshot_frequency=100)]


class CoachState(InputState, total=False):
    """The whole state of one coaching session (one thread)."""

    language: str
    profile: Annotated[JSON, _stored_once()]
    asked: str | None
    research: Annotated[JSON, _stored_once()]
    candidates: Annotated[list[JSON], merge_candidates]
    choice: Annotated[JSON, _stored_once()]
    """The numbered choice of roles shown to an unsure user, and their pick (a RoleChoice)."""
    plan: Annotated[JSON, _stored_once()]
    review: Annotated[JSON, _stored_once()]
    revisions: int
    mentor_notes: list[str]
    decisions: list[JSON]
    status: SessionStatus
    turn: int
    progress: JSON
    """The user's progress (:class:`coach.schemas.Progress`), also copied into the plan."""
    approved_plan: Annotated[JSON, _stored_once()]
    """The plan in force while a re-plan waits for the mentor (empty when none waits)."""
    reviewed_plan: Annotated[JSON, _stored_once()]
    """The version a mentor last asked changes to: what the new version changed that no
    request names is shown against it (``engine.side_effects``)."""
    mentor_milestones: list[JSON]
    """The milestones mentors added by an edit: every later version keeps them (or says why not)."""
    replan: JSON | None
    """A re-plan from the current week in progress: ``{"keep_weeks": N}`` (None otherwise)."""
    proposal: JSON | None
    """A change the coach proposed and the user has not yet confirmed (e.g. a lighter plan)."""

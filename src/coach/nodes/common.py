"""Small helpers shared by the nodes: reading state, progress and log events, memory keys."""

from __future__ import annotations

import sqlite3
from typing import Any, Literal

from langchain_core.messages import AnyMessage, HumanMessage
from langgraph.config import get_config, get_stream_writer
from langgraph.runtime import Runtime
from langgraph.types import RetryPolicy

from coach.context import Context
from coach.i18n import t
from coach.schemas import Profile
from coach.state import CoachState
from coach.store import MENTORS_NAMESPACE as MENTORS_NAMESPACE  # home: coach.store
from coach.store import record_session
from coach.store import user_namespace as user_namespace
from coach.text import clean

END_TURN: Literal["__end__"] = "__end__"
"""Where a node sends the run when the turn is over (LangGraph's END, typed for ``Command``)."""

MAX_MESSAGE_CHARS = 8000
"""Longest user message the extractor reads; the rest of a long paste stays in the log."""
MAX_DOCUMENT_CHARS = 20_000
"""Longest CV or job posting pasted into the chat that is read whole (a 5-page CV fits)."""


def _transient(exc: Exception) -> bool:
    # Transient: a locked SQLite file, dropped connections, timeouts, server-side (5xx) errors.
    # Programming errors (ValueError, KeyError, validation) are not retried: they would fail again.
    if isinstance(exc, sqlite3.OperationalError):
        return "locked" in str(exc) or "busy" in str(exc)
    if isinstance(exc, ConnectionError | TimeoutError):
        return True
    status = getattr(exc, "status_code", None)
    return isinstance(status, int) and (status == 429 or 500 <= status < 600)


TRANSIENT_RETRY = RetryPolicy(max_attempts=3, initial_interval=0.2, retry_on=_transient)
"""Retry policy for nodes whose work can fail transiently (models, tools, the store)."""


def clean_text(text: str, limit: int | None = None) -> str:
    """:func:`coach.text.clean` (the one cleaning of user text), for the nodes and the CLI."""
    return clean(text, limit)


def last_user_text(state: CoachState, limit: int = MAX_MESSAGE_CHARS) -> str:
    messages: list[AnyMessage] = state.get("messages") or []
    for message in reversed(messages):
        if isinstance(message, HumanMessage):
            content = message.content
            text = content if isinstance(content, str) else str(content)
            return clean_text(text, limit)
    return ""


def profile_of(state: CoachState) -> Profile:
    raw = state.get("profile")
    return Profile.model_validate(raw) if raw else Profile()


def lang_of(state: CoachState) -> str:
    return str(state.get("language") or "en")


def emit(event: dict[str, Any]) -> None:
    """Send an event to the caller's stream (the CLI writes it to the session log).

    A no-op outside a streaming run, so nodes stay callable from tests and the server.
    """
    try:
        writer = get_stream_writer()
    except RuntimeError:
        return
    writer(event)


def progress(node: str, lang: str) -> None:
    emit({"type": "progress", "node": node, "text": t(lang, f"progress.{node}")})


def touch_session(runtime: Runtime[Context], **fields: Any) -> None:
    """Update this session's registry entry (the mentor queue and ``coach sessions`` read it)."""
    if runtime.store is None:
        return
    session_id = str(get_config().get("configurable", {}).get("thread_id", ""))
    if not session_id:
        return
    record_session(
        runtime.store,
        session_id,
        runtime.context.user_id,
        model=runtime.context.model,
        **fields,
    )

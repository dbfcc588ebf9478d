"""Run-time context handed to every node as ``runtime.context`` (LangGraph ``context_schema``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal


@dataclass(kw_only=True)
class Context:
    """Per-run settings. Explicit values win; nothing here is read from the environment."""

    user_id: str = field(default="local", metadata={"description": "Store namespace of the user."})
    model: str = field(
        default="offline",
        metadata={"description": "'offline' or a provider:model spec for init_chat_model."},
    )
    language: Literal["auto", "en", "zh"] = field(
        default="auto", metadata={"description": "Reply language; auto follows the user."}
    )
    max_revisions: int = field(
        default=2, metadata={"description": "Reviewer -> planner rounds before the mentor sees it."}
    )
    start_date: date | None = field(
        default=None, metadata={"description": "First day of week 1; None means next Monday."}
    )
    today: date | None = field(
        default=None,
        metadata={"description": "The coach's 'today' (for 'this week'); None means the clock."},
    )
    max_model_calls_per_turn: int = field(
        default=12, metadata={"description": "Hard cap on model calls in one user turn."}
    )
    max_tokens_per_session: int = field(
        default=200_000, metadata={"description": "Hard cap on model tokens in one session."}
    )
    chat_model: Any = field(
        default=None,
        metadata={
            "description": "An already-built chat model (tests, eval replay); overrides `model`."
        },
    )
    retry_backoff_seconds: float = field(
        default=1.0,
        metadata={
            "description": "First pause before retrying a failed model call (doubles, at most "
            "20 s, plus jitter); 0 retries at once (tests, eval replay)."
        },
    )
    mask_pii_for_local: bool = field(
        default=False,
        metadata={"description": "Also mask e-mails and phones for a model on localhost."},
    )

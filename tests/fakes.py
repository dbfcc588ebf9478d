"""Offline chat models and helpers for tests (the models live in the package: evals use them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tenacity import wait_none

from coach.llm.client import LLMClient
from coach.llm.scripted import ScriptedChatModel, ScriptExhaustedError, ScriptItem
from coach.llm.usage import UsageLedger

__all__ = [
    "APITimeoutError",
    "InternalServerError",
    "RateLimitError",
    "ScriptExhaustedError",
    "ScriptedChatModel",
    "make_client",
]


class RateLimitError(Exception):
    """Looks like ``openai.RateLimitError`` to the client (same name, status 429)."""

    status_code = 429


class APITimeoutError(Exception):
    """Looks like ``openai.APITimeoutError`` (no status code, judged by name)."""


class InternalServerError(Exception):
    status_code = 500


def make_client(
    script: Sequence[ScriptItem],
    *,
    ledger: UsageLedger | None = None,
    mask_pii: bool = True,
    **kwargs: Any,
) -> tuple[LLMClient, ScriptedChatModel, list[dict[str, Any]]]:
    """A client over a scripted model with no retry waits; returns (client, model, events)."""
    model = ScriptedChatModel(script)
    events: list[dict[str, Any]] = []
    client = LLMClient(
        model,
        ledger=ledger or UsageLedger(),
        mask_pii=mask_pii,
        on_event=events.append,
        retry_wait=wait_none(),
        **kwargs,
    )
    return client, model, events

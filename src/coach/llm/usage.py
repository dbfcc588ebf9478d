"""Accounting of model calls: one :class:`ModelCall` per attempt, totals, and hard limits."""

from __future__ import annotations

import threading
from typing import Any

from pydantic import BaseModel, Field


class BudgetExceeded(Exception):
    """A per-turn or per-session limit on model calls or tokens would be crossed."""


class ModelCall(BaseModel):
    """One request to a model (one attempt: a retried call is several records)."""

    node: str
    model: str
    prompt: str
    prompt_hash: str
    attempt: int = 1
    latency_ms: float = 0.0
    input_tokens: int = 0
    output_tokens: int = 0
    tokens_estimated: bool = Field(
        default=False, description="True when the provider sent no usage and we estimated."
    )
    ok: bool = True
    error: str | None = None


class Totals(BaseModel):
    calls: int = 0
    failed_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0

    @property
    def tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def add(self, call: ModelCall) -> None:
        self.calls += 1
        self.failed_calls += 0 if call.ok else 1
        self.input_tokens += call.input_tokens
        self.output_tokens += call.output_tokens
        self.latency_ms += call.latency_ms


class UsageLedger:
    """Counts calls and tokens for a session and for the current turn, and enforces the limits.

    A limit of ``None`` is no limit. ``start_turn()`` resets the per-turn counters; the lead
    calls it once per user turn. ``snapshot()``/``restore()`` carry the session totals across
    processes (a resumed session keeps its budget).
    """

    def __init__(
        self,
        *,
        max_calls_per_turn: int | None = None,
        max_tokens_per_session: int | None = None,
        max_calls_per_session: int | None = None,
        max_tokens_per_turn: int | None = None,
    ) -> None:
        self.max_calls_per_turn = max_calls_per_turn
        self.max_tokens_per_session = max_tokens_per_session
        self.max_calls_per_session = max_calls_per_session
        self.max_tokens_per_turn = max_tokens_per_turn
        self.calls: list[ModelCall] = []
        self.session = Totals()
        self.turn = Totals()
        self.prompts: dict[str, str] = {}
        """Every prompt used in this session: name -> content hash."""
        # Parallel branches (researcher fan-out) may share one ledger.
        self._lock = threading.Lock()

    @classmethod
    def from_context(cls, context: Any) -> UsageLedger:
        """Limits from a :class:`coach.context.Context` (or anything with the same fields)."""
        return cls(
            max_calls_per_turn=getattr(context, "max_model_calls_per_turn", None),
            max_tokens_per_session=getattr(context, "max_tokens_per_session", None),
        )

    def start_turn(self) -> None:
        self.turn = Totals()

    def check_limits(self, estimated_input_tokens: int = 0) -> None:
        """Raise :class:`BudgetExceeded` if one more call (of about this size) would cross a limit."""
        with self._lock:
            self._check(estimated_input_tokens)

    def _check(self, estimated_input_tokens: int) -> None:
        if self.max_calls_per_turn is not None and self.turn.calls >= self.max_calls_per_turn:
            raise BudgetExceeded(
                f"model call limit for this turn reached ({self.max_calls_per_turn})"
            )
        if (
            self.max_calls_per_session is not None
            and self.session.calls >= self.max_calls_per_session
        ):
            raise BudgetExceeded(
                f"model call limit for this session reached ({self.max_calls_per_session})"
            )
        if (
            self.max_tokens_per_session is not None
            and self.session.tokens + estimated_input_tokens > self.max_tokens_per_session
        ):
            raise BudgetExceeded(
                f"token limit for this session reached ({self.session.tokens} used, "
                f"limit {self.max_tokens_per_session})"
            )
        if (
            self.max_tokens_per_turn is not None
            and self.turn.tokens + estimated_input_tokens > self.max_tokens_per_turn
        ):
            raise BudgetExceeded(
                f"token limit for this turn reached ({self.turn.tokens} used, "
                f"limit {self.max_tokens_per_turn})"
            )

    def record(self, call: ModelCall) -> None:
        with self._lock:
            self.calls.append(call)
            self.session.add(call)
            self.turn.add(call)
            self.prompts[call.prompt] = call.prompt_hash

    def totals(self) -> dict[str, Any]:
        """Session totals for the log and the end-of-session summary."""
        return {
            **self.session.model_dump(),
            "tokens": self.session.tokens,
            "prompts": dict(self.prompts),
        }

    def snapshot(self) -> dict[str, Any]:
        return {"session": self.session.model_dump(), "prompts": dict(self.prompts)}

    def restore(self, snapshot: dict[str, Any]) -> None:
        self.session = Totals.model_validate(snapshot.get("session", {}))
        self.prompts = dict(snapshot.get("prompts", {}))

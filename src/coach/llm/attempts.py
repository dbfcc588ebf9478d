"""One logical model call: the budget checked, transient errors retried with back-off, every
attempt accounted (a :class:`~coach.llm.usage.ModelCall` and a ``model_call`` event), a stream
that broke after the reply began never retried. :class:`~coach.llm.client.LLMClient` builds on it."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.messages.utils import count_tokens_approximately
from langchain_core.runnables import RunnableConfig
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter
from tenacity.wait import wait_base, wait_none

from coach.llm.errors import FailClosedError
from coach.llm.prompts import Prompt
from coach.llm.recording import message_to_dict, request_key
from coach.llm.usage import BudgetExceeded, ModelCall, UsageLedger

Event = dict[str, Any]

_TRANSIENT_NAMES = {
    "RateLimitError",
    "APITimeoutError",
    "APIConnectionError",
    "InternalServerError",
    "ServiceUnavailableError",
    "OverloadedError",
    "TimeoutException",
    "ConnectTimeout",
    "ReadTimeout",
    "WriteTimeout",
    "PoolTimeout",
    "ConnectError",
    "ReadError",
    "RemoteProtocolError",
}


def is_transient(exc: BaseException) -> bool:
    """Rate limits, timeouts, dropped connections and 5xx: worth retrying after a pause.

    Judged by class name (anywhere in the MRO) and ``status_code``, so no provider package is
    imported here.
    """
    if isinstance(exc, FailClosedError | BudgetExceeded):
        return False
    if isinstance(exc, TimeoutError | ConnectionError):
        return True
    if any(cls.__name__ in _TRANSIENT_NAMES for cls in type(exc).__mro__):
        return True
    status = getattr(exc, "status_code", None)
    if status is None:
        status = getattr(getattr(exc, "response", None), "status_code", None)
    return isinstance(status, int) and (status in (408, 429) or 500 <= status < 600)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:300] if text else ''}"


class _GiveUp(Exception):
    """Internal: the model cannot help this time; the reason goes into the fallback event."""


def backoff(initial_seconds: float) -> wait_base:
    """Exponential back-off with jitter from ``initial_seconds`` (at most 20 s); 0: no pause."""
    if initial_seconds <= 0:
        return wait_none()
    return wait_exponential_jitter(initial=initial_seconds, max=20, jitter=initial_seconds)


class _PartialStream(Exception):
    """Internal: a stream broke after tokens reached the user, so it is not retried."""


class Attempts:
    """The calling half of a client: what it needs from the client, and the retry loop."""

    model: BaseChatModel
    ledger: UsageLedger
    max_retries: int
    retry_wait: wait_base
    model_label: str
    on_event: Callable[[Event], None] | None

    def _emit(self, event: Event) -> None:
        if self.on_event is not None:
            self.on_event(event)

    def _stream(
        self, messages: list[BaseMessage], config: RunnableConfig, on_token: Callable[[str], None]
    ) -> AIMessage:
        full: AIMessageChunk | None = None
        sent = False
        try:
            for chunk in self.model.stream(messages, config):
                if not isinstance(chunk, AIMessageChunk):
                    continue
                full = chunk if full is None else full + chunk
                token = chunk.text
                if token:
                    on_token(token)
                    sent = True
        except Exception as exc:
            if sent and not isinstance(exc, FailClosedError):
                raise _PartialStream(
                    f"stream broke after the reply began: {_one_line(exc)}"
                ) from exc
            raise
        if full is None:
            return AIMessage("")
        return AIMessage(
            content=full.content,
            tool_calls=full.tool_calls,
            usage_metadata=full.usage_metadata,
            response_metadata=full.response_metadata,
        )

    def _call(
        self,
        node: str,
        spec: Prompt,
        messages: list[BaseMessage],
        *,
        tools: Sequence[dict[str, Any]],
        invoke: Callable[[list[BaseMessage], RunnableConfig], tuple[AIMessage, Any]],
        stream: bool = False,
    ) -> tuple[AIMessage, Any]:
        """One logical call: budget check, retries with backoff, a ModelCall per attempt."""
        key = request_key(messages, tools)
        request = [message_to_dict(m) for m in messages]
        config: RunnableConfig = {
            "run_name": f"coach.{node}",
            "tags": ["coach", node],
            "metadata": {"coach_prompt": spec.name, "coach_prompt_hash": spec.hash},
        }
        retrying = Retrying(
            stop=stop_after_attempt(self.max_retries + 1),
            wait=self.retry_wait,
            retry=retry_if_exception(is_transient),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    number = attempt.retry_state.attempt_number
                    return self._attempt(
                        node, spec, messages, tools, invoke, config, key, request, number, stream
                    )
        except FailClosedError:
            raise
        except BudgetExceeded as exc:
            raise _GiveUp(f"budget: {exc}") from exc
        except Exception as exc:
            raise _GiveUp(_one_line(exc)) from exc
        raise AssertionError("unreachable: tenacity either returns or raises")

    def _attempt(
        self,
        node: str,
        spec: Prompt,
        messages: list[BaseMessage],
        tools: Sequence[dict[str, Any]],
        invoke: Callable[[list[BaseMessage], RunnableConfig], tuple[AIMessage, Any]],
        config: RunnableConfig,
        key: str,
        request: list[dict[str, Any]],
        number: int,
        stream: bool,
    ) -> tuple[AIMessage, Any]:
        estimate = count_tokens_approximately(messages)
        self.ledger.check_limits(estimated_input_tokens=estimate)
        call = ModelCall(
            node=node,
            model=self.model_label,
            prompt=spec.name,
            prompt_hash=spec.hash,
            attempt=number,
        )
        event: Event = {
            "type": "model_call",
            "node": node,
            "prompt": spec.name,
            "prompt_hash": spec.hash,
            "model": self.model_label,
            "attempt": number,
            "stream": stream,
            "request_key": key,
            "request": request,
            "tools": list(tools),
        }
        started = time.perf_counter()
        try:
            reply, extra = invoke(messages, config)
        except Exception as exc:
            call = call.model_copy(
                update={
                    "latency_ms": round((time.perf_counter() - started) * 1000, 1),
                    "ok": False,
                    "error": _one_line(exc),
                    # A failed attempt still costs its input on most providers; count the estimate.
                    "input_tokens": estimate,
                    "tokens_estimated": True,
                }
            )
            self.ledger.record(call)
            self._emit(
                {
                    **event,
                    **call.model_dump(
                        exclude={"node", "model", "prompt", "prompt_hash", "attempt"}
                    ),
                    "response": None,
                    # replay raises an error of the same kind, so retries and fallbacks repeat
                    "transient": is_transient(exc),
                }
            )
            raise
        usage = reply.usage_metadata
        if usage:
            tokens = {
                "input_tokens": usage.get("input_tokens", 0),
                "output_tokens": usage.get("output_tokens", 0),
                "tokens_estimated": False,
            }
        else:
            tokens = {
                "input_tokens": estimate,
                "output_tokens": count_tokens_approximately([reply]),
                "tokens_estimated": True,
            }
        call = call.model_copy(
            update={"latency_ms": round((time.perf_counter() - started) * 1000, 1), **tokens}
        )
        self.ledger.record(call)
        self._emit(
            {
                **event,
                **call.model_dump(exclude={"node", "model", "prompt", "prompt_hash", "attempt"}),
                "response": message_to_dict(reply),
            }
        )
        return reply, extra

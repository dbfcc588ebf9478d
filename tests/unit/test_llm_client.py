"""LLMClient: retries, re-asks, fallback, streaming, limits, masking and accounting, offline."""

from __future__ import annotations

import httpx
import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.tools import tool
from pydantic import BaseModel, Field
from tenacity import wait_none

from coach.llm.client import LLMClient, is_transient, should_mask
from coach.llm.prompts import load_prompt
from coach.llm.scripted import ScriptedAPIError
from coach.llm.usage import UsageLedger
from tests.fakes import (
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    ScriptedChatModel,
    ScriptExhaustedError,
    make_client,
)

COACH_VARS = {"language": "English", "plan": "{}", "kb": "[]", "history": "", "message": "hi"}


class Hours(BaseModel):
    """How many hours a week the user can study."""

    hours_per_week: float = Field(gt=0, le=100)
    evidence: str


def _types(events: list[dict[str, object]]) -> list[object]:
    return [e["type"] for e in events]


# --------------------------------------------------------------------------- retries
def test_transient_errors_are_retried_then_the_answer_is_used() -> None:
    client, model, events = make_client(
        [RateLimitError("slow down"), APITimeoutError("timed out"), "Here is your answer."]
    )
    assert client.text("coach", "coach", COACH_VARS) == "Here is your answer."
    calls = [e for e in events if e["type"] == "model_call"]
    assert [(c["attempt"], c["ok"]) for c in calls] == [(1, False), (2, False), (3, True)]
    assert "RateLimitError" in str(calls[0]["error"])
    assert client.ledger.session.calls == 3 and client.ledger.session.failed_calls == 2
    assert model.remaining == 0 and "fallback" not in _types(events)


def test_persistent_server_errors_give_up_with_a_fallback_event() -> None:
    client, model, events = make_client([InternalServerError("boom")] * 3, max_retries=2)
    assert client.text("coach", "coach", COACH_VARS) is None
    assert len(model.requests) == 3
    fallback = [e for e in events if e["type"] == "fallback"]
    assert len(fallback) == 1
    assert fallback[0]["node"] == "coach" and "InternalServerError" in str(fallback[0]["reason"])


def test_a_non_transient_error_is_not_retried() -> None:
    client, model, events = make_client([ScriptedAPIError("bad request", 400), "unused"])
    assert client.text("coach", "coach", COACH_VARS) is None
    assert len(model.requests) == 1 and model.remaining == 1
    assert _types(events)[-1] == "fallback"


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (RateLimitError("x"), True),
        (APITimeoutError("x"), True),
        (InternalServerError("x"), True),
        (ScriptedAPIError("overloaded", 529), True),
        (httpx.ReadTimeout("x"), True),
        (TimeoutError(), True),
        (ScriptedAPIError("bad request", 400), False),
        (ScriptedAPIError("unauthorised", 401), False),
        (ValueError("x"), False),
        (ScriptExhaustedError("x"), False),
    ],
)
def test_transient_errors_are_recognised_by_name_and_status(exc: Exception, expected: bool) -> None:
    assert is_transient(exc) is expected


# --------------------------------------------------------------------------- structured output
def test_invalid_structured_output_is_reasked_with_the_validation_error() -> None:
    client, model, events = make_client(
        [
            {"hours_per_week": "lots", "evidence": "lots of time"},
            {"hours_per_week": 10, "evidence": "10 hours a week"},
        ]
    )
    result = client.structured("profiler", "coach", COACH_VARS, Hours)
    assert result == Hours(hours_per_week=10, evidence="10 hours a week")
    first, second = model.requests
    assert len(second) == len(first) + 2
    assert isinstance(second[-2], AIMessage) and "lots" in second[-2].text
    reask = second[-1]
    assert isinstance(reask, HumanMessage)
    assert "hours_per_week" in reask.text and "valid number" in reask.text
    assert model.request_tools[0][0]["function"]["name"] == "Hours"
    assert "invalid_output" in _types(events)


def test_structured_output_that_stays_invalid_falls_back_after_the_reask_limit() -> None:
    bad = {"hours_per_week": -1, "evidence": "x"}
    client, model, events = make_client([bad, bad, bad], max_reasks=2)
    assert client.structured("profiler", "coach", COACH_VARS, Hours) is None
    assert len(model.requests) == 3
    assert events[-1]["type"] == "fallback" and "re-ask" in str(events[-1]["reason"])


def test_structured_output_given_as_json_text_is_accepted() -> None:
    client, _, _ = make_client(['```json\n{"hours_per_week": 6, "evidence": "6h"}\n```'])
    assert client.structured("profiler", "coach", COACH_VARS, Hours) == Hours(
        hours_per_week=6, evidence="6h"
    )


# --------------------------------------------------------------------------- streaming
def test_streamed_tokens_arrive_in_order_and_make_the_reply() -> None:
    reply = "Start with SQL this week, 数据分析 comes next."
    client, _, events = make_client([reply])
    tokens: list[str] = []
    assert client.text("coach", "coach", COACH_VARS, on_token=tokens.append) == reply
    assert len(tokens) > 3 and "".join(tokens) == reply
    call = next(e for e in events if e["type"] == "model_call")
    assert call["stream"] is True and call["output_tokens"] > 0


# --------------------------------------------------------------------------- tools
@tool
def kb_search(query: str) -> str:
    """Search the knowledge base."""
    return f"hits for {query}: [src_a] SQL is required"


def test_tool_loop_runs_the_tool_and_feeds_the_result_back() -> None:
    call = AIMessage(
        content="", tool_calls=[{"name": "kb_search", "args": {"query": "sql"}, "id": "c1"}]
    )
    client, model, events = make_client([call, "SQL matters [src_a]."])
    note = client.with_tools("researcher", "coach", COACH_VARS, [kb_search])
    assert note == "SQL matters [src_a]."
    tool_message = model.requests[1][-1]
    assert isinstance(tool_message, ToolMessage)
    assert tool_message.content == "hits for sql: [src_a] SQL is required"
    assert [e["name"] for e in events if e["type"] == "tool_call"] == ["kb_search"]


def test_tool_loop_is_bounded_by_max_steps() -> None:
    call = AIMessage(
        content="", tool_calls=[{"name": "kb_search", "args": {"query": "x"}, "id": "c1"}]
    )
    client, model, events = make_client([call, call])
    assert client.with_tools("researcher", "coach", COACH_VARS, [kb_search], max_steps=2) is None
    assert len(model.requests) == 2
    assert events[-1]["type"] == "fallback" and "2 step" in str(events[-1]["reason"])


# --------------------------------------------------------------------------- limits
def test_calls_per_turn_are_capped_and_reset_by_a_new_turn() -> None:
    ledger = UsageLedger(max_calls_per_turn=2)
    client, model, events = make_client(["one", "two", "three"], ledger=ledger)
    assert client.text("coach", "coach", COACH_VARS) == "one"
    assert client.text("coach", "coach", COACH_VARS) == "two"
    assert client.text("coach", "coach", COACH_VARS) is None
    assert len(model.requests) == 2
    assert events[-1]["type"] == "fallback" and "budget" in str(events[-1]["reason"])
    ledger.start_turn()
    assert client.text("coach", "coach", COACH_VARS) == "three"


def test_session_token_limit_stops_calls_before_they_are_made() -> None:
    ledger = UsageLedger(max_tokens_per_session=3000)
    usage = {"input_tokens": 2500, "output_tokens": 400, "total_tokens": 2900}
    first = AIMessage("ok", usage_metadata=usage)  # type: ignore[arg-type]
    client, model, events = make_client([first, "never sent"], ledger=ledger)
    assert client.text("coach", "coach", COACH_VARS) == "ok"
    assert client.text("coach", "coach", COACH_VARS) is None
    assert len(model.requests) == 1 and model.remaining == 1
    assert "token limit" in str(events[-1]["reason"])


def test_ledger_limits_come_from_the_context() -> None:
    from coach.context import Context

    ledger = UsageLedger.from_context(Context(max_model_calls_per_turn=3, max_tokens_per_session=9))
    assert (ledger.max_calls_per_turn, ledger.max_tokens_per_session) == (3, 9)


# --------------------------------------------------------------------------- privacy
PII = "I'm Li, mail li.wei@example.com or call 13812345678 / +44 20 7946 0958."


def test_pii_is_masked_in_the_request_the_model_sees() -> None:
    client, model, _ = make_client(["ok"], mask_pii=True)
    client.text("coach", "coach", {**COACH_VARS, "message": PII})
    seen = model.requests[0][1].text
    assert "li.wei@example.com" not in seen and "13812345678" not in seen
    assert "7946" not in seen and "[EMAIL]" in seen and "[PHONE]" in seen
    assert "I'm Li" in seen


def test_pii_reaches_a_local_model_when_exempt() -> None:
    client, model, _ = make_client(["ok"], mask_pii=False)
    client.text("coach", "coach", {**COACH_VARS, "message": PII})
    assert "li.wei@example.com" in model.requests[0][1].text


# ChatOpenAI probes socket options when it is built (no connection); allow loopback only.
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_masking_is_decided_by_where_the_model_runs() -> None:
    from langchain_openai import ChatOpenAI

    local = ChatOpenAI(model="m", base_url="http://127.0.0.1:8080/v1", api_key="x")
    remote = ChatOpenAI(model="m", base_url="https://api.example.com/v1", api_key="x")
    assert should_mask(local, mask_pii_for_local=False) is False
    assert should_mask(local, mask_pii_for_local=True) is True
    assert should_mask(remote, mask_pii_for_local=False) is True


# --------------------------------------------------------------------------- accounting
def test_usage_tokens_latency_and_prompt_hashes_are_recorded() -> None:
    reply = AIMessage(
        "fine", usage_metadata={"input_tokens": 11, "output_tokens": 7, "total_tokens": 18}
    )
    client, _, events = make_client([reply, "again"])
    client.text("coach", "coach", COACH_VARS)
    client.text("coach", "coach", COACH_VARS)
    first = client.ledger.calls[0]
    assert (first.node, first.prompt, first.input_tokens, first.output_tokens) == (
        "coach",
        "coach",
        11,
        7,
    )
    assert first.latency_ms >= 0 and first.tokens_estimated is False
    totals = client.ledger.totals()
    assert totals["calls"] == 2 and totals["input_tokens"] > 11
    assert totals["prompts"] == {"coach": load_prompt("coach").hash}
    call = next(e for e in events if e["type"] == "model_call")
    assert call["input_tokens"] == 11 and call["prompt_hash"] == load_prompt("coach").hash
    assert call["response"]["content"] == "fine" and call["request"][0]["role"] == "system"


def test_missing_usage_is_estimated_and_flagged() -> None:
    client, _, _ = make_client([AIMessage("no usage here", usage_metadata=None)])
    # The scripted model fills usage for bare messages; strip it to mimic a silent server.
    client.model = _NoUsage(["no usage here"])
    client.text("coach", "coach", COACH_VARS)
    call = client.ledger.calls[-1]
    assert call.tokens_estimated is True and call.input_tokens > 0


class _NoUsage(ScriptedChatModel):
    def respond(self, messages, tools):  # type: ignore[no-untyped-def]
        return super().respond(messages, tools).model_copy(update={"usage_metadata": None})


# --------------------------------------------------------------------------- loud fakes
def test_an_exhausted_script_fails_loudly_instead_of_falling_back() -> None:
    client, _, events = make_client(["only one"])
    client.text("coach", "coach", COACH_VARS)
    with pytest.raises(ScriptExhaustedError, match="exhausted"):
        client.text("coach", "coach", COACH_VARS)
    assert "fallback" not in _types(events)


def test_client_is_a_plain_object_without_provider_imports() -> None:
    import sys

    assert isinstance(make_client([])[0], LLMClient)
    assert "langchain_anthropic" not in sys.modules


class _BreaksMidStream(ScriptedChatModel):
    def _stream(self, messages, stop=None, run_manager=None, **kwargs):  # type: ignore[no-untyped-def]
        from langchain_core.messages import AIMessageChunk
        from langchain_core.outputs import ChatGenerationChunk

        yield ChatGenerationChunk(message=AIMessageChunk(content="Hello"))
        raise RateLimitError("dropped mid-stream")


def test_a_stream_that_breaks_after_tokens_is_not_retried() -> None:
    events: list[dict[str, object]] = []
    client = LLMClient(
        _BreaksMidStream([]),
        ledger=UsageLedger(),
        mask_pii=True,
        on_event=events.append,
        retry_wait=wait_none(),
    )
    tokens: list[str] = []
    assert client.text("coach", "coach", COACH_VARS, on_token=tokens.append) is None
    assert tokens == ["Hello"]  # the user never sees the reply twice
    assert client.ledger.session.calls == 1
    assert "after the reply began" in str(events[-1]["reason"])

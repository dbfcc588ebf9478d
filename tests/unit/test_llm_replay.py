"""Replay: recorded answers are served by request key; anything else fails closed with a diff."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import tool
from pydantic import BaseModel
from tenacity import wait_none

from coach.llm.client import LLMClient, request_key
from coach.llm.replay import ReplayChatModel, ReplayMissError
from coach.llm.usage import UsageLedger
from tests.fakes import RateLimitError, make_client

VARS = {
    "language": "English",
    "plan": "{}",
    "kb": "[]",
    "history": "",
    "message": "How do I start?",
}


class Critique(BaseModel):
    critique: str
    concerns: list[str]


@tool
def kb_search(query: str) -> str:
    """Search the knowledge base."""
    return f"[src_a] result for {query}"


def _session(client: LLMClient, message: str = "How do I start?") -> list[Any]:
    """One 'session' touching every path: text, streaming, structured (with a re-ask), tools."""
    variables = {**VARS, "message": message}
    tokens: list[str] = []
    return [
        client.text("coach", "coach", variables),
        client.text("coach", "coach", {**variables, "history": "earlier"}, on_token=tokens.append),
        client.structured("reviewer", "coach", variables, Critique),
        client.with_tools("researcher", "coach", variables, [kb_search]),
        "".join(tokens),
    ]


SCRIPT: list[Any] = [
    "Start with SQL.",
    RateLimitError("429"),  # a failed attempt is replayed as the same kind of error
    "Then Python, 然后 统计.",
    {"critique": "ok"},  # invalid: concerns missing -> re-ask
    {"critique": "Fine pacing.", "concerns": ["no networking"]},
    AIMessage("", tool_calls=[{"name": "kb_search", "args": {"query": "sql"}, "id": "x1"}]),
    "SQL first [src_a].",
]


def _recorded() -> tuple[list[Any], list[dict[str, Any]]]:
    client, model, events = make_client(SCRIPT)
    outputs = _session(client)
    assert model.remaining == 0
    return outputs, events


def _replay_client(replay: ReplayChatModel) -> LLMClient:
    return LLMClient(replay, ledger=UsageLedger(), mask_pii=True, retry_wait=wait_none())


def test_replay_reproduces_a_recorded_session_on_every_path() -> None:
    outputs, events = _recorded()
    replay = ReplayChatModel.from_events(events)
    assert _session(_replay_client(replay)) == outputs
    assert outputs[2] == Critique(critique="Fine pacing.", concerns=["no networking"])
    assert replay.unused == {}


def test_a_changed_request_fails_closed_with_a_readable_diff() -> None:
    _, events = _recorded()
    client = _replay_client(ReplayChatModel.from_events(events))
    with pytest.raises(ReplayMissError) as exc:
        client.text("coach", "coach", {**VARS, "message": "How do I finish?"})
    text = str(exc.value)
    assert "no recorded answer" in text and "nearest recorded request" in text
    assert "-How do I start?" in text and "+How do I finish?" in text


def test_asking_more_often_than_recorded_fails_closed() -> None:
    _, events = _recorded()
    client = _replay_client(ReplayChatModel.from_events(events))
    client.text("coach", "coach", VARS)
    with pytest.raises(ReplayMissError, match="recorded 1 time"):
        client.text("coach", "coach", VARS)


def test_replay_without_recorded_requests_still_names_the_miss() -> None:
    client = _replay_client(ReplayChatModel({"abc": [{"role": "ai", "content": "x"}]}))
    with pytest.raises(ReplayMissError, match="recorded keys: abc"):
        client.text("coach", "coach", VARS)


def test_request_key_ignores_ids_metadata_and_key_order() -> None:
    call = {"name": "kb_search", "args": {"query": "sql", "k": 3}, "id": "call_1"}
    a = [
        SystemMessage("sys", id="m1"),
        HumanMessage("hi", id="m2", additional_kwargs={"at": "2025-01-01T00:00:00"}),
        AIMessage("", tool_calls=[call], id="m3", response_metadata={"model": "gpt"}),
        ToolMessage("found", tool_call_id="call_1"),
    ]
    b = [
        SystemMessage("sys", id="other"),
        HumanMessage("hi  \r\n", id="x"),
        AIMessage("", tool_calls=[{**call, "id": "zzz", "args": {"k": 3, "query": "sql"}}]),
        ToolMessage("found", tool_call_id="zzz"),
    ]
    tool_a = {
        "type": "function",
        "function": {"name": "t", "description": "d", "parameters": {"a": 1, "b": 2}},
    }
    tool_b = {
        "function": {"parameters": {"b": 2, "a": 1}, "description": "d", "name": "t"},
        "type": "function",
    }
    assert request_key(a, [tool_a]) == request_key(b, [tool_b])


def test_request_key_changes_with_content_role_and_tools() -> None:
    base = request_key([SystemMessage("s"), HumanMessage("hi")])
    assert request_key([SystemMessage("s"), HumanMessage("hello")]) != base
    assert request_key([HumanMessage("s"), HumanMessage("hi")]) != base
    assert request_key([SystemMessage("s"), HumanMessage("hi")], [kb_search]) != base


def test_a_recorded_failure_is_replayed_so_the_same_fallback_follows() -> None:
    """A model that failed past its retries (the node fell back to the offline engine) fails
    the same way on replay: the fallback is replayed, not a miss, and no answer is invented."""
    client, _, events = make_client([RateLimitError("429")] * 4 + ["Start with SQL."])
    assert client.text("coach", "coach", VARS) is None  # out of retries: the caller falls back
    assert [e.get("ok") for e in events if e.get("type") == "model_call"] == [False] * 4
    replay = ReplayChatModel.from_events(events)
    assert _replay_client(replay).text("coach", "coach", VARS) is None
    assert replay.unused == {}
    transient = [e.get("transient") for e in events if e.get("type") == "model_call"]
    assert transient == [True] * 4

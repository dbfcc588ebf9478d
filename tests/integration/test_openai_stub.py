"""The provider path for real: ChatOpenAI over HTTP against an OpenAI-compatible stub on 127.0.0.1.

Exercises ``make_chat_model("openai:...")`` with ``OPENAI_BASE_URL``, the real langchain-openai
client and wire format: structured output (``response_format: json_schema``), streaming (SSE with
a usage chunk), a 429 retried by our layer, and token usage read from the ``usage`` field.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from pydantic import BaseModel
from tenacity import wait_none

from coach.llm.client import LLMClient
from coach.llm.factory import is_local_model, make_chat_model
from coach.llm.usage import UsageLedger

pytestmark = [pytest.mark.network_loopback, pytest.mark.allow_hosts(["127.0.0.1"])]

VARS = {"language": "English", "plan": "{}", "kb": "[]", "history": "", "message": "Hi, a@b.cn"}


@dataclass
class Stub:
    """Replies are popped in order: {"status": 429} or {"content": str, "usage": (in, out)}."""

    replies: list[dict[str, Any]] = field(default_factory=list)
    bodies: list[dict[str, Any]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)


def _handler(stub: Stub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output clean: the stub records what it needs in ``stub``."""

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length))
            stub.paths.append(self.path)
            stub.bodies.append(body)
            if self.path != "/v1/chat/completions":
                self._send(404, b'{"error": {"message": "not found"}}', "application/json")
                return
            reply = stub.replies.pop(0)
            if "status" in reply:
                error = {"error": {"message": "slow down", "type": "rate_limit"}}
                self._send(reply["status"], json.dumps(error).encode(), "application/json")
                return
            prompt_tokens, completion_tokens = reply["usage"]
            usage = {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            }
            if body.get("stream"):
                self._stream(reply["content"], usage, body)
                return
            data = {
                "id": "chatcmpl-stub",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": reply["content"]},
                        "finish_reason": "stop",
                    }
                ],
                "usage": usage,
            }
            self._send(200, json.dumps(data).encode(), "application/json")

        def _stream(self, content: str, usage: dict[str, int], body: dict[str, Any]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()

            def event(choices: list[dict[str, Any]], **extra: Any) -> None:
                chunk = {
                    "id": "chatcmpl-stub",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": body["model"],
                    "choices": choices,
                    **extra,
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()

            for index, word in enumerate(content.split(" ")):
                piece = word if index == 0 else " " + word
                event([{"index": 0, "delta": {"content": piece}, "finish_reason": None}])
            event([{"index": 0, "delta": {}, "finish_reason": "stop"}])
            if (body.get("stream_options") or {}).get("include_usage"):
                event([], usage=usage)
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

    return Handler


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Iterator[Stub]:
    state = Stub()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_port}/v1")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_API_BASE", raising=False)
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class Critique(BaseModel):
    critique: str
    concerns: list[str]


def _client(events: list[dict[str, Any]], ledger: UsageLedger | None = None) -> LLMClient:
    model = make_chat_model("openai:gpt-4o-mini")
    assert model is not None and is_local_model(model)
    return LLMClient(
        model,
        ledger=ledger or UsageLedger(),
        mask_pii=True,
        on_event=events.append,
        retry_wait=wait_none(),
    )


def test_structured_output_over_http_with_a_retried_429(stub: Stub) -> None:
    stub.replies = [
        {"status": 429},
        {"content": '{"critique": "Dense"}', "usage": (120, 9)},  # invalid: re-asked
        {"content": '{"critique": "Dense weeks.", "concerns": ["rest"]}', "usage": (150, 14)},
    ]
    events: list[dict[str, Any]] = []
    client = _client(events)
    result = client.structured("reviewer", "coach", VARS, Critique)
    assert result == Critique(critique="Dense weeks.", concerns=["rest"])
    assert stub.paths == ["/v1/chat/completions"] * 3
    first = stub.bodies[1]
    assert first["response_format"]["type"] == "json_schema"
    assert first["response_format"]["json_schema"]["name"] == "Critique"
    assert "a@b.cn" not in json.dumps(stub.bodies) and "[EMAIL]" in json.dumps(first)
    reask = stub.bodies[2]["messages"][-1]["content"]
    assert "concerns" in reask and "Field required" in reask
    calls = [e for e in events if e["type"] == "model_call"]
    assert calls[0]["ok"] is False and "RateLimitError" in calls[0]["error"]
    assert [(c["input_tokens"], c["output_tokens"]) for c in calls[1:]] == [(120, 9), (150, 14)]
    assert client.ledger.session.input_tokens >= 270


def test_streaming_over_http_delivers_tokens_and_usage(stub: Stub) -> None:
    stub.replies = [{"content": "Start with SQL, then Python.", "usage": (80, 7)}]
    events: list[dict[str, Any]] = []
    client = _client(events)
    tokens: list[str] = []
    reply = client.text("coach", "coach", VARS, on_token=tokens.append)
    assert reply == "Start with SQL, then Python."
    assert tokens == ["Start", " with", " SQL,", " then", " Python."]
    assert stub.bodies[0]["stream"] is True
    assert stub.bodies[0]["stream_options"] == {"include_usage": True}
    call = next(e for e in events if e["type"] == "model_call")
    assert (call["input_tokens"], call["output_tokens"], call["tokens_estimated"]) == (80, 7, False)


def test_server_errors_over_http_end_in_a_fallback(stub: Stub) -> None:
    stub.replies = [{"status": 503}, {"status": 500}]
    events: list[dict[str, Any]] = []
    client = LLMClient(
        make_chat_model("openai:gpt-4o-mini"),  # type: ignore[arg-type]
        ledger=UsageLedger(),
        mask_pii=True,
        on_event=events.append,
        max_retries=1,
        retry_wait=wait_none(),
    )
    assert client.text("coach", "coach", VARS) is None
    assert len(stub.bodies) == 2 and events[-1]["type"] == "fallback"

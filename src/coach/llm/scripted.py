"""Chat models for tests and evals: scripted answers, every request recorded, loud when out.

:class:`ScriptedChatModel` answers each request with the next item of its script:

- ``str`` -> an AI message with that text (streamed word by word by ``stream``),
- ``AIMessage`` -> returned as is (tool calls included),
- ``dict`` -> the arguments of a call to the bound tool (what ``with_structured_output`` reads),
- an ``Exception`` instance -> raised (to script rate limits, timeouts, server errors).

The stock fakes cycle silently or raise ``StopIteration`` when they run out; this one raises
:class:`ScriptExhaustedError` naming the request it could not answer.
"""

from __future__ import annotations

import json
import re
from abc import abstractmethod
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import Field, PrivateAttr

from coach.llm.errors import FailClosedError

ScriptItem = AIMessage | Exception | str | dict[str, Any]


class ScriptExhaustedError(FailClosedError):
    """The scripted model received more requests than its script has answers."""


class ScriptedAPIError(Exception):
    """A provider-like error with a ``status_code`` (429, 500, ...), for scripts loaded from JSON."""

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


def _last_text(messages: Sequence[BaseMessage]) -> str:
    if not messages:
        return "(no messages)"
    text = messages[-1].text
    return text if len(text) <= 200 else text[:200] + "..."


class RecordingChatModel(BaseChatModel):
    """Base of the offline models: records requests, binds tools, streams by words."""

    _requests: list[list[BaseMessage]] = PrivateAttr(default_factory=list)
    _request_tools: list[list[dict[str, Any]]] = PrivateAttr(default_factory=list)

    @property
    def requests(self) -> list[list[BaseMessage]]:
        """Every request received, in order (the messages as the model saw them)."""
        return self._requests

    @property
    def request_tools(self) -> list[list[dict[str, Any]]]:
        """The tools (OpenAI format) bound for each request in :attr:`requests`."""
        return self._request_tools

    @abstractmethod
    def respond(self, messages: list[BaseMessage], tools: list[dict[str, Any]]) -> AIMessage:
        """The answer to one request (the scripted or the recorded one)."""

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        formatted = [convert_to_openai_tool(tool) for tool in tools]
        if tool_choice is not None:
            kwargs["tool_choice"] = tool_choice
        return self.bind(tools=formatted, **kwargs)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        tools: list[dict[str, Any]] = list(kwargs.get("tools") or [])
        self._requests.append(list(messages))
        self._request_tools.append(tools)
        message = self.respond(list(messages), tools)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        message = self._generate(messages, stop, run_manager, **kwargs).generations[0].message
        assert isinstance(message, AIMessage)
        pieces = [p for p in re.split(r"(\s+)", message.text) if p] or [""]
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            chunk = AIMessageChunk(
                content=piece,
                tool_call_chunks=(
                    [
                        {
                            "name": c["name"],
                            "args": json.dumps(c["args"]),
                            "id": c["id"],
                            "index": i,
                        }
                        for i, c in enumerate(message.tool_calls)
                    ]
                    if last
                    else []
                ),
                usage_metadata=message.usage_metadata if last else None,
            )
            if run_manager is not None:
                run_manager.on_llm_new_token(piece, chunk=ChatGenerationChunk(message=chunk))
            yield ChatGenerationChunk(message=chunk)


def _usage(messages: Sequence[BaseMessage], text: str) -> dict[str, int]:
    # Deterministic pseudo-counts so tests can assert that usage is recorded and summed.
    input_tokens = sum(len(m.text.split()) for m in messages)
    output_tokens = max(1, len(text.split()))
    return {
        "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "total_tokens": input_tokens + output_tokens,
    }


class ScriptedChatModel(RecordingChatModel):
    """Answers requests from a fixed script; see the module docstring for the item kinds."""

    script: list[Any] = Field(default_factory=list)
    _position: int = PrivateAttr(default=0)

    def __init__(self, responses: Sequence[ScriptItem] = (), **kwargs: Any) -> None:
        super().__init__(script=list(responses), **kwargs)

    @property
    def _llm_type(self) -> str:
        return "coach-scripted"

    @property
    def remaining(self) -> int:
        """Script items not used yet (tests assert 0 to prove every answer was consumed)."""
        return len(self.script) - self._position

    def respond(self, messages: list[BaseMessage], tools: list[dict[str, Any]]) -> AIMessage:
        if self._position >= len(self.script):
            raise ScriptExhaustedError(
                f"ScriptedChatModel: script exhausted after {len(self.script)} answer(s); "
                f"request #{len(self._requests)} has no answer. Last message: "
                f"{_last_text(messages)!r}"
            )
        item = self.script[self._position]
        self._position += 1
        if isinstance(item, Exception):
            raise item
        if isinstance(item, AIMessage):
            if item.usage_metadata is None:
                return item.model_copy(
                    update={"usage_metadata": _usage(messages, item.text or str(item.tool_calls))}
                )
            return item
        if isinstance(item, str):
            return AIMessage(content=item, usage_metadata=_usage(messages, item))
        if isinstance(item, dict):
            if not tools:
                raise ScriptExhaustedError(
                    f"ScriptedChatModel: script item #{self._position} is a tool-call dict but "
                    "the request bound no tools (expected a structured-output or tool request)."
                )
            name = tools[0]["function"]["name"]
            call = {"name": name, "args": item, "id": f"call_{self._position}", "type": "tool_call"}
            return AIMessage(
                content="",
                tool_calls=[call],
                usage_metadata=_usage(messages, json.dumps(item)),
            )
        raise TypeError(f"ScriptedChatModel: unsupported script item {item!r}")


def load_script(path: str | Path) -> list[ScriptItem]:
    """Read a script from JSON: a list of strings, ``{"error": ..., "status_code": 429}``,
    ``{"message": {"content": ..., "tool_calls": [...]}}`` or a dict of tool-call arguments."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise ValueError(f"{path}: a script is a JSON list")
    items: list[ScriptItem] = []
    for entry in raw:
        if isinstance(entry, str):
            items.append(entry)
        elif (
            isinstance(entry, dict) and "error" in entry and set(entry) <= {"error", "status_code"}
        ):
            items.append(ScriptedAPIError(str(entry["error"]), int(entry.get("status_code", 500))))
        elif isinstance(entry, dict) and set(entry) == {"message"}:
            message = entry["message"]
            items.append(
                AIMessage(
                    content=message.get("content", ""),
                    tool_calls=[
                        {
                            "name": c["name"],
                            "args": c.get("args", {}),
                            "id": c.get("id", f"call_{i}"),
                        }
                        for i, c in enumerate(message.get("tool_calls", []))
                    ],
                )
            )
        elif isinstance(entry, dict):
            items.append(entry)
        else:
            raise ValueError(f"{path}: unsupported script entry {entry!r}")
    return items

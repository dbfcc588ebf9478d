"""How requests and responses are written to the session log, and keyed for replay.

``request_key`` is a normalised hash of what a model was asked: the role and text of each message
(tool calls by name and arguments), and the tool schemas offered. Message ids, tool-call ids,
provider metadata, timestamps and dict key order do not change it, so a replay matches a
recorded request whatever provider or run produced it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.utils.function_calling import convert_to_openai_tool

JSONDict = dict[str, Any]


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in content
            if isinstance(part, str) or (isinstance(part, dict) and part.get("type") == "text")
        )
    return str(content)


def message_to_dict(message: BaseMessage) -> JSONDict:
    """A compact, JSON-safe form of a message for the session log."""
    out: JSONDict = {"role": message.type, "content": _text(message.content)}
    if isinstance(message, AIMessage) and message.tool_calls:
        out["tool_calls"] = [
            {"name": c["name"], "args": c["args"], "id": c.get("id")} for c in message.tool_calls
        ]
    if isinstance(message, AIMessage) and message.invalid_tool_calls:
        out["invalid_tool_calls"] = [
            {"name": c.get("name"), "args": c.get("args"), "id": c.get("id")}
            for c in message.invalid_tool_calls
        ]
    if isinstance(message, ToolMessage):
        out["tool_call_id"] = message.tool_call_id
        if message.name:
            out["name"] = message.name
    if isinstance(message, AIMessage) and message.usage_metadata:
        out["usage"] = {
            "input_tokens": message.usage_metadata.get("input_tokens", 0),
            "output_tokens": message.usage_metadata.get("output_tokens", 0),
        }
    return out


def message_from_dict(data: JSONDict) -> BaseMessage:
    role = data.get("role", "ai")
    content = str(data.get("content", ""))
    if role == "system":
        return SystemMessage(content)
    if role == "human":
        return HumanMessage(content)
    if role == "tool":
        return ToolMessage(content, tool_call_id=str(data.get("tool_call_id") or "call"))
    usage = data.get("usage")
    return AIMessage(
        content=content,
        tool_calls=[
            {"name": c["name"], "args": c.get("args") or {}, "id": c.get("id") or f"call_{i}"}
            for i, c in enumerate(data.get("tool_calls") or [])
        ],
        usage_metadata=(
            {
                "input_tokens": int(usage.get("input_tokens", 0)),
                "output_tokens": int(usage.get("output_tokens", 0)),
                "total_tokens": int(usage.get("input_tokens", 0))
                + int(usage.get("output_tokens", 0)),
            }
            if isinstance(usage, dict)
            else None
        ),
    )


def tool_schemas(tools: Sequence[Any]) -> list[JSONDict]:
    """Tools (pydantic classes, BaseTools, OpenAI dicts) in OpenAI function format."""
    return [convert_to_openai_tool(tool) for tool in tools]


def _normal_message(message: BaseMessage | JSONDict) -> JSONDict:
    data = message if isinstance(message, dict) else message_to_dict(message)
    content = str(data.get("content", "")).replace("\r\n", "\n").strip()
    out: JSONDict = {"role": data.get("role"), "content": content}
    calls = data.get("tool_calls")
    if calls:
        out["tool_calls"] = [{"name": c.get("name"), "args": c.get("args") or {}} for c in calls]
    return out


def _normal_tool(tool: JSONDict) -> JSONDict:
    function = tool.get("function", tool)
    return {
        "name": function.get("name"),
        "description": str(function.get("description", "")).strip(),
        "parameters": function.get("parameters", {}),
    }


def normalised_request(
    messages: Sequence[BaseMessage | JSONDict], tools: Sequence[Any] = ()
) -> JSONDict:
    """The parts of a request that define it (see the module docstring)."""
    schemas = [t if isinstance(t, dict) else convert_to_openai_tool(t) for t in tools]
    return {
        "messages": [_normal_message(m) for m in messages],
        "tools": sorted((_normal_tool(t) for t in schemas), key=lambda t: str(t["name"])),
    }


def _canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def request_key(messages: Sequence[BaseMessage | JSONDict], tools: Sequence[Any] = ()) -> str:
    """A stable hash (16 hex) of a request; replay serves recorded answers by it."""
    digest = hashlib.sha256(_canonical(normalised_request(messages, tools)).encode("utf-8"))
    return digest.hexdigest()[:16]


def request_text(messages: Sequence[BaseMessage | JSONDict], tools: Sequence[Any] = ()) -> str:
    """A readable rendering of a normalised request, one line per message line (for diffs)."""
    data = normalised_request(messages, tools)
    lines: list[str] = []
    for message in data["messages"]:
        lines.append(f"[{message['role']}]")
        lines.extend(message["content"].splitlines())
        for call in message.get("tool_calls", []):
            lines.append(f"  -> {call['name']}({_canonical(call['args'])})")
    for tool in data["tools"]:
        lines.append(f"[tool] {tool['name']}: {_canonical(tool['parameters'])}")
    return "\n".join(lines)

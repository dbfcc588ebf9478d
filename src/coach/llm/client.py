"""The one way nodes talk to a chat model: masked, retried, validated, bounded, accounted.

Every method returns ``None`` when the model cannot help (errors after retries, output that
stays invalid after re-asks, a spent budget); the caller then uses the deterministic engine. Each
such case emits a ``{"type": "fallback", ...}`` event, so the session log says why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    HumanMessage,
    ToolMessage,
)
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import BaseModel, ValidationError
from tenacity.wait import wait_base

from coach.llm.attempts import Attempts, Event, _GiveUp, _one_line, backoff, is_transient
from coach.llm.factory import is_local_model, model_name
from coach.llm.privacy import mask_pii as mask_text
from coach.llm.prompts import Prompt, load_prompt, render_prompt
from coach.llm.recording import request_key, tool_schemas
from coach.llm.usage import UsageLedger

__all__ = ["LLMClient", "backoff", "is_transient", "request_key", "should_mask"]

T = TypeVar("T", bound=BaseModel)

_MAX_TOOL_RESULT_CHARS = 4000
_JSON_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)

REASK = (
    "Your previous answer did not match the required schema:\n{errors}\n"
    "Answer again with one corrected object that follows the schema. Change only what the "
    "errors name; leave a field empty (null) rather than guess."
)


def should_mask(model: BaseChatModel, mask_pii_for_local: bool) -> bool:
    """Mask PII for every remote model; for a local one only when configured to."""
    return mask_pii_for_local or not is_local_model(model)


def _validation_errors(exc: ValidationError) -> str:
    lines = []
    for error in exc.errors(include_url=False):
        where = ".".join(str(part) for part in error["loc"]) or "(object)"
        lines.append(f"- {where}: {error['msg']}")
    return "\n".join(lines)


class LLMClient(Attempts):
    """Calls a chat model on behalf of a node. One client per session (it holds the ledger)."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        ledger: UsageLedger,
        mask_pii: bool,
        max_retries: int = 3,
        max_reasks: int = 2,
        on_event: Callable[[Event], None] | None = None,
        retry_wait: wait_base | None = None,
    ) -> None:
        self.model = model
        self.ledger = ledger
        self.mask_pii = mask_pii
        self.max_retries = max_retries
        self.max_reasks = max_reasks
        self.on_event = on_event
        self.retry_wait: wait_base = retry_wait or backoff(1.0)
        self.model_label = model_name(model)

    # ------------------------------------------------------------------ public API
    def structured(
        self, node: str, prompt: str, variables: dict[str, str], schema: type[T]
    ) -> T | None:
        """An instance of ``schema`` from the model, re-asked with the validation errors."""
        spec = load_prompt(prompt)
        messages = self._render(spec, variables)
        # A JSON schema with a title is what every provider's with_structured_output accepts
        # (OpenAI json_schema, tool calling, Ollama format). We validate with pydantic ourselves,
        # so the re-ask text and the replay key do not depend on the provider's parser.
        json_schema = schema.model_json_schema()
        tool = convert_to_openai_tool(json_schema)
        try:
            runnable = self.model.with_structured_output(json_schema, include_raw=True)
        except NotImplementedError:
            self._fallback(node, spec, "model does not support structured output")
            return None
        for ask in range(self.max_reasks + 1):
            try:
                result = self._call(
                    node,
                    spec,
                    messages,
                    tools=[tool],
                    invoke=lambda msgs, cfg: self._unpack(runnable.invoke(msgs, cfg)),
                )
            except _GiveUp as exc:
                self._fallback(node, spec, str(exc))
                return None
            raw, parsed = result
            payload, shown = self._payload(raw, parsed)
            try:
                if payload is None:
                    raise ValueError("the reply held no JSON object")
                return schema.model_validate(payload)
            except ValidationError as exc:
                errors = _validation_errors(exc)
            except ValueError as exc:
                errors = f"- {exc}"
            self._emit(
                {
                    "type": "invalid_output",
                    "node": node,
                    "prompt": spec.name,
                    "ask": ask + 1,
                    "errors": errors,
                }
            )
            messages = [
                *messages,
                AIMessage(shown or "(empty reply)"),
                HumanMessage(REASK.format(errors=errors)),
            ]
        self._fallback(
            node, spec, f"structured output still invalid after {self.max_reasks} re-ask(s)"
        )
        return None

    def text(
        self,
        node: str,
        prompt: str,
        variables: dict[str, str],
        on_token: Callable[[str], None] | None = None,
    ) -> str | None:
        """The model's reply as text; streamed token by token to ``on_token`` when given."""
        spec = load_prompt(prompt)
        messages = self._render(spec, variables)

        def invoke(msgs: list[BaseMessage], cfg: RunnableConfig) -> tuple[AIMessage, Any]:
            if on_token is None:
                reply = self.model.invoke(msgs, cfg)
                return reply, None
            return self._stream(msgs, cfg, on_token), None

        try:
            reply, _ = self._call(
                node, spec, messages, tools=[], invoke=invoke, stream=bool(on_token)
            )
        except _GiveUp as exc:
            self._fallback(node, spec, str(exc))
            return None
        text = reply.text.strip()
        if not text:
            self._fallback(node, spec, "empty reply")
            return None
        return text

    def with_tools(
        self,
        node: str,
        prompt: str,
        variables: dict[str, str],
        tools: list[BaseTool],
        max_steps: int = 3,
    ) -> str | None:
        """A bounded tool loop: the model may call ``tools`` for up to ``max_steps`` rounds."""
        spec = load_prompt(prompt)
        messages = self._render(spec, variables)
        schemas = tool_schemas(tools)
        by_name = {tool.name: tool for tool in tools}
        try:
            bound = self.model.bind_tools(tools)
        except NotImplementedError:
            self._fallback(node, spec, "model does not support tool calling")
            return None
        for _step in range(max_steps):
            try:
                reply, _ = self._call(
                    node,
                    spec,
                    messages,
                    tools=schemas,
                    invoke=lambda msgs, cfg: (bound.invoke(msgs, cfg), None),
                )
            except _GiveUp as exc:
                self._fallback(node, spec, str(exc))
                return None
            if not reply.tool_calls:
                text = reply.text.strip()
                if text:
                    return text
                self._fallback(node, spec, "empty reply")
                return None
            messages = [*messages, reply]
            for call in reply.tool_calls:
                messages.append(self._run_tool(node, by_name, call))
        self._fallback(node, spec, f"tool loop did not finish in {max_steps} step(s)")
        return None

    # ------------------------------------------------------------------ internals
    def _fallback(self, node: str, spec: Prompt, reason: str) -> None:
        self._emit({"type": "fallback", "node": node, "prompt": spec.name, "reason": reason})

    def _render(self, spec: Prompt, variables: dict[str, str]) -> list[BaseMessage]:
        values = {k: mask_text(v) if self.mask_pii else v for k, v in variables.items()}
        return render_prompt(spec, **values)

    @staticmethod
    def _unpack(result: Any) -> tuple[AIMessage, Any]:
        if isinstance(result, dict) and isinstance(result.get("raw"), AIMessage):
            return result["raw"], result.get("parsed")
        raise TypeError(f"unexpected structured-output result {type(result).__name__}")

    @staticmethod
    def _payload(raw: AIMessage, parsed: Any) -> tuple[Any, str]:
        """The candidate object and how to show it back to the model in a re-ask."""
        if isinstance(parsed, BaseModel):
            parsed = parsed.model_dump(mode="json")
        if isinstance(parsed, dict):
            return parsed, json.dumps(parsed, ensure_ascii=False)
        if raw.tool_calls:
            args = raw.tool_calls[0]["args"]
            return args, json.dumps(args, ensure_ascii=False)
        if raw.invalid_tool_calls:
            shown = str(raw.invalid_tool_calls[0].get("args") or "")
            return None, shown
        text = raw.text.strip()
        fenced = _JSON_FENCE.match(text)
        try:
            data = json.loads(fenced.group(1) if fenced else text)
        except json.JSONDecodeError:
            return None, text
        return data, text

    def _run_tool(self, node: str, by_name: dict[str, BaseTool], call: Any) -> ToolMessage:
        name = call["name"]
        tool = by_name.get(name)
        ok = True
        if tool is None:
            result = f"error: no tool named {name!r}; available: {', '.join(sorted(by_name))}"
            ok = False
        else:
            try:
                output = tool.invoke(call["args"])
                result = (
                    output if isinstance(output, str) else json.dumps(output, ensure_ascii=False)
                )
            except Exception as exc:  # a tool error goes back to the model, not up the stack
                result = f"error: {_one_line(exc)}"
                ok = False
        result = result[:_MAX_TOOL_RESULT_CHARS]
        self._emit(
            {
                "type": "tool_call",
                "node": node,
                "name": name,
                "args": call["args"],
                "ok": ok,
                "result": result,
            }
        )
        return ToolMessage(result, tool_call_id=call.get("id") or name, name=name)

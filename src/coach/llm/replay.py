"""Replay recorded model answers, matched by :func:`~coach.llm.recording.request_key`.

Evals run a recorded session through a fresh graph with this model in place of the provider. A
request with no recording (a prompt changed, the engine fed the model different facts, the node
asked something new) raises :class:`ReplayMissError` showing a diff against the nearest recorded
request: the replay fails closed, it never improvises.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage
from pydantic import Field, PrivateAttr

from coach.llm.errors import FailClosedError
from coach.llm.recording import message_from_dict, request_key, request_text
from coach.llm.scripted import RecordingChatModel

_MAX_DIFF_LINES = 80


class ReplayMissError(FailClosedError):
    """The replay model has no recorded answer for a request."""


ERROR_KEY = "__error__"
"""A recorded answer ``{ERROR_KEY: message, "transient": bool}`` is a failed attempt."""


class RecordedModelError(Exception):
    """A failure the recorded session met, raised again on replay: ``status_code`` 503 for one
    the client retries (a rate limit, a 5xx, a timeout), 400 for one it does not."""

    def __init__(self, message: str, transient: bool) -> None:
        super().__init__(f"replayed failure: {message}")
        self.status_code = 503 if transient else 400


class ReplayChatModel(RecordingChatModel):
    """Serves ``recordings[request_key]`` answers in order; fails closed on anything else.

    ``recordings`` maps a request key to the recorded answers (``message_to_dict`` form) for that
    request, in the order they were given. ``requests`` (optional) maps the same keys to the
    recorded request (``{"messages": [...], "tools": [...]}``) so a miss can show a diff.
    """

    recordings: dict[str, list[dict[str, Any]]] = Field(default_factory=dict)
    recorded_requests: dict[str, dict[str, Any]] = Field(default_factory=dict)
    _served: dict[str, int] = PrivateAttr(default_factory=dict)

    def __init__(
        self,
        recordings: Mapping[str, Sequence[dict[str, Any]]],
        requests: Mapping[str, dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            recordings={k: list(v) for k, v in recordings.items()},
            recorded_requests=dict(requests or {}),
            **kwargs,
        )

    @classmethod
    def from_events(cls, events: Iterable[dict[str, Any]]) -> ReplayChatModel:
        """Build from session-log events: every successful ``model_call`` becomes a recording."""
        recordings: dict[str, list[dict[str, Any]]] = {}
        requests: dict[str, dict[str, Any]] = {}
        for event in events:
            if event.get("type") != "model_call":
                continue
            answer = event.get("response")
            if answer is None and event.get("ok", True):
                continue
            if answer is None:  # a failed attempt: replayed as the same kind of error
                answer = {ERROR_KEY: str(event.get("error")), "transient": event.get("transient")}
            key = str(event["request_key"])
            recordings.setdefault(key, []).append(answer)
            requests.setdefault(
                key, {"messages": event.get("request", []), "tools": event.get("tools", [])}
            )
        return cls(recordings, requests)

    @property
    def _llm_type(self) -> str:
        return "coach-replay"

    @property
    def unused(self) -> dict[str, int]:
        """Recorded answers never served, by key (a replay that asks less than the recording)."""
        left = {k: len(v) - self._served.get(k, 0) for k, v in self.recordings.items()}
        return {k: n for k, n in left.items() if n > 0}

    def respond(self, messages: list[BaseMessage], tools: list[dict[str, Any]]) -> AIMessage:
        key = request_key(messages, tools)
        answers = self.recordings.get(key)
        served = self._served.get(key, 0)
        if answers is None:
            raise ReplayMissError(self._miss_message(key, messages, tools))
        if served >= len(answers):
            raise ReplayMissError(
                f"replay: request {key} was recorded {len(answers)} time(s) and is now asked "
                f"again (#{served + 1}); the replayed session calls the model more than the "
                "recorded one."
            )
        self._served[key] = served + 1
        answer = answers[served]
        if ERROR_KEY in answer:
            raise RecordedModelError(str(answer[ERROR_KEY]), bool(answer.get("transient")))
        message = message_from_dict(answer)
        assert isinstance(message, AIMessage)
        return message

    def _miss_message(
        self, key: str, messages: list[BaseMessage], tools: list[dict[str, Any]]
    ) -> str:
        """The nearest recorded request and a line diff against it.

        Prompts carry catalogs and plans (tens of kB): comparing them character by character is
        quadratic, so requests are compared as lists of lines, preferring the same prompt.
        """
        head = f"replay: no recorded answer for request {key}"
        if not self.recorded_requests:
            known = ", ".join(sorted(self.recordings)) or "none"
            return f"{head}; recorded keys: {known}"
        asked = request_text(messages, tools).splitlines()
        nearest_key, nearest_lines, best = "", [], (False, -1.0)
        for other_key, other in self.recorded_requests.items():
            lines = request_text(other.get("messages", []), other.get("tools", [])).splitlines()
            score = (
                lines[:3] == asked[:3],
                difflib.SequenceMatcher(None, lines, asked, autojunk=False).ratio(),
            )
            if score > best:
                nearest_key, nearest_lines, best = other_key, lines, score
        diff = list(
            difflib.unified_diff(
                nearest_lines,
                asked,
                fromfile=f"recorded {nearest_key}",
                tofile=f"asked {key}",
                lineterm="",
                n=2,
            )
        )
        if len(diff) > _MAX_DIFF_LINES:
            diff = [*diff[:_MAX_DIFF_LINES], f"... ({len(diff) - _MAX_DIFF_LINES} more lines)"]
        what = "differs" if best[0] else "is of another prompt (none of this one was recorded)"
        return f"{head}; nearest recorded request {nearest_key} {what}:\n" + "\n".join(diff)

"""Drive one session of the graph: send a user turn or a mentor decision, stream progress,
write the session log. Used by the CLI, the demo and the eval replays (I/O lives here, at the edge).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command, StateSnapshot, StreamMode

from coach.context import Context
from coach.nodes.common import MAX_MESSAGE_CHARS, clean_text
from coach.sessions import SessionLog

ProgressFn = Callable[[str], None]


class SessionStateError(Exception):
    """The session is not in a state that allows this action."""


@dataclass
class TurnResult:
    replies: list[str]
    status: str
    awaiting_mentor: bool
    path: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    streamed: str = ""
    """Text already shown token by token (a streamed reply)."""


def message_text(message: AnyMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    parts = [p.get("text", "") if isinstance(p, dict) else str(p) for p in content]
    return "".join(str(p) for p in parts)


class SessionRunner:
    """One session (a LangGraph thread) with its context and log."""

    def __init__(
        self,
        graph: CompiledStateGraph[Any, Any, Any, Any],
        session_id: str,
        context: Context,
        log: SessionLog | None = None,
        on_progress: ProgressFn | None = None,
        on_token: ProgressFn | None = None,
    ) -> None:
        self.graph = graph
        self.session_id = session_id
        self.context = context
        self.log = log
        self.on_progress = on_progress
        self.on_token = on_token
        self.config: RunnableConfig = {"configurable": {"thread_id": session_id}}

    # ------------------------------------------------------------------ state
    def snapshot(self) -> StateSnapshot:
        return self.graph.get_state(self.config)

    def values(self) -> dict[str, Any]:
        return dict(self.snapshot().values or {})

    def exists(self) -> bool:
        return bool(self.snapshot().values)

    def awaiting_mentor(self) -> bool:
        snap = self.snapshot()
        return any(task.name == "mentor_review" and task.interrupts for task in (snap.tasks or ()))

    def status(self) -> str:
        if self.awaiting_mentor():
            return "awaiting_mentor"
        return str(self.values().get("status") or "intake")

    def messages(self) -> list[AnyMessage]:
        return list(self.values().get("messages") or [])

    # ------------------------------------------------------------------ actions
    def _log(self, event: dict[str, Any]) -> None:
        if self.log is not None:
            self.log.append(event)

    def _run(self, payload: Any) -> TurnResult:
        before = len(self.messages())
        path: list[str] = []
        events: list[dict[str, Any]] = []
        streamed: list[str] = []
        modes: list[StreamMode] = ["updates", "custom"]
        for mode, chunk in self.graph.stream(
            payload,
            self.config,
            context=self.context,
            stream_mode=modes,
            durability="sync",
        ):
            if mode == "custom" and isinstance(chunk, dict):
                if chunk.get("type") == "progress":
                    if self.on_progress is not None:
                        self.on_progress(str(chunk.get("text", "")))
                    continue
                if chunk.get("type") == "token":
                    streamed.append(str(chunk.get("text", "")))
                    if self.on_token is not None:
                        self.on_token(str(chunk.get("text", "")))
                    continue
                events.append(chunk)
                self._log(chunk)
            elif mode == "updates" and isinstance(chunk, dict):
                for node in chunk:
                    if node != "__interrupt__":
                        path.append(node)
        self._log({"type": "node_path", "path": path})
        after = self.messages()
        replies = [message_text(m) for m in after[before:] if isinstance(m, AIMessage)]
        for reply in replies:
            self._log({"type": "assistant", "text": reply})
        waiting = self.awaiting_mentor()
        return TurnResult(
            replies=replies,
            status="awaiting_mentor" if waiting else str(self.values().get("status") or "intake"),
            awaiting_mentor=waiting,
            path=path,
            events=events,
            streamed="".join(streamed),
        )

    def send(self, text: str) -> TurnResult:
        """One user turn. While the plan waits for a mentor, the coach answers and the pause is
        kept (the graph goes back to ``mentor_review``): only the decision waits."""
        cleaned = clean_text(text)
        self._log(
            {
                "type": "user",
                "text": cleaned,
                "chars": len(cleaned),
                "truncated": len(cleaned) > MAX_MESSAGE_CHARS,
            }
        )
        return self._run({"messages": [HumanMessage(cleaned)]})

    def resume(self, decision: dict[str, Any]) -> TurnResult:
        """Answer the mentor pause with a decision (validated again by the node)."""
        if not self.awaiting_mentor():
            raise SessionStateError("the session is not waiting for a mentor")
        self._log({"type": "mentor_resume", "decision": decision})
        return self._run(Command(resume=decision))

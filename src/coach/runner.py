"""Drive one session of the graph: send a user turn or a mentor decision, stream progress,
write the session log. Used by the CLI, the demo and the eval replays (I/O lives here, at the edge).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command, StateSnapshot, StreamMode

from coach.context import Context
from coach.i18n import t
from coach.ledger import LeaseHeld, Ledger
from coach.nodes.common import clean_text
from coach.nodes.documents import message_limit
from coach.sessions import SessionLog
from coach.store import record_session

ProgressFn = Callable[[str], None]


class SessionStateError(Exception):
    """The session is not in a state that allows this action."""


class SessionBusy(SessionStateError):
    """Another process is writing this session right now (it holds the write lease)."""

    def __init__(self, held: LeaseHeld) -> None:
        holder = held.holder
        super().__init__(
            f"the session is being written by another process (pid {holder.pid} on {holder.host})"
        )
        self.holder = holder


MAX_KEPT_CHARS = 100_000
"""Longest turn kept in the checkpoint and the log (five times a pasted document's limit);
coach reads at most ``MAX_DOCUMENT_CHARS`` of it, so a megabyte paste costs no more than this."""

WRITE_WAIT_SECONDS = 30.0
"""How long a writer waits for another one's run on the same session to finish."""


@dataclass
class TurnResult:
    replies: list[str]
    status: str
    awaiting_mentor: bool
    path: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    streamed: str = ""
    """Text already shown token by token (a streamed reply)."""


def pending_question(reply: str) -> str | None:
    """The question a reply ends on (its last paragraph that asks), with the summary it asks
    about when that is short ("Before I plan, here is what I understood: ... Is this right?"
    keeps its list: the question is about it)."""
    paragraphs = [p.strip() for p in reply.split("\n\n") if p.strip()]
    asking = [p for p in paragraphs if "?" in p or "？" in p]
    if not asking:
        return None
    last = asking[-1]
    return last if len(last) <= 900 else last[-900:]


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
        ledger: Ledger | None = None,
    ) -> None:
        self.graph = graph
        self.session_id = session_id
        self.context = context
        self.log = log
        self.on_progress = on_progress
        self.on_token = on_token
        self.ledger = ledger
        self.config: RunnableConfig = {"configurable": {"thread_id": session_id}}
        self._writing = False

    # ------------------------------------------------------------------ state
    def snapshot(self) -> StateSnapshot:
        return self.graph.get_state(self.config)

    def values(self) -> dict[str, Any]:
        return dict(self.snapshot().values or {})

    def exists(self) -> bool:
        return bool(self.snapshot().values)

    def awaiting_mentor(self, snap: StateSnapshot | None = None) -> bool:
        snap = snap or self.snapshot()
        return any(task.name == "mentor_review" and task.interrupts for task in (snap.tasks or ()))

    def status(self, snap: StateSnapshot | None = None) -> str:
        """``awaiting_mentor`` or the state's status; of ``snap`` if given (one state read)."""
        snap = snap or self.snapshot()
        if self.awaiting_mentor(snap):
            return "awaiting_mentor"
        return str((snap.values or {}).get("status") or "intake")

    def welcome_back(self) -> list[str]:
        """What a resumed chat shows before the new turn: one line on where the session stands,
        then the question still waiting for the user's answer, once (never the old replies)."""
        snap = self.snapshot()
        values = snap.values or {}
        lang = str(values.get("language") or "en")
        plan = values.get("approved_plan") or values.get("plan") or {}
        role = str(plan.get("target_name") or "") if isinstance(plan, dict) else ""
        status = self.status(snap)
        if status == "awaiting_mentor":
            return [t(lang, "app.back.waiting", role=role, version=plan.get("version", 1))]
        if status == "approved" or values.get("approved_plan"):
            done = (plan.get("progress") or {}).get("weeks_done") or []
            key = "app.back.approved_week" if done else "app.back.approved"
            return [t(lang, key, role=role, week=max(done, default=0))]
        last = next((m for m in reversed(self.messages()) if m.type == "ai"), None)
        question = pending_question(message_text(last)) if last is not None else None
        if question is None:
            return [t(lang, "app.back.intake")]
        return [t(lang, "app.back.asked", question=question)]

    def messages(self) -> list[AnyMessage]:
        return list(self.values().get("messages") or [])

    def checkpoint_id(self) -> str | None:
        configurable = self.snapshot().config.get("configurable", {})
        checkpoint = configurable.get("checkpoint_id")
        return str(checkpoint) if checkpoint else None

    def plan_versions(self) -> dict[int, dict[str, Any]]:
        """Every plan version this session's checkpoints hold, by version number."""
        versions: dict[int, dict[str, Any]] = {}
        for snap in self.graph.get_state_history(self.config):
            plan = (snap.values or {}).get("plan")
            if isinstance(plan, dict) and isinstance(plan.get("version"), int):
                versions.setdefault(plan["version"], plan)
        return dict(sorted(versions.items()))

    def pending_step(self) -> bool:
        """A run stopped before its end (a crash): steps remain and no interrupt waits."""
        snap = self.snapshot()
        return bool(snap.next) and not any(task.interrupts for task in (snap.tasks or ()))

    # ------------------------------------------------------------------ one writer
    @contextmanager
    def writing(self, wait: float = WRITE_WAIT_SECONDS) -> Iterator[None]:
        """Hold the session's write lease (re-entrant): one run at a time writes a thread, so
        two processes never fork its checkpoint history."""
        if self._writing or self.ledger is None:
            yield
            return
        try:
            with self.ledger.lease(f"write:{self.session_id}", wait=wait):
                self._writing = True
                try:
                    yield
                finally:
                    self._writing = False
        except LeaseHeld as exc:
            raise SessionBusy(exc) from exc

    def sync_registry(self, snap: StateSnapshot | None = None) -> None:
        """Derive the registry entry from the checkpoint (after it is written, so a crash at any
        point leaves the two consistent once the session is opened again); from ``snap`` if
        given (the state just read by this writer, one state read less)."""
        store = self.graph.store
        snap = snap or self.snapshot()
        values = dict(snap.values or {})
        if store is None or not values:
            return
        plan = values.get("plan") or {}
        review = values.get("review") or {}
        record_session(
            store,
            self.session_id,
            self.context.user_id,
            status=self.status(snap),
            target=plan.get("target"),
            verdict=review.get("verdict"),
            plan_version=plan.get("version"),
            language=values.get("language"),
        )

    # ------------------------------------------------------------------ actions
    def _log(self, event: dict[str, Any]) -> None:
        if self.log is not None:
            self.log.append(event)

    def _run(self, payload: Any) -> TurnResult:
        with self.writing():
            result, after = self._stream(payload)
            self.sync_registry(after)
            return result

    def _stream(self, payload: Any) -> tuple[TurnResult, StateSnapshot]:
        """Run the graph on ``payload``; the turn's result and the state it left."""
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
        snap = self.snapshot()  # one read of the state after the run
        after = list((snap.values or {}).get("messages") or [])
        replies = [message_text(m) for m in after[before:] if isinstance(m, AIMessage)]
        for reply in replies:
            self._log({"type": "assistant", "text": reply})
        result = TurnResult(
            replies=replies,
            status=self.status(snap),
            awaiting_mentor=self.awaiting_mentor(snap),
            path=path,
            events=events,
            streamed="".join(streamed),
        )
        return result, snap

    def send(self, text: str, turn_id: str | None = None) -> TurnResult:
        """One user turn. While the plan waits for a mentor, only the decision waits: questions
        are answered and the pause is kept; a turn that corrects the hours, horizon or target
        re-makes the plan for the mentor (see ``nodes.route`` and ``nodes.coach``).

        The turn's id is logged before the run and given to its message, so a turn cut off by a
        crash is sent again on the next open (same id: ``add_messages`` replaces, never doubles).
        """
        with self.writing():
            cleaned = clean_text(text, MAX_KEPT_CHARS)
            limit = message_limit(cleaned)  # a pasted CV or posting is read further
            turn_id = turn_id or uuid.uuid4().hex
            # Logged again when a recovery re-sends it (same id): the recorder marks the first
            # one as cut off by a crash.
            self._log(
                {
                    "type": "user",
                    "id": turn_id,
                    "text": cleaned,
                    "chars": len(text) if len(text) > MAX_KEPT_CHARS else len(cleaned),
                    "read": min(len(cleaned), limit),
                    "truncated": len(cleaned) > limit,
                }
            )
            return self._run({"messages": [HumanMessage(cleaned, id=turn_id)]})

    def resume(self, decision: dict[str, Any]) -> TurnResult:
        """Answer the mentor pause with a decision (validated again by the node)."""
        with self.writing():
            if not self.awaiting_mentor():
                raise SessionStateError("the session is not waiting for a mentor")
            self._log({"type": "mentor_resume", "decision": decision})
            return self._run(Command(resume=decision))

    # ------------------------------------------------------------------ durable resume
    def _unanswered_turn(self) -> dict[str, Any] | None:
        """The last logged user turn if the checkpoint never received it (killed in between)."""
        if self.log is None:
            return None
        turns = [e for e in self.log.read() if e.get("type") == "user" and e.get("id")]
        if not turns:
            return None
        last = turns[-1]
        ids = {m.id for m in self.messages()}
        return None if last["id"] in ids else last

    def recover(self) -> TurnResult | None:
        """Carry on work a crash interrupted, before anything else: apply a decision the ledger
        accepted but the graph never received, finish a run stopped mid-way (LangGraph resumes
        from the last checkpoint), and answer a logged turn the checkpoint never got."""
        with self.writing():
            result = self._apply_pending_decisions()
            if self.pending_step():
                self._log({"type": "recovered", "next": list(self.snapshot().next)})
                result = self._run(None)
            turn = self._unanswered_turn()
            if turn is not None:
                # Whatever the state: intake, a choice of roles, the plan waiting for the
                # mentor (a correction re-plans, a question is answered, the pause is kept),
                # after approval. The turn is sent as it was, with its id.
                self._log({"type": "recovered", "turn": turn["id"]})
                result = self.send(str(turn.get("text", "")), turn_id=str(turn["id"]))
            if result is None:
                self.sync_registry()
            return result

    def _apply_pending_decisions(self) -> TurnResult | None:
        if self.ledger is None:
            return None
        result: TurnResult | None = None
        for entry in self.ledger.pending(self.session_id):
            decision = entry.detail.get("decision")
            if self.awaiting_mentor() and self.checkpoint_id() == entry.checkpoint_id and decision:
                result = self._run(Command(resume=decision))
                refused = [e for e in result.events if e.get("type") == "mentor_refused"]
                if refused:
                    self.ledger.mark_applied(entry.id, outcome="refused", note=refused[0]["error"])
                    continue
            self.ledger.mark_applied(entry.id)
        return result

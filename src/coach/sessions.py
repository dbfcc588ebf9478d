"""Sessions: the JSONL event log of each session and the registry the mentor queue reads.

The log is local, append-only and personal (it stays on this machine). The registry lives in the
LangGraph store (namespace ``("sessions",)``) so every process sharing the database, including
mentors on other machines, sees the same list.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langgraph.store.base import BaseStore
from pydantic import BaseModel, Field

from coach.memory import data_dir

SESSIONS_NAMESPACE = ("sessions",)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_session_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%d") + "-" + secrets.token_hex(3)


def logs_dir() -> Path:
    return data_dir() / "logs"


class SessionLog:
    """Append-only JSON-lines log of one session's events."""

    def __init__(self, session_id: str, directory: Path | None = None) -> None:
        self.session_id = session_id
        self.path = (directory or logs_dir()) / f"{session_id}.jsonl"

    def append(self, event: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        record = {"ts": now_iso(), "session": self.session_id, **event}
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")

    def read(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        events: list[dict[str, Any]] = []
        with self.path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    events.append(json.loads(line))
                except json.JSONDecodeError:
                    # A torn last line (crash mid-write) must not hide the rest of the log.
                    continue
        return events


class SessionInfo(BaseModel):
    session_id: str
    user_id: str
    status: str = "intake"
    target: str | None = None
    verdict: str | None = None
    plan_version: int | None = None
    language: str = "en"
    model: str = "offline"
    created_at: str
    updated_at: str
    model_calls: int = 0
    tokens: int = 0
    not_applied: list[str] = Field(
        default_factory=list, description="Parts of the mentor's requests not applied (verbatim)."
    )


def record_session(store: BaseStore, session_id: str, user_id: str, **fields: Any) -> SessionInfo:
    """Create or update the registry entry of a session."""
    item = store.get(SESSIONS_NAMESPACE, session_id)
    now = now_iso()
    base: dict[str, Any] = (
        dict(item.value)
        if item is not None
        else {"session_id": session_id, "user_id": user_id, "created_at": now}
    )
    base.update({k: v for k, v in fields.items() if v is not None})
    base["updated_at"] = now
    info = SessionInfo.model_validate(base)
    store.put(SESSIONS_NAMESPACE, session_id, info.model_dump(mode="json"))
    return info


def get_session(store: BaseStore, session_id: str) -> SessionInfo | None:
    item = store.get(SESSIONS_NAMESPACE, session_id)
    return SessionInfo.model_validate(item.value) if item is not None else None


def list_sessions(store: BaseStore, *, status: str | None = None) -> list[SessionInfo]:
    infos: list[SessionInfo] = []
    offset = 0
    while True:
        page = store.search(SESSIONS_NAMESPACE, limit=100, offset=offset)
        if not page:
            break
        infos.extend(SessionInfo.model_validate(i.value) for i in page)
        offset += len(page)
    if status is not None:
        infos = [i for i in infos if i.status == status]
    return sorted(infos, key=lambda i: i.updated_at, reverse=True)

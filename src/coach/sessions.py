"""Sessions: the JSONL event log of each session (and, re-exported from :mod:`coach.store`,
the registry the mentor queue reads).

The log is local, append-only and personal (it stays on this machine, 0600 in a 0700 folder).
The registry lives in the LangGraph store (namespace ``("sessions",)``) so every process sharing
the database, including mentors on other machines, sees the same list.
"""

from __future__ import annotations

import json
import re
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coach.memory import data_dir, private_dir, private_file
from coach.store import (
    SESSIONS_NAMESPACE,
    SessionInfo,
    get_session,
    list_sessions,
    now_iso,
    record_session,
)

__all__ = [
    "SESSIONS_NAMESPACE",
    "SessionInfo",
    "SessionLog",
    "get_session",
    "is_session_id",
    "list_sessions",
    "new_session_id",
    "now_iso",
    "record_session",
]

_SESSION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def is_session_id(text: str) -> bool:
    """Ids coach makes (``20261202-ab12cd``) and server thread ids (UUIDs); nothing a file path
    or a 10,000-character paste could abuse."""
    return bool(_SESSION_ID.fullmatch(text))


def new_session_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%d") + "-" + secrets.token_hex(3)


def logs_dir() -> Path:
    return data_dir() / "logs"


class SessionLog:
    """Append-only JSON-lines log of one session's events."""

    def __init__(self, session_id: str, directory: Path | None = None) -> None:
        if not is_session_id(session_id):
            raise ValueError(f"not a session id: {session_id[:40]!r}")
        self.session_id = session_id
        self.path = (directory or logs_dir()) / f"{session_id}.jsonl"

    def append(self, event: dict[str, Any]) -> None:
        private_dir(self.path.parent)
        private_file(self.path)
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

"""Erasing a person: ``coach forget USER``.

Erased: every checkpoint of the user's sessions, their store items (memory, registry entries,
usage), their session logs, and the personal fields of the audit (the audit keeps that a decision
was taken on which plan version, not the person's data or words). On SQLite the file is then
checkpointed and vacuumed so deleted pages do not linger; PostgreSQL reclaims them by (auto)vacuum.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from coach.memory import Memory
from coach.sessions import SessionLog, is_session_id
from coach.store import delete_session, forget_user_items, list_sessions


@dataclass
class ForgetReport:
    sessions: int
    store_items: int
    logs: int
    audit_records: int


def forget_user(mem: Memory, user_id: str) -> ForgetReport:
    sessions = [i.session_id for i in list_sessions(mem.store) if i.user_id == user_id]
    logs = 0
    for session_id in sessions:
        mem.checkpointer.delete_thread(session_id)
        delete_session(mem.store, session_id)
        if is_session_id(session_id):
            path = SessionLog(session_id).path
            if path.exists():
                path.unlink()
                logs += 1
    items = forget_user_items(mem.store, user_id)
    audit = mem.ledger.forget_user(user_id, sessions)
    _compact(mem)
    return ForgetReport(len(sessions), items + len(sessions), logs, audit)


def _compact(mem: Memory) -> None:
    conn = getattr(mem.checkpointer, "conn", None)
    if isinstance(conn, sqlite3.Connection):
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")

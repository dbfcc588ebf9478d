"""The ledger: what needs compare-and-set, on SQLite and PostgreSQL alike.

- **Leases**: one holder per name (``chat:SESSION`` for an open chat, ``write:SESSION`` for one
  run that writes the session's checkpoint). A lease expires unless renewed; a holder on this host
  whose process is gone loses it at once (kill -9 leaves no lock behind).
- **Audit**: an append-only table of every mentor decision and refusal. A unique index on the
  *accepted* decision per paused checkpoint makes deciding a compare-and-set: of two concurrent
  decisions on the same pause exactly one row is inserted; the other gets ``AlreadyDecided``.

The LangGraph checkpointer has no compare-and-set of its own, hence this small table pair. The
SQL is the common subset of SQLite (3.24+) and PostgreSQL.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol


class AlreadyDecided(Exception):
    """Another decision on the same paused plan was accepted first."""


class LeaseHeld(Exception):
    """Someone else holds the lease; ``holder`` says who."""

    def __init__(self, name: str, holder: LeaseInfo) -> None:
        super().__init__(name)
        self.name = name
        self.holder = holder


@dataclass(frozen=True)
class LeaseInfo:
    name: str
    owner: str
    host: str
    pid: int
    expires_at: float
    acquired_at: float


@dataclass(frozen=True)
class AuditEntry:
    id: int
    session_id: str
    user_id: str | None
    at: str
    actor: str | None
    action: str
    outcome: str
    plan_version: int | None
    checkpoint_id: str | None
    detail: dict[str, Any] = field(default_factory=dict)
    applied: bool = False


class _Conn(Protocol):
    def execute(self, sql: str, params: Any = ...) -> Any: ...


_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS coach_leases (
        name TEXT PRIMARY KEY, owner TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL,
        expires_at DOUBLE PRECISION NOT NULL, acquired_at DOUBLE PRECISION NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS coach_audit (
        id {serial}, session_id TEXT NOT NULL, user_id TEXT, at TEXT NOT NULL, actor TEXT,
        action TEXT NOT NULL, outcome TEXT NOT NULL, plan_version INTEGER, checkpoint_id TEXT,
        detail TEXT NOT NULL, applied INTEGER NOT NULL DEFAULT 0)""",
    """CREATE UNIQUE INDEX IF NOT EXISTS coach_audit_one_decision
        ON coach_audit (session_id, checkpoint_id) WHERE outcome = 'accepted'""",
    "CREATE INDEX IF NOT EXISTS coach_audit_session ON coach_audit (session_id, id)",
]
_AUDIT_COLUMNS = (
    "id, session_id, user_id, at, actor, action, outcome, plan_version, checkpoint_id, detail, "
    "applied"
)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Ledger:
    """Leases and the audit table over one DB-API connection in autocommit mode."""

    def __init__(self, conn: Any, *, postgres: bool) -> None:
        self._conn = conn
        self._postgres = postgres
        self._lock = threading.Lock()  # one connection, used by the heartbeat thread too
        self.host = socket.gethostname()

    # ------------------------------------------------------------------ plumbing
    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self._postgres else sql

    def _exec(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            cur = self._conn.execute(self._sql(sql), params)
            rows = cur.fetchall() if cur.description is not None else []
            return [tuple(r) for r in rows]

    def _integrity_errors(self) -> tuple[type[Exception], ...]:
        if self._postgres:
            import psycopg

            return (psycopg.errors.UniqueViolation, sqlite3.IntegrityError)
        return (sqlite3.IntegrityError,)

    def setup(self) -> None:
        serial = "BIGSERIAL PRIMARY KEY" if self._postgres else "INTEGER PRIMARY KEY AUTOINCREMENT"
        for statement in _SCHEMA:
            sql = statement.replace("{serial}", serial)
            for attempt in range(3):
                try:
                    self._exec(sql)
                    break
                except self._integrity_errors():
                    # Two processes creating the table at once on PostgreSQL: one wins, the
                    # other sees a duplicate catalog row; the table exists now either way.
                    if attempt == 2:
                        raise
                    time.sleep(0.1)

    # ------------------------------------------------------------------ leases
    def lease_holder(self, name: str) -> LeaseInfo | None:
        rows = self._exec(
            "SELECT name, owner, host, pid, expires_at, acquired_at FROM coach_leases "
            "WHERE name = ?",
            (name,),
        )
        if not rows:
            return None
        n, owner, host, pid, expires, acquired = rows[0]
        return LeaseInfo(str(n), str(owner), str(host), int(pid), float(expires), float(acquired))

    def try_acquire(self, name: str, owner: str, ttl: float) -> LeaseInfo | None:
        """Take or renew the lease; ``None`` when acquired, else the current holder."""
        now = time.time()
        self._exec(
            "INSERT INTO coach_leases (name, owner, host, pid, expires_at, acquired_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, "
            "host = excluded.host, pid = excluded.pid, expires_at = excluded.expires_at, "
            "acquired_at = excluded.acquired_at "
            "WHERE coach_leases.expires_at < ? OR coach_leases.owner = excluded.owner",
            (name, owner, self.host, os.getpid(), now + ttl, now, now),
        )
        holder = self.lease_holder(name)
        if holder is None or holder.owner == owner:
            return None
        if holder.host == self.host and not _pid_alive(holder.pid):
            # The holder died on this machine (kill -9): take over, only if it still holds it.
            self._exec(
                "UPDATE coach_leases SET owner = ?, pid = ?, expires_at = ?, acquired_at = ? "
                "WHERE name = ? AND owner = ?",
                (owner, os.getpid(), now + ttl, now, name, holder.owner),
            )
            again = self.lease_holder(name)
            if again is None or again.owner == owner:
                return None
            return again
        return holder

    def release(self, name: str, owner: str) -> None:
        self._exec("DELETE FROM coach_leases WHERE name = ? AND owner = ?", (name, owner))

    @contextmanager
    def lease(
        self,
        name: str,
        *,
        wait: float = 0.0,
        ttl: float = 30.0,
        on_wait: Callable[[LeaseInfo], None] | None = None,
    ) -> Iterator[str]:
        """Hold ``name`` for the block, renewed in the background; raise ``LeaseHeld`` after
        ``wait`` seconds if someone else keeps it."""
        owner = f"{self.host}:{os.getpid()}:{os.urandom(6).hex()}"
        deadline = time.monotonic() + wait
        told = False
        while (holder := self.try_acquire(name, owner, ttl)) is not None:
            if time.monotonic() >= deadline:
                raise LeaseHeld(name, holder)
            if on_wait is not None and not told:
                on_wait(holder)
                told = True
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
        stop = threading.Event()

        def renew() -> None:
            while not stop.wait(ttl / 3):
                try:
                    self.try_acquire(name, owner, ttl)
                except Exception:  # a failed renewal is retried; expiry is the fallback
                    continue

        beat = threading.Thread(target=renew, name=f"lease {name}", daemon=True)
        beat.start()
        try:
            yield owner
        finally:
            stop.set()
            beat.join(timeout=5)
            self.release(name, owner)

    # ------------------------------------------------------------------ audit
    def append(
        self,
        *,
        session_id: str,
        action: str,
        outcome: str,
        actor: str | None = None,
        user_id: str | None = None,
        plan_version: int | None = None,
        checkpoint_id: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> int:
        """Append one record. An ``accepted`` record is the compare-and-set: a second accepted
        decision on the same ``(session_id, checkpoint_id)`` raises ``AlreadyDecided``."""
        params = (
            session_id,
            user_id,
            _now_iso(),
            actor,
            action,
            outcome,
            plan_version,
            checkpoint_id,
            json.dumps(detail or {}, ensure_ascii=False, default=str),
        )
        sql = (
            "INSERT INTO coach_audit (session_id, user_id, at, actor, action, outcome, "
            "plan_version, checkpoint_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
        )
        try:
            rows = self._exec(sql, params)
        except self._integrity_errors() as exc:
            raise AlreadyDecided(session_id) from exc
        return int(rows[0][0])

    def mark_applied(self, entry_id: int, *, outcome: str | None = None, note: str = "") -> None:
        if outcome is None:
            self._exec("UPDATE coach_audit SET applied = 1 WHERE id = ?", (entry_id,))
            return
        # The graph refused a claimed decision: the row stays, as a refusal with its reason.
        self._exec(
            "UPDATE coach_audit SET applied = 1, outcome = ?, detail = ? WHERE id = ?",
            (outcome, json.dumps({"refused": note}, ensure_ascii=False), entry_id),
        )

    def add_detail(self, entry_id: int, extra: dict[str, Any]) -> None:
        rows = self._exec("SELECT detail FROM coach_audit WHERE id = ?", (entry_id,))
        if not rows:
            return
        detail = json.loads(rows[0][0] or "{}") | extra
        self._exec(
            "UPDATE coach_audit SET detail = ? WHERE id = ?",
            (json.dumps(detail, ensure_ascii=False, default=str), entry_id),
        )

    def entries(self, session_id: str) -> list[AuditEntry]:
        rows = self._exec(
            f"SELECT {_AUDIT_COLUMNS} FROM coach_audit WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        return [_entry(r) for r in rows]

    def accepted(self, session_id: str, checkpoint_id: str) -> AuditEntry | None:
        rows = self._exec(
            f"SELECT {_AUDIT_COLUMNS} FROM coach_audit WHERE session_id = ? "
            "AND checkpoint_id = ? AND outcome = 'accepted'",
            (session_id, checkpoint_id),
        )
        return _entry(rows[0]) if rows else None

    def pending(self, session_id: str) -> list[AuditEntry]:
        """Accepted decisions not yet applied to the graph (a crash between claim and resume)."""
        rows = self._exec(
            f"SELECT {_AUDIT_COLUMNS} FROM coach_audit WHERE session_id = ? "
            "AND outcome = 'accepted' AND applied = 0 ORDER BY id",
            (session_id,),
        )
        return [_entry(r) for r in rows]

    def forget_user(self, user_id: str, session_ids: list[str]) -> int:
        """Blank the person's data in the audit: the decision stays, their words do not."""
        count = 0
        for session_id in session_ids:
            rows = self._exec(
                "UPDATE coach_audit SET user_id = NULL, detail = ? WHERE session_id = ? "
                "RETURNING id",
                (json.dumps({"erased": True}), session_id),
            )
            count += len(rows)
            for prefix in ("chat:", "write:"):
                self._exec("DELETE FROM coach_leases WHERE name = ?", (prefix + session_id,))
        rows = self._exec(
            "UPDATE coach_audit SET actor = NULL, detail = ? WHERE actor = ? RETURNING id",
            (json.dumps({"erased": True}), user_id),
        )
        return count + len(rows)


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    try:
        detail = json.loads(row[9]) if row[9] else {}
    except json.JSONDecodeError:
        detail = {}
    return AuditEntry(
        id=int(row[0]),
        session_id=str(row[1]),
        user_id=row[2],
        at=str(row[3]),
        actor=row[4],
        action=str(row[5]),
        outcome=str(row[6]),
        plan_version=row[7],
        checkpoint_id=row[8],
        detail=detail if isinstance(detail, dict) else {},
        applied=bool(row[10]),
    )

"""Checkpointer and store factories: one SQLite file by default, PostgreSQL by URL."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.store.base import BaseStore

from coach.ledger import Ledger


class StorageError(Exception):
    """The data file cannot be used; the message says why and what to do."""


def data_dir() -> Path:
    """Where coach keeps its data: ``COACH_HOME`` or the platform's user data dir."""
    home = os.environ.get("COACH_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("coach", appauthor=False))


def database_path() -> Path:
    return data_dir() / "coach.sqlite"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by its owner only (0700), whatever the umask."""
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(PermissionError):  # not ours: its owner decides
        os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` if missing and make it 0600 (a session log, the database and its WAL)."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        os.close(fd)
    with contextlib.suppress(OSError):  # e.g. an immutable file: opening it says why, clearly
        os.chmod(path, 0o600)
    return path


@dataclass
class Memory:
    """A checkpointer (short-term, per session) and a store (long-term, per user)."""

    checkpointer: BaseCheckpointSaver[Any]
    store: BaseStore
    location: str
    ledger: Ledger


def _sqlite_connect(path: Path, *, autocommit: bool) -> sqlite3.Connection:
    # The saver commits its own transactions; the store issues explicit BEGINs (autocommit).
    conn = sqlite3.connect(
        str(path),
        check_same_thread=False,
        timeout=30,
        isolation_level=None if autocommit else "DEFERRED",
    )
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def _explain_sqlite(path: Path, exc: sqlite3.Error) -> StorageError:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        hint = "it is read-only; fix its permissions or set COACH_HOME to a writable folder"
    elif "not a database" in text or "malformed" in text or "file is encrypted" in text:
        hint = "it is not a valid coach database (corrupted?); move it aside or set COACH_HOME"
    elif "unable to open" in text:
        hint = "it cannot be opened; check the folder exists and is writable, or set COACH_HOME"
    else:
        hint = text
    return StorageError(f"cannot use data file {path}: {hint}")


@contextmanager
def open_sqlite(path: Path) -> Iterator[Memory]:
    from langgraph.checkpoint.sqlite import SqliteSaver
    from langgraph.store.sqlite import SqliteStore

    try:
        private_dir(path.parent)
        private_file(path)
    except OSError as exc:
        raise StorageError(f"cannot create data file {path}: {exc.strerror}") from exc
    conns: list[sqlite3.Connection] = []
    try:
        # Two connections to one WAL file: the saver and the store each hold their own lock.
        saver_conn = _sqlite_connect(path, autocommit=False)
        conns.append(saver_conn)
        store_conn = _sqlite_connect(path, autocommit=True)
        conns.append(store_conn)
        saver = SqliteSaver(saver_conn)
        saver.setup()
        store = SqliteStore(store_conn)
        store.setup()
        ledger_conn = _sqlite_connect(path, autocommit=True)
        conns.append(ledger_conn)
        ledger = Ledger(ledger_conn, postgres=False)
        ledger.setup()
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.chmod(side, 0o600)
    except sqlite3.Error as exc:
        for conn in conns:
            conn.close()
        raise _explain_sqlite(path, exc) from exc
    try:
        yield Memory(checkpointer=saver, store=store, location=str(path), ledger=ledger)
    except sqlite3.Error as exc:
        raise _explain_sqlite(path, exc) from exc
    finally:
        for conn in conns:
            conn.close()


@contextmanager
def open_postgres(url: str) -> Iterator[Memory]:
    try:
        from langgraph.checkpoint.postgres import PostgresSaver
        from langgraph.store.postgres import PostgresStore
    except ImportError as exc:
        raise StorageError(
            "COACH_DATABASE_URL is a PostgreSQL URL but the driver is missing: "
            "pip install 'coach[postgres]'"
        ) from exc
    with ExitStack() as stack:
        try:
            saver = stack.enter_context(PostgresSaver.from_conn_string(url))
            store = stack.enter_context(PostgresStore.from_conn_string(url))
            saver.setup()
            store.setup()
            import psycopg

            conn = stack.enter_context(psycopg.connect(url, autocommit=True))
            ledger = Ledger(conn, postgres=True)
            ledger.setup()
        except Exception as exc:  # psycopg raises many types; all mean "cannot use it"
            raise StorageError(f"cannot use PostgreSQL at {_redact(url)}: {exc}") from exc
        yield Memory(checkpointer=saver, store=store, location=_redact(url), ledger=ledger)


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


@contextmanager
def open_memory(url: str | None = None) -> Iterator[Memory]:
    """Open the configured memory: ``url`` or ``COACH_DATABASE_URL``, else the SQLite file."""
    url = url or os.environ.get("COACH_DATABASE_URL")
    if url and url.startswith(("postgres://", "postgresql://")):
        with open_postgres(url) as memory:
            yield memory
        return
    if url and url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
    elif url:
        raise StorageError(f"unsupported COACH_DATABASE_URL {_redact(url)!r}: use postgresql://")
    else:
        path = database_path()
    with open_sqlite(path) as memory:
        yield memory

"""Private files whatever the umask, and `coach forget USER` on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.cli_helpers import ANDROID, add_mentor, chat, run

PG_URL = os.environ.get("COACH_TEST_DATABASE_URL")
SECRET = "Zebulonia"  # a word only this user typed


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o000)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_dir_is_0700_and_files_0600_whatever_the_umask(
    coach_home: Path, loose_umask: None
) -> None:
    session, _ = chat("I'm a data analyst with 3 years of SQL.")
    assert _mode(coach_home) == 0o700
    assert _mode(coach_home / "logs") == 0o700
    files = [coach_home / "coach.sqlite", coach_home / "logs" / f"{session}.jsonl"]
    files += [p for p in coach_home.glob("coach.sqlite-*")]
    for path in files:
        assert _mode(path) == 0o600, path


def _flow(user: str) -> str:
    session, _ = chat(f"{ANDROID} My name is {SECRET} Quill.", extra=("--user", user))
    assert run("mentor", "review", session, "--approve").exit_code == 0
    return session


def _forget_and_check(user: str, other: str) -> tuple[str, str]:
    add_mentor(f"mei-{uuid.uuid4().hex[:6]}")
    mine, theirs = _flow(user), _flow(other)
    result = run("forget", user, "--yes")
    assert result.exit_code == 0, result.output
    assert "forgot" in result.output
    sessions = {i["session_id"] for i in json.loads(run("sessions", "--json").stdout)}
    assert mine not in sessions and theirs in sessions
    assert run("plan", mine).exit_code != 0
    assert run("log", mine).exit_code != 0
    assert run("plan", theirs).exit_code == 0
    audit = json.loads(run("mentor", "audit", mine, "--json").stdout)
    assert audit and all(e["user_id"] is None for e in audit)
    assert all(SECRET not in json.dumps(e) for e in audit)
    assert [e["action"] for e in audit] == ["approve"]  # the decision itself is kept
    # a new session of the same name starts from nothing (no "welcome back")
    _, again = chat("hello", extra=("--user", user))
    assert "remember" not in again.output.lower()
    return mine, theirs


def test_forget_erases_a_user_on_sqlite(coach_home: Path) -> None:
    _forget_and_check("ana", "bob")
    data = b"".join(p.read_bytes() for p in coach_home.glob("coach.sqlite*"))
    assert SECRET.encode() in data  # bob typed it too and is kept ...
    run("forget", "bob", "--yes")
    data = b"".join(p.read_bytes() for p in coach_home.glob("coach.sqlite*"))
    assert SECRET.encode() not in data  # ... and once both are forgotten, it is gone


@pytest.mark.skipif(not PG_URL, reason="COACH_TEST_DATABASE_URL not set")
def test_forget_erases_a_user_on_postgres(monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg

    assert PG_URL is not None
    monkeypatch.setenv("COACH_DATABASE_URL", PG_URL)
    stamp = uuid.uuid4().hex[:8]
    mine, theirs = _forget_and_check(f"ana-{stamp}", f"bob-{stamp}")
    with psycopg.connect(PG_URL) as conn:
        left = conn.execute(
            "SELECT count(*) FROM checkpoints WHERE thread_id = %s", (mine,)
        ).fetchone()
        kept = conn.execute(
            "SELECT count(*) FROM checkpoints WHERE thread_id = %s", (theirs,)
        ).fetchone()
        items = conn.execute(
            "SELECT count(*) FROM store WHERE prefix = %s AND key LIKE 'approved_plan:%%'",
            (f"users.ana-{stamp}",),
        ).fetchone()
    assert left == (0,) and kept is not None and kept[0] > 0 and items == (0,)

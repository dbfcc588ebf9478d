"""Odd input gets a clear message, a non-zero exit where it is a command error, no traceback."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.integration.cli_helpers import ANDROID, add_mentor, chat, plan_json, run


def _no_traceback(output: str) -> None:
    assert "Traceback" not in output


def test_empty_lines_are_ignored() -> None:
    session, result = chat("", "   ", "\t", ANDROID)
    _no_traceback(result.output)
    assert plan_json(session)["status"] == "awaiting_mentor"


def test_fifty_kb_paste_is_read_in_part_and_logged_whole() -> None:
    paste = "I have been an Android developer for 5 years. " + "lorem ipsum " * 4500
    assert len(paste) > 50_000
    session, result = chat(paste)
    _no_traceback(result.output)
    assert "first 8000" in result.output
    events = [json.loads(x) for x in run("log", session, "--json").stdout.splitlines()]
    user = next(e for e in events if e["type"] == "user")
    assert user["chars"] > 50_000 and user["truncated"] is True


def test_control_characters_are_stripped() -> None:
    session, result = chat("\x1b[31mI've been\x00 an Android developer\x07 for 5 years\x1b[0m")
    _no_traceback(result.output)
    data = plan_json(session)
    assert data["status"] == "intake"


def test_unknown_session_is_a_clear_error() -> None:
    for args in (
        ("chat", "--session", "nope"),
        ("plan", "nope"),
        ("mentor", "review", "nope", "--mentor", "mei", "--approve"),
    ):
        if args[0] == "mentor":
            add_mentor("mei")
        result = run(*args)
        assert result.exit_code != 0
        assert "unknown session" in result.output
        _no_traceback(result.output)


def test_deciding_a_session_not_waiting_changes_nothing() -> None:
    session, _ = chat("I'm a data analyst.")
    add_mentor("mei")
    before = plan_json(session)
    result = run("mentor", "review", session, "--mentor", "mei", "--approve")
    assert result.exit_code != 0
    assert "not waiting" in result.output
    assert plan_json(session) == before


def test_unknown_mentor_is_refused() -> None:
    session, _ = chat(ANDROID)
    result = run("mentor", "review", session, "--mentor", "mallory", "--approve")
    assert result.exit_code != 0
    assert "unknown mentor" in result.output
    assert plan_json(session)["status"] == "awaiting_mentor"


def test_invalid_edit_file_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    session, _ = chat(ANDROID)
    add_mentor("mei")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = run("mentor", "review", session, "--mentor", "mei", "--edit", str(bad))
    assert result.exit_code != 0 and "not valid JSON" in result.output
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"hours_per_week": "lots"}))
    result = run("mentor", "review", session, "--mentor", "mei", "--edit", str(wrong))
    assert result.exit_code != 0 and "not valid" in result.output
    assert plan_json(session)["status"] == "awaiting_mentor"


def test_corrupted_data_file_is_a_clear_error(coach_home: Path) -> None:
    coach_home.mkdir(parents=True, exist_ok=True)
    (coach_home / "coach.sqlite").write_bytes(b"this is not a database" * 100)
    result = run("sessions")
    assert result.exit_code != 0
    assert "not a valid coach database" in " ".join(result.output.split())  # rich wraps lines
    _no_traceback(result.output)
    assert (coach_home / "coach.sqlite").read_bytes().startswith(b"this is not")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_data_file_is_a_clear_error(coach_home: Path) -> None:
    session, _ = chat(ANDROID)
    db = coach_home / "coach.sqlite"
    for path in coach_home.iterdir():
        path.chmod(0o444)
    coach_home.chmod(0o555)
    try:
        result = run("chat", "--session", session, input="hello\n")
        assert result.exit_code != 0
        assert "read-only" in result.output
        _no_traceback(result.output)
    finally:
        coach_home.chmod(0o755)
        db.chmod(0o644)


@pytest.mark.skipif(os.geteuid() != 0, reason="chattr needs root")
def test_immutable_data_file_is_a_clear_error_for_root(coach_home: Path) -> None:
    """As root, permissions do not stop writes; an immutable file (chattr +i) does."""
    import shutil
    import subprocess

    session, _ = chat("I'm a data analyst with 3 years of SQL.")
    db = coach_home / "coach.sqlite"
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(db)]).returncode:
        pytest.skip("chattr +i is not supported here")
    try:
        result = run("chat", "--session", session, input="I want to become an MLOps engineer\n")
        assert result.exit_code != 0
        assert "read-only" in result.output
        _no_traceback(result.output)
        listed = run("sessions", "--json")  # reading still works
        assert listed.exit_code == 0 and session in listed.stdout
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)
    data = plan_json(session)
    assert data["status"] == "intake"  # nothing half-written


def test_read_only_database_connection_is_explained(coach_home: Path) -> None:
    """Root ignores permissions, so open the file read-only the way SQLite reports it."""
    from coach.memory import _explain_sqlite

    chat(ANDROID)
    db = coach_home / "coach.sqlite"
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        conn.execute("CREATE TABLE t (x)")
    assert "read-only" in str(_explain_sqlite(db, info.value))


def test_bad_option_values_are_usage_errors() -> None:
    assert run("chat", "--lang", "fr").exit_code == 2
    assert run("plan", "x", "--format", "pdf").exit_code == 2

"""The same CLI flow on PostgreSQL (checkpointer + store), as operators run it.

Runs when COACH_TEST_DATABASE_URL points at a scratch database (`.ci/postgres.sh` starts one);
CI sets it, so there this test runs rather than skips.
"""

from __future__ import annotations

import json
import os
import uuid

import pytest

from tests.integration.cli_helpers import ANDROID, add_mentor, chat, plan_json, run

URL = os.environ.get("COACH_TEST_DATABASE_URL")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(not URL, reason="COACH_TEST_DATABASE_URL not set"),
]


@pytest.fixture(autouse=True)
def postgres(monkeypatch: pytest.MonkeyPatch) -> None:
    assert URL is not None
    monkeypatch.setenv("COACH_DATABASE_URL", URL)


def test_flow_on_postgres_shares_sessions_across_processes() -> None:
    user = f"pg-{uuid.uuid4().hex[:6]}"
    session, _ = chat(ANDROID, extra=("--user", user))
    queue = json.loads(run("mentor", "queue", "--json").stdout)
    assert session in [q["session_id"] for q in queue]
    add_mentor("pg-mentor")
    assert run("mentor", "review", session, "--mentor", "pg-mentor", "--approve").exit_code == 0
    data = plan_json(session)
    assert data["status"] == "approved"
    assert data["plan"]["target"] == "ai_application_engineer"
    # a new session of the same user is remembered through the PostgreSQL store
    _, again = chat("hello", extra=("--user", user))
    assert "remember" in again.output


def test_bad_postgres_url_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_DATABASE_URL", "postgresql://nobody@/nodb?host=/nonexistent")
    result = run("sessions")
    assert result.exit_code != 0
    assert "cannot use PostgreSQL" in result.output
    assert "Traceback" not in result.output

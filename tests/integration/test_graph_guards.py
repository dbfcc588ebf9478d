"""Guards that live in the graph and the runner themselves, not only in the CLI in front of them:
a stale decision reaching the mentor pause (a server client, a second screen) is refused by the
node; a turn logged and then cut off by a crash is answered when the session is opened again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner
from coach.sessions import SessionLog
from coach.store import register_mentor

SESSION = "20270104-abc123"
TURN = (
    "I'm a backend developer, 6 years of Java and some Python. I want to become an AI "
    "application engineer, 10 hours a week, within 12 months."
)


@pytest.fixture
def parts(tmp_path: Path) -> tuple[InMemorySaver, InMemoryStore, Context, SessionLog]:
    store = InMemoryStore()
    register_mentor(store, "mei")
    context = Context(user_id="ana", start_date=date(2027, 1, 4), today=date(2027, 1, 4))
    return InMemorySaver(), store, context, SessionLog(SESSION, tmp_path / "logs")


def _runner(parts: tuple[InMemorySaver, InMemoryStore, Context, SessionLog]) -> SessionRunner:
    saver, store, context, log = parts
    return SessionRunner(build_graph(saver, store), SESSION, context, log)


def test_a_decision_on_an_older_plan_version_is_refused_by_the_node(
    parts: tuple[InMemorySaver, InMemoryStore, Context, SessionLog],
) -> None:
    runner = _runner(parts)
    runner.send(TURN)
    runner.send("sorry, I only have 6 hours a week")  # re-planned: v2 waits now
    assert runner.awaiting_mentor()
    assert runner.values()["plan"]["version"] == 2
    result = runner.resume({"action": "approve", "mentor_id": "mei", "plan_version": 1})
    refused = [e for e in result.events if e.get("type") == "mentor_refused"]
    assert refused and "v1" in refused[0]["error"]
    assert runner.awaiting_mentor() and runner.status() == "awaiting_mentor"
    runner.resume({"action": "approve", "mentor_id": "mei", "plan_version": 2})
    assert runner.status() == "approved"
    assert max(runner.values()["plan"]["weekly_hours"]) <= 6


def test_a_turn_cut_off_by_a_crash_is_answered_on_reopening(
    parts: tuple[InMemorySaver, InMemoryStore, Context, SessionLog],
) -> None:
    runner = _runner(parts)
    runner.send("hi, I'd like help with a career change")
    # What send() does first, then kill -9 before the graph gets the turn:
    parts[3].append({"type": "user", "id": "cut-off-turn", "text": TURN})
    reopened = _runner(parts)
    result = reopened.recover()
    assert result is not None and result.replies
    assert reopened.awaiting_mentor()
    ids = [m.id for m in reopened.messages()]
    assert ids.count("cut-off-turn") == 1  # answered once, not lost, not doubled


@pytest.mark.parametrize("rounds", [0, 1, 2])
def test_the_planner_gets_at_most_max_revisions_rounds(
    parts: tuple[InMemorySaver, InMemoryStore, Context, SessionLog],
    monkeypatch: pytest.MonkeyPatch,
    rounds: int,
) -> None:
    """A plan the reviewer never passes goes back to the planner exactly ``max_revisions``
    times, then to the mentor with its findings (never an endless loop, never one round more)."""
    from coach.nodes import reviewer as reviewer_node
    from coach.schemas import Finding, Review

    def never_passes(*args: object, **kwargs: object) -> Review:
        finding = Finding(check="weekly_hours", severity="error", message="week 3 over")
        return Review(verdict="revise", findings=[finding], round=0)

    monkeypatch.setattr(reviewer_node, "review_plan", never_passes)
    saver, store, context, log = parts
    context = Context(
        user_id="ana", start_date=date(2027, 1, 4), today=date(2027, 1, 4), max_revisions=rounds
    )
    runner = SessionRunner(build_graph(saver, store), SESSION, context, log)
    result = runner.send(TURN)
    assert result.path.count("planner") == rounds + 1
    assert runner.awaiting_mentor()


def test_a_decision_for_a_session_not_waiting_is_refused_before_the_graph_runs(
    parts: tuple[InMemorySaver, InMemoryStore, Context, SessionLog],
) -> None:
    from coach.runner import SessionStateError

    runner = _runner(parts)
    runner.send("hi, I'd like help with a career change")  # intake: nothing waits
    before = runner.checkpoint_id()
    with pytest.raises(SessionStateError, match="not waiting"):
        runner.resume({"action": "approve", "mentor_id": "mei"})
    assert runner.checkpoint_id() == before
    assert not [e for e in parts[3].read() if e.get("type") == "mentor_resume"]


def test_a_user_who_is_also_a_mentor_cannot_approve_their_own_plan(
    parts: tuple[InMemorySaver, InMemoryStore, Context, SessionLog],
) -> None:
    saver, store, _, log = parts
    context = Context(user_id="mei", start_date=date(2027, 1, 4), today=date(2027, 1, 4))
    runner = SessionRunner(build_graph(saver, store), SESSION, context, log)  # mei's own session
    runner.send(TURN)
    result = runner.resume({"action": "approve", "mentor_id": "mei"})
    refused = [e for e in result.events if e.get("type") == "mentor_refused"]
    assert refused and "own plan" in refused[0]["error"]
    assert runner.awaiting_mentor()


def test_a_pending_decision_is_applied_only_to_the_pause_it_was_made_for(
    parts: tuple[InMemorySaver, InMemoryStore, Context, SessionLog],
) -> None:
    """A mentor's approval was claimed in the ledger, then the process died before the graph
    got it; meanwhile the person corrected their hours and v2 waits at a new pause. Reopening
    must not apply that approval to v2, which the mentor never saw."""
    import sqlite3

    from coach.ledger import Ledger

    ledger = Ledger(sqlite3.connect(":memory:", isolation_level=None), postgres=False)
    ledger.setup()
    saver, store, context, log = parts
    runner = SessionRunner(build_graph(saver, store), SESSION, context, log, ledger=ledger)
    runner.send(TURN)
    first_pause = runner.checkpoint_id()
    ledger.append(
        session_id=SESSION,
        action="approve",
        outcome="accepted",
        actor="mei",
        plan_version=1,
        checkpoint_id=first_pause,
        detail={"decision": {"action": "approve", "mentor_id": "mei"}},
    )
    runner.send("sorry, I only have 6 hours a week")  # re-planned: v2 waits at a new pause
    assert runner.checkpoint_id() != first_pause and runner.values()["plan"]["version"] == 2
    reopened = SessionRunner(build_graph(saver, store), SESSION, context, log, ledger=ledger)
    reopened.recover()
    assert reopened.status() == "awaiting_mentor"
    assert reopened.values()["plan"]["version"] == 2 and not reopened.values().get("decisions")
    assert ledger.pending(SESSION) == []  # the claim is settled, not retried on every open


def test_an_edit_that_breaks_a_hard_check_needs_the_mentors_explicit_override(
    parts: tuple[InMemorySaver, InMemoryStore, Context, SessionLog],
) -> None:
    runner = _runner(parts)
    runner.send(TURN)
    breaking = {"action": "edit", "mentor_id": "mei", "edits": {"hours_per_week": 1}}
    result = runner.resume(breaking)
    refused = [e for e in result.events if e.get("type") == "mentor_refused"]
    assert refused and "fails hard checks" in refused[0]["error"]
    assert runner.awaiting_mentor() and runner.values()["plan"]["version"] == 1
    result = runner.resume({**breaking, "override": True})
    assert not [e for e in result.events if e.get("type") == "mentor_refused"]
    assert runner.values()["plan"]["hours_per_week"] == 1
    assert runner.status() != "awaiting_mentor"


class _ServerUser:
    """What LangGraph Server puts in ``configurable["langgraph_auth_user"]`` for a caller."""

    is_authenticated = True


@pytest.mark.parametrize(("permissions", "decides"), [(["user"], False), (["mentor"], True)])
def test_on_the_server_only_a_caller_with_the_mentor_permission_decides(
    parts: tuple[InMemorySaver, InMemoryStore, Context, SessionLog],
    permissions: list[str],
    decides: bool,
) -> None:
    runner = _runner(parts)
    runner.send(TURN)
    runner.config["configurable"] |= {
        "langgraph_auth_user": _ServerUser(),
        "langgraph_auth_user_id": "bob",
        "langgraph_auth_permissions": permissions,
    }
    result = runner.resume({"action": "approve"})
    refused = [e["error"] for e in result.events if e.get("type") == "mentor_refused"]
    assert refused == ([] if decides else ["'bob' is not a mentor"])
    assert runner.status() == ("approved" if decides else "awaiting_mentor")

"""Who may decide, judged in the mentor node itself (a server client or a stale screen reaches
the pause past the CLI's own checks): an id nobody registered as a mentor is refused, and so is
a decision that names no mentor; a registered mentor's decision is applied."""

from __future__ import annotations

from datetime import date

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner
from coach.store import register_mentor

TURN = (
    "I'm a QA engineer, 6 years of Selenium and Python. I want to become an agent engineer, "
    "8 hours a week, within a year."
)


def _waiting() -> SessionRunner:
    store = InMemoryStore()
    register_mentor(store, "mei")
    context = Context(user_id="ana", start_date=date(2027, 1, 4), today=date(2027, 1, 4))
    runner = SessionRunner(build_graph(InMemorySaver(), store), "20270104-def456", context)
    runner.send(TURN)
    assert runner.awaiting_mentor()
    return runner


@pytest.mark.parametrize("mentor", ["mallory", ""])
def test_a_decision_from_someone_not_registered_as_a_mentor_is_refused(mentor: str) -> None:
    runner = _waiting()
    result = runner.resume({"action": "approve", "mentor_id": mentor, "plan_version": 1})
    assert [e for e in result.events if e.get("type") == "mentor_refused"]
    assert runner.awaiting_mentor() and runner.status() == "awaiting_mentor"
    runner.resume({"action": "approve", "mentor_id": "mei", "plan_version": 1})
    assert runner.status() == "approved"

"""The answer to the summary's "is this right?" while the first draft waits for the mentor."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.i18n import t
from coach.runner import SessionRunner


def _waiting(first: str) -> SessionRunner:
    runner = SessionRunner(
        build_graph(InMemorySaver(), InMemoryStore()),
        "summary",
        Context(start_date=date(2027, 1, 4), today=date(2026, 12, 2)),
    )
    assert runner.send(first).awaiting_mentor
    return runner


def test_yes_confirms_and_keeps_the_draft_waiting() -> None:
    runner = _waiting("Go dev 7 years, want to become an agent engineer, 8 hours a week, in a year")
    before = runner.values()["plan"]
    result = runner.send("yep, looks right")
    assert result.awaiting_mentor and "profiler" not in result.path
    assert runner.values()["plan"] == before
    assert result.replies[-1] == t("en", "understand.confirmed")


def test_no_asks_what_to_change_and_a_change_replans() -> None:
    runner = _waiting("Java后端6年，想做AI应用工程师，每周10小时，9个月内")
    result = runner.send("不对")
    assert result.awaiting_mentor and result.replies[-1] == t("zh", "understand.what_to_change")
    runner.send("每周只有6小时")
    assert runner.values()["plan"]["hours_per_week"] == 6 and runner.awaiting_mentor()

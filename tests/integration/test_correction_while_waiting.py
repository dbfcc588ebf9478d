"""A correction while the plan waits for the mentor re-plans, re-reviews, and waits again."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner

FIRST = (
    "Go developer, 7 years, Kubernetes and Kafka. I want to become an agent engineer, "
    "8 hours a week, within a year."
)


def _waiting() -> SessionRunner:
    runner = SessionRunner(
        build_graph(InMemorySaver(), InMemoryStore()),
        "waiting",
        Context(start_date=date(2027, 1, 4), today=date(2026, 12, 2)),
    )
    assert runner.send(FIRST).awaiting_mentor
    return runner


def test_new_hours_while_waiting_replan_and_go_back_to_the_mentor() -> None:
    runner = _waiting()
    v1 = runner.values()["plan"]
    result = runner.send("actually make it 5 hours a week")
    assert result.awaiting_mentor
    assert result.path[:2] == ["route_turn", "profiler"]
    assert {"planner", "reviewer"} <= set(result.path)
    plan = runner.values()["plan"]
    assert plan["version"] > v1["version"] and plan["hours_per_week"] == 5
    assert all(h <= 5 + 1e-9 for h in plan["weekly_hours"])


def test_new_horizon_and_target_while_waiting_replan() -> None:
    runner = _waiting()
    runner.send("hmm, change that to 18 months")
    assert runner.values()["plan"]["horizon_weeks"] == 78
    runner.send("on second thought I want to become an MLOps engineer")
    assert runner.values()["plan"]["target"] == "mlops_engineer"
    assert runner.awaiting_mentor()


def test_other_turns_while_waiting_keep_the_plan_and_the_pause() -> None:
    runner = _waiting()
    before = runner.values()["plan"]
    result = runner.send("any news? approve it please")
    assert result.awaiting_mentor and "profiler" not in result.path
    assert runner.values()["plan"] == before

"""Before approval, a turn that corrects the background re-plans: a skill the plan counted from
the person's work taken back, or the current job and its years put right (issue 9, U5-8)."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner


def _waiting(first: str) -> SessionRunner:
    runner = SessionRunner(
        build_graph(InMemorySaver(), InMemoryStore()),
        "waiting",
        Context(start_date=date(2027, 1, 4), today=date(2026, 12, 2)),
    )
    assert runner.send(first).awaiting_mentor
    return runner


def _known(runner: SessionRunner) -> set[str]:
    return {c["skill_id"] for c in runner.values()["profile"]["skills"] if c["level"] > 0}


def test_a_skill_counted_from_the_field_taken_back_replans() -> None:
    runner = _waiting("软件测试，做了6年，主要是手工测试。想转AI应用工程师，每周8小时，一年内。")
    v1 = runner.values()["plan"]["version"]
    result = runner.send("其实我不会Git，也没用过Linux，只会一点Python")
    assert result.awaiting_mentor
    assert result.path[:2] == ["route_turn", "profiler"]
    assert runner.values()["plan"]["version"] > v1
    assert not {"git", "linux"} & _known(runner)


def test_the_current_job_put_right_replans() -> None:
    runner = _waiting(
        "network engineer, 13 years. I want to become a forward deployed engineer, "
        "10 hours a week, within 9 months."
    )
    v1 = runner.values()["plan"]["version"]
    runner.send("btw I'm a presales engineer now, 4 years, the network part was before that")
    profile = runner.values()["profile"]
    assert "presales" in profile["current_role"] and profile["years_experience"] == 4
    assert runner.values()["plan"]["version"] > v1 and runner.awaiting_mentor()


def test_a_question_naming_the_job_keeps_the_plan() -> None:
    runner = _waiting(
        "ICU nurse, 9 years. I want to become an AI-augmented professional, "
        "5 hours a week, within 6 months."
    )
    v1 = runner.values()["plan"]["version"]
    runner.send("as a nurse, do I really need Python?")
    assert runner.values()["plan"]["version"] == v1 and runner.awaiting_mentor()


def test_a_correction_asked_as_a_question_still_corrects() -> None:
    runner = _waiting(
        "warehouse supervisor, 8 years. I want to become an AI-augmented professional, "
        "6 hours a week, within 6 months."
    )
    v1 = runner.values()["plan"]["version"]
    runner.send("actually I'm an operations manager now, 3 years - does that change anything?")
    assert runner.values()["profile"]["years_experience"] == 3
    assert runner.values()["plan"]["version"] > v1

"""Before approval, a skill the person now says they have ("I also know Docker and Kubernetes
well") or wants in the plan ("add RAG to my plan") re-makes the draft the mentor sees; a
question that names a skill ("do I need Docker?") keeps it."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner

FIRST = (
    "I'm a backend developer, 6 years of Java and SQL. I want to become an AI application "
    "engineer, 8 hours a week, within 9 months."
)


def _waiting() -> SessionRunner:
    runner = SessionRunner(
        build_graph(InMemorySaver(), InMemoryStore()),
        "skill-added",
        Context(start_date=date(2027, 1, 4), today=date(2026, 12, 2)),
    )
    runner.send(FIRST)
    if not runner.awaiting_mentor():
        runner.send("yes")
    assert runner.awaiting_mentor()
    return runner


def test_a_skill_said_while_the_draft_waits_replans_with_it_as_a_strength() -> None:
    runner = _waiting()
    v1 = runner.values()["plan"]["version"]
    runner.send("I also know Docker and Kubernetes well")
    if not runner.awaiting_mentor():
        runner.send("yes")
    plan = runner.values()["plan"]
    assert plan["version"] > v1 and runner.awaiting_mentor()
    strengths = {s["skill_id"] for s in plan.get("strengths") or []}
    assert {"docker", "kubernetes"} <= strengths


def test_a_question_naming_a_skill_keeps_the_draft() -> None:
    runner = _waiting()
    v1 = runner.values()["plan"]["version"]
    runner.send("do I need Docker?")
    assert runner.values()["plan"]["version"] == v1 and runner.awaiting_mentor()


def test_a_skill_asked_for_is_wanted_not_had() -> None:
    runner = _waiting()
    v1 = runner.values()["plan"]["version"]
    runner.send("please add fine-tuning to my plan")
    if not runner.awaiting_mentor():
        runner.send("yes")
    profile = runner.values()["profile"]
    assert runner.values()["plan"]["version"] > v1
    assert not any(c["skill_id"] == "fine_tuning" and c["level"] > 0 for c in profile["skills"])
    assert any(w.get("skill_id") == "fine_tuning" for w in profile.get("wants") or [])


def test_a_wish_for_a_skill_the_draft_already_teaches_keeps_it() -> None:
    runner = _waiting()
    planned = {
        i["skill_id"] for p in runner.values()["plan"]["phases"] for i in p.get("items") or []
    }
    assert "python" in planned
    v1 = runner.values()["plan"]["version"]
    runner.send("great, I'm excited to learn Python")
    assert runner.values()["plan"]["version"] == v1 and runner.awaiting_mentor()

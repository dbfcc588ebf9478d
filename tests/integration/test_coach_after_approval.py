"""After approval: the coach answers questions, check-ins and 'this week' on the offline engine."""

from __future__ import annotations

import re
from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner
from coach.store import register_mentor
from tests.integration.cli_helpers import ANDROID


def _approved(today: date) -> SessionRunner:
    store = InMemoryStore()
    register_mentor(store, "mei")
    runner = SessionRunner(
        build_graph(InMemorySaver(), store),
        "after",
        Context(start_date=date(2027, 1, 4), today=today),
    )
    runner.send(ANDROID)
    runner.resume({"action": "approve", "mentor_id": "mei"})
    return runner


def test_this_week_answer_follows_the_context_clock() -> None:
    reply = _approved(date(2027, 1, 20)).send("What should I do this week?").replies[-1]
    assert "week 3" in reply


def test_check_in_names_the_next_weeks_items() -> None:
    runner = _approved(date(2027, 1, 20))
    reply = runner.send("I finished week 2").replies[-1]
    assert "week 2" in reply and "Next up" in reply


def test_fewer_hours_after_approval_replans_and_goes_back_to_the_mentor() -> None:
    runner = _approved(date(2027, 1, 20))
    result = runner.send("I only have 4 hours a week now")
    assert result.awaiting_mentor
    values = runner.values()
    plan, approved = values["plan"], values["approved_plan"]
    # today is in week 3: weeks 1-2 are kept as they were, the rest fits 4 h a week
    assert plan["weekly_hours"][:2] == approved["weekly_hours"][:2]
    assert all(h <= 4 for h in plan["weekly_hours"][2:])
    assert plan["version"] == approved["version"] + 1


def test_questions_are_answered_against_the_plan_with_sources() -> None:
    runner = _approved(date(2027, 1, 20))
    reply = runner.send("What is RAG and which resource should I read?").replies[-1]
    assert "Retrieval-augmented generation" in reply
    assert re.search(r"weeks \d+-\d+ \(\d+(?:\.\d+)? h\)", reply)
    assert "Sources: “" in reply and ".txt" not in reply  # sources by title, not file id


def test_chinese_question_gets_a_chinese_answer() -> None:
    store = InMemoryStore()
    register_mentor(store, "mei")
    runner = SessionRunner(
        build_graph(InMemorySaver(), store), "zh", Context(start_date=date(2027, 1, 4))
    )
    runner.send("我做了4年前端，React和TypeScript，想转大模型应用开发，每周8小时，一年内。")
    runner.resume({"action": "approve", "mentor_id": "mei"})
    reply = runner.send("向量数据库要学多久？").replies[-1]
    assert "向量数据库" in reply and "周" in reply

"""A reply that refuses or questions the numbered roles is never a pick; a pick the person says
they did not make is undone (findings round 4, p12)."""

from __future__ import annotations

from datetime import date

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.engine.choice import parse_choice, undoes_pick
from coach.graph import build_graph
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.runner import SessionRunner

KB = load_kb()
LEX = get_lexicon(KB)
IDS = ["ai_application_engineer", "agent_engineer", "ai_infra_engineer"]
RECRUITER = ["I'm a recruiter, 9 years", "not sure, you tell me", "10 hours a week", "6 months"]


@pytest.mark.parametrize(
    "text",
    [
        "这三个都要写代码吧？我不想写代码，想做跟教学有关的",
        "这两个都需要编程吗",
        "三个都不想要",
        "none of these, I don't want to code",
        "are all of these coding jobs?",
        "do all three need programming?",
        "我没选第三个",
        "I didn't pick the third one",
        "I don't want to code",
    ],
)
def test_refusing_or_questioning_the_options_is_no_pick(text: str) -> None:
    assert parse_choice(text, IDS, KB, LEX) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("all three look hard, I'll take the second", "agent_engineer"),
        ("第二个吧，这三个里它最好", "agent_engineer"),
        ("not the third one, the second", "agent_engineer"),
        ("3", "ai_infra_engineer"),
    ],
)
def test_a_plain_pick_beside_such_words_still_picks(text: str, expected: str) -> None:
    pick = parse_choice(text, IDS, KB, LEX)
    assert pick is not None and pick.role_id == expected


@pytest.mark.parametrize(
    ("text", "chosen", "undone"),
    [
        ("我没选第三个", 3, True),
        ("I didn't pick that", 3, True),
        ("wait, I never chose that one", 1, True),
        ("I didn't pick the first one", 3, False),
        ("the third one is fine", 3, False),
        ("I didn't say 20 hours", 3, False),
    ],
)
def test_taking_a_pick_back(text: str, chosen: int, undone: bool) -> None:
    assert undoes_pick(text, chosen, 3) is undone


def _runner() -> SessionRunner:
    graph = build_graph(InMemorySaver(), InMemoryStore())
    return SessionRunner(graph, "s", Context(start_date=date(2027, 1, 4), today=date(2027, 1, 1)))


def _options(r: SessionRunner) -> list[str]:
    raw = r.values().get("choice") or {}
    return [o["role_id"] for o in raw.get("alternatives") or []]


def test_no_code_refusal_keeps_the_no_code_option_first_and_plans_nothing() -> None:
    r = _runner()
    for turn in RECRUITER:
        r.send(turn)
    first = _options(r)
    r.send("none of these, I don't want to code")
    values = r.values()
    assert values.get("choice", {}).get("status") == "pending"
    assert not values.get("plan")
    again = _options(r)
    kept = [o for o in values["choice"]["alternatives"] if not o["needs_coding"]]
    assert kept and again[0] == kept[0]["role_id"] and kept[0]["role_id"] in first


def test_a_pick_taken_back_leaves_the_mentor_queue_and_asks_again() -> None:
    r = _runner()
    for turn in RECRUITER:
        r.send(turn)
    shown = _options(r)
    r.send("the third one")
    assert r.status() == "awaiting_mentor"
    reply = r.send("I didn't pick that").replies[-1]
    assert r.status() == "intake"
    assert r.values()["choice"]["status"] == "pending"
    assert _options(r) == shown  # the same options, the same numbers
    assert "1 " in reply and "3 " in reply
    r.send("1")
    assert r.values()["profile"]["target_role"] == shown[0]


TEACHER = ["I teach chemistry, 11 years, I don't want to code", "agent engineer", "8 hours a week"]


def test_a_summary_with_a_coding_conflict_waits_and_yes_plans() -> None:
    r = _runner()
    for turn in TEACHER:
        r.send(turn)
    reply = r.send("one year").replies[-1]
    assert "needs coding" in reply and not r.values().get("plan")
    assert r.status() == "intake"
    replies = r.send("yes").replies
    assert r.status() == "awaiting_mentor" and r.values().get("plan")
    assert not any("Before I plan" in x for x in replies)  # not printed twice


def test_turning_the_conflicting_role_down_offers_no_code_roles() -> None:
    r = _runner()
    for turn in [*TEACHER, "one year"]:
        r.send(turn)
    r.send("no, something without coding then")
    values = r.values()
    assert not values.get("plan")
    options = values["choice"]["alternatives"]
    assert values["choice"]["status"] == "pending" and not options[0]["needs_coding"]


@pytest.mark.parametrize("phrase", ["data science", "GenAI data science"])
def test_words_pulling_to_different_roles_are_a_close_call_not_a_sure_role(phrase: str) -> None:
    from coach.engine.understand.resolve import resolve_phrase

    target = resolve_phrase(phrase, [], KB)
    assert target.role_id is None and len(target.candidates) >= 2

"""A question asked twice without an answer is not asked a third time (COACHING A1): the coach
goes on with what it was given and says so."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner

WHAT_DO_YOU_DO = "What do you do now"


def runner() -> SessionRunner:
    graph = build_graph(InMemorySaver(), InMemoryStore())
    return SessionRunner(graph, "t", Context(start_date=date(2027, 1, 4), today=date(2027, 1, 1)))


def test_the_job_asked_twice_in_vain_is_not_asked_a_third_time() -> None:
    r = runner()
    replies: list[str] = []
    for turn in [
        "wanna get into AI automation stuff but not coding, i'm not techy",
        "5-7 hrs",
        "by end of next year",
    ]:
        replies += r.send(turn).replies
    assert sum(WHAT_DO_YOU_DO in reply for reply in replies) == 2
    assert any("without your current job" in reply for reply in replies)
    assert r.values()["profile"]["current_role"] == "not said"


def test_yes_is_never_a_job() -> None:
    r = runner()
    for turn in ["i handle insurance claims, 11 yrs now", "yes"]:
        r.send(turn)
    assert r.values()["profile"]["current_role"] == "insurance claims handler"


def test_another_option_taken_while_the_draft_waits_re_plans_for_it() -> None:
    r = runner()
    for turn in [
        "wind turbine tech, 8 yrs, I read SCADA alarms and vibration data every day",
        "not sure",
        "10 hours a week",
        "2 years",
        "1",
        "yes",
    ]:
        r.send(turn)
    options = [o["role_id"] for o in r.values()["choice"]["alternatives"]]
    first = r.values()["plan"]["target"]
    assert first == options[0]
    r.send("option 3 please")
    assert r.values()["plan"]["target"] == options[2] != first
    assert r.values()["choice"]["chosen"] == options[2]


def test_no_rush_takes_a_modest_horizon_and_the_target_is_not_asked_a_third_time() -> None:
    r = runner()
    replies: list[str] = []
    for turn in [
        "i'm a HR generalist, 6 yrs. maybe learn to build some AI tools for HR? not a coder tho",
        "2-3 hrs per week",
        "no rush",
    ]:
        replies += r.send(turn).replies
    assert r.values()["profile"]["horizon_weeks"] == 52
    assert sum("Which role do you want to move into" in reply for reply in replies) <= 2

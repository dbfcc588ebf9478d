"""Unsure people choose: the graph shows three roles, waits, and plans only the role picked."""

from __future__ import annotations

import json
from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.render import plan_json
from coach.runner import SessionRunner
from coach.schemas import Plan

ACCOUNTANT = [
    "I'm an accountant, 8 years at a mid-size firm, I use Excel and SQL every day",
    "not sure, something with AI",
    "about 6 hours a week",
    "within a year",
]
TEACHER_ZH = ["我是高中化学老师，教了11年书，不想写代码", "不确定", "每周8小时", "一年半"]


def runner(name: str = "s") -> SessionRunner:
    graph = build_graph(InMemorySaver(), InMemoryStore())
    return SessionRunner(graph, name, Context(start_date=date(2027, 1, 4), today=date(2027, 1, 1)))


def until_choice(turns: list[str]) -> tuple[SessionRunner, str]:
    r = runner()
    reply = ""
    for turn in turns:
        reply = r.send(turn).replies[-1]
    return r, reply


def test_no_plan_before_a_choice_and_the_turn_ends_at_the_options() -> None:
    r, reply = until_choice(ACCOUNTANT)
    values = r.values()
    assert not values.get("plan") and not values.get("research")
    assert values["choice"]["status"] == "pending"
    assert [f"\n{n}. " in reply for n in (1, 2, 3)] == [True, True, True]
    assert "%" in reply and "source: " in reply and '"I use Excel and SQL every day"' in reply
    assert not r.awaiting_mentor()
    # An unclear answer asks again briefly and still plans nothing.
    again = r.send("hmm, hard to say").replies
    assert len(again) == 1 and len(again[0]) < 300 and not r.values().get("plan")
    assert r.values()["choice"]["asked"] == 2


def test_the_pick_is_planned_and_the_plan_keeps_the_alternatives() -> None:
    r, _ = until_choice(ACCOUNTANT)
    options = [o["role_id"] for o in r.values()["choice"]["alternatives"]]
    result = r.send("the second one")
    assert result.awaiting_mentor
    plan = Plan.model_validate(r.values()["plan"])
    assert plan.target == options[1]
    assert plan.choice is not None and plan.choice.chosen == options[1]
    assert plan.choice.how == "ordinal" and plan.choice.answer == "the second one"
    assert [o.role_id for o in plan.choice.alternatives] == options
    assert "option 2 of the 3" in plan.choice.reason
    # the summary of what was understood comes before the plan-ready message
    assert result.replies[0].startswith("Before I plan") and "accountant" in result.replies[0]
    assert "ready" in result.replies[-1]
    doc = json.loads(plan_json(plan, None, "awaiting_mentor"))
    alternatives = doc["plan"]["choice"]["alternatives"]
    assert len(alternatives) == 3 and all(
        "fit" in a and a["strengths"] is not None for a in alternatives
    )


def test_chinese_teacher_who_wont_code_picks_by_asking_the_coach() -> None:
    r, reply = until_choice(TEACHER_ZH)
    first = r.values()["choice"]["alternatives"][0]
    assert not first["needs_coding"]
    assert "1. " in reply and "不需要写代码" in reply
    result = r.send("你帮我选")
    plan = r.values()["plan"]
    assert plan["target"] == first["role_id"] and plan["choice"]["how"] == "coach_pick"
    assert result.replies[0].startswith("制定计划前")


def test_a_correction_while_choosing_re_ranks_without_losing_anything() -> None:
    r, _ = until_choice(ACCOUNTANT)
    reply = r.send("actually I have 10 hours a week").replies[-1]
    assert r.values()["profile"]["hours_per_week"] == 10
    assert r.values()["choice"]["status"] == "pending" and "1. " in reply
    assert not r.values().get("plan")
    r.send("1")
    plan = r.values()["plan"]
    assert plan["hours_per_week"] == 10 and plan["choice"]["how"] == "number"


def test_a_pick_with_a_correction_keeps_both() -> None:
    r, _ = until_choice(ACCOUNTANT)
    r.send("the first one, and make it 4 hours a week")
    plan = r.values()["plan"]
    assert plan["hours_per_week"] == 4
    assert plan["target"] == plan["choice"]["alternatives"][0]["role_id"]


def test_unsure_between_candidate_roles_chooses_among_them_only() -> None:
    r = runner("close")
    r.send("Backend developer, 6 years of Python and Docker")
    r.send("not sure")
    profile = dict(r.values()["profile"])
    assert profile["target_unsure"]
    # "torn between MLOps and inference": unsure, between the candidates understanding found
    profile |= {"target_candidates": ["mlops_engineer", "ai_infra_engineer"], "target_unsure": True}
    r.graph.update_state(r.config, {"profile": profile})
    r.send("8 hours a week")
    reply = r.send("12 months").replies[-1]
    choice = r.values()["choice"]
    assert sorted(o["role_id"] for o in choice["alternatives"]) == [
        "ai_infra_engineer",
        "mlops_engineer",
    ]
    assert "more than one role" in reply and "3. " not in reply
    assert not r.values().get("plan")
    r.send("推理那个")
    plan = r.values()["plan"]
    assert plan["target"] == "ai_infra_engineer" and plan["choice"]["how"] == "name"
    assert r.values()["profile"]["target_candidates"] == []


def test_none_of_these_shows_the_next_roles_and_keeps_what_was_turned_down() -> None:
    r, _ = until_choice(ACCOUNTANT)
    first = [o["role_id"] for o in r.values()["choice"]["alternatives"]]
    reply = r.send("none of these, sorry").replies[-1]
    choice = r.values()["choice"]
    second = [o["role_id"] for o in choice["alternatives"]]
    assert not set(first) & set(second) and choice["rejected"] == first
    assert reply.startswith("All right, here are the next roles") and not r.values().get("plan")
    r.send("the first one")
    plan = r.values()["plan"]
    assert plan["target"] == second[0] and plan["choice"]["rejected"] == first


def test_a_question_about_the_options_is_answered_and_nothing_is_planned() -> None:
    r, _ = until_choice(ACCOUNTANT)
    reply = r.send("what's the difference between 1 and 2?").replies[-1]
    assert reply.startswith("Here is how they compare:")
    assert "1. " in reply and "2. " in reply and "3. " not in reply and " h to close" in reply
    assert not r.values().get("plan") and r.values()["choice"]["status"] == "pending"
    r.send("ok, 2 then")
    assert r.values()["plan"]["target"] == r.values()["choice"]["alternatives"][1]["role_id"]


def test_each_option_is_researched_in_its_own_send_branch_then_the_turn_ends() -> None:
    r = runner("path")
    for turn in ACCOUNTANT[:-1]:
        r.send(turn)
    result = r.send(ACCOUNTANT[-1])
    assert result.path.count("research_candidate") == 3
    assert result.path[-1] == "choose_role" and "planner" not in result.path
    picked = r.send("2")
    assert picked.path[:3] == ["route_turn", "choose_role", "researcher"]
    assert "planner" in picked.path and "research_candidate" not in picked.path


def test_answers_that_never_choose_end_in_the_best_fit_said_so_not_a_loop() -> None:
    r, _ = until_choice(ACCOUNTANT)
    options = [o["role_id"] for o in r.values()["choice"]["alternatives"]]
    r.send("hmm, hard to say")  # asked again once: still no plan
    assert not r.values().get("plan")
    r.send("hmm, hard to say")  # a second unreadable answer: the first option, said so
    plan = Plan.model_validate(r.values()["plan"])
    assert plan.target == options[0]
    assert plan.choice is not None and plan.choice.how == "default_pick"

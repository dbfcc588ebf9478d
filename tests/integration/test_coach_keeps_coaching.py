"""After approval the coach answers each kind of turn, keeps progress, re-plans from the current
week back to the mentor, and keeps answering while the re-plan waits (issue 11)."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.llm.scripted import ScriptedChatModel
from coach.nodes.common import MENTORS_NAMESPACE
from coach.runner import SessionRunner
from tests.integration.cli_helpers import ANDROID

ZH = "我做了4年前端，React和TypeScript，想转大模型应用开发，每周8小时，一年内。"


def _approved(
    first: str = ANDROID, today: date = date(2027, 1, 20), **ctx: object
) -> SessionRunner:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    context = Context(start_date=date(2027, 1, 4), today=today, **ctx)  # type: ignore[arg-type]
    runner = SessionRunner(build_graph(InMemorySaver(), store), "keeps", context)
    runner.send(first)
    runner.resume({"action": "approve", "mentor_id": "mei"})
    return runner


def test_should_i_learn_go_says_whether_it_matters_and_what_it_costs() -> None:
    reply = _approved().send("Should I learn Go?").replies[-1]
    assert "Go" in reply and " h" in reply and "weeks" in reply
    assert "Sources: “" in reply and ".txt" not in reply  # sources by title, not file id


def test_is_openai_realistic_gets_an_answer_about_it() -> None:
    reply = _approved().send("Is OpenAI realistic for me?").replies[-1]
    assert "OpenAI" in reply
    assert "plan" in reply and "promise" in reply


def test_burn_out_proposes_a_lighter_plan_and_yes_sends_it_to_the_mentor() -> None:
    runner = _approved()
    reply = runner.send("It was way too much, I burned out").replies[-1]
    assert "lighter" in reply and "h a week" in reply
    result = runner.send("yes")
    assert result.awaiting_mentor
    values = runner.values()
    assert values["plan"]["hours_per_week"] < values["approved_plan"]["hours_per_week"]


def test_chinese_hours_change_replans_and_goes_back_to_the_mentor() -> None:
    runner = _approved(ZH)
    result = runner.send("我想改成每周20小时")
    assert result.awaiting_mentor
    assert runner.values()["plan"]["hours_per_week"] == 20
    assert "导师" in result.replies[0]


def test_next_month_fewer_hours_keeps_the_finished_weeks() -> None:
    runner = _approved(ZH)
    runner.send("第2周完成了")
    approved = runner.values()["plan"]
    assert approved["progress"]["weeks_done"] == [1, 2]
    result = runner.send("下个月开始每周只有5小时")
    assert result.awaiting_mentor
    values = runner.values()
    plan = values["plan"]
    assert plan["weekly_hours"][:2] == approved["weekly_hours"][:2]
    kept = [i for ph in approved["phases"] for i in ph["items"] if i["week_end"] <= 2]
    items = [i for ph in plan["phases"] for i in ph["items"]]
    assert all(i in items for i in kept)
    assert all(h <= 5 for h in plan["weekly_hours"][4:])  # February on
    assert values["approved_plan"]["version"] == approved["version"]


def test_questions_are_answered_while_the_replan_waits_and_the_pause_is_kept() -> None:
    runner = _approved()
    runner.send("I only have 4 hours a week now")
    reply = runner.send("What should I do this week?")
    assert reply.awaiting_mentor
    assert "week 3" in reply.replies[-1]
    approved = runner.values()["approved_plan"]
    assert str(approved["weekly_hours"][2]) in reply.replies[-1] or "h planned" in reply.replies[-1]
    asked = runner.send("please approve it")
    assert asked.awaiting_mentor and "mentor" in asked.replies[-1]
    payload = runner.snapshot().tasks[0].interrupts[0].value
    args = payload["action_requests"][0]["args"]
    assert args["diff_from_approved"] and "not_applied" in args


def test_mentor_sees_parts_of_a_request_not_applied() -> None:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    runner = SessionRunner(
        build_graph(InMemorySaver(), store), "na", Context(start_date=date(2027, 1, 4))
    )
    runner.send(ANDROID)
    runner.resume({"action": "reject", "mentor_id": "mei", "message": "Add RAG. Be nicer to her."})
    payload = runner.snapshot().tasks[0].interrupts[0].value
    assert payload["action_requests"][0]["args"]["not_applied"] == ["Be nicer to her"]


def test_llm_words_the_grounded_answer() -> None:
    model = ScriptedChatModel(
        [
            {"current_role": "Android developer", "skills": [], "evidence": []},
            "A research note.",
            {"rationale": "Fine.", "message": "Here is your plan.", "projects": []},
            {"critique": "OK.", "concerns": []},
            "Go is not needed for your target; it would cost about 120 h.",
        ]
    )
    runner = _approved(model="scripted", chat_model=model)
    reply = runner.send("Should I learn Go?").replies[-1]
    assert reply == "Go is not needed for your target; it would cost about 120 h."
    last = " ".join(str(m.content) for m in model.requests[-1])
    assert "grounded_answer" in last and "Go" in last


def test_a_replan_starts_from_the_approved_numbers_not_the_old_request_again() -> None:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    context = Context(start_date=date(2027, 1, 4), today=date(2027, 1, 20))
    runner = SessionRunner(build_graph(InMemorySaver(), store), "settled", context)
    runner.send(ANDROID)
    runner.resume({"action": "reject", "mentor_id": "mei", "message": "Extend by three months."})
    runner.resume({"action": "approve", "mentor_id": "mei"})
    approved = runner.values()["plan"]
    runner.send("I burned out, it was too much")
    proposal = runner.values()["proposal"]
    runner.send("yes")
    plan = runner.values()["plan"]
    assert plan["horizon_weeks"] == proposal["horizon_weeks"] > approved["horizon_weeks"]
    assert plan["hours_per_week"] == proposal["hours_per_week"]
    review = runner.values()["review"]
    assert not [
        f for f in review["findings"] if f["check"] == "constraints" and f["severity"] == "error"
    ]


def test_a_check_in_with_a_change_records_progress_and_replans_keeping_it() -> None:
    runner = _approved(ZH)
    result = runner.send("第2周完成了，但是下个月开始每周只有5小时")
    assert result.awaiting_mentor
    assert "已记录" in result.replies[0] and "导师" in result.replies[1]
    values = runner.values()
    assert values["progress"]["weeks_done"] == [1, 2]
    assert values["plan"]["progress"]["kept_weeks"] == 2


def test_a_new_target_after_approval_replans_from_now_for_it() -> None:
    runner = _approved()
    runner.send("finished week 2")
    approved = runner.values()["plan"]
    result = runner.send("Actually I want to become an MLOps engineer instead")
    assert result.awaiting_mentor
    plan = runner.values()["plan"]
    assert plan["target"] != approved["target"]
    assert plan["weekly_hours"][:2] == approved["weekly_hours"][:2]
    assert plan["progress"]["replan_of"] == approved["version"]


def test_a_skill_the_mentor_left_out_is_answered_with_the_mentors_words() -> None:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    runner = SessionRunner(
        build_graph(InMemorySaver(), store), "why", Context(start_date=date(2027, 1, 4))
    )
    runner.send(ANDROID)
    runner.resume({"action": "reject", "mentor_id": "mei", "message": "Skip Docker for now."})
    runner.resume({"action": "approve", "mentor_id": "mei"})
    reply = runner.send("Do I need Docker?").replies[-1]
    assert "Your mentor left" in reply and "Skip Docker for now" in reply

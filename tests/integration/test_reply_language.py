"""After approval the reply follows the language of the message just typed, not the plan's
(COACHING.md D, DESIGN principle 4): a Chinese plan asked in English is answered in English,
its item titles included, and the other way round; a short answer keeps the conversation's."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.engine.answers_lang import in_language
from coach.graph import build_graph
from coach.knowledge import load_kb
from coach.nodes.common import MENTORS_NAMESPACE
from coach.runner import SessionRunner
from coach.schemas import Plan
from coach.text import has_cjk

ZH = "我做了4年前端，React和TypeScript，想转大模型应用开发，每周8小时，一年内。"
EN = "I'm a backend Java developer, 6 years. I want to become an AI agent engineer within a year, 8 hours a week."


def _approved(first: str) -> SessionRunner:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    context = Context(start_date=date(2027, 1, 4), today=date(2027, 1, 6))
    runner = SessionRunner(build_graph(InMemorySaver(), store), "lang", context)
    runner.send(first)
    runner.resume({"action": "approve", "mentor_id": "mei"})
    return runner


def test_a_chinese_plan_asked_in_english_answers_in_english() -> None:
    runner = _approved(ZH)
    reply = runner.send("what should I do this week?").replies[-1]
    assert not has_cjk(reply), reply
    assert "week 1" in reply.lower(), reply


def test_an_english_plan_asked_in_chinese_answers_in_chinese() -> None:
    runner = _approved(EN)
    reply = runner.send("这周我该做什么？").replies[-1]
    assert "本周" in reply and "learn to" not in reply, reply
    checkin = runner.send("第1周完成了").replies[-1]
    assert "第 1 周" in checkin or "第1周" in checkin, checkin
    assert "learn to" not in checkin, checkin


def test_a_short_answer_keeps_the_plans_language() -> None:
    runner = _approved(ZH)
    reply = runner.send("ok").replies[-1]
    assert has_cjk(reply), reply


def test_every_item_title_of_a_plan_comes_back_in_the_other_language() -> None:
    runner = _approved(ZH)
    plan = Plan.model_validate(runner.values()["plan"])
    shown = in_language(plan, "en", load_kb())
    assert shown.language == "en" and not has_cjk(shown.target_name)
    for item in shown.items():
        assert not has_cjk(item.title), item.title
    for phase in shown.phases:
        assert not has_cjk(phase.name), phase.name
    back = in_language(shown, "zh", load_kb())
    assert [i.title for i in back.items()] == [i.title for i in plan.items()]


def test_a_short_yes_to_an_english_offer_and_the_diff_follow_the_conversation() -> None:
    runner = _approved(ZH)
    checkin = runner.send("finished week 1 and 2").replies[-1]
    assert checkin.startswith("Noted: week 2 done"), checkin
    offer = runner.send("I'm so burned out, it's too much").replies[-1]
    assert offer.startswith("That sounds hard"), offer
    yes = runner.send("yes")
    assert yes.awaiting_mentor and yes.replies[0].startswith("Your situation changed"), yes.replies
    diff = runner.send("what changed in the new plan?").replies[-1]
    assert diff.startswith("Plan v2") and not has_cjk(diff), diff

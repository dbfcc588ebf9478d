"""After approval, questions about the person's field and its market get a grounded answer
(COACHING.md D1), not "not in your plan": AI replacing their work (which part goes first,
which stays, the part the plan trains), pay in a place the question names (that market's
figure, or plainly none with what the sources do give), and "do I need X?" answered yes/no
first with what the plan gives it; a skill the plan leaves out costs what it costs this
person."""

from __future__ import annotations

from datetime import date

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.engine.answers_market import market_in, replaced_question
from coach.graph import build_graph
from coach.nodes.common import MENTORS_NAMESPACE
from coach.runner import SessionRunner

JAVA = (
    "I'm a backend Java developer, 6 years. I want to become an AI agent engineer within a "
    "year, about 8 hours a week."
)
CLERK = "我是做数据录入的，干了5年，想用AI提升工作效率，成为AI增强型职场人，每周能学6小时，一年内"


def _approved(first: str) -> SessionRunner:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    context = Context(start_date=date(2027, 1, 4), today=date(2027, 1, 6))
    runner = SessionRunner(build_graph(InMemorySaver(), store), "field", context)
    runner.send(first)
    runner.resume({"action": "approve", "mentor_id": "mei"})
    return runner


@pytest.mark.parametrize(
    "text",
    [
        "Will AI replace data entry?",
        "is AI going to take over my job?",
        "I'm scared AI will make programmers obsolete",
        "数据录入会不会被AI取代啊",
        "AI会取代会计吗？",
        "我这行以后会被淘汰吗",
    ],
)
def test_a_fear_of_being_replaced_is_read(text: str) -> None:
    assert replaced_question(text)


@pytest.mark.parametrize(
    "text", ["should I replace LangChain with LangGraph?", "can I use AI to draft replies?"]
)
def test_a_tool_swap_is_not_a_fear_of_being_replaced(text: str) -> None:
    assert not replaced_question(text)


def test_will_ai_replace_my_field_gets_what_goes_and_what_stays() -> None:
    runner = _approved(CLERK)
    reply = runner.send("数据录入会不会被AI取代啊").replies[-1]
    assert reply.startswith("会取代一部分，但不是整份工作：数据录入"), reply
    assert "你的计划练的正是留下来的那部分" in reply and "5 年数据录入" in reply, reply
    assert "来源" in reply and "不在你的计划里" not in reply, reply
    english = runner.send("Will AI replace data entry?").replies[-1]
    assert english.startswith("Partly, not wholesale. For data entry"), english


def test_pay_in_a_city_is_that_countrys_or_plainly_none() -> None:
    assert market_in("what's the pay in Munich?") == ("DE", "Munich")
    assert market_in("上海这种工作一般多少钱？") == ("CN", "上海")
    reply = _approved(JAVA).send("what's the pay in Munich?").replies[-1]
    assert "Munich is in Germany" in reply, reply
    assert "no pay figure for Germany" in reply, reply
    assert "not a figure for Germany" in reply and "USD" in reply, reply
    assert "I don't know where you work" not in reply, reply


def test_do_i_need_a_core_skill_is_answered_yes_first() -> None:
    reply = _approved(JAVA).send("我需要学Python吗？").replies[-1]
    assert reply.startswith("需要："), reply
    assert reply.count("核心技能") == 1, reply


def test_a_skill_left_out_costs_what_it_costs_this_person() -> None:
    reply = _approved(JAVA).send("Should I learn Go?").replies[-1]
    assert "would take you about" in reply and "less than the usual 120 h" in reply, reply
    assert "would come out of" in reply, reply


def test_pay_in_a_place_no_reader_knows_is_said_plainly() -> None:
    from coach.engine.answers_market import place_words

    assert place_words("what can I expect to earn in Kraków with this?") == "Kraków"
    assert place_words("what's the pay for Python jobs?") is None
    reply = _approved(JAVA).send("what is the salary in Lagos?").replies[-1]
    assert "no pay figures for Lagos" in reply, reply


def test_any_job_is_no_other_role_and_no_internship_is_answered() -> None:
    runner = _approved(JAVA)
    reply = runner.send("我没有实习经验，能找到工作吗？").replies[-1]
    assert "不是工作" not in reply and "这个岗位，说不清" not in reply, reply
    assert "关于经验：" in reply, reply
    assert "FDE roles" not in reply and "Agent engineering is" not in reply, reply


def test_a_language_asked_about_as_the_workplaces_is_not_needed_for_the_ai_part() -> None:
    runner = _approved(JAVA)
    reply = runner.send("do I need C#? our whole stack is .NET").replies[-1]
    assert reply.startswith("You don't need to learn C# for this plan"), reply
    assert "web API" in reply, reply

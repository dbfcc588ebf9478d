"""After approval, through the graph: a tool for the person's own hardware is answered with what
the plan teaches for devices and what the sources do not say; "behind by two weeks" is a
check-in (not a 2-week horizon)."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner
from coach.store import register_mentor


def _approved(first: str) -> SessionRunner:
    store = InMemoryStore()
    register_mentor(store, "mei")
    runner = SessionRunner(
        build_graph(InMemorySaver(), store),
        "fit",
        Context(start_date=date(2027, 1, 4), today=date(2027, 1, 20)),
    )
    runner.send(first)
    runner.resume({"action": "approve", "mentor_id": "mei"})
    return runner


def test_a_datacentre_tool_on_their_board_gets_the_plans_device_skill_and_an_honest_gap() -> None:
    runner = _approved(
        "Firmware engineer, 10 years of C on ARM cameras. I want to move into on-device AI "
        "inference. 10 hours a week, 9 months."
    )
    reply = runner.send("is TensorRT worth it for our STM32 and RK3566 boards?").replies[-1]
    assert "do not say which tools run on STM32, RK3566" in reply
    assert "On-device inference" in reply
    assert "is not among the skills" not in reply  # the role is not said to not ask for it


def test_behind_by_two_weeks_is_a_check_in_not_a_new_horizon() -> None:
    runner = _approved(
        "HR business partner, 9 years. I want to use AI in my HR work, no coding. 5 hours a "
        "week for 6 months."
    )
    result = runner.send("I'm behind by two weeks")
    assert not result.awaiting_mentor  # no re-plan to a 2-week plan
    assert "2 weeks behind" in result.replies[-1]
    assert runner.values()["progress"]["behind_weeks"] == 2


def test_a_question_naming_work_does_not_retarget_the_plan() -> None:
    runner = _approved(
        "我是中学物理老师，教了10年，会一点Python。想转AI应用工程师，每周8小时，一年。"
    )
    result = runner.send("学校让我们用AI出练习题，这个计划对这个有帮助吗？")
    assert not result.awaiting_mentor  # answered, not re-planned for another role
    assert runner.values()["plan"]["target"] == "ai_application_engineer"


def test_the_project_made_into_something_else_is_a_project_question() -> None:
    runner = _approved(
        "我是中学物理老师，教了10年，会一点Python。想转AI应用工程师，每周8小时，一年。"
    )
    reply = runner.send("我的项目能不能做成物理实验问答机器人？").replies[-1]
    assert "ROS" not in reply and "具身" not in reply  # a chatbot, not robotics
    assert "项目" in reply


def test_a_learning_question_with_no_skill_name_matched_is_answered_about_the_closest_skill() -> (
    None
):
    runner = _approved("我做了4年前端，React和TypeScript，想转大模型应用开发，每周8小时，一年内。")
    reply = runner.send("我是不是应该先学数学？").replies[-1]
    assert "机器学习数学基础" in reply.splitlines()[0]  # about that skill, first
    assert "最相关的是" not in reply  # not a list of snippets


def test_while_a_replan_waits_questions_get_their_own_answers() -> None:
    runner = _approved(
        "Firmware engineer, 10 years of C on ARM cameras. I want to move into on-device AI "
        "inference. 10 hours a week, 9 months."
    )
    assert runner.send("I could do 14 hours a week now").awaiting_mentor
    reply = runner.send("while the mentor reviews it: should I tell my boss about this?").replies[
        -1
    ]
    assert "your call" in reply  # the question asked, not the mentor's notes
    reply = runner.send("when will my mentor reply?").replies[-1]
    assert "can't say when" in reply and "approved" not in reply.split(".")[0]
    reply = runner.send("ok, thanks!").replies[-1]
    assert "closest my sources come" not in reply
    reply = runner.send("any good resources for quantization?").replies[-1]
    assert "Quantisation for edge devices" in reply  # the plan's own item, by the word said


def test_a_realistic_question_with_a_duration_asks_and_does_not_replan() -> None:
    runner = _approved(
        "Mechanical engineer, 12 years in automotive, some MATLAB. I want to become an AI "
        "application engineer. 6 hours a week, one year."
    )
    result = runner.send("Can I really do this in a year?")
    assert not result.awaiting_mentor  # asked about, not a new horizon
    assert "Realistic" in result.replies[-1] or "realistic" in result.replies[-1]


def test_a_month_behind_is_a_check_in_with_an_offer_not_a_one_month_plan() -> None:
    runner = _approved(
        "HR business partner, 9 years. I want to use AI in my HR work, no coding. 5 hours a "
        "week for 6 months."
    )
    result = runner.send("I'm a month behind")
    assert not result.awaiting_mentor
    assert runner.values()["progress"]["behind_weeks"] == 4
    assert "Proposal" in result.replies[-1]  # more than the light weeks absorb: a re-plan offered


def test_an_activity_the_plan_leaves_out_is_framed_as_an_optional_extra() -> None:
    runner = _approved(
        "Frontend developer, 5 years, React and TypeScript. I want to become an AI application "
        "engineer. 8 hours a week, 9 months."
    )
    reply = runner.send("should I do Kaggle competitions?").replies[-1]
    assert reply.startswith("Optional: your plan does not schedule it")
    assert "Kaggle" in reply


def test_a_check_in_while_the_first_draft_waits_is_progress_not_a_new_target() -> None:
    store = InMemoryStore()
    register_mentor(store, "mei")
    runner = SessionRunner(
        build_graph(InMemorySaver(), store), "draft", Context(start_date=date(2027, 1, 4))
    )
    runner.send(
        "I'm a physiotherapist, 8 years. I want to become an AI application engineer. I know a "
        "bit of JavaScript. 10 hours a week for a year."
    )
    target = runner.values()["plan"]["target"]
    result = runner.send("finished week 1 and 2, prompt engineering was fun")
    assert result.awaiting_mentor
    assert "week 2 done" in result.replies[-1]
    assert runner.values()["plan"]["target"] == target  # no re-plan for "prompt engineering"
    assert runner.values()["progress"]["weeks_done"] == [1, 2]


def test_burnout_with_two_idle_weeks_is_no_two_week_horizon() -> None:
    runner = _approved(
        "HR business partner, 9 years. I want to use AI in my HR work, no coding. 5 hours a "
        "week for 6 months."
    )
    result = runner.send("I burned out this month, work was crazy, did nothing for 2 weeks")
    assert not result.awaiting_mentor  # no re-plan to a 2-week plan
    assert runner.values()["progress"]["behind_weeks"] == 2
    reply = result.replies[-1]  # a lighter plan proposed at once, the lost weeks a delay
    assert reply.startswith("That sounds hard; let's make it lighter. Proposal:"), reply
    assert "the 2 weeks you lost" in reply, reply

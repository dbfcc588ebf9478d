"""After approval, the turns a senior coach would get right (COACHING.md D2/D3): burnout with
weeks lost proposes a lighter plan at once and keeps the lost weeks as a delay (never a horizon
of two weeks); hours from a later day "for 4 months" are a window, the horizon stays; "数学不好"
is answered in a realistic question; "what can I read" while a re-plan waits lists the material
of the work now (the first week not done)."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.engine.away import hours_window
from coach.graph import build_graph
from coach.nodes.common import MENTORS_NAMESPACE
from coach.runner import SessionRunner
from coach.schemas import Plan

ANALYST = (
    "I'm a supply chain analyst, 7 years, Excel, SQL, some Python scripts. I want to move into "
    "AI application engineering, 10 hours a week, within 9 months."
)
TEACHER = "我是中学语文老师，教了10年书，想成为AI增强型职场人，每周5小时，一年内。"


def _approved(first: str) -> SessionRunner:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    context = Context(start_date=date(2026, 12, 7), today=date(2026, 12, 2))
    runner = SessionRunner(build_graph(InMemorySaver(), store), "kinds", context)
    runner.send(first)
    runner.send("yes")
    runner.resume({"action": "approve", "mentor_id": "mei"})
    return runner


def test_burnout_with_weeks_lost_proposes_a_lighter_plan_and_keeps_the_horizon() -> None:
    runner = _approved(ANALYST)
    result = runner.send("I burned out this month, work was crazy, did nothing for 2 weeks")
    reply = result.replies[-1]
    assert not result.awaiting_mentor
    assert reply.startswith("That sounds hard; let's make it lighter. Proposal:"), reply
    assert "2 weeks you lost" in reply and "weeks: 39 -> 2" not in reply, reply
    confirmed = runner.send("yes")
    assert confirmed.awaiting_mentor
    assert Plan.model_validate(runner.values()["plan"]).horizon_weeks > 39


def test_hours_from_a_later_day_for_months_are_a_window_not_the_horizon() -> None:
    today = date(2026, 12, 2)
    said = "from February I'm on parental leave for 4 months, maybe 12 hours a week"
    assert hours_window(said, today) == (date(2027, 2, 1), 17)
    assert hours_window("明年2月开始休产假4个月，每周能学12小时", today) == (date(2027, 2, 1), 17)
    assert hours_window("extend the plan by 4 months", today) is None
    assert hours_window("from March only 5 hours a week", today) is None
    runner = _approved(ANALYST)
    reply = runner.send(said).replies[0]
    assert "10 -> 12 from 2027-02-01 for 17 weeks, then back to 10" in reply, reply
    assert "weeks: 39 ->" not in reply, reply
    assert Plan.model_validate(runner.values()["plan"]).horizon_weeks == 39


def test_weak_maths_and_reading_while_a_replan_waits() -> None:
    runner = _approved(TEACHER)
    maths = runner.send("这个计划现实吗？我数学不好").replies[-1]
    assert "关于数学：我的资料没有要求" in maths, maths
    assert "薪资" not in maths, maths
    runner.send("第1周完成了")
    runner.send("第2周也做完了，但是下个月开始每周只有3小时")
    waiting = runner.send("等导师的时候，我可以先看点什么？")
    assert waiting.awaiting_mentor
    text = waiting.replies[-1]
    assert text.startswith("你计划里的学习资料"), text
    assert "第 1 周" not in text and "FDE" not in text, text


NURSE = "I'm an ICU nurse, 12 years. I want to use AI in my clinical work, no coding. about 4 hrs a week for a year"


def test_ten_people_round_turns_are_answered_as_asked() -> None:
    runner = _approved(NURSE)
    notes = runner.send("can i use chatgpt to write my shift handover notes?").replies[-1]
    assert notes.startswith("Often yes, as a first draft a person checks"), notes
    assert "not with identifiable data" in notes, notes
    typo = runner.send("is it realstic to get a clinical AI job?").replies[-1]
    assert "Realistic, if you keep to the plan" in typo, typo
    hours = runner.send("my hours go up to 8 from january")
    assert hours.awaiting_mentor and "4 -> 8 from 2027-01-01" in hours.replies[0], hours.replies
    assert "Go" not in hours.replies[0].split(), hours.replies


def test_english_worry_and_a_project_about_something_else() -> None:
    runner = _approved(TEACHER)
    english = runner.send("我英语不好，能学吗").replies[-1]
    assert english.startswith("关于英语："), english
    assert "超出了我能帮忙的范围" not in english, english
    project = runner.send("我的项目能换成数学辅导吗？").replies[-1]
    assert "作品集项目" in project, project


def test_an_interview_replan_keeps_the_end_date() -> None:
    runner = _approved(ANALYST)
    offer = runner.send("i got an interview at Monzo on 20 january!").replies[-1]
    assert offer.startswith("Congratulations on the interview! 2027-01-20"), offer
    confirmed = runner.send("yes")
    assert confirmed.awaiting_mentor
    assert "with the same end date" in confirmed.replies[0], confirmed.replies
    assert Plan.model_validate(runner.values()["plan"]).horizon_weeks == 39


LEAD = (
    "I was a call centre team lead for 9 years. I want to use AI at work, no coding, 6 hours a "
    "week, one year."
)


def test_a_new_job_after_a_layoff_ends_the_job_search() -> None:
    runner = _approved(LEAD)
    runner.send("I got laid off today, now I have 15 hours a week")
    reply = runner.send(
        "a logistics firm hired me as warehouse supervisor, I start next month, so only 5 hours "
        "a week from January"
    ).replies[0]
    assert "you start a new job: the plan now ends by bringing AI into it" in reply, reply
    assert "looking for" not in " ".join(runner.values()["profile"]["constraints"])


def test_a_failed_exam_and_a_hard_course_are_taken_up() -> None:
    runner = _approved(TEACHER)
    hard = runner.send("第1周完成了，李宏毅的课有点难听懂").replies[-1]
    assert "已记录：第 1 周完成" in hard and "不好懂，同一部分可以换成" in hard, hard
    exam = runner.send("考试没过，心态有点崩，感觉自己学不会这些").replies[-1]
    assert exam.startswith("考试没过，很遗憾"), exam


def test_an_item_said_not_to_fit_is_explained_and_how_to_change_it() -> None:
    runner = _approved(ANALYST)
    reply = runner.send("honestly RAG makes no sense for me, why do I need it?").replies[-1]
    assert reply.startswith("Fair question: a plan item that does not fit your work"), reply
    assert "ask your mentor to take it out" in reply, reply
    assert "stuck" not in reply.lower(), reply


def test_a_boss_who_does_not_trust_ai_gets_how_trust_is_earned() -> None:
    runner = _approved(TEACHER)
    reply = runner.send("用AI批改作文，家长会不会不认可？我们校长觉得AI不靠谱").replies[-1]
    assert reply.startswith("这个担心很正常；信任要靠证明"), reply
    assert "你已经掌握" not in reply, reply

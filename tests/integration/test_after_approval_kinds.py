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


CLERK = "我是银行柜员，做了6年，不会编程，想用AI提升工作，成为AI增强型职场人，每周3小时，一年"


def test_a_bank_clerk_in_chinese_gets_each_turn_answered() -> None:
    runner = _approved(CLERK)
    fear = runner.send("AI会不会让柜员失业？")
    assert not fear.awaiting_mentor  # a question about the field, never a job loss re-plan
    assert fear.replies[-1].startswith("会取代一部分，但不是整份工作：银行柜员"), fear.replies
    baby = runner.send("我有个刚出生的宝宝，每周3小时都难，怎么办").replies[-1]
    assert baby.startswith("听起来很辛苦，我们减轻一些"), baby
    runner.send("不用了")
    open_week = runner.send("第1周没学完").replies[-1]
    assert open_week.startswith("没关系：第 1 周先不记为完成"), open_week
    assert runner.values().get("progress", {}).get("weeks_done", []) == []
    simple = runner.send("能不能帮我把计划讲简单点").replies[-1]
    assert simple.startswith("你的计划共 52 周"), simple


QA = (
    "I'm a QA tester, 5 years, Selenium and some Java. I want to become an AI application "
    "engineer, 10 hours a week, in 9 months."
)


def test_quitting_the_hardest_part_and_the_career_story() -> None:
    runner = _approved(QA)
    quit_ = runner.send("should I quit my job to study full time?")
    assert not quit_.awaiting_mentor
    assert quit_.replies[-1].startswith("You don't have to: your plan was sized"), quit_.replies
    zh = runner.send("我要不要辞职全职学？")
    assert not zh.awaiting_mentor and zh.replies[-1].startswith("不需要："), zh.replies
    hard = runner.send("what's the hardest part of this plan?").replies[-1]
    assert hard.startswith("The heaviest part is"), hard
    story = runner.send("how do I explain this career change in an interview?").replies[-1]
    assert story.startswith("Tell it as one story") and "5 years as QA tester" in story, story
    rag = runner.send("wat is RAG").replies[-1]
    assert rag.startswith("In practice, Retrieval-augmented generation (RAG) means"), rag


ANDROID_EDGE = "Sr. Android dev, 7 yrs Kotlin, want to move to on-device AI / edge AI, 8h/wk, 1 yr"
PM = "我是产品经理，做了5年B端SaaS，想成为AI增强型职场人，每周5小时，9个月"


def test_a_skill_said_loosely_is_the_plans_own_and_whom_it_is_for_is_the_setting() -> None:
    edge = _approved(ANDROID_EDGE).send("is quantization hard?").replies[-1]
    assert edge.startswith("Quantisation for edge devices"), edge
    runner = _approved(PM)
    rag = runner.send("RAG对产品经理有用吗").replies[-1]
    assert "检索增强生成" in rag.split("\n")[0] and "产品思维" not in rag, rag
    runner.send("第1周完成了")
    runner.send("第2周也完成了")
    books = runner.send("有什么书推荐吗").replies[-1]
    assert "资料：" in books, books  # a week of practice only: the next items with material


def test_childrens_photos_and_feeling_slow_are_answered() -> None:
    runner = _approved("我是幼儿园老师，做了8年，想成为AI增强型职场人，不写代码，每周3小时，一年")
    photos = runner.send("可以把孩子的照片和观察记录发给AI帮我写评语吗？").replies[-1]
    assert photos.startswith("不能原样发：孩子的照片"), photos
    slow = runner.send("感觉自己很笨，AI的东西都听不懂").replies[-1]
    assert "转行时有怀疑很正常" in slow and "不好懂" in slow, slow


def test_out_of_work_with_a_date_to_find_a_job_by_ends_the_plan_there() -> None:
    runner = _approved("我在一家公司做了5年运营，想转AI应用开发，每周12小时，一年")
    reply = runner.send(
        "公司裁员了，我现在没工作，每周可以投入25小时，想明年6月前找到工作"
    ).replies[0]
    assert "12 -> 25" in reply and "周数：52 ->" in reply, reply
    assert Plan.model_validate(runner.values()["plan"]).horizon_weeks < 40

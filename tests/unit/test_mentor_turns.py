"""Every kind of after-approval turn gets an answer of its own (not a list of snippets); check-ins
that name several weeks record them all; a mentor's project request is applied and typed."""

from __future__ import annotations

import pytest

from coach.engine.answers_doubt import answer_doubt
from coach.engine.answers_plan import (
    answer_greeting,
    answer_job_search,
    answer_off_topic,
    answer_pay,
    answer_timeline,
)
from coach.engine.checks import run_checks
from coach.engine.constraints import parse_constraints
from coach.engine.planner import build_plan
from coach.engine.progress import read_checkin, without_week_refs
from coach.engine.turns import asked_skill, classify_turn, skill_mentions
from coach.engine.turns_more import own_for_project
from coach.evals.personas.checks_after import is_snippet_list
from tests.unit.test_progress_and_replan import KB, PLAN, PROFILE, RESEARCH, START


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("finished week 1 and week 2", 2),
        ("weeks 1-3 done", 3),
        ("前两周都完成了", 2),
        ("completed week 1, week 2 and week 3", 3),
        ("第一周和第二周都完成了", 2),
        ("第1、2周做完了", 2),
        ("1-3周完成了", 3),
        ("done with the first two weeks", 2),
        ("weeks one and two are finished", 2),
        ("finished week 1, starting week 2 now", 1),
    ],
)
def test_check_ins_naming_several_weeks_record_the_latest(text: str, value: int) -> None:
    checkin = read_checkin(text, PLAN, KB, 4)
    assert checkin is not None and (checkin.kind, checkin.value) == ("week_done", value)


def test_week_numbers_of_a_check_in_are_not_a_horizon() -> None:
    assert "3" not in without_week_refs("第1、2、3周都做完了")
    assert "5 hours" in without_week_refs("finished week 2, from next month 5 hours a week")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hello", "greeting"),
        ("你好", "greeting"),
        ("what's the weather like today?", "off_topic"),
        ("讲个笑话", "off_topic"),
        ("How long will this take?", "timeline"),
        ("整个计划要多久？", "timeline"),
        ("When do I start the project?", "timeline"),
        ("How much will I earn?", "pay"),
        ("转行后工资大概多少？", "pay"),
        ("What should my resume say?", "job_search"),
        ("面试怎么准备？", "job_search"),
        ("What did my mentor ask for?", "mentor"),
        ("导师提了什么要求？", "mentor"),
        ("I'm worried I'm not smart enough", "doubt"),
        ("我担心自己学不会", "doubt"),
        ("I lost my motivation", "discouraged"),
        ("I already know SQL well", "known_skill"),
        ("向量数据库要学多久？", "skill_question"),
    ],
)
def test_more_turn_kinds(text: str, kind: str) -> None:
    assert classify_turn(text, KB) == kind


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_answer_is_its_own_not_snippets(lang: str) -> None:
    plan = build_plan(PROFILE.model_copy(update={"language": lang}), RESEARCH, KB, start_date=START)
    answers = [
        answer_greeting(plan, 2),
        answer_off_topic(plan, 2),
        answer_timeline(plan, 2),
        answer_pay(plan, 4),
        answer_job_search(plan, RESEARCH, KB),
        answer_doubt(plan, 2, KB),
    ]
    for answer in answers:
        assert answer.text and not is_snippet_list(answer.text), answer.text
        if lang == "zh":
            assert any("\u4e00" <= ch <= "\u9fff" for ch in answer.text)
    assert answers[3].sources  # pay cites its source
    assert str(plan.horizon_weeks) in answers[2].text


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Swap the portfolio project for one on healthcare data", "healthcare"),
        ("项目换成金融方向的", "finance"),
        ("Make the project about games", "games"),
    ],
)
def test_a_project_request_is_applied_and_recorded(request_text: str, field: str) -> None:
    cons = parse_constraints(request_text, KB)
    assert [c.kind for c in cons] == ["project_field"] and cons[0].project_field == field
    plan = build_plan(PROFILE, RESEARCH, KB, start_date=START, constraints=cons)
    findings = [f for f in run_checks(plan, PROFILE, KB, cons) if f.check == "constraints"]
    assert not findings, findings
    before = build_plan(PROFILE, RESEARCH, KB, start_date=START)
    assert plan.portfolio_projects[0].title != before.portfolio_projects[0].title
    record = plan.constraint_records[0]
    assert (record.kind, record.value, record.text) == ("project_field", field, request_text)
    assert record.display == plan.constraints[0]


@pytest.mark.parametrize(
    "text",
    [
        "honestly, is it realistic for a 52 year old to get hired as an AI engineer?",
        "she has been out for 6 years",
        "I have 5 years of Java",
        "can i do 6 hrs instead of 10 for the next month and then go back to 10",
    ],
)
def test_an_age_a_past_or_a_temporary_period_is_no_horizon(text: str) -> None:
    from coach.engine.changes import horizon_said

    assert not horizon_said(text)
    assert all(not c.kind.endswith("_horizon") for c in parse_constraints(text, KB))


@pytest.mark.parametrize("text", ["extend by 3 months", "make it 9 months", "延长3个月", "一年内"])
def test_a_horizon_said_is_read(text: str) -> None:
    from coach.engine.changes import horizon_said

    assert horizon_said(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("ugh i missed the last 2 weeks, work crunch. im behind", "behind", 2),
        ("第1周和第2周都搞完了", "week_done", 2),
        ("finished wk 1", "week_done", 1),
    ],
)
def test_informal_check_ins(text: str, kind: str, value: int) -> None:
    checkin = read_checkin(text, PLAN, KB, 4)
    assert checkin is not None and (checkin.kind, checkin.value) == (kind, value)


def test_two_skills_compared_say_which_first() -> None:
    from coach.engine.answers_plan import answer_compare
    from coach.engine.turns import skill_mentions

    text = "Python or prompt engineering, which first?"
    assert classify_turn(text, KB) == "compare"
    ids = [m.id for m in skill_mentions(text, KB)]
    answer = answer_compare(PLAN, RESEARCH, ids, KB)
    first = min((i for i in PLAN.items() if i.skill_id in ids), key=lambda i: i.week_start).skill_id
    assert KB.skills[first].name.en in answer.text.splitlines()[0]


def test_a_week_and_a_skill_done_in_one_message_are_both_kept() -> None:
    from coach.engine.progress import apply_checkin

    checkin = read_checkin("finished week 1 and I'm done with Python", PLAN, KB, 4)
    assert checkin is not None and checkin.value == 1 and checkin.skill_ids == ["python"]
    record = apply_checkin(PLAN.progress, checkin, PLAN)
    assert record.weeks_done == [1] and "python" in record.skills_done


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("when will I be job-ready?", "timeline"),
        ("ok", "ack"),
        ("好的", "ack"),
        ("Okay.", "ack"),
        ("hi coach", "greeting"),
        ("学完能找什么工作？", "job_kind"),
        ("从哪里开始？", "this_week"),
        ("太感谢了", "thanks"),
        ("我41岁了，是不是太晚了？", "doubt"),
        ("万一失败了怎么办？", "doubt"),
        ("Could I realistically land a job at Anthropic?", "realistic"),
        ("LLMOps 和 MLOps 有啥区别？我该先学哪个？", "compare"),
        ("What is the project about?", "project"),
        ("有推荐的书吗？", "resource"),
    ],
)
def test_phrasings_en_zh(text: str, kind: str) -> None:
    assert classify_turn(text, KB) == kind


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("can i use my protein embedding model for the project?", "protein embedding model"),
        ("could I reuse our support tickets for my project?", "support tickets"),
        ("能用我自己的客服数据做项目吗", "客服数据"),
        ("用我们公司的质检图片来做项目可以吗", "质检图片"),
    ],
)
def test_own_material_for_the_project_is_a_project_question(text: str, own: str) -> None:
    assert classify_turn(text, KB) == "project"
    assert own_for_project(text) == own


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("端侧部署的话TensorRT有用吗，我们用的是瑞芯微RK3588的NPU", "inference_optimization"),
        ("is CUDA worth learning if we deploy on a Rockchip NPU?", "cuda"),
        ("should I learn Docker or is Kubernetes enough?", "docker"),
    ],
)
def test_the_skill_asked_about_is_the_one_the_question_is_on(text: str, skill: str) -> None:
    assert asked_skill(text, skill_mentions(text, KB)) == skill

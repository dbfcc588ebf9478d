"""After approval, questions about the person's own situation are kinds of turns of their own
(COACHING.md D1): the plan in their own work, their data in AI tools, a feared job loss, pay,
and what kind of job the plan leads to; each is answered from the plan and the profile."""

from __future__ import annotations

import pytest

from coach.engine.answers_care import (
    answer_job_kind,
    answer_job_loss,
    answer_privacy,
    answer_useful,
    job_loss_worry,
)
from coach.engine.changes import Change
from coach.engine.turns import classify_turn
from coach.nodes.coach_replan import feared_only as _feared_only
from tests.unit.test_progress_and_replan import KB, PLAN, PROFILE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("这些东西放到我们仓库管理里能派上用场吗？", "useful"),
        ("学这个对我们诊所的日常工作有帮助吗？", "useful"),
        ("can AI spot billing errors in our invoices?", "useful"),
        ("honestly, will this help me at the bank at all?", "useful"),
        ("把客户的身份证号和电话上传到豆包里处理安全吗？", "privacy"),
        ("学生的成绩和家长手机号能不能粘贴到ChatGPT里？", "privacy"),
        ("is it okay to share client records with Copilot for the project?", "privacy"),
        ("can we upload employee names into Zapier?", "privacy"),
        ("听说部门要裁员，我可能保不住工作，该怎么办？", "job_loss"),
        ("my company announced layoffs, what should I do?", "job_loss"),
        ("I might be made redundant in March, can we go faster?", "job_loss"),
        ("转过去以后一个月能拿多少？", "pay"),
        ("how much would I get after the switch?", "pay"),
        ("计划结束后我可以应聘哪些岗位？", "job_kind"),
        ("what type of roles would this prepare me for?", "job_kind"),
    ],
)
def test_turns_about_the_persons_situation(text: str, kind: str) -> None:
    assert classify_turn(text, KB) == kind


@pytest.mark.parametrize(
    "text", ["should I learn data privacy?", "要不要学数据隐私保护？", "is RAG useful for my job?"]
)
def test_a_question_about_a_skill_stays_a_skill_question(text: str) -> None:
    assert classify_turn(text, KB) == "skill_question"


def test_privacy_answer_says_no_identifiable_data_and_de_identify() -> None:
    for lang in ("en", "zh"):
        plan = PLAN.model_copy(update={"language": lang})
        text = answer_privacy(plan, 1, KB).text
        assert ("identifies a person" in text and "De-identify" in text) or (
            "识别到具体个人" in text and "脱敏" in text
        )


def test_job_loss_answer_acknowledges_and_offers_a_faster_plan() -> None:
    answer = answer_job_loss(PLAN, PROFILE, 1, KB)
    assert "sorry" in answer.text.lower()
    assert answer.proposal is not None
    assert answer.proposal["hours_per_week"] > PLAN.hours_per_week
    assert answer.proposal["horizon_weeks"] < PLAN.horizon_weeks
    assert "interview" in answer.text.lower()


def test_a_feared_job_loss_is_not_a_re_plan_but_a_lost_one_is() -> None:
    lost = Change(find_work=True)
    assert job_loss_worry("我们公司下个月可能要裁员")
    assert _feared_only("I'm afraid I could lose my job soon", lost)
    assert not _feared_only("I was laid off yesterday", lost)
    more = Change(find_work=True, hours_per_week=20)
    assert not _feared_only("I may lose my job, I can do 20 hours a week now", more)


def test_useful_and_job_kind_answers_come_from_the_plan_and_profile() -> None:
    useful = answer_useful(PLAN, PROFILE, 1, KB).text
    if PLAN.portfolio_projects:
        assert PLAN.portfolio_projects[0].title in useful
    if PROFILE.current_role:
        assert PROFILE.current_role in useful
    zh = PLAN.model_copy(update={"language": "zh"})
    kind = answer_job_kind(zh, PROFILE, KB).text
    assert zh.target_name in kind and "什么样" not in kind

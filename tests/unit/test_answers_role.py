"""A question whether the plan leads to a role other than its target is answered as such."""

from __future__ import annotations

from datetime import date

from coach.engine.answers_role import other_role_line
from coach.knowledge import load_kb
from coach.schemas import Plan

PLAN = Plan(
    target="ai_augmented_professional",
    target_name="AI-augmented professional",
    language="en",
    start_date=date(2027, 1, 4),
    hours_per_week=5,
    horizon_weeks=26,
    total_hours=100,
)


def test_a_role_the_sources_lack_is_said_plainly_with_the_closest() -> None:
    line = other_role_line("Will this get me an AI product manager job?", PLAN, load_kb()) or ""
    assert "not AI product manager" in line and "no AI product manager role" in line


def test_a_known_other_role_points_to_the_mentor() -> None:
    line = other_role_line("will this land me an agent engineer role?", PLAN, load_kb()) or ""
    assert "not Agent engineer" in line and "mentor" in line


def test_the_plans_own_target_or_no_role_gives_no_line() -> None:
    kb = load_kb()
    assert other_role_line("will this get me a job?", PLAN, kb) is None
    assert other_role_line("will this get me an AI-augmented professional job?", PLAN, kb) is None


def test_chinese() -> None:
    zh = PLAN.model_copy(update={"language": "zh", "target_name": "AI 增强型职场人"})
    line = other_role_line("这个计划能让我找到AI产品经理的工作吗？", zh, load_kb()) or ""
    # a value is spaced from Chinese template text (i18n.format_zh)
    assert "不是 AI产品经理" in line and "没有 AI产品经理这个岗位" in line


def test_chinese_without_a_word_for_job() -> None:
    zh = PLAN.model_copy(update={"language": "zh", "target_name": "AI 增强型职场人"})
    line = other_role_line("这个计划能让我当上AI产品经理吗", zh, load_kb()) or ""
    assert "AI产品经理" in line
    assert other_role_line("这个计划能让我当上AI 增强型职场人吗", zh, load_kb()) is None

"""A Chinese conversation that names the target in English ("AI infra engineer") keeps a Chinese
plan, and the reviewer reads the user's language as the planner does (the conversation's): no
"计划语言为 zh，但用户使用 en" finding, and a language finding never names a language by code."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.engine.checks.language import check_language
from coach.graph import build_graph
from coach.runner import SessionRunner
from coach.schemas import Plan, Review
from tests.unit.plan_helpers import plan_for


def test_an_english_role_name_is_no_language_error() -> None:
    context = Context(start_date=date(2027, 1, 4), today=date(2027, 1, 6))
    runner = SessionRunner(build_graph(InMemorySaver(), InMemoryStore()), "zh-infra", context)
    turns = ["我是嵌入式C工程师，干了6年，做车载ECU", "不确定", "每周10小时", "一年"]
    for turn in [*turns, "AI infra engineer"]:  # the role named in English from the list
        runner.send(turn)
    values = runner.values()
    plan = Plan.model_validate(values["plan"])
    review = Review.model_validate(values["review"])
    assert plan.language == "zh"
    assert not [f for f in review.findings if f.check == "language"], review.findings


def test_a_language_finding_names_the_languages() -> None:
    plan, profile = plan_for("我是会计，做了5年。", "ai_application_engineer", 8, "zh")
    found = check_language(plan, profile.model_copy(update={"language": "en"}))
    messages = [f.message for f in found]
    assert any("中文" in m and "英文" in m for m in messages), messages
    assert not any("zh" in m or " en" in m for m in messages), messages

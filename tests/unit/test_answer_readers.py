"""Pure readers behind the after-approval answers: the reply's language, the background a
strength was drawn from, hours said as a move, a part of a month as a day, a place named."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.answers_lang import reply_language
from coach.engine.answers_plan import _IMPLIED
from coach.engine.away import hours_moved, said_day
from coach.schemas import Plan

TODAY = date(2026, 12, 2)


def _plan(lang: str) -> Plan:
    return Plan(
        target="agent_engineer",
        target_name="x",
        language=lang,  # type: ignore[arg-type]
        start_date=TODAY,
        hours_per_week=8,
        horizon_weeks=26,
        total_hours=100,
    )


@pytest.mark.parametrize(
    ("text", "plan_lang", "expected"),
    [
        ("Will AI replace data entry?", "zh", "en"),
        ("what should I do this week?", "zh", "en"),
        ("这周我该做什么？", "en", "zh"),
        ("ok", "zh", "zh"),
        ("1 year", "zh", "zh"),
        ("我需要学Python吗", "en", "zh"),
    ],
)
def test_the_reply_follows_the_message_just_typed(text: str, plan_lang: str, expected: str) -> None:
    assert reply_language(text, _plan(plan_lang)) == expected


def test_the_background_prefix_of_an_implied_strength_is_dropped_whole() -> None:
    said = "implied by Scientific computing and surrogate models: I run FEA simulations"
    assert _IMPLIED.sub("", said) == "I run FEA simulations"
    assert _IMPLIED.sub("", "由 Python 编程推断：我会写脚本") == "我会写脚本"


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("my hours go up to 8 from january", 8.0),
        ("my study time will drop to 3", 3.0),
        ("学习时间会增加到10小时", 10.0),
        ("I have 8 hours", None),
    ],
)
def test_hours_said_as_a_move(text: str, hours: float | None) -> None:
    assert hours_moved(text) == hours


def test_a_part_of_a_month_is_its_first_day() -> None:
    assert said_day("an interview in mid-January", TODAY) == date(2027, 1, 11)
    assert said_day("面试在1月中旬", TODAY) == date(2027, 1, 11)
    assert said_day("on January 15", TODAY) == date(2027, 1, 15)


def test_a_products_api_is_no_api_design_and_its_name_is_unknown() -> None:
    from coach.engine.turns import skill_mentions
    from coach.engine.turns_fit import unknown_names
    from coach.knowledge import load_kb

    kb = load_kb()
    said = "Revit API和pyRevit需要学吗？我们院里好多自动化都是用它做的"
    assert all(m.id != "api_design" for m in skill_mentions(said, kb))
    assert unknown_names(said, []) == ["Revit", "pyRevit"]
    assert {m.id for m in skill_mentions("REST API设计要学吗？", kb)} == {"api_design"}


@pytest.mark.parametrize(
    ("text", "week"),
    [
        ("第1周没学完", 1),
        ("第2周还没做完", 2),
        ("didn't finish week 2", 2),
        ("week 3 not done yet", 3),
        ("finished week 1 but didn't finish week 2", None),
        ("第1周完成了", None),
        ("what do I do in week 2?", None),
    ],
)
def test_a_week_said_unfinished_is_never_recorded_done(text: str, week: int | None) -> None:
    from coach.engine.progress import _weeks_done, unfinished_week

    assert unfinished_week(text) == week
    if week is not None:
        assert _weeks_done(text) is None


def test_a_short_answer_keeps_the_language_of_the_coachs_last_message() -> None:
    plan = _plan("zh")
    assert reply_language("yes", plan, previous="Say “yes” and I'll send it") == "en"
    assert reply_language("好的", plan, previous="Say “yes” and I'll send it") == "en"
    assert reply_language("finished week 1 and 2", plan) == "en"
    assert reply_language("第1周完成了", _plan("en"), previous="Noted.") == "zh"


def test_every_project_field_has_a_name_in_both_languages() -> None:
    from coach.engine.constraints.topics import PROJECT_FIELDS
    from coach.i18n import MESSAGES

    missing = [f for f in PROJECT_FIELDS if f"coach.field.{f}" not in MESSAGES]
    assert not missing, missing  # a project request in that field crashed the session


def test_an_intranet_rule_against_outside_models_is_a_banned_tool() -> None:
    from coach.engine.turns_help import tool_banned

    assert tool_banned("领导说政务内网不能用外面的大模型，那我还能学什么？")
    assert not tool_banned("我能用外面的资料学吗？")

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

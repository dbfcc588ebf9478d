"""Weekly hours that change later, said with the hours of now, are hours from a day on: the
time in that clause is never the horizon (an air-traffic controller's "in 3 months it goes up
to 15" had become a 13-week horizon, and his later "2 years is fine" was dropped)."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.numbers.later import find_later_hours, hours_from_text
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "after", "hours", "day"),
    [
        (
            "about 8 hrs a week, but in 3 months it goes up to 15 when shifts change",
            18,
            15,
            date(2027, 3, 3),
        ),
        ("每周8小时，三个月后能到15小时", 5, 15, date(2027, 3, 3)),
        ("10 hours a week now, 20 from March", 15, 20, date(2027, 3, 1)),
        ("每周10小时，明年3月起20小时", 6, 20, date(2027, 3, 1)),
        ("8 hours, from January I'll have 12 hours", 7, 12, date(2027, 1, 1)),
    ],
)
def test_new_hours_from_a_later_day(text: str, after: int, hours: float, day: date) -> None:
    got = find_later_hours(text, TODAY, after)
    assert got is not None and (got.hours, got.day) == (hours, day)


@pytest.mark.parametrize(
    "text",
    [
        "6 hours a week, I want to switch in 6 months",
        "I can do 5 hours. In 3 months I want to be done",
        "8 hours a week, 2 years from now",
        "每周10小时，希望一年内转型",
    ],
)
def test_a_goal_date_is_no_change_of_hours(text: str) -> None:
    assert find_later_hours(text, TODAY, 0) is None


def test_intake_keeps_the_hours_of_now_and_no_horizon_from_the_change() -> None:
    kb = load_kb()
    text = "about 8 hrs a week, but in 3 months it goes up to 15 when my shift pattern changes"
    p = extract_profile(text, None, get_lexicon(kb), kb, asked="hours_per_week", today=TODAY)
    assert p.hours_per_week == 8 and p.horizon_weeks is None
    assert p.constraints == [hours_from_text(15, date(2027, 3, 3))]
    # the horizon asked next is read as said
    p = extract_profile("2 years is fine", p, get_lexicon(kb), kb, asked="horizon", today=TODAY)
    assert p.horizon_weeks == 104 and p.constraints == [hours_from_text(15, date(2027, 3, 3))]


def test_a_second_later_figure_replaces_the_first() -> None:
    kb = load_kb()
    lex = get_lexicon(kb)
    p = extract_profile("8 hours a week, 15 from March", None, lex, kb, today=TODAY)
    p = extract_profile("8 hours a week, 12 from April", p, lex, kb, today=TODAY)
    assert p.constraints == [hours_from_text(12, date(2027, 4, 1))]


@pytest.mark.parametrize(
    ("text", "hours", "day"),
    [
        ("my clinic cut my hours so I'll have 15 hours a week from January", 15, date(2027, 1, 1)),
        ("明年3月起每周20小时", 20, date(2027, 3, 1)),
    ],
)
def test_a_new_figure_from_a_later_day_keeps_the_hours_until_then(
    text: str, hours: float, day: date
) -> None:
    kb = load_kb()
    lex = get_lexicon(kb)
    first = "physio, 7 years, want AI app engineer, 10 hours a week, 12 months"
    p = extract_profile(first, None, lex, kb, today=TODAY)
    q = extract_profile(text, p, lex, kb, today=TODAY)
    assert (q.hours_per_week, q.horizon_weeks) == (10, 52)  # the day is no horizon either
    assert q.constraints == [hours_from_text(hours, day)]
    # a plain correction is still the hours of now
    assert (
        extract_profile("actually only 6 hours a week", p, lex, kb, today=TODAY).hours_per_week == 6
    )


def test_a_later_figure_while_the_plan_waits_re_plans() -> None:
    from coach.nodes.route import changes_plan

    kb = load_kb()
    first = "physio, 7 years, want AI app engineer, 10 hours a week, 12 months"
    p = extract_profile(first, None, get_lexicon(kb), kb, today=TODAY)
    assert changes_plan("I'll have 15 hours a week from January", p, TODAY)
    assert not changes_plan("finished week 1, it was fun", p, TODAY)

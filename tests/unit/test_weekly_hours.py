"""A week of hours said in parts, and deadlines set by events (engine/numbers weekly, events)."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.numbers import find_horizon, find_hours

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "weekly", "high"),
    [
        ("an hour each weekday evening and 4 hours on sunday", 9, None),
        ("3h on weekdays plus 6 on saturdays", 21, None),
        ("2 hours on each weekend day", 4, None),
        ("weekend days, 5 hours each", 10, None),
        ("mondays, wednesdays and fridays, 1 hour each", 3, None),
        ("three evenings a week, 1-2 hours each", 3, 6),
        ("12 hours every two weeks", 6, None),
        ("45 minutes a day", 5.25, None),
        ("weekday mornings, half an hour", 2.5, None),
        ("周二周四晚上各两小时", 4, None),
        ("工作日每天两小时，周日四小时", 14, None),
        ("周末各5小时", 10, None),
        ("一周四个晚上，每次一小时", 4, None),
        ("每两周八小时", 4, None),
        ("每天一个半小时", 10.5, None),
        ("平日每晚一小时，周六日各两小时", 9, None),
    ],
)
def test_a_week_in_parts_adds_up(text: str, weekly: float, high: float | None) -> None:
    got = find_hours(text, bare=True)
    assert got is not None and got.value == weekly and got.high == high, got


def test_the_parts_are_said_back() -> None:
    got = find_hours("an hour each weekday evening and 4 hours on sunday", bare=True)
    assert got is not None and got.how == "1 h×5 + 4 h"


@pytest.mark.parametrize(
    "text",
    [
        "15 hours a week, weekdays 9-12",  # the weekly figure wins over clock times
        "about 15 hours a week, mostly weekday evenings",
    ],
)
def test_an_explicit_weekly_figure_wins(text: str) -> None:
    got = find_hours(text, bare=True)
    assert got is not None and got.value == 15


def test_a_job_schedule_is_not_study_time() -> None:
    assert find_hours("I work 8 hours a day on weekdays") is None


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("春节以前", 9),  # Chinese New Year 2027 is 6 February
        ("明年中秋前", 41),  # 15 September 2027
        ("before christmas", 3),
        ("by the end of this quarter", 4),
        ("by the start of next quarter", 4),
        ("下个季度末", 17),
        ("明年第二季度末", 30),
        ("the first half of next year", 30),
        ("my lease runs out in october", 43),
        ("春节后两个月内", 18),
    ],
)
def test_event_deadlines(text: str, weeks: int) -> None:
    got = find_horizon(text, TODAY, bare=True)
    assert got is not None and abs(got.value - weeks) <= 1, got


@pytest.mark.parametrize("text", ["0 weeks", "0周", "zero months", "0个月"])
def test_zero_is_no_horizon(text: str) -> None:
    assert find_horizon(text, TODAY, bare=True) is None


@pytest.mark.parametrize(
    ("text", "weekly"),
    [
        ("mornings from 9 to 12, monday to thursday", 12),
        ("evenings 7-9pm on weekdays", 10),
        ("周一到周四晚上8点到10点", 8),
        ("saturdays 10am-1pm", 3),
        ("tuesday to saturday, 2 hours each", 10),
        ("周二到周六每天两小时", 10),
    ],
)
def test_clock_times_and_day_ranges(text: str, weekly: float) -> None:
    got = find_hours(text, bare=True)
    assert got is not None and got.value == weekly, got


def test_a_small_bare_range_next_to_days_is_hours_not_clock_times() -> None:
    got = find_hours("weekday evenings 2-3", bare=True)
    assert got is not None and (got.value, got.high) == (10, 15)


@pytest.mark.parametrize("text", ["0 weeks", "0周", "zero months", "0个月"])
def test_zero_is_said_to_be_zero(text: str) -> None:
    from coach.engine.numbers import says_zero

    assert says_zero(text)


@pytest.mark.parametrize("text", ["10 weeks", "in 2030", "半年"])
def test_other_spans_are_not_zero(text: str) -> None:
    from coach.engine.numbers import says_zero

    assert not says_zero(text)


@pytest.mark.parametrize(
    ("text", "weekly"),
    [("weeknights 1h, weekends 3h each", 11), ("weekends, 4 hours each", 8), ("周末各3小时", 6)],
)
def test_weekends_each_are_both_days(text: str, weekly: float) -> None:
    got = find_hours(text, bare=True)
    assert got is not None and got.value == weekly, got


@pytest.mark.parametrize(
    "text",
    ["每天晚上一小时，周末不学", "an hour every evening, weekends off", "每天一小时，周末休息"],
)
def test_a_weekend_without_study_leaves_the_weekdays(text: str) -> None:
    # "every evening, but not at weekends": the evenings are the five weekday ones
    got = find_hours(text, bare=True)
    assert got is not None and got.value == 5, got


@pytest.mark.parametrize(
    ("text", "weekly"),
    [
        ("work 40 hours a week, can study 5", 5),
        ("3x a week, an hour", 3),
        ("1-2 hrs most days", 5),
    ],
)
def test_job_hours_counts_and_most_days(text: str, weekly: float) -> None:
    got = find_hours(text, bare=True)
    assert got is not None and got.value == weekly, got


@pytest.mark.parametrize(
    ("text", "weeks"),
    [("by next christmas", 55), ("after new year, 6 months", 30), ("在春节以后半年内", 35)],
)
def test_more_event_deadlines(text: str, weeks: int) -> None:
    got = find_horizon(text, TODAY, bare=True)
    assert got is not None and abs(got.value - weeks) <= 1, got

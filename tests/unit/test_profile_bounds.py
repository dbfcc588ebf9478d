"""Edges of what a turn can say and what the coach still asks: many hours a week are read as
said (up to 16 a day), and a profile without a horizon asks for one."""

from __future__ import annotations

import pytest

from coach.engine.numbers import find_hours
from coach.schemas import Profile


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("I can put in 60 hours a week", 60),
        ("每周60小时", 60),
        ("112 hours a week", 112),  # sixteen hours a day, every day: the most that is read
        ("113 hours a week", None),
        ("120 hours a week", None),
    ],
)
def test_many_hours_a_week_are_read_up_to_sixteen_a_day(text: str, hours: int | None) -> None:
    found = find_hours(text)
    assert (found.value if found else None) == hours


def test_a_profile_without_a_horizon_asks_for_it_last() -> None:
    known = {"current_role": "nurse", "target_role": "ai_application_engineer"}
    assert Profile(**known, hours_per_week=8).missing() == ["horizon"]
    assert Profile(**known).missing() == ["hours_per_week", "horizon"]
    assert Profile(**known, hours_per_week=8, horizon_weeks=26).missing() == []

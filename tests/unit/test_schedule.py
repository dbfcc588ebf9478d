"""Hour estimates, prerequisite order and filling weeks under a budget."""

from __future__ import annotations

import pytest

from coach.engine.planner.experience import ENGINEER_FACTOR, hours_factor, read_experience
from coach.engine.schedule import (
    PROJECT_MAX_HOURS,
    PROJECT_MIN_HOURS,
    Work,
    estimate_hours,
    fill_weeks,
    project_hours,
    schedule_work,
    topo_order,
    usable_tenths,
)
from tests.unit.kb_fixture import make_kb, profile

KB = make_kb()


def test_hours_are_the_difference_of_cumulative_kb_hours() -> None:
    python = KB.skills["python"]  # 40 / 150 / 400
    assert estimate_hours(python, 0, 2) == 150
    assert estimate_hours(python, 1, 2) == 110
    assert estimate_hours(python, 2, 3) == 250


def test_hours_scale_and_round_to_half_hours_with_a_floor() -> None:
    python = KB.skills["python"]
    assert estimate_hours(python, 1, 2, 0.8) == 88
    assert estimate_hours(KB.skills["embeddings"], 0, 1, 0.07) == 1.0  # 0.7 h -> floor of 1 h
    assert estimate_hours(KB.skills["embeddings"], 0, 1, 0.33) == 3.5  # 3.3 -> 3.5


def test_experienced_software_engineer_learns_technical_skills_faster() -> None:
    p = profile({"java": 2}, years=5).model_copy(update={"current_role": "Java developer"})
    exp = read_experience(p, KB)
    assert hours_factor(KB.skills["python"], exp) < 1.0  # a second language
    assert hours_factor(KB.skills["docker"], exp) == ENGINEER_FACTOR
    # LLM application skills are libraries and services to a developer
    assert hours_factor(KB.skills["rag"], exp) == ENGINEER_FACTOR
    # the coding half of applied ML is theirs already; its maths, product and soft skills are
    # as new to them as to anyone
    assert hours_factor(
        KB.skills["rag"].model_copy(update={"category": "ml_foundations"}), exp
    ) == (ENGINEER_FACTOR)
    maths = KB.skills["rag"].model_copy(update={"id": "math_for_ml", "category": "ml_foundations"})
    assert hours_factor(maths, exp) == 1.0
    for category in ("product", "soft", "non_coding"):
        other = KB.skills["rag"].model_copy(update={"category": category})
        assert hours_factor(other, exp) == 1.0


@pytest.mark.parametrize(("skills", "years"), [({"java": 1}, 10), ({}, 10)])
def test_no_speed_up_without_working_programming(skills: dict[str, int], years: float) -> None:
    p = profile(skills, years=years).model_copy(update={"current_role": "analyst"})
    assert hours_factor(KB.skills["python"], read_experience(p, KB)) == 1.0


def test_topological_order_puts_prerequisites_first() -> None:
    ids = ["agents", "tool_calling", "llm_api_integration", "python", "llm_basics"]
    order = topo_order(ids, KB, {})
    for s in ids:
        for pre in KB.skills[s].prerequisites:
            if pre in ids:
                assert order.index(pre) < order.index(s)


def test_ready_skills_go_heaviest_first_then_by_id() -> None:
    assert topo_order(["rag", "docker", "linux", "llm_basics"], KB, {"linux": 0.9}) == [
        "linux",
        "docker",
        "llm_basics",
        "rag",
    ]
    assert topo_order(["linux", "llm_basics"], KB, {}) == ["linux", "llm_basics"]


def test_every_fourth_and_the_last_week_are_light() -> None:
    assert usable_tenths([100] * 9) == [100, 100, 100, 50, 100, 100, 100, 50, 50]


def test_fill_weeks_never_exceeds_a_week_and_items_span_weeks() -> None:
    work = [Work("a", "learn", 150), Work("b", "learn", 30)]
    result = fill_weeks(work, [100, 100, 100])
    assert result is not None
    slots, used = result
    assert used == [100, 80, 0]
    assert [(s.key, s.week_start, s.week_end) for s in slots] == [("a", 1, 2), ("b", 2, 2)]


def test_fill_weeks_skips_zero_capacity_weeks() -> None:
    result = fill_weeks([Work("a", "learn", 50)], [0, 0, 100])
    assert result is not None
    assert (result[0][0].week_start, result[0][0].week_end) == (3, 3)


def test_fill_weeks_reports_work_that_does_not_fit() -> None:
    assert fill_weeks([Work("a", "learn", 301)], [100, 100, 100]) is None


def test_schedule_spreads_work_over_a_roomy_horizon() -> None:
    usable = [100] * 20
    result = schedule_work([Work("a", "learn", 1000)], usable)
    assert result is not None
    slots, used = result
    assert max(used) < 100  # lighter than full weeks
    # at MIN_PACE of the hours at least: half the horizon's work ends early, not at week 20
    assert 12 <= slots[0].week_end < 18
    assert min(u for u in used[: slots[0].week_end - 1]) >= 80  # the last week takes the rest
    crammed = schedule_work([Work("a", "learn", 1000)], usable, spread=False)
    assert crammed is not None and crammed[0][0].week_end == 10


def test_project_hours_are_a_share_of_learning_within_bounds() -> None:
    assert project_hours(0) == PROJECT_MIN_HOURS
    assert project_hours(200) == 50
    assert project_hours(10_000) == PROJECT_MAX_HOURS

""" "She was laid off" / "add a job search" / "加上求职": the person has no job, so the revised
plan ends in finding work; a request to cut the job search stays a cut."""

from __future__ import annotations

import pytest

from coach.engine.constraints import parse_constraints
from coach.engine.constraints.blocks import corrected_profile
from coach.engine.planner.returner import out_of_work
from coach.knowledge import load_kb
from coach.schemas import Profile


@pytest.mark.parametrize(
    "text",
    [
        "she was laid off",
        "replace 'bring it into your work' with a job search",
        "add a job search",
        "他被裁员了",
        "加上求职",
    ],
)
def test_a_person_without_a_job_ends_in_finding_work(text: str) -> None:
    kb = load_kb()
    cons = parse_constraints(text, kb)
    assert [c.kind for c in cons] == ["find_work"], text
    fixed = corrected_profile(Profile(language="en"), cons, kb)
    assert out_of_work(" ".join(fixed.constraints))


@pytest.mark.parametrize("text", ["skip the job search", "不用求职准备"])
def test_cutting_the_job_search_is_no_find_work(text: str) -> None:
    assert "find_work" not in [c.kind for c in parse_constraints(text, load_kb())]

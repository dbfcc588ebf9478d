"""The timeline ambition: a short horizon is realistic when the core fits at a pace the person
can keep (a student's or a job-seeker's, not only one next to a job), or the goal is a first step."""

from __future__ import annotations

from coach.engine.planner.ambition import AmbitionInput, assess_ambitions
from coach.engine.planner.experience import Experience
from coach.knowledge.loader import load_kb

KB = load_kb()
ROLE = KB.roles["agent_engineer"]
STUDENT = Experience({"programming_fundamentals": (2, "uni")}, frozenset(), ("python",), 0.0, False)


def _kinds(words: str, hours: float, fits: bool = True, exp: Experience = STUDENT) -> set[str]:
    inp = AmbitionInput(words, exp, ROLE, ROLE.name.en, hours, 13, "en", None, fits)
    return {flag.kind for flag in assess_ambitions(inp)}


def test_a_student_whose_core_fits_at_25_hours_is_not_told_18_months() -> None:
    assert "timeline" not in _kinds("final year CS student, I want to be an agent engineer", 25)


def test_an_internship_the_plan_reaches_is_a_first_step() -> None:
    assert "timeline" not in _kinds("I work in a bank. I want an internship in AI by March", 25)


def test_next_to_a_job_the_same_pace_or_a_core_that_does_not_fit_is_named() -> None:
    assert "timeline" in _kinds("I work in a bank. I want to be an agent engineer", 25)
    assert "timeline" in _kinds("final year CS student, I want to be an agent engineer", 25, False)

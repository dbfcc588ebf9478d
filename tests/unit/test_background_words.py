"""A role the person may move to, or one they deny, is not their background (COACHING.md B2):
the x0.3 "already programs" and x0.8 "years of software work" multipliers are for people whose
work is software."""

from __future__ import annotations

import pytest

from coach.engine.planner.experience import NOT_BACKGROUND, read_experience
from tests.unit.plan_helpers import KB, person

NOT_SOFTWARE = [
    ["Interior designer, 8 years, SketchUp and AutoCAD, a little CSS for my portfolio site.",
     "thinking about becoming an AI prototyper, I'm not really a programmer"],
    ["我是景观设计师，做了9年，用SketchUp和Lumion", "想转大模型应用开发工程师那个方向"],
    ["Marketing manager, 7 years, HubSpot and Excel.", "maybe an LLM developer? I'm not a coder"],
]  # fmt: skip


@pytest.mark.parametrize("turns", NOT_SOFTWARE)
def test_a_wished_or_denied_role_does_not_make_a_software_engineer(turns: list[str]) -> None:
    p = person(turns, "ai_application_engineer", 8, 52)
    exp = read_experience(p, KB, turns)
    assert "software" not in exp.fields
    assert not exp.software_work and not exp.experienced_engineer


def test_an_engineers_own_role_stays_their_background() -> None:
    turns = ["I'm an ML engineer at a bank, 5 years of Python and Spark, I ship models."]
    exp = read_experience(person(turns, "mlops_engineer", 8, 52), KB, turns)
    assert exp.software_work
    assert NOT_BACKGROUND.sub(" ", "10 years as a backend developer") == (
        "10 years as a backend developer"
    )

"""The seniority ambition: a role entered by years (an architect) the person will not reach."""

from __future__ import annotations

from coach.engine.planner.ambition import AmbitionInput, assess_ambitions
from coach.engine.planner.experience import Experience
from coach.knowledge.loader import load_kb

KB = load_kb()
EXP = Experience({}, frozenset({"software"}), ("python",), 3.0, False)


def _kinds(role_id: str, relevant: float | None, weeks: int = 52) -> set[str]:
    inp = AmbitionInput(
        "", EXP, KB.roles[role_id], KB.roles[role_id].name.en, 10, weeks, "en", relevant
    )
    return {flag.kind for flag in assess_ambitions(inp)}


def test_a_senior_role_short_of_its_years_is_named() -> None:
    assert "seniority" in _kinds("ai_architect", 1.5)  # 2.5 years at the end, the bands start at 4


def test_enough_years_or_an_entry_level_role_is_not() -> None:
    assert "seniority" not in _kinds("ai_architect", 4.0)
    assert "seniority" not in _kinds("ai_architect", 3.5, weeks=52)  # 4.5 by the plan's end
    assert "seniority" not in _kinds("ai_application_engineer", 0.0)  # its bands start at 0
    assert "seniority" not in _kinds("ai_architect", None)  # years unknown: no judgement

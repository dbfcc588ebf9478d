"""The driver takes a persona through the real graph: intake, mentor request, approval, after."""

from __future__ import annotations

from coach.evals.personas.drive import drive
from coach.evals.personas.model import Persona


def test_a_persona_goes_from_intake_to_after_approval() -> None:
    persona = Persona.model_validate(
        {
            "id": "drive-test",
            "language": "en",
            "person": "a Java developer who says everything at once",
            "first": [
                "Java backend developer, 6 years. I want to become an AI application engineer, "
                "10 hours a week, within 12 months."
            ],
            "answers": {"fallback": "ok"},
            "mentor": {"name": "m1", "request": "Move the portfolio project earlier."},
            "after": ["What should I do this week?"],
            "expect": {"target_role": "ai_application_engineer"},
        }
    )
    run = drive(persona)
    assert run.error is None
    assert list(run.stages) == ["draft", "revised", "approved", "after1", "final"]
    assert run.stages["draft"]["status"] == "awaiting_mentor"
    assert "approve_plan" in run.stages["draft"]["interrupt"]  # the mentor's HITL payload
    assert run.stages["revised"]["plan"]["version"] == 2
    assert run.stages["approved"]["status"] == "approved"
    assert [t.who for t in run.turns if t.who == "mentor"] == ["mentor", "mentor"]
    assert run.replies_to_after(1) and run.replies_to_after(1)[0].phase == "after"
    assert run.stages["draft"]["markdown"].startswith("#")


def test_a_waiting_turn_is_recorded_as_refused_when_the_product_refuses_it() -> None:
    persona = Persona.model_validate(
        {
            "id": "drive-wait",
            "language": "en",
            "person": "asks while the plan waits",
            "first": [
                "Java backend developer, 6 years. I want to become an AI application engineer, "
                "10 hours a week, within 12 months."
            ],
            "while_waiting": ["what should I read first?"],
            "expect": {"answers_while_waiting": True},
        }
    )
    run = drive(persona)
    waiting = [t for t in run.turns if t.phase == "waiting"]
    assert [t.who for t in waiting] == ["user", "coach"]
    assert waiting[1].text  # a refusal shows the CLI's waiting message; an answer shows itself

"""Only a valid decision from a registered mentor moves a session on."""

from __future__ import annotations

from datetime import date

import pytest
from langgraph.store.memory import InMemoryStore

from coach.nodes.common import MENTORS_NAMESPACE
from coach.nodes.mentor import (
    InvalidDecision,
    apply_edits,
    is_known_mentor,
    parse_decision,
    review_request,
)
from coach.schemas import Plan


def _plan() -> Plan:
    return Plan(
        target="ai_application_engineer",
        target_name="AI application engineer",
        language="en",
        start_date=date(2027, 1, 4),
        hours_per_week=8,
        horizon_weeks=52,
        total_hours=100,
    )


def test_parse_decision_accepts_the_coach_shape() -> None:
    decision = parse_decision({"action": "approve", "mentor_id": "mei"})
    assert decision.action == "approve" and decision.mentor_id == "mei"


def test_parse_decision_accepts_a_hitl_response() -> None:
    decision = parse_decision(
        {"mentor_id": "mei", "decisions": [{"type": "reject", "message": "fewer hours"}]}
    )
    assert decision.action == "reject" and decision.message == "fewer hours"
    edit = parse_decision(
        {
            "mentor_id": "mei",
            "decisions": [
                {"type": "edit", "edited_action": {"name": "approve_plan", "args": {"risks": []}}}
            ],
        }
    )
    assert edit.action == "edit" and edit.edits == {"risks": []}


@pytest.mark.parametrize(
    "value",
    [
        "approve",
        None,
        {"action": "approve"},
        {"action": "approve", "mentor_id": ""},
        {"action": "ship-it", "mentor_id": "mei"},
        {"action": "reject", "mentor_id": "mei"},
        {"action": "reject", "mentor_id": "mei", "message": "   "},
        {"action": "edit", "mentor_id": "mei"},
        {"mentor_id": "mei", "decisions": []},
        {"action": "approve", "mentor_id": "mei", "sneaky": True},
    ],
)
def test_parse_decision_refuses_invalid_values(value: object) -> None:
    with pytest.raises(InvalidDecision):
        parse_decision(value)


def test_only_registered_mentors_are_known() -> None:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    assert is_known_mentor(store, "mei")
    assert not is_known_mentor(store, "mallory")
    assert not is_known_mentor(None, "mei")


def test_apply_edits_bumps_version_and_validates() -> None:
    edited = apply_edits(_plan(), {"risks": ["x"]})
    assert edited.version == 2 and edited.risks == ["x"]
    with pytest.raises(InvalidDecision):
        apply_edits(_plan(), {"hours_per_week": "lots"})
    with pytest.raises(InvalidDecision):
        apply_edits(_plan(), {"no_such_field": 1})


def test_review_request_has_the_hitl_shape() -> None:
    request = review_request({"plan": _plan().model_dump(mode="json"), "review": None})
    assert request["action_requests"][0]["name"] == "approve_plan"
    assert request["review_configs"][0]["allowed_decisions"] == ["approve", "edit", "reject"]

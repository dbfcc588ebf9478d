"""Only a valid decision from a registered mentor moves a session on."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langgraph.store.memory import InMemoryStore

from coach.nodes.decision import loads_bounded
from coach.nodes.mentor import (
    InvalidDecision,
    apply_edits,
    parse_decision,
    review_request,
)
from coach.schemas import Plan
from coach.store import is_mentor, mentor_for_token, register_mentor


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
        {"action": "approve", "mentor_id": ""},
        [{"type": "ignore", "args": None}],
        {"decisions": [{"type": "ignore"}]},
        {"action": "ignore", "mentor_id": "mei"},
        {"action": "approve", "mentor_id": "mei", "plan_version": 0},
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


def test_only_registered_mentors_are_known_and_tokens_are_stored_hashed() -> None:
    store = InMemoryStore()
    token = register_mentor(store, "mei")
    assert is_mentor(store, "mei")
    assert not is_mentor(store, "mallory")
    assert not is_mentor(None, "mei")
    stored = json.dumps(store.get(("mentors",), "mei").value)  # type: ignore[union-attr]
    assert token not in stored
    assert mentor_for_token(store, token) == "mei"
    assert mentor_for_token(store, token, "mei") == "mei"
    assert mentor_for_token(store, "guess", "mei") is None
    assert mentor_for_token(store, token, "mallory") is None


def test_agent_chat_ui_decisions_parse() -> None:
    """The shapes agent-chat-ui sends (src/components/thread/agent-inbox/types.ts `Decision`)."""
    plan = _plan().model_dump(mode="json")
    assert parse_decision({"decisions": [{"type": "approve"}]}).action == "approve"
    reject = parse_decision({"decisions": [{"type": "reject", "message": "fewer hours"}]})
    assert reject.action == "reject" and reject.message == "fewer hours"
    edited = plan | {"risks": ["burnout"]}
    edit = parse_decision(
        {
            "decisions": [
                {
                    "type": "edit",
                    "edited_action": {
                        "name": "approve_plan",
                        "args": {"plan": edited, "review": {}},
                    },
                }
            ]
        }
    )
    assert edit.action == "edit" and edit.edits == edited


def test_agent_chat_ui_edit_of_the_plan_text_parses() -> None:
    """agent-chat-ui edits each arg in a text field: the edited ``plan`` arrives as JSON text,
    the args left alone keep their objects (utils.ts ``createDefaultHumanResponse`` and
    inbox-item-input.tsx ``onEditChange``); ``approve`` without edits stays approve."""
    plan = _plan().model_dump(mode="json")
    args = {
        "plan": json.dumps(plan | {"risks": ["edited in the text box"]}),
        "review": {"verdict": "pass", "findings": []},
        "not_applied": [],
        "diff_from_approved": {},
    }
    edit = parse_decision(
        {"decisions": [{"type": "edit", "edited_action": {"name": "approve_plan", "args": args}}]}
    )
    assert edit.action == "edit" and edit.edits is not None
    assert edit.edits["risks"] == ["edited in the text box"]
    with pytest.raises(InvalidDecision, match="not valid JSON"):
        parse_decision(
            {
                "decisions": [
                    {
                        "type": "edit",
                        "edited_action": {"name": "approve_plan", "args": {"plan": "{oops"}},
                    }
                ]
            }
        )


def test_agent_inbox_responses_parse() -> None:
    """Agent Inbox sends a list of `HumanResponse` (type accept | edit | response | ignore);
    its editor sends edited values as text."""
    accept = parse_decision([{"type": "accept", "args": {"action": "approve_plan", "args": {}}}])
    assert accept.action == "approve"
    response = parse_decision([{"type": "response", "args": "start with Python"}])
    assert response.action == "reject" and response.message == "start with Python"
    text = json.dumps(_plan().model_dump(mode="json") | {"risks": ["x"]})
    edit = parse_decision(
        [{"type": "edit", "args": {"action": "approve_plan", "args": {"plan": text}}}]
    )
    assert edit.action == "edit" and edit.edits is not None and edit.edits["risks"] == ["x"]


@pytest.mark.parametrize(
    "edits",
    [
        {"hours_per_week": -5},
        {"hours_per_week": 500},
        {"horizon_weeks": 0},
        {"horizon_weeks": 1_000_000_000},
        {"hours_per_week": float("nan")},
        {"total_hours": float("inf")},
        {"weekly_hours": [8.0] * 10_000},
    ],
)
def test_out_of_bounds_edits_are_refused_fast(edits: dict[str, object]) -> None:
    started = time.process_time()  # CPU time: a busy machine must not fail it
    with pytest.raises(InvalidDecision):
        apply_edits(_plan(), edits)
    assert time.process_time() - started < 1.0


def test_deep_or_non_finite_json_is_refused_fast() -> None:
    started = time.process_time()  # CPU time: a busy machine must not fail it
    for text in ("[" * 100_000 + "]" * 100_000, '{"hours_per_week": NaN}', "{" * 50):
        with pytest.raises(InvalidDecision):
            loads_bounded(text, "edit.json")
    with pytest.raises(InvalidDecision):
        parse_decision(
            {"action": "approve", "mentor_id": "mei", "x": [[[[[[[[[[[[[[1]]]]]]]]]]]]]]}
        )
    assert time.process_time() - started < 2.0


def test_an_edit_that_changes_nothing_is_refused() -> None:
    with pytest.raises(InvalidDecision):
        apply_edits(_plan(), _plan().model_dump(mode="json"))


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
    assert request["plan_version"] == 1


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "action",
                    "type",
                    "mentor_id",
                    "message",
                    "edits",
                    "args",
                    "edited_action",
                    "decisions",
                    "plan",
                    "hours_per_week",
                    "horizon_weeks",
                    "weekly_hours",
                    "risks",
                    "plan_version",
                    "override",
                    "name",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)  # "never slow" is CPU time, asserted below
@given(_json)
def test_any_resume_value_is_a_decision_or_a_clear_refusal(value: object) -> None:
    """Fuzzed resume values: never an exception other than InvalidDecision, never slow (a
    second of CPU time at most; wall time would fail on a busy machine)."""
    started = time.process_time()
    try:
        decision = parse_decision(value)
    except InvalidDecision as exc:
        assert str(exc)
        assert time.process_time() - started < 1.0
        return
    if decision.action == "edit":
        try:
            apply_edits(_plan(), decision.edits or {})
        except InvalidDecision as exc:
            assert str(exc)
    assert time.process_time() - started < 1.0

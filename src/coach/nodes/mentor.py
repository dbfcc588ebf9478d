"""mentor_review: pause for a human mentor (``interrupt``), then apply their decision.

Only a resume value from a registered mentor moves the session on; nothing a user types
reaches this node. The interrupt is the first thing here: a resumed node runs again from its top.
"""

from __future__ import annotations

from typing import Any, Literal

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.store.base import BaseStore
from langgraph.types import Command, interrupt
from pydantic import ValidationError

from coach.context import Context
from coach.engine.checks import review_plan
from coach.engine.constraints import parse_constraints, requests_not_applied
from coach.i18n import t
from coach.knowledge import load_kb
from coach.nodes.common import MENTORS_NAMESPACE, emit, lang_of, profile_of, touch_session
from coach.nodes.replan import approved_diff
from coach.schemas import MentorDecision, Plan, Review
from coach.state import CoachState

REVIEW_ACTION = "approve_plan"


class InvalidDecision(ValueError):
    """A resume value that is not a valid decision from a known mentor."""


def review_request(state: CoachState) -> dict[str, Any]:
    """The interrupt payload, in the shape of LangChain's HITL request."""
    plan = state.get("plan") or {}
    review = state.get("review") or {}
    not_applied = requests_not_applied(list(state.get("mentor_notes") or []), load_kb())
    diff = approved_diff(state)
    return {
        "action_requests": [
            {
                "name": REVIEW_ACTION,
                "args": {
                    "plan": plan,
                    "review": review,
                    "not_applied": not_applied,
                    "diff_from_approved": diff,
                },
                "description": (
                    f"Approve plan v{plan.get('version', '?')} for {plan.get('target_name', '?')}"
                    f" (reviewer verdict: {review.get('verdict', '?')})."
                    + (
                        f" Not applied: {len(not_applied)} part(s) of the request."
                        if not_applied
                        else ""
                    )
                    + (f" Changes against the approved plan: {len(diff)}." if diff else "")
                ),
            }
        ],
        "review_configs": [
            {"action_name": REVIEW_ACTION, "allowed_decisions": ["approve", "edit", "reject"]}
        ],
    }


def parse_decision(value: object) -> MentorDecision:
    """Accept a :class:`MentorDecision` dict or a HITL response ``{"decisions": [...]}``."""
    if not isinstance(value, dict):
        raise InvalidDecision(f"expected a decision object, got {type(value).__name__}")
    data = dict(value)
    if "decisions" in data:
        decisions = data.pop("decisions")
        if not isinstance(decisions, list) or len(decisions) != 1:
            raise InvalidDecision("expected exactly one decision")
        first = decisions[0]
        if not isinstance(first, dict):
            raise InvalidDecision("a decision must be an object")
        data["action"] = first.get("type")
        if first.get("message") is not None:
            data["message"] = first["message"]
        edited = first.get("edited_action")
        if isinstance(edited, dict):
            data["edits"] = edited.get("args", {})
    try:
        decision = MentorDecision.model_validate(data)
    except ValidationError as exc:
        raise InvalidDecision(str(exc).splitlines()[0]) from exc
    if decision.action == "reject" and not (decision.message or "").strip():
        raise InvalidDecision("requesting changes needs a message for the planner")
    if decision.action == "edit" and not decision.edits:
        raise InvalidDecision("an edit needs the edited plan fields")
    return decision


def is_known_mentor(store: BaseStore | None, mentor_id: str) -> bool:
    return store is not None and store.get(MENTORS_NAMESPACE, mentor_id) is not None


def apply_edits(plan: Plan, edits: dict[str, object]) -> Plan:
    """The plan with the mentor's edited fields; raises ``InvalidDecision`` if it is not valid."""
    merged = plan.model_dump(mode="json") | edits
    merged["version"] = plan.version + 1
    try:
        return Plan.model_validate(merged)
    except ValidationError as exc:
        raise InvalidDecision(f"edited plan is not valid: {exc.errors()[0]['msg']}") from exc


def mentor_review(
    state: CoachState, runtime: Runtime[Context]
) -> Command[Literal["finalize", "planner", "mentor_review"]]:
    value = interrupt(review_request(state))
    try:
        decision = parse_decision(value)
        if not is_known_mentor(runtime.store, decision.mentor_id):
            raise InvalidDecision(f"unknown mentor {decision.mentor_id!r}")
        plan = Plan.model_validate(state["plan"])
        if decision.action == "edit":
            plan = apply_edits(plan, decision.edits or {})
    except InvalidDecision as exc:
        # Refused: record it and pause again, with the session unchanged.
        emit({"type": "mentor_refused", "error": str(exc)})
        return Command(
            goto="mentor_review",
            update={"decisions": [*(state.get("decisions") or []), {"refused": str(exc)}]},
        )

    record = decision.model_dump(mode="json")
    emit({"type": "mentor_decision", **record})
    decisions = [*(state.get("decisions") or []), record]
    lang = lang_of(state)
    if decision.action == "reject":
        notes = [*(state.get("mentor_notes") or []), (decision.message or "").strip()]
        quoted = (decision.message or "").strip().rstrip(".。!！")
        message = t(lang, "changes_requested", message=quoted)
        touch_session(runtime, status="changes_requested")
        return Command(
            goto="planner",
            update={
                "mentor_notes": notes,
                "decisions": decisions,
                "revisions": 0,
                "review": None,
                "status": "changes_requested",
                "messages": [AIMessage(message)],
            },
        )
    update: dict[str, object] = {"decisions": decisions}
    if decision.action == "edit":
        kb = load_kb()
        constraints = [c for n in state.get("mentor_notes") or [] for c in parse_constraints(n, kb)]
        review: Review = review_plan(plan, profile_of(state), kb, constraints, 0)
        update |= {"plan": plan.model_dump(mode="json"), "review": review.model_dump(mode="json")}
    return Command(goto="finalize", update=update)

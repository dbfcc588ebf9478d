"""mentor_review: pause for a human mentor (``interrupt``), then apply their decision.

Only a resume value from a verified mentor moves the session on; nothing a user types reaches
this node. The interrupt is the first thing here: a resumed node runs again from its top.

Who the mentor is: on LangGraph Server, the authenticated caller (``auth.py``: identity and the
``mentor`` permission); embedded (the CLI), the ``mentor_id`` the app set after checking the
mentor's token, which must name a registered mentor. A user never approves their own plan, and a
decision naming another plan version than the waiting one is refused (it is stale).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Literal

from langchain_core.messages import AIMessage
from langgraph.config import get_config
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from coach.context import Context
from coach.engine.checks import review_plan
from coach.engine.constraints import (
    describe_constraint,
    notes_constraints,
    nothing_understood,
    parse_constraints,
    requests_not_applied,
)
from coach.engine.constraints.blocks import PROFILE_KINDS, corrected_profile, target_changed
from coach.engine.replan import mentor_milestones
from coach.i18n import MESSAGES, t
from coach.knowledge import load_kb
from coach.nodes.common import emit, lang_of, profile_of
from coach.nodes.decision import (
    InvalidDecision,
    apply_edits,
    parse_decision,
    plan_diff,
)
from coach.nodes.replan import approved_diff, since_approval
from coach.schemas import Language, MentorDecision, Plan, Review
from coach.state import CoachState
from coach.store import is_mentor

__all__ = ["InvalidDecision", "apply_edits", "mentor_review", "parse_decision", "review_request"]

REVIEW_ACTION = "approve_plan"
MENTOR_PERMISSION = "mentor"


def review_errors(review: dict[str, Any] | None) -> list[str]:
    """The reviewer's errors on a plan, one text each (what approving it would accept)."""
    return [
        str(f.get("message") or f.get("check"))
        for f in (review or {}).get("findings") or []
        if isinstance(f, dict) and f.get("severity") == "error"
    ]


def review_request(state: CoachState) -> dict[str, Any]:
    """The interrupt payload, in the shape of LangChain's HITL request."""
    plan = state.get("plan") or {}
    review = state.get("review") or {}
    start = Plan.model_validate(state["plan"]).start_date if state.get("plan") else None
    notes = list(state.get("mentor_notes") or [])
    if state.get("approved_plan"):  # what the mentor approved was seen and decided already
        notes = since_approval(state)
    not_applied = requests_not_applied(notes, load_kb(), start)
    diff = approved_diff(state)
    unasked = unasked_of(state)
    return {
        "action_requests": [
            {
                "name": REVIEW_ACTION,
                "args": {
                    "plan": plan,
                    "review": review,
                    "not_applied": not_applied,
                    "ask_back": t(lang_of(state), "coach.ask_back") if not_applied else None,
                    "diff_from_approved": diff,
                    "review_errors": review_errors(review),
                    "unasked_changes": unasked,
                    "does_not_fit": does_not_fit(state),
                },
                "description": _description(lang_of(state), plan, review, not_applied, diff)
                + (t(lang_of(state), "mentor.hitl.unasked", count=len(unasked)) if unasked else ""),
            }
        ],
        "review_configs": [
            {"action_name": REVIEW_ACTION, "allowed_decisions": ["approve", "edit", "reject"]}
        ],
        "plan_version": plan.get("version"),
    }


def does_not_fit(state: CoachState) -> list[str]:
    """When the waiting version does not fit in the time: how far off, what the mentor's
    requests cost in hours, and what would make it fit ([] when it fits)."""
    from coach.engine.constraints.consequences import fit_consequences

    if not state.get("plan"):
        return []
    kb = load_kb()
    plan = Plan.model_validate(state["plan"])
    before = state.get("reviewed_plan")
    old = Plan.model_validate(before) if before else None
    cons = notes_constraints(state.get("mentor_notes") or [], kb, plan.start_date)
    return fit_consequences(old, plan, cons, kb, lang_of(state))


def unasked_of(state: CoachState) -> list[str]:
    """What the waiting version changed against the one the mentor asked changes to, that no
    request names (empty when there is none to compare)."""
    from coach.engine.side_effects import unasked_changes

    before, now = state.get("reviewed_plan") or {}, state.get("plan") or {}
    if not before or not now or now.get("version") != (before.get("version") or 0) + 1:
        return []  # none to compare, or an older request's version (a later re-plan since)
    kb = load_kb()
    old, new = Plan.model_validate(before), Plan.model_validate(now)
    cons = notes_constraints(state.get("mentor_notes") or [], kb, new.start_date)
    return unasked_changes(old, new, cons, kb)


def _description(
    lang: str, plan: dict[str, Any], review: dict[str, Any], not_applied: list[str], diff: list[str]
) -> str:
    """One line for the mentor's inbox, in the plan's language."""
    verdict = f"render.verdict.{review.get('verdict')}"
    text = t(
        lang,
        "mentor.hitl.approve",
        version=plan.get("version", "?"),
        target=plan.get("target_name", "?"),
        verdict=t(lang, verdict) if verdict in MESSAGES else "?",
    )
    if not_applied:
        text += t(lang, "mentor.hitl.not_applied", count=len(not_applied))
    if diff:
        text += t(lang, "mentor.hitl.diff", count=len(diff))
    if errors := review_errors(review):
        text += t(lang, "mentor.hitl.errors", count=len(errors))
    return text


def _auth_identity() -> tuple[str, list[str]] | None:
    """``(identity, permissions)`` of the authenticated caller on LangGraph Server, else None."""
    try:
        configurable = get_config().get("configurable", {})
    except RuntimeError:
        return None
    user = configurable.get("langgraph_auth_user")
    identity = configurable.get("langgraph_auth_user_id")
    if user is None or not identity or not getattr(user, "is_authenticated", True):
        return None
    return str(identity), [str(p) for p in configurable.get("langgraph_auth_permissions") or []]


def verify_mentor(decision: MentorDecision, runtime: Runtime[Context]) -> MentorDecision:
    """The decision with its verified mentor identity; ``InvalidDecision`` if there is none."""
    auth = _auth_identity()
    if auth is not None:
        identity, permissions = auth
        if MENTOR_PERMISSION not in permissions:
            raise InvalidDecision(f"{identity!r} is not a mentor")
        if decision.mentor_id not in (None, identity):
            raise InvalidDecision("mentor_id does not match the authenticated mentor")
        decision = decision.model_copy(update={"mentor_id": identity})
    elif not decision.mentor_id or not is_mentor(runtime.store, decision.mentor_id):
        raise InvalidDecision(f"unknown mentor {decision.mentor_id!r}")
    if decision.mentor_id in (runtime.context.user_id, _thread_owner()):
        raise InvalidDecision("a user cannot decide on their own plan")
    return decision


def _thread_owner() -> str | None:
    """The thread's owner on LangGraph Server (``metadata.owner``, set by ``auth.py``)."""
    try:
        owner = get_config().get("metadata", {}).get("owner")
    except RuntimeError:
        return None
    return str(owner) if owner else None


def _judge_edit(
    state: CoachState, plan: Plan, decision: MentorDecision
) -> tuple[Plan, Review, list[str]]:
    """Apply an edit and review it again; refuse new hard-check errors unless overridden."""
    edited = apply_edits(plan, decision.edits or {})
    kb = load_kb()
    profile = profile_of(state)
    constraints = notes_constraints(state.get("mentor_notes") or [], kb, plan.start_date)
    review = review_plan(edited, profile, kb, constraints, 0)
    before = {(f.check, f.ref) for f in review_plan(plan, profile, kb, constraints, 0).findings}
    new_errors = [
        f"{f.check}: {f.message}"
        for f in review.findings
        if f.severity == "error" and (f.check, f.ref) not in before
    ]
    if new_errors and not decision.override:
        raise InvalidDecision(
            "the edited plan fails hard checks (fix it, or pass an explicit override): "
            + "; ".join(new_errors[:5])
        )
    return edited, review, new_errors


def judge(
    state: CoachState, value: object, runtime: Runtime[Context]
) -> tuple[MentorDecision, Plan, Review | None, dict[str, Any]]:
    """A resume value -> (verified decision, resulting plan, new review or None, audit extras)."""
    decision = verify_mentor(parse_decision(value), runtime)
    plan = Plan.model_validate(state["plan"])
    if decision.plan_version is not None and decision.plan_version != plan.version:
        raise InvalidDecision(
            f"the plan changed: you saw v{decision.plan_version}, the waiting plan is "
            f"v{plan.version}; review it again"
        )
    extras: dict[str, Any] = {"plan_version": plan.version}
    if decision.action == "approve" and (errors := review_errors(state.get("review"))):
        if not decision.override:
            raise InvalidDecision(
                t(
                    lang_of(state),
                    "mentor.refused.errors",
                    count=len(errors),
                    errors=joined_errors(errors),
                )
            )
        extras["overridden_findings"] = errors  # approved over the reviewer's errors: audited
    if decision.action != "edit":
        return decision, plan, None, extras
    edited, review, overridden = _judge_edit(state, plan, decision)
    extras["diff"] = plan_diff(plan.model_dump(mode="json"), edited.model_dump(mode="json"))
    if overridden:
        extras["overridden_findings"] = overridden
    return decision, edited, review, extras


def joined_errors(errors: list[str], limit: int = 3) -> str:
    """The first errors, quoted, for a one-line message."""
    shown = "; ".join(f"“{e}”" for e in errors[:limit])
    return shown + (f" (+{len(errors) - limit})" if len(errors) > limit else "")


def not_understood_text(message: str, lang: str) -> str | None:
    """When no part of a change request could be read: say so word for word and ask back
    (the closest roles for an unknown target); None when something was understood."""
    kb = load_kb()
    cons = parse_constraints(message, kb)
    if not nothing_understood(cons):
        return None
    language: Language = "zh" if lang == "zh" else "en"
    parts = "; ".join(f"“{c.text}”" for c in cons) or f"“{message}”"
    lines = [t(lang, "mentor.refused.not_understood", parts=parts)]
    lines += [
        describe_constraint(c, language, kb, date.min, 0)
        for c in cons
        if c.kind == "set_target" and c.role_id is None
    ]
    return " ".join([*lines, t(lang, "coach.ask_back")])


def _refused(state: CoachState, value: object, error: str) -> Command[Any]:
    mentor = value.get("mentor_id") if isinstance(value, dict) else None
    auth = _auth_identity()
    record = {
        "refused": error,
        "mentor_id": auth[0] if auth else (str(mentor)[:64] if mentor else None),
        "plan_version": (state.get("plan") or {}).get("version"),
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    emit({"type": "mentor_refused", "error": error})
    # Refused: recorded, then pause again with the session otherwise unchanged.
    return Command(
        goto="mentor_review", update={"decisions": [*(state.get("decisions") or []), record]}
    )


def _corrections(state: CoachState, message: str) -> tuple[dict[str, Any], bool]:
    """The profile as the mentor corrects it ("he does not know Java", "目标换成X"): the state's
    profile is updated (answers after approval use it too), and a new target is researched."""
    kb = load_kb()
    cons = [c for c in parse_constraints(message, kb) if c.kind in PROFILE_KINDS]
    if not cons:
        return {}, False
    profile = profile_of(state)
    fixed = corrected_profile(profile, cons, kb)
    update: dict[str, Any] = {"profile": fixed.model_dump(mode="json")}
    retarget = target_changed(profile, cons)
    if retarget:
        update["research"] = None
    return update, retarget


def mentor_review(
    state: CoachState, runtime: Runtime[Context]
) -> Command[Literal["finalize", "planner", "researcher", "mentor_review"]]:
    value = interrupt(review_request(state))
    try:
        decision, plan, review, extras = judge(state, value, runtime)
    except InvalidDecision as exc:
        return _refused(state, value, str(exc))

    record = decision.model_dump(mode="json", exclude={"edits"}) | extras
    emit({"type": "mentor_decision", **record})
    decisions = [*(state.get("decisions") or []), record]
    if decision.action == "reject" and (
        unread := not_understood_text(decision.message or "", lang_of(state))
    ):
        return _refused(state, value, unread)  # no new version from words not understood
    if decision.action == "reject":
        message = (decision.message or "").strip()
        quoted = message.rstrip(".。!！")
        corrected, retarget = _corrections(state, message)
        return Command(
            goto="researcher" if retarget else "planner",
            update=corrected
            | {
                "mentor_notes": [*(state.get("mentor_notes") or []), message],
                "reviewed_plan": state.get("plan") or {},  # the new version is shown against it
                "decisions": decisions,
                "revisions": 0,
                "review": None,
                "status": "changes_requested",
                "messages": [AIMessage(t(lang_of(state), "changes_requested", message=quoted))],
            },
        )
    update: dict[str, object] = {"decisions": decisions}
    if review is not None:
        update |= {"plan": plan.model_dump(mode="json"), "review": review.model_dump(mode="json")}
    if decision.action == "edit" and (added := _added_milestones(state, plan)):
        update["mentor_milestones"] = added  # kept by every later version
    return Command(goto="finalize", update=update)


def _added_milestones(state: CoachState, edited: Plan) -> list[dict[str, Any]]:
    """The mentors' own milestones so far, with those this edit added."""
    before = Plan.model_validate(state["plan"])
    known = list(state.get("mentor_milestones") or [])
    new = [m.model_dump(mode="json") for m in mentor_milestones(before, edited)]
    return known + [m for m in new if m not in known] if new else known

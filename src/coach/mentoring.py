"""Deciding on a waiting plan, once: the app-side half of a mentor decision.

1. The mentor saw plan ``vN`` at paused checkpoint ``C`` (what ``coach mentor review`` showed).
2. Under the session's write lease, the waiting checkpoint must still be ``C`` holding ``vN``,
   else the decision is stale ("plan changed") or late ("already decided").
3. The accepted decision is inserted into the audit table: a unique index on ``(session, C)``
   makes this the compare-and-set; of two racing decisions exactly one row goes in.
4. Only then the graph is resumed; the row is marked applied. A crash between 3 and 4 is
   repaired by :meth:`SessionRunner.recover` (it applies the accepted decision on next open).
Every refusal is appended to the audit too (who, when, which version, why).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coach.ledger import AlreadyDecided, Ledger
from coach.runner import SessionRunner, TurnResult


class DecisionRefused(Exception):
    """The decision was not applied; the message says why and what to do. ``key`` and
    ``values``: the same message in the i18n catalog (the CLI shows it in the mentor's
    language; the audit keeps the English)."""

    def __init__(self, message: str, key: str | None = None, **values: Any) -> None:
        super().__init__(message)
        self.key = key
        self.values = values


@dataclass
class Seen:
    """What the mentor saw when deciding."""

    plan_version: int | None
    checkpoint_id: str | None


@dataclass
class Outcome:
    action: str
    status: str
    result: TurnResult
    entry_id: int
    diff: dict[str, Any] = field(default_factory=dict)


def _refuse(
    ledger: Ledger,
    runner: SessionRunner,
    decision: dict[str, Any],
    why: str,
    seen: Seen | None = None,
    key: str | None = None,
    **message: Any,
) -> None:
    values = runner.values()
    named = seen.plan_version if seen is not None else None
    ledger.append(
        session_id=runner.session_id,
        user_id=runner.context.user_id,
        actor=decision.get("mentor_id"),
        action=str(decision.get("action")),
        outcome="refused",
        plan_version=named or (values.get("plan") or {}).get("version"),
        checkpoint_id=runner.checkpoint_id(),
        detail={"refused": why},
    )
    raise DecisionRefused(why, key, **message)


def record_refusal(
    ledger: Ledger, runner: SessionRunner, decision: dict[str, Any], why: str
) -> None:
    """Append a refusal decided before the graph was asked (a malformed or unbounded edit)."""
    try:
        _refuse(ledger, runner, decision, why)
    except DecisionRefused:
        return


def _last_decision_text(ledger: Ledger, session_id: str) -> str:
    accepted = [e for e in ledger.entries(session_id) if e.outcome == "accepted"]
    if not accepted:
        return ""
    last = accepted[-1]
    return f" ({last.action} by {last.actor or '?'} at {last.at}, plan v{last.plan_version})"


def not_waiting_reason(ledger: Ledger, runner: SessionRunner) -> str:
    """Why a decision cannot be taken now (the plan is no longer waiting)."""
    return (
        "already decided"
        + _last_decision_text(ledger, runner.session_id)
        + f"; the session is now {runner.status()}. Nothing was changed"
    )


def decide(runner: SessionRunner, ledger: Ledger, decision: dict[str, Any], seen: Seen) -> Outcome:
    """Apply one mentor decision atomically; raise ``DecisionRefused`` (recorded) otherwise."""
    with runner.writing():
        if decision.get("mentor_id") == runner.context.user_id:
            _refuse(
                ledger,
                runner,
                decision,
                "a user cannot decide on their own plan; nothing was changed",
                seen,
                "mentor.refused.own_plan",
            )
        if not runner.awaiting_mentor():
            _refuse(
                ledger,
                runner,
                decision,
                not_waiting_reason(ledger, runner),
                seen,
                "mentor.refused.decided",
                last=_last_decision_text(ledger, runner.session_id),
                status=runner.status(),
            )
        version = (runner.values().get("plan") or {}).get("version")
        checkpoint = runner.checkpoint_id()
        if seen.plan_version is not None and seen.plan_version != version:
            _refuse(
                ledger,
                runner,
                decision,
                f"the plan changed: you saw v{seen.plan_version}, the waiting plan is v{version}"
                + _last_decision_text(ledger, runner.session_id)
                + ". Review it again; nothing was changed",
                seen,
                "mentor.refused.changed",
                seen_version=seen.plan_version,
                version=version,
                last=_last_decision_text(ledger, runner.session_id),
            )
        if seen.checkpoint_id is not None and seen.checkpoint_id != checkpoint:
            _refuse(
                ledger,
                runner,
                decision,
                "already decided or changed since you looked"
                + _last_decision_text(ledger, runner.session_id)
                + ". Review it again; nothing was changed",
                seen,
                "mentor.refused.moved",
                last=_last_decision_text(ledger, runner.session_id),
            )
        payload = decision | {"plan_version": version, "checkpoint_id": checkpoint}
        try:
            entry_id = ledger.append(
                session_id=runner.session_id,
                user_id=runner.context.user_id,
                actor=decision.get("mentor_id"),
                action=str(decision.get("action")),
                outcome="accepted",
                plan_version=version,
                checkpoint_id=checkpoint,
                detail={"decision": payload},
            )
        except AlreadyDecided:
            _refuse(
                ledger,
                runner,
                decision,
                "already decided by another mentor"
                + _last_decision_text(ledger, runner.session_id)
                + "; nothing was changed",
                seen,
                "mentor.refused.raced",
                last=_last_decision_text(ledger, runner.session_id),
            )
        result = runner.resume(payload)
        refused = [e for e in result.events if e.get("type") == "mentor_refused"]
        if refused:
            ledger.mark_applied(entry_id, outcome="refused", note=str(refused[0].get("error")))
            raise DecisionRefused(f"{refused[0].get('error')}; nothing was changed")
        ledger.mark_applied(entry_id)
        made = [e for e in result.events if e.get("type") == "mentor_decision"]
        diff = dict(made[-1].get("diff") or {}) if made else {}
        if diff:
            ledger.add_detail(entry_id, {"diff": diff})
        if made and made[-1].get("overridden_findings"):  # approved over the reviewer's errors
            ledger.add_detail(entry_id, {"overridden_findings": made[-1]["overridden_findings"]})
        return Outcome(str(decision.get("action")), result.status, result, entry_id, diff)

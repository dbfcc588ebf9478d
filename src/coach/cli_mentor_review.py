"""`coach mentor review`: who the mentor is, what they see, and their decision applied.

The plan under review and what was not applied are shown before the decision; a decision names
the plan version it was made on (see :mod:`coach.mentoring`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from coach.cli_common import (
    EXIT_USAGE,
    _load_runner,
    busy_message,
    check_session_id,
    fail,
    memory,
    out,
)
from coach.cli_constraints import refuse_errors, refuse_not_understood, show_errors
from coach.cli_mentor_lang import _lang, _m, _word, settle_lang

if TYPE_CHECKING:
    from langgraph.store.base import BaseStore

    from coach.runner import SessionRunner


def _identity(store: BaseStore, mentor: str | None, token: str | None) -> str:
    from coach.nodes.common import clean_text
    from coach.store import is_mentor, mentor_for_token

    secret = (token or os.environ.get("COACH_MENTOR_TOKEN") or "").strip()
    name = clean_text(mentor) if mentor else None
    if name is not None and not is_mentor(store, name):
        fail(_m("mentor.unknown_register", name=name))
    if not secret:
        fail(_m("mentor.token_needed"))
    identity = mentor_for_token(store, secret, name)
    if identity is None:
        who = _m("mentor.who_named", name=name) if name else _m("mentor.who_any")
        fail(_m("mentor.token_wrong", who=who))
    settle_lang(store, identity)  # from now on, the mentor's own language
    return identity


def _read_edits(edit: Path) -> dict[str, Any]:
    from coach.nodes.decision import InvalidDecision, loads_bounded

    try:
        if edit.stat().st_size > 1_000_000:
            fail(_m("mentor.too_large", path=edit))
        edits = loads_bounded(edit.read_text(encoding="utf-8"), str(edit))
    except OSError as exc:
        fail(_m("mentor.cannot_read", path=edit, why=exc.strerror))
    except UnicodeDecodeError as exc:
        raise InvalidDecision(_m("mentor.not_utf8", path=edit)) from exc
    if isinstance(edits, dict) and isinstance(edits.get("plan"), dict):
        edits = edits["plan"]  # accept the output of `coach plan --format json`
    if not isinstance(edits, dict):
        raise InvalidDecision(_m("mentor.not_object", path=edit))
    return edits


def _interactive_choice(runner: SessionRunner) -> tuple[str, str | None, Path | None]:
    from coach.cli_constraints import not_applied_text
    from coach.render import plan_markdown
    from coach.schemas import Plan, Review

    values = runner.values()
    review = Review.model_validate(values["review"]) if values.get("review") else None
    from rich.markdown import Markdown  # lazy: markdown-it costs start-up

    out.print(Markdown(plan_markdown(Plan.model_validate(values["plan"]), review, "awaiting")))
    if unread := not_applied_text(values, _lang()):  # the re-plan's diff, what was not applied
        out.print(unread, markup=False)
    errors = show_errors(values)
    choice = typer.prompt(_m("mentor.choose"), default="skip").strip()
    if choice.startswith("a"):
        if errors and not typer.confirm(_m("mentor.approve_anyway"), default=False):
            return "skip", None, None
        return ("approve_override" if errors else "approve"), None, None
    if choice.startswith("c"):
        return "reject", typer.prompt(_m("mentor.what_change")), None
    if choice.startswith("e"):
        return "edit", None, Path(typer.prompt(_m("mentor.edit_path")))
    return "skip", None, None


def _decision(
    action: str, identity: str, message: str | None, edit: Path | None, override: bool
) -> dict[str, Any]:
    from coach.nodes.common import clean_text
    from coach.nodes.decision import parse_decision

    decision: dict[str, Any] = {"action": action, "mentor_id": identity}
    if action == "approve":
        decision["override"] = override
    elif action == "reject":
        decision["message"] = clean_text(message or "")
    elif action == "edit":
        assert edit is not None
        decision["edits"] = _read_edits(edit)
        decision["override"] = override
    parse_decision(decision)  # InvalidDecision: the caller records and reports it
    return decision


def review(
    session: str,
    mentor: str | None,
    token: str | None,
    approve: bool,
    request_changes: str | None,
    edit: Path | None,
    plan_version: int | None,
    override: bool,
) -> None:
    from coach.cli_constraints import not_applied_text
    from coach.mentoring import DecisionRefused, Seen, decide, not_waiting_reason, record_refusal
    from coach.nodes.decision import InvalidDecision
    from coach.render import plan_markdown
    from coach.runner import SessionStateError
    from coach.schemas import Plan, Review

    chosen = sum([approve, request_changes is not None, edit is not None])
    reviewed: dict[str, Any] | None = None  # the version the mentor decides on
    check_session_id(session)
    with memory() as mem:
        settle_lang(mem.store, None, token)  # the mentor's language, before any message
        if chosen > 1:
            fail(_m("mentor.one_of"), EXIT_USAGE)
        identity = _identity(mem.store, mentor, token)
        runner = _load_runner(mem, session)
        # What this decision is about: the session as it is now, before waiting on anyone.
        seen = Seen(
            plan_version=plan_version or (runner.values().get("plan") or {}).get("version"),
            checkpoint_id=None if plan_version else runner.checkpoint_id(),
        )
        try:
            runner.recover()  # a step a crash cut off is finished before anyone decides
        except SessionStateError as exc:
            fail(busy_message(exc))
        if not runner.awaiting_mentor() and not runner.values().get("decisions"):
            fail(_m("mentor.not_waiting", session=session, status=_word("status", runner.status())))
        if not runner.awaiting_mentor() and chosen == 0:
            fail(not_waiting_reason(mem.ledger, runner))
        action = "approve" if approve else "reject" if request_changes is not None else "edit"
        if chosen == 0:
            if not sys.stdin.isatty():
                fail(_m("mentor.no_tty"), EXIT_USAGE)
            reviewed = runner.values().get("plan")
            seen = Seen((reviewed or {}).get("version"), runner.checkpoint_id())
            action, request_changes, edit = _interactive_choice(runner)
            if action == "skip":
                out.print(_m("mentor.skipped"))
                return
        elif runner.awaiting_mentor():
            values = runner.values()
            reviewed = values.get("plan")
            review = Review.model_validate(values["review"]) if values.get("review") else None
            plan_obj = Plan.model_validate(values["plan"])
            out.print(plan_markdown(plan_obj, review, "awaiting_mentor"), markup=False)
            if unread := not_applied_text(
                values, _lang()
            ):  # the re-plan's diff, what was not applied
                out.print(unread, markup=False)
            refuse_errors(mem.ledger, runner, action, identity, override, show_errors(values))
        refuse_not_understood(mem.ledger, runner, action, identity, request_changes)
        if action == "approve_override":  # confirmed at the prompt
            action, override = "approve", True
        try:
            decision = _decision(action, identity, request_changes, edit, override)
        except InvalidDecision as exc:
            record_refusal(mem.ledger, runner, {"action": action, "mentor_id": identity}, str(exc))
            fail(_m("mentor.nothing_changed", why=exc), EXIT_USAGE)
        try:
            outcome = decide(runner, mem.ledger, decision, seen)
        except DecisionRefused as exc:
            fail(_m(exc.key, **exc.values) if exc.key else str(exc))
        except SessionStateError as exc:
            fail(_m("mentor.nothing_changed", why=busy_message(exc, session, _lang())))
        after = runner.values()
        version = (after.get("plan") or {}).get("version")
    out.print(
        _m(
            "mentor.recorded",
            action=_word("action", outcome.action),
            who=identity,
            seen=seen.plan_version,
            status=_word("status", outcome.status),
            version=version,
        )
    )
    if outcome.action == "reject":  # the new version at once: its review, what was not applied
        from coach.cli_constraints import new_version_text

        out.print(new_version_text(after, reviewed, _lang()), markup=False)

"""`coach mentor ...` and `coach admin ...`: registering mentors, the queue, deciding, the audit.

A mentor is registered by the admin and gets a secret token (stored hashed); every decision
needs it (``--token`` or ``COACH_MENTOR_TOKEN``). A decision names the plan version it was made
on and is applied at most once (see :mod:`coach.mentoring`).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from coach.cli_common import (
    EXIT_USAGE,
    _load_runner,
    _session_column,
    busy_message,
    check_session_id,
    fail,
    memory,
    out,
)
from coach.cli_constraints import refuse_errors, refuse_not_understood, show_errors
from coach.cli_mentor_lang import LangOption, _lang, _m, _use_lang, _word, settle_lang
from coach.cli_mentor_lang import show_plan_diff as show_plan_diff

if TYPE_CHECKING:
    from langgraph.store.base import BaseStore

    from coach.memory import Memory
    from coach.runner import SessionRunner
    from coach.store import SessionInfo

mentor_app = typer.Typer(help="Mentors: see waiting sessions, approve, edit or request changes.")
admin_app = typer.Typer(help="Admin: create the admin credential that registers mentors.")


def _admin_token(token: str | None) -> str:
    return (token or os.environ.get("COACH_ADMIN_TOKEN") or "").strip()


def _require_admin(store: BaseStore, token: str | None) -> None:
    from coach.store import admin_exists, is_admin

    if not admin_exists(store):
        fail(_m("mentor.no_admin"))
    if not is_admin(store, _admin_token(token)):
        fail(_m("mentor.needs_admin"))


@admin_app.command("init")
def admin_init(
    rotate: Annotated[
        bool, typer.Option("--rotate", help="Replace the admin token (needs the current one).")
    ] = False,
    admin_token: Annotated[str | None, typer.Option("--admin-token", help="Current token.")] = None,
    lang: LangOption = None,
) -> None:
    """Create the admin credential once and print its token (it is stored hashed)."""
    from coach.store import admin_exists, init_admin

    _use_lang(lang)
    with memory() as mem:
        if admin_exists(mem.store):
            if not rotate:
                fail(_m("mentor.admin_exists"))
            _require_admin(mem.store, admin_token)
        token = init_admin(mem.store)
    out.print(_m("mentor.admin_token"))
    sys.stdout.write(token + "\n")


@mentor_app.command("add")
def mentor_add(
    name: Annotated[str, typer.Argument(help="Mentor name to register.")],
    admin_token: Annotated[
        str | None, typer.Option("--admin-token", help="The admin token (env COACH_ADMIN_TOKEN).")
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="The mentor's language, en or zh (recorded; default en)."),
    ] = None,
) -> None:
    """Register a mentor (admin only) and print their secret token, once."""
    from coach.nodes.common import clean_text
    from coach.store import register_mentor

    _use_lang(lang)
    name = clean_text(name)
    if not name or len(name) > 64:
        fail(_m("mentor.bad_name"), EXIT_USAGE)
    with memory() as mem:
        _require_admin(mem.store, admin_token)
        token = register_mentor(mem.store, name, language=lang or "en")
    out.print(_m("mentor.registered", name=name))
    sys.stdout.write(token + "\n")


@mentor_app.command("remove")
def mentor_remove(
    name: Annotated[str, typer.Argument(help="Mentor name.")],
    admin_token: Annotated[str | None, typer.Option("--admin-token")] = None,
    lang: LangOption = None,
) -> None:
    """Unregister a mentor (admin only): their token stops working."""
    from coach.store import is_mentor, remove_mentor

    _use_lang(lang)
    with memory() as mem:
        _require_admin(mem.store, admin_token)
        if not is_mentor(mem.store, name):
            fail(_m("mentor.unknown", name=name))
        remove_mentor(mem.store, name)
    out.print(_m("mentor.removed", name=name))


@mentor_app.command("queue")
def mentor_queue(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    lang: LangOption = None,
) -> None:
    """Sessions waiting for a mentor, with user, target, plan version and reviewer verdict."""
    from rich.table import Table

    from coach.knowledge.loader import load_kb
    from coach.render.queue import queue_cells
    from coach.sessions import list_sessions

    _use_lang(lang)
    with memory() as mem:
        settle_lang(mem.store)
        waiting = [
            i for i in list_sessions(mem.store, status="awaiting_mentor") if _still_waiting(mem, i)
        ]
    if as_json:
        sys.stdout.write(json.dumps([i.model_dump() for i in waiting], ensure_ascii=False) + "\n")
        return
    if not waiting:
        out.print(_m("mentor.queue_empty"))
        return
    cols = ("user", "target", "verdict", "plan", "not_applied", "since")
    table = Table(*(_m(f"mentor.col.{c}") for c in cols))
    table.columns.insert(0, _session_column(_m("mentor.col.session")))
    kb = load_kb()
    for i in waiting:
        table.add_row(i.session_id, *queue_cells(i, _lang(), kb))
    out.print(table)


def _still_waiting(mem: Memory, info: SessionInfo) -> bool:
    """The registry says it waits; the checkpoint decides (a crash may have left them apart)."""
    from coach.cli_common import _runner

    runner = _runner(mem, info.session_id, info.user_id, "auto", info.model)
    if runner.awaiting_mentor():
        return True
    runner.sync_registry()  # repair the entry from the checkpoint
    return False


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


@mentor_app.command("review")
def mentor_review(
    session: Annotated[str, typer.Argument(help="Session id.")],
    mentor: Annotated[str | None, typer.Option("--mentor", help="Your mentor name.")] = None,
    token: Annotated[
        str | None, typer.Option("--token", help="Your mentor token (env COACH_MENTOR_TOKEN).")
    ] = None,
    approve: Annotated[bool, typer.Option("--approve", help="Approve the plan.")] = False,
    request_changes: Annotated[
        str | None, typer.Option("--request-changes", help="Ask for changes (the message).")
    ] = None,
    edit: Annotated[
        Path | None,
        typer.Option(
            "--edit",
            help="JSON file of plan fields to replace; the edited plan is re-checked and approved.",
        ),
    ] = None,
    plan_version: Annotated[
        int | None,
        typer.Option("--plan-version", help="The version you reviewed; refused if it changed."),
    ] = None,
    override: Annotated[
        bool,
        typer.Option(
            "--override", help="Approve (or accept an edit) despite reviewer errors (audited)."
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Show a waiting plan and its findings, then approve, request changes or edit it."""
    _use_lang(lang)
    _review(session, mentor, token, approve, request_changes, edit, plan_version, override)


def _review(
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


@mentor_app.command("audit")
def mentor_audit(
    session: Annotated[str, typer.Argument(help="Session id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    lang: LangOption = None,
) -> None:
    """Every decision and refusal on a session: who, when, which plan version, what changed."""
    from dataclasses import asdict

    from rich.table import Table

    _use_lang(lang)
    check_session_id(session)
    with memory() as mem:
        settle_lang(mem.store)
        entries = mem.ledger.entries(session)
    if as_json:
        sys.stdout.write(json.dumps([asdict(e) for e in entries], ensure_ascii=False) + "\n")
        return
    if not entries:
        out.print(_m("mentor.no_audit", session=session))
        return
    cols = ("n", "when", "who", "action", "outcome", "plan", "detail")
    table = Table(*(_m(f"mentor.col.{c}") for c in cols))
    for e in entries:
        detail = e.detail.get("refused") or ", ".join(sorted(e.detail.get("diff", {}))) or ""
        if overridden := e.detail.get("overridden_findings"):
            detail = _m("mentor.audit_override", count=len(overridden)) + f" {detail}"
        table.add_row(
            str(e.id),
            e.at,
            e.actor or "",
            e.action,
            e.outcome,
            f"v{e.plan_version}" if e.plan_version else "",
            str(detail)[:120],
        )
    out.print(table)

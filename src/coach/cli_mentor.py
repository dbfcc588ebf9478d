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
from typing import TYPE_CHECKING, Annotated

import typer

from coach.cli_common import (
    EXIT_USAGE,
    _session_column,
    check_session_id,
    fail,
    memory,
    out,
)
from coach.cli_constraints import waiting_problems
from coach.cli_mentor_lang import LangOption, _lang, _m, _use_lang, settle_lang
from coach.cli_mentor_lang import show_plan_diff as show_plan_diff

if TYPE_CHECKING:
    from langgraph.store.base import BaseStore

    from coach.memory import Memory
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
        waiting = [_as_shown(mem, i) for i in waiting]
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


def _as_shown(mem: Memory, info: SessionInfo) -> SessionInfo:
    """The entry with what the waiting version leaves undone, from the checkpoint: the parts
    of the requests since the last approval that were not applied, and those read but not met."""
    from coach.cli_common import _runner

    runner = _runner(mem, info.session_id, info.user_id, "auto", info.model)
    return info.model_copy(update={"not_applied": waiting_problems(runner.values(), _lang())})


def _still_waiting(mem: Memory, info: SessionInfo) -> bool:
    """The registry says it waits; the checkpoint decides (a crash may have left them apart)."""
    from coach.cli_common import _runner

    runner = _runner(mem, info.session_id, info.user_id, "auto", info.model)
    if runner.awaiting_mentor():
        return True
    runner.sync_registry()  # repair the entry from the checkpoint
    return False


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
    from coach.cli_mentor_review import review

    _use_lang(lang)
    review(session, mentor, token, approve, request_changes, edit, plan_version, override)


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

"""`coach plan`, `coach sessions`, `coach log` and `coach graph`: reading what a session holds."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.markup import escape

from coach.cli_common import (
    EXIT_USAGE,
    _load_runner,
    _session_column,
    _show_plan,
    check_session_id,
    fail,
    memory,
    out,
)


def plan(
    session: Annotated[str, typer.Argument(help="Session id.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, json or ics.")] = "md",
    diff: Annotated[
        bool, typer.Option("--diff", help="What changed between two plan versions.")
    ] = False,
    since: Annotated[
        int | None, typer.Option("--since", help="With --diff: compare from this version.")
    ] = None,
) -> None:
    """Print a session's current plan and its status (or, with --diff, what changed)."""
    if fmt not in ("md", "json", "ics"):
        fail(f"--format must be md, json or ics (got {fmt!r})", EXIT_USAGE)
    with memory() as mem:
        runner = _load_runner(mem, session)
        if diff:
            from coach.cli_mentor import show_plan_diff

            show_plan_diff(runner, since, as_json=fmt == "json")
            return
        _show_plan(runner, fmt)


def sessions(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """List sessions with their status."""
    from rich.table import Table

    from coach.sessions import list_sessions

    with memory() as mem:
        infos = list_sessions(mem.store)
    if as_json:
        sys.stdout.write(json.dumps([i.model_dump() for i in infos], ensure_ascii=False) + "\n")
        return
    table = Table("user", "status", "target", "verdict", "updated", "model", "calls", "tokens")
    table.columns.insert(0, _session_column())
    for i in infos:
        table.add_row(
            i.session_id,
            i.user_id,
            i.status,
            i.target or "",
            i.verdict or "",
            i.updated_at,
            i.model,
            str(i.model_calls),
            str(i.tokens),
        )
    out.print(table if infos else "no sessions yet: start one with `coach chat`")


def log(
    session: Annotated[str, typer.Argument(help="Session id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Raw JSON lines.")] = False,
) -> None:
    """Show a session's event log (user turns, node path, findings, decisions, plans)."""
    from coach.sessions import SessionLog

    events = SessionLog(check_session_id(session)).read()
    if not events:
        fail(f"no log for session {session!r}")
    for event in events:
        if as_json:
            sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
            continue
        kind = event.get("type", "?")
        detail = {k: v for k, v in event.items() if k not in ("ts", "session", "type", "plan")}
        shown = escape(json.dumps(detail, ensure_ascii=False)[:300])
        out.print(
            f"[dim]{escape(str(event.get('ts', '')))}[/] [bold]{escape(str(kind))}[/] {shown}",
            markup=True,
        )


def graph_cmd() -> None:
    """Print the compiled graph as a Mermaid diagram (graphs/coach.mmd is this output)."""
    from coach.graph import mermaid

    sys.stdout.write(mermaid())

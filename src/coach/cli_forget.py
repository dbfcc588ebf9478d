"""`coach forget USER`: erase a person from this coach (see :mod:`coach.privacy`)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from coach.cli_common import EXIT_USAGE, fail, memory, out, user_or_fail


def forget(
    user: Annotated[str, typer.Argument(help="The user name to erase.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    admin_token: Annotated[
        str | None,
        typer.Option("--admin-token", help="Needed once an admin exists (env COACH_ADMIN_TOKEN)."),
    ] = None,
) -> None:
    """Erase a user: their sessions' checkpoints, memory, logs, and their data in the audit."""
    import os

    from coach.privacy import forget_user
    from coach.store import admin_exists, is_admin

    user = user_or_fail(user)
    if not yes:
        if not sys.stdin.isatty():
            fail("this erases everything about the user: pass --yes to confirm", EXIT_USAGE)
        typer.confirm(f"erase everything coach keeps about {user!r}?", abort=True)
    with memory() as mem:
        token = admin_token or os.environ.get("COACH_ADMIN_TOKEN") or ""
        if admin_exists(mem.store) and not is_admin(mem.store, token):
            fail("this data has an admin: pass the admin token (--admin-token)")
        report = forget_user(mem, user)
    out.print(
        f"forgot {user!r}: {report.sessions} session(s), {report.store_items} stored item(s), "
        f"{report.logs} log(s); {report.audit_records} audit record(s) kept without personal data"
    )

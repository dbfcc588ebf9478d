"""What every `coach` command module shares: consoles, exit codes, opening the memory, building
a session runner, printing replies and plans. Light imports only (``coach --help`` stays fast)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:
    from coach.memory import Memory
    from coach.runner import SessionRunner, TurnResult

# Markup only where a call asks for it (markup=True), with the user's words escaped: a name, a
# session id or a reply holding "[/x]" must print as typed, not raise MarkupError.
out = Console(highlight=False, soft_wrap=True, markup=False)
err = Console(stderr=True, highlight=False, markup=False)

EXIT_USAGE = 2
EXIT_ERROR = 1


def fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    err.print(f"[bold red]error:[/] {escape(message)}", markup=True)
    raise typer.Exit(code)


@contextmanager
def memory() -> Iterator[Memory]:
    from coach.memory import StorageError, open_memory

    try:
        with open_memory() as mem:
            yield mem
    except StorageError as exc:
        fail(str(exc))


def _model_spec(model: str | None) -> str:
    spec = (model or os.environ.get("COACH_MODEL") or "offline").strip()
    if spec != "offline":
        from coach.llm.factory import ModelConfigError, make_chat_model

        try:
            make_chat_model(spec)
        except ModelConfigError as exc:
            fail(str(exc), EXIT_USAGE)
    return spec


def _runner(mem: Memory, session_id: str, user: str, lang: str, model: str) -> SessionRunner:
    from coach.context import Context
    from coach.graph import build_graph
    from coach.runner import SessionRunner
    from coach.sessions import SessionLog

    graph = build_graph(mem.checkpointer, mem.store)
    context = Context(user_id=user, model=model, language=lang)  # type: ignore[arg-type]
    return SessionRunner(graph, session_id, context, SessionLog(session_id), ledger=mem.ledger)


def check_session_id(session_id: str) -> str:
    """Refuse what cannot be a session id (a 10,000-character paste, a path) before any I/O."""
    from coach.sessions import is_session_id

    if not is_session_id(session_id):
        shown = session_id[:40] + ("…" if len(session_id) > 40 else "")
        fail(f"not a session id: {shown!r}; `coach sessions` lists them", EXIT_USAGE)
    return session_id


def user_or_fail(user: str, lang: str = "auto") -> str:
    """The user name as kept (see :func:`coach.store.check_user_id`), or a one-line error (in
    ``lang``; with ``auto``, Chinese for a name in Chinese)."""
    from coach.i18n import t
    from coach.store import MAX_USER_ID_CHARS, InvalidUserId, check_user_id
    from coach.text import has_cjk

    try:
        return check_user_id(user)
    except InvalidUserId as exc:
        shown = lang if lang in ("en", "zh") else ("zh" if has_cjk(user) else "en")
        fail(t(shown, "app.bad_user", limit=MAX_USER_ID_CHARS, size=exc.size), EXIT_USAGE)


def busy_message(exc: Exception, session: str = "", lang: str = "en") -> str:
    """What to tell a user when another process holds the session."""
    from coach.i18n import t

    holder = getattr(exc, "holder", None)
    if holder is None:
        return f"{exc}"
    return t(lang, "app.session_open_elsewhere", session=session, pid=holder.pid, host=holder.host)


def _print_replies(result: TurnResult) -> None:
    streamed = result.streamed.strip()
    if streamed:
        out.print()  # end the streamed line
    for reply in result.replies:
        if streamed and reply.strip().startswith(streamed[:80]):
            continue  # already shown token by token
        out.print(f"[bold cyan]coach>[/] {escape(reply)}", markup=True)


class _TokenPrinter:
    """Prints a streamed reply as it arrives."""

    def __init__(self) -> None:
        self.started = False

    def __call__(self, token: str) -> None:
        if not self.started:
            out.print("[bold cyan]coach>[/] ", markup=True, end="")
            self.started = True
        out.out(token, end="", highlight=False)


def _lang_choice(lang: str) -> str:
    if lang not in ("auto", "en", "zh"):
        fail(f"--lang must be auto, en or zh (got {lang!r})", EXIT_USAGE)
    return lang


def _session_column(header: str = "session") -> Any:
    from rich.table import Column

    # Session ids are copied into commands: never truncate them.
    return Column(header, no_wrap=True, min_width=15)


def _load_runner(mem: Memory, session_id: str, model: str | None = None) -> SessionRunner:
    from coach.sessions import get_session

    check_session_id(session_id)
    info = get_session(mem.store, session_id)
    if info is None:
        fail(f"unknown session {session_id!r}; `coach sessions` lists them")
    runner = _runner(mem, session_id, info.user_id, "auto", model or info.model)
    if not runner.exists():
        fail(f"session {session_id!r} has no conversation yet")
    return runner


def _session_usage(runner: SessionRunner) -> dict[str, Any]:
    """Model calls and tokens of a session (all zero on the offline engine)."""
    from coach.store import session_usage

    value = session_usage(runner.graph.store, runner.session_id)
    totals: dict[str, Any] = dict(value.get("session", {}))
    prompts = dict(value.get("prompts", {}))
    return {
        "calls": int(totals.get("calls", 0)),
        "input_tokens": int(totals.get("input_tokens", 0)),
        "output_tokens": int(totals.get("output_tokens", 0)),
        "prompts": prompts,
    }


def _show_plan(runner: SessionRunner, fmt: str) -> None:
    from coach.render import plan_json, plan_markdown, status_text
    from coach.schemas import Plan, Review

    values = runner.values()
    status = runner.status()
    if not values.get("plan"):
        lang = str(values.get("language", "en"))
        if fmt == "json":
            out.print_json(json.dumps({"status": status, "plan": None, "review": None}))
        else:
            out.print(f"{status_text(status, lang)}")
        return
    plan = Plan.model_validate(values["plan"])
    review = Review.model_validate(values["review"]) if values.get("review") else None
    usage = _session_usage(runner)
    if fmt == "json":
        sys.stdout.write(
            plan_json(
                plan,
                review,
                status,
                region=(values.get("profile") or {}).get("region"),
                session=runner.session_id,
                decisions=values.get("decisions") or [],
                usage=usage,
            )
            + "\n"
        )
    elif fmt == "ics":
        from coach.render import plan_ics

        sys.stdout.write(plan_ics(plan, runner.session_id))
    else:
        region = (values.get("profile") or {}).get("region")
        text = plan_markdown(plan, review, status, usage, region=region)
        if sys.stdout.isatty():
            from rich.markdown import Markdown  # lazy: markdown-it costs start-up

            out.print(Markdown(text))
        else:
            sys.stdout.write(text)

"""`coach chat`: the conversation on a terminal or from a pipe."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from coach.cli_common import (
    _lang_choice,
    _model_spec,
    _print_replies,
    _runner,
    _show_plan,
    _TokenPrinter,
    busy_message,
    check_session_id,
    err,
    fail,
    memory,
    out,
    user_or_fail,
)

if TYPE_CHECKING:
    from coach.memory import Memory
    from coach.runner import SessionRunner


GREETING = (
    "Hi, I'm coach. Tell me what you do now, where you want to go, how many hours a week you "
    "have and by when. / 你好，我是 coach。说说你现在的工作、想转的方向、每周能投入几小时、"
    "希望多久完成转型。"
)
HELP_TEXT = (
    "/plan shows the current plan, /status the session status, /quit leaves (your session is "
    "saved). / /plan 查看计划，/status 查看状态，/quit 退出（进度会保存）。"
)


def _read_turns(interactive: bool) -> Iterator[str]:
    """User turns: prompted lines on a TTY (lines pasted together are one turn), one line per
    turn from a pipe (a block between two \"\"\" lines is one turn: a pasted CV or posting)."""
    from coach.cli_input import group_blocks, pasted_lines, read_piped_turns

    if interactive:
        while True:
            try:
                line = out.input("[bold green]you>[/] ", markup=True)
            except EOFError:
                return
            yield "\n".join([line, *pasted_lines(sys.stdin.fileno())])  # a paste: one turn
    else:
        turns = read_piped_turns(sys.stdin, lambda note: err.print(note.message("en")))
        yield from group_blocks(turns)


def chat(
    session: Annotated[
        str | None, typer.Option("--session", "-s", help="Resume this session id.")
    ] = None,
    user: Annotated[str, typer.Option("--user", "-u", help="Your user name (memory key).")] = (
        "local"
    ),
    lang: Annotated[str, typer.Option("--lang", help="auto, en or zh.")] = "auto",
    model: Annotated[
        str | None,
        typer.Option("--model", "-m", help="'offline' or provider:model (env COACH_MODEL)."),
    ] = None,
    cv: Annotated[
        Path | None, typer.Option("--cv", help="Start from your CV (PDF/docx/md).")
    ] = None,
    job: Annotated[Path | None, typer.Option("--job", help="Target this job posting file.")] = None,
) -> None:
    """Chat with the coach. Works on a terminal or with piped input (one turn per line; a CV or
    job posting pasted on a terminal, or put between two lines of three double quotes in a
    pipe, is one turn).

    A session has one chat at a time: a second `coach chat --session ID` waits a few seconds
    (COACH_SESSION_WAIT) and then says where the session is open."""
    from coach.i18n import t
    from coach.ledger import LeaseHeld
    from coach.sessions import get_session, new_session_id, record_session

    lang = _lang_choice(lang)
    spec = _model_spec(model)
    user = user_or_fail(user, lang)
    with memory() as mem:
        if session is not None:
            check_session_id(session)
            info = get_session(mem.store, session)
            if info is None:
                fail(f"unknown session {session!r}; `coach sessions` lists them")
            if user not in ("local", info.user_id):
                err.print(f"note: session {session} belongs to user {info.user_id!r}")
            user = info.user_id
            session_id = session
        else:
            session_id = new_session_id()
            if cv is not None or job is not None:
                from coach.cli_fit import seed_chat_or_fail

                for note in seed_chat_or_fail(mem.store, user, cv, job, lang):
                    out.print(note, markup=False)
            record_session(mem.store, session_id, user, status="intake", model=spec)
        wait = _session_wait()
        shown = _shown_lang(mem, session_id, lang)
        try:
            with mem.ledger.lease(
                f"chat:{session_id}",
                wait=wait,
                on_wait=lambda h: err.print(
                    t(shown, "app.waiting_for_session", session=session_id, seconds=f"{wait:g}")
                ),
            ):
                runner = _runner(mem, session_id, user, lang, spec)
                _chat_session(runner, resumed=session is not None)
        except LeaseHeld as exc:
            fail(busy_message(exc, session_id, shown))


def _session_wait() -> float:
    try:
        return max(0.0, min(float(os.environ.get("COACH_SESSION_WAIT") or 5), 600.0))
    except ValueError:
        return 5.0


def _shown_lang(mem: Memory, session_id: str, lang: str) -> str:
    """The language to speak before the session is open: --lang, else the session's."""
    from coach.sessions import get_session

    if lang in ("en", "zh"):
        return lang
    info = get_session(mem.store, session_id)
    return info.language if info is not None else "en"


def _chat_session(runner: SessionRunner, *, resumed: bool) -> None:
    from coach.i18n import t
    from coach.runner import SessionStateError

    if runner.log is not None:
        # A process boundary: replays rebuild the graph here, as a resumed session does.
        runner.log.append({"type": "session_open", "resumed": resumed, "pid": os.getpid()})
    out.print(f"session: [bold]{runner.session_id}[/]", markup=True)
    recovered = None
    welcomed = False
    if runner.exists():
        try:
            with out.status("…", spinner="dots") as status:
                runner.on_progress = lambda msg: status.update(msg)
                recovered = runner.recover()  # finish what a crash cut off, first
        except SessionStateError as exc:
            fail(busy_message(exc, runner.session_id, _lang_now(runner)))
        except Exception as exc:  # the step fails again (e.g. a model error): say so, go on
            err.print(f"note: could not finish the interrupted step ({type(exc).__name__}: {exc})")
    if recovered is not None and recovered.replies:
        out.print(f"[dim]{t(_lang_now(runner), 'app.recovered')}[/]", markup=True)
        _print_replies(recovered)
    elif welcomed := runner.exists():
        # Where the session stands, in one line, and the question still open, once: old
        # replies are never re-printed as if new (a plan summary again reads as a re-plan).
        for line in runner.welcome_back():
            out.print(f"[bold cyan]coach>[/] {escape(line)}", markup=True)
    else:
        out.print(f"[bold cyan]coach>[/] {GREETING}", markup=True)
    if runner.awaiting_mentor() and not welcomed:
        lang_now = str(runner.values().get("language", "en"))
        out.print(f"[yellow]{t(lang_now, 'waiting_mentor')}", markup=True)
    try:
        _chat_loop(runner, sys.stdin.isatty())
    except KeyboardInterrupt:
        out.print()
    if runner.log is not None:
        runner.log.append({"type": "quit"})
    sid = runner.session_id
    out.print(
        f"session [bold]{sid}[/] saved; resume with `coach chat --session {sid}`", markup=True
    )


def _lang_now(runner: SessionRunner) -> str:
    return str(runner.values().get("language") or "en")


def _chat_loop(runner: SessionRunner, interactive: bool) -> None:
    from coach.i18n import t
    from coach.nodes.common import MAX_MESSAGE_CHARS, clean_text
    from coach.nodes.documents import message_limit
    from coach.runner import SessionBusy, SessionStateError

    for raw in _read_turns(interactive):
        text = clean_text(raw)
        if not text:
            if interactive:
                out.print(f"[dim]{HELP_TEXT}[/]", markup=True)
            continue
        command = text.lower()
        if command in ("/quit", "/exit", "/q"):
            return
        if command == "/help":
            out.print(HELP_TEXT)
            continue
        if command == "/status":
            out.print(runner.status())
            continue
        if command == "/plan":
            _show_plan(runner, "md")
            continue
        lang_now = str(runner.values().get("language", "en"))
        limit = message_limit(text) if len(text) > MAX_MESSAGE_CHARS else MAX_MESSAGE_CHARS
        if len(text) > limit:
            note = t(lang_now, "truncated", size=len(text), limit=limit)
            out.print(f"[yellow]{note}[/]", markup=True)
        try:
            runner.on_token = _TokenPrinter()
            with out.status("…", spinner="dots") as status:
                runner.on_progress = lambda msg: status.update(msg)
                result = runner.send(text)
        except SessionBusy as exc:
            # Another writer (a mentor deciding) holds the session longer than we wait: keep
            # the chat open; nothing was sent, the user may send it again.
            note = (
                busy_message(exc, runner.session_id, lang_now) + " " + t(lang_now, "app.not_sent")
            )
            out.print(f"[yellow]{note}[/]", markup=True)
            continue
        except SessionStateError:
            out.print(f"[yellow]{t(lang_now, 'waiting_mentor')}[/]", markup=True)
            continue
        _print_replies(result)

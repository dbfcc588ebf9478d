"""The `coach` command line. Heavy imports (LangGraph, the knowledge base) happen inside commands
so that `coach --help` starts fast."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from coach.cli_fit import register as register_fit
from coach.cli_fit import register_eval as register_fit_eval

if TYPE_CHECKING:
    from coach.memory import Memory
    from coach.runner import SessionRunner

app = typer.Typer(
    help="coach: an agentic career coach. Chat, get a plan a mentor approves, follow it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
kb_app = typer.Typer(help="Search and inspect the career knowledge base.")
app.add_typer(kb_app, name="kb")
register_fit(app)

# Shared helpers live in coach.cli_common (re-exported here for the command modules and tests).
from coach.cli_common import (  # noqa: E402
    EXIT_ERROR as EXIT_ERROR,
)
from coach.cli_common import (  # noqa: E402
    EXIT_USAGE,
    _load_runner,
    _model_spec,
    _print_replies,
    _runner,
    _session_column,
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


def _lang_choice(lang: str) -> str:
    if lang not in ("auto", "en", "zh"):
        fail(f"--lang must be auto, en or zh (got {lang!r})", EXIT_USAGE)
    return lang


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


@app.command()
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


@app.command()
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


@app.command()
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


@app.command()
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


# ----------------------------------------------------------------------------- demo
from coach.cli_demo import demo  # noqa: E402

app.command()(demo)


# ----------------------------------------------------------------------------- kb
@kb_app.command("search")
def kb_search(
    query: Annotated[str, typer.Argument(help="Words in English, Chinese or both.")],
    k: Annotated[int, typer.Option("-k", help="How many hits.", min=1, max=50)] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """BM25 search over roles, skills, resources and facts."""
    from coach.knowledge.retrieval import get_index
    from coach.nodes.common import clean_text

    query = clean_text(query)
    if not query:
        fail("empty query", EXIT_USAGE)
    hits = get_index().search(query, k=k)
    if as_json:
        sys.stdout.write(json.dumps([h.model_dump() for h in hits], ensure_ascii=False) + "\n")
        return
    if not hits:
        out.print("no matches")
    for h in hits:
        src = f" [{h.source_id}]" if h.source_id else ""
        out.print(f"{h.score:6.2f}  {h.kind:<8} {h.id:<32} {h.title_en} / {h.title_zh}{src}")


@kb_app.command("stats")
def kb_stats(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Counts of roles, skills, resources, facts and sources (and integrity problems)."""
    from coach.knowledge import load_kb
    from coach.knowledge.integrity import check_integrity

    kb = load_kb()
    stats: dict[str, Any] = {**kb.stats(), "version": kb.version}
    problems = check_integrity(kb)
    stats["problems"] = len(problems)
    if as_json:
        sys.stdout.write(json.dumps(stats) + "\n")
    else:
        for key, value in stats.items():
            out.print(f"{key:<10} {value}")
        for problem in problems:
            err.print(f"problem: {problem}")
    if problems:
        raise typer.Exit(EXIT_ERROR)


@app.command("graph")
def graph_cmd() -> None:
    """Print the compiled graph as a Mermaid diagram (graphs/coach.mmd is this output)."""
    from coach.graph import mermaid

    sys.stdout.write(mermaid())


# ----------------------------------------------------------------------------- mentor, admin
from coach.cli_mentor import admin_app, mentor_app  # noqa: E402

app.add_typer(mentor_app, name="mentor")
app.add_typer(admin_app, name="admin")
from coach.cli_forget import forget  # noqa: E402

app.command("forget")(forget)
# ----------------------------------------------------------------------------- eval (issue 6)
# `coach eval [PATHS]` and `coach eval record`; the commands live in coach.evals.cli (light import).
from coach.cli_understanding import register as _register_understanding  # noqa: E402
from coach.evals.cli import eval_app  # noqa: E402

_register_understanding(eval_app)
register_fit_eval(eval_app)
app.add_typer(eval_app, name="eval")
from coach.evals.personas.cli import personas_cmd  # noqa: E402

eval_app.command("personas")(personas_cmd)
from coach.evals.constraints_cli import constraints_cmd  # noqa: E402

eval_app.command("constraints")(constraints_cmd)
# ----------------------------------------------------------------------------- end eval


# `coach profile [USER]`: what coach knows about a person (coach.cli_profile).
from coach.cli_profile import profile_cmd  # noqa: E402

app.command("profile")(profile_cmd)


def main() -> None:
    """Console entry point."""
    from coach.cli_help import run

    try:
        run(app)  # the help in the user's language (coach.cli_help)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)

"""The `coach` command line. Heavy imports (LangGraph, the knowledge base) happen inside commands
so that `coach --help` starts fast."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markdown import Markdown

from coach.cli_fit import register as register_fit

if TYPE_CHECKING:
    from coach.memory import Memory
    from coach.runner import SessionRunner, TurnResult

app = typer.Typer(
    help="coach: an agentic career coach. Chat, get a plan a mentor approves, follow it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
mentor_app = typer.Typer(help="Mentors: see waiting sessions, approve or request changes.")
kb_app = typer.Typer(help="Search and inspect the career knowledge base.")
app.add_typer(mentor_app, name="mentor")
app.add_typer(kb_app, name="kb")
register_fit(app)

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

EXIT_USAGE = 2
EXIT_ERROR = 1


def fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", markup=True)
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
    return SessionRunner(graph, session_id, context, SessionLog(session_id))


def _print_replies(result: TurnResult) -> None:
    streamed = result.streamed.strip()
    if streamed:
        out.print()  # end the streamed line
    for reply in result.replies:
        if streamed and reply.strip().startswith(streamed[:80]):
            continue  # already shown token by token
        out.print(f"[bold cyan]coach>[/] {reply}", markup=True)


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
    """User turns: prompted lines on a TTY, one line per turn from a pipe."""
    if interactive:
        while True:
            try:
                yield out.input("[bold green]you>[/] ", markup=True)
            except EOFError:
                return
    else:
        from coach.cli_input import read_piped_turns

        yield from read_piped_turns(sys.stdin, lambda note: err.print(note.message("en")))


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
    """Chat with the coach. Works on a terminal or with piped input (one turn per line)."""
    from coach.nodes.common import MAX_MESSAGE_CHARS, clean_text
    from coach.runner import SessionStateError
    from coach.sessions import get_session, new_session_id, record_session

    lang = _lang_choice(lang)
    spec = _model_spec(model)
    user = clean_text(user)[:64] or "local"
    interactive = sys.stdin.isatty()
    with memory() as mem:
        if session is not None:
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

                for note in seed_chat_or_fail(mem.store, user, cv, job):
                    out.print(note, markup=False)
            record_session(mem.store, session_id, user, status="intake", model=spec)
        runner = _runner(mem, session_id, user, lang, spec)
        if runner.log is not None:
            # A process boundary: replays rebuild the graph here, as a resumed session does.
            runner.log.append(
                {"type": "session_open", "resumed": session is not None, "pid": os.getpid()}
            )
        out.print(f"session: [bold]{session_id}[/]", markup=True)
        if runner.exists():
            last = runner.messages()[-1:] if runner.messages() else []
            for message in last:
                if message.type == "ai":
                    out.print(f"[bold cyan]coach>[/] {message.content}", markup=True)
        else:
            out.print(f"[bold cyan]coach>[/] {GREETING}", markup=True)
        if runner.awaiting_mentor():
            from coach.i18n import t

            out.print(f"[yellow]{t(str(runner.values().get('language', 'en')), 'waiting_mentor')}")
        try:
            for raw in _read_turns(interactive):
                text = clean_text(raw)
                if not text:
                    if interactive:
                        out.print(f"[dim]{HELP_TEXT}[/]", markup=True)
                    continue
                command = text.lower()
                if command in ("/quit", "/exit", "/q"):
                    break
                if command == "/help":
                    out.print(HELP_TEXT)
                    continue
                if command == "/status":
                    out.print(runner.status())
                    continue
                if command == "/plan":
                    _show_plan(runner, "md")
                    continue
                if len(text) > MAX_MESSAGE_CHARS:
                    from coach.i18n import t

                    note = t(
                        str(runner.values().get("language", "en")),
                        "truncated",
                        size=len(text),
                        limit=MAX_MESSAGE_CHARS,
                    )
                    out.print(f"[yellow]{note}[/]", markup=True)
                try:
                    runner.on_token = _TokenPrinter()
                    with out.status("…", spinner="dots") as status:
                        runner.on_progress = lambda msg: status.update(msg)
                        result = runner.send(text)
                except SessionStateError:
                    from coach.i18n import t

                    lang_now = str(runner.values().get("language", "en"))
                    out.print(f"[yellow]{t(lang_now, 'waiting_mentor')}[/]", markup=True)
                    continue
                _print_replies(result)
        except KeyboardInterrupt:
            out.print()
        if runner.log is not None:
            runner.log.append({"type": "quit"})
        out.print(
            f"session [bold]{session_id}[/] saved; resume with `coach chat --session {session_id}`",
            markup=True,
        )


def _session_column() -> Any:
    from rich.table import Column

    # Session ids are copied into commands: never truncate them.
    return Column("session", no_wrap=True, min_width=15)


def _load_runner(mem: Memory, session_id: str, model: str | None = None) -> SessionRunner:
    from coach.sessions import get_session

    info = get_session(mem.store, session_id)
    if info is None:
        fail(f"unknown session {session_id!r}; `coach sessions` lists them")
    runner = _runner(mem, session_id, info.user_id, "auto", model or info.model)
    if not runner.exists():
        fail(f"session {session_id!r} has no conversation yet")
    return runner


def _session_usage(runner: SessionRunner) -> dict[str, Any]:
    """Model calls and tokens of a session (all zero on the offline engine)."""
    from coach.nodes.assist import USAGE_NAMESPACE

    store = runner.graph.store
    item = store.get(USAGE_NAMESPACE, runner.session_id) if store is not None else None
    totals: dict[str, Any] = dict(item.value.get("session", {})) if item is not None else {}
    prompts = dict(item.value.get("prompts", {})) if item is not None else {}
    return {
        "calls": int(totals.get("calls", 0)),
        "input_tokens": int(totals.get("input_tokens", 0)),
        "output_tokens": int(totals.get("output_tokens", 0)),
        "prompts": prompts,
    }


def _show_plan(runner: SessionRunner, fmt: str) -> None:
    from coach.render import plan_ics, plan_json, plan_markdown, status_text
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
                session=runner.session_id,
                decisions=values.get("decisions") or [],
                usage=usage,
            )
            + "\n"
        )
    elif fmt == "ics":
        sys.stdout.write(plan_ics(plan, runner.session_id))
    else:
        text = plan_markdown(plan, review, status, usage)
        if sys.stdout.isatty():
            out.print(Markdown(text))
        else:
            sys.stdout.write(text)


@app.command()
def plan(
    session: Annotated[str, typer.Argument(help="Session id.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, json or ics.")] = "md",
) -> None:
    """Print a session's current plan and its status."""
    if fmt not in ("md", "json", "ics"):
        fail(f"--format must be md, json or ics (got {fmt!r})", EXIT_USAGE)
    with memory() as mem:
        runner = _load_runner(mem, session)
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

    events = SessionLog(session).read()
    if not events:
        fail(f"no log for session {session!r}")
    for event in events:
        if as_json:
            sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
            continue
        kind = event.get("type", "?")
        detail = {k: v for k, v in event.items() if k not in ("ts", "session", "type", "plan")}
        out.print(
            f"[dim]{event.get('ts', '')}[/] [bold]{kind}[/] {json.dumps(detail, ensure_ascii=False)[:300]}",
            markup=True,
        )


# ----------------------------------------------------------------------------- mentor
@mentor_app.command("add")
def mentor_add(name: Annotated[str, typer.Argument(help="Mentor name to register.")]) -> None:
    """Register a mentor; only registered mentors can decide on plans."""
    from coach.nodes.common import MENTORS_NAMESPACE, clean_text
    from coach.sessions import now_iso

    name = clean_text(name)
    if not name or len(name) > 64:
        fail("a mentor name must be 1-64 printable characters", EXIT_USAGE)
    with memory() as mem:
        mem.store.put(MENTORS_NAMESPACE, name, {"name": name, "added_at": now_iso()})
    out.print(f"mentor {name!r} registered")


@mentor_app.command("queue")
def mentor_queue(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Sessions waiting for a mentor, with user, target and reviewer verdict."""
    from rich.table import Table

    from coach.sessions import list_sessions

    with memory() as mem:
        waiting = list_sessions(mem.store, status="awaiting_mentor")
    if as_json:
        sys.stdout.write(json.dumps([i.model_dump() for i in waiting], ensure_ascii=False) + "\n")
        return
    if not waiting:
        out.print("no sessions are waiting for a mentor")
        return
    table = Table("user", "target", "verdict", "plan", "waiting since")
    table.columns.insert(0, _session_column())
    for i in waiting:
        table.add_row(
            i.session_id,
            i.user_id,
            i.target or "",
            i.verdict or "",
            f"v{i.plan_version}",
            i.updated_at,
        )
    out.print(table)


@mentor_app.command("review")
def mentor_review(
    session: Annotated[str, typer.Argument(help="Session id.")],
    mentor: Annotated[str, typer.Option("--mentor", help="Your (registered) mentor name.")],
    approve: Annotated[bool, typer.Option("--approve", help="Approve the plan.")] = False,
    request_changes: Annotated[
        str | None, typer.Option("--request-changes", help="Ask for changes (the message).")
    ] = None,
    edit: Annotated[
        Path | None, typer.Option("--edit", help="JSON file of plan fields to replace.")
    ] = None,
) -> None:
    """Show a waiting plan and its findings, then approve, request changes or edit it."""
    from coach.nodes.common import MENTORS_NAMESPACE, clean_text
    from coach.nodes.mentor import InvalidDecision, apply_edits, parse_decision
    from coach.render import plan_markdown
    from coach.schemas import Plan, Review

    chosen = sum([approve, request_changes is not None, edit is not None])
    if chosen > 1:
        fail("choose one of --approve, --request-changes, --edit", EXIT_USAGE)
    mentor = clean_text(mentor)
    with memory() as mem:
        if mem.store.get(MENTORS_NAMESPACE, mentor) is None:
            fail(f"unknown mentor {mentor!r}; register once with `coach mentor add {mentor}`")
        runner = _load_runner(mem, session)
        if not runner.awaiting_mentor():
            fail(
                f"session {session!r} is not waiting for a mentor (status: {runner.status()}); "
                "nothing was changed"
            )
        values = runner.values()
        plan_obj = Plan.model_validate(values["plan"])
        review = Review.model_validate(values["review"]) if values.get("review") else None
        decision: dict[str, Any]
        if chosen == 0:
            if not sys.stdin.isatty():
                fail(
                    "no decision given and stdin is not a terminal: pass --approve, "
                    "--request-changes MSG or --edit FILE",
                    EXIT_USAGE,
                )
            out.print(Markdown(plan_markdown(plan_obj, review, "awaiting_mentor")))
            choice = typer.prompt("approve / changes / edit / skip", default="skip").strip()
            if choice.startswith("a"):
                approve = True
            elif choice.startswith("c"):
                request_changes = typer.prompt("what should change?")
            elif choice.startswith("e"):
                edit = Path(typer.prompt("path to a JSON file of plan fields"))
            else:
                out.print("no decision; the session keeps waiting")
                return
        else:
            out.print(plan_markdown(plan_obj, review, "awaiting_mentor"), markup=False)
        if approve:
            decision = {"action": "approve", "mentor_id": mentor}
        elif request_changes is not None:
            message = clean_text(request_changes)
            if not message:
                fail("--request-changes needs a message for the planner", EXIT_USAGE)
            decision = {"action": "reject", "mentor_id": mentor, "message": message}
        else:
            assert edit is not None
            try:
                edits = json.loads(edit.read_text(encoding="utf-8"))
            except OSError as exc:
                fail(f"cannot read {edit}: {exc.strerror}")
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                fail(f"{edit} is not valid JSON: {exc}")
            if isinstance(edits, dict) and isinstance(edits.get("plan"), dict):
                edits = edits["plan"]  # accept the output of `coach plan --format json`
            if not isinstance(edits, dict):
                fail(f"{edit} must hold a JSON object of plan fields")
            decision = {"action": "edit", "mentor_id": mentor, "edits": edits}
        try:
            parsed = parse_decision(decision)
            if parsed.action == "edit":
                apply_edits(plan_obj, parsed.edits or {})
        except InvalidDecision as exc:
            fail(f"{exc}; nothing was changed")
        with out.status("…", spinner="dots") as status:
            runner.on_progress = lambda msg: status.update(msg)
            result = runner.resume(parsed.model_dump(mode="json"))
        out.print(
            f"decision recorded: {parsed.action} by {mentor}; session status: {result.status}"
        )


# ----------------------------------------------------------------------------- demo
DEMO_TURNS = {
    "en": [
        "I've been an Android developer for 5 years (Kotlin, some Python). I want to become an "
        "AI application engineer.",
        "8 hours a week",
        "within 12 months",
    ],
    "zh": [
        "我做了4年前端，React和TypeScript，想转大模型应用开发。",
        "每周8小时",
        "一年内",
    ],
}
DEMO_CHANGES = {
    "en": "Move the portfolio project earlier, please.",
    "zh": "请把作品集项目提前。",
}


@app.command()
def demo(
    lang: Annotated[str, typer.Option("--lang", help="en or zh.")] = "en",
    keep: Annotated[
        bool, typer.Option("--keep", help="Keep the demo session in your data dir.")
    ] = False,
) -> None:
    """A scripted session end to end: chat, plan, review, a mentor's changes and approval."""
    import tempfile

    from coach.nodes.common import MENTORS_NAMESPACE
    from coach.sessions import new_session_id, record_session

    if lang not in DEMO_TURNS:
        fail("--lang must be en or zh", EXIT_USAGE)
    tmp = None if keep else tempfile.TemporaryDirectory(prefix="coach-demo-")
    previous_home = os.environ.get("COACH_HOME")
    if tmp is not None:
        os.environ["COACH_HOME"] = tmp.name
    try:
        with memory() as mem:
            mentor = "demo-mentor"
            mem.store.put(MENTORS_NAMESPACE, mentor, {"name": mentor})
            session_id = new_session_id()
            record_session(mem.store, session_id, "demo", status="intake")
            runner = _runner(mem, session_id, "demo", lang, "offline")
            out.rule(f"coach demo · session {session_id}")
            for turn in DEMO_TURNS[lang]:
                out.print(f"[bold green]you>[/] {turn}", markup=True)
                _print_replies(runner.send(turn))
            out.rule(f"mentor {mentor}: request changes")
            out.print(DEMO_CHANGES[lang])
            decision = {"action": "reject", "mentor_id": mentor, "message": DEMO_CHANGES[lang]}
            _print_replies(runner.resume(decision))
            out.rule(f"mentor {mentor}: approve")
            _print_replies(runner.resume({"action": "approve", "mentor_id": mentor}))
            out.rule("approved plan")
            _show_plan(runner, "md")
    finally:
        if tmp is not None:
            if previous_home is None:
                os.environ.pop("COACH_HOME", None)
            else:
                os.environ["COACH_HOME"] = previous_home
            tmp.cleanup()


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


# ----------------------------------------------------------------------------- eval (issue 6)
# `coach eval [PATHS]` and `coach eval record`; the commands live in coach.evals.cli (light import).
from coach.evals.cli import eval_app  # noqa: E402

app.add_typer(eval_app, name="eval")
# ----------------------------------------------------------------------------- end eval


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)

"""``coach eval``: replay the recorded cases and gate on the baseline; ``coach eval record``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    # typer vendors click; this is the context type its group methods take.
    from typer._click import Context as ClickContext

    from coach.evals.selfcheck import SelfCheck

EXIT_FAIL = 1
EXIT_USAGE = 2


class _RunByDefault(TyperGroup):
    """``coach eval [PATHS]`` means ``coach eval run [PATHS]``; ``record`` stays a subcommand."""

    def parse_args(self, ctx: ClickContext, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["run", *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(
    cls=_RunByDefault,
    help=(
        "Regression evals: `coach eval [PATHS]` replays recorded cases (default evals/cases) "
        "offline and fails on regressions against evals/baseline.json; "
        "`coach eval record SESSION --name NAME` turns a session into a case."
    ),
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _say(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _fail(text: str, code: int = EXIT_FAIL) -> typer.Exit:
    sys.stderr.write(f"error: {text}\n")
    return typer.Exit(code)


@eval_app.command("run")
def run_cmd(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Case files or folders (default: evals/cases).", show_default=False),
    ] = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write a Markdown report here.")
    ] = None,
    junit: Annotated[
        Path | None, typer.Option("--junit", help="Write a JUnit XML report here.")
    ] = None,
    baseline_path: Annotated[
        Path | None, typer.Option("--baseline", help="Baseline file (default evals/baseline.json).")
    ] = None,
    accept: Annotated[
        bool,
        typer.Option("--accept", help="Accept plan changes: rewrite those cases and the baseline."),
    ] = False,
    lower_floors: Annotated[
        bool,
        typer.Option(
            "--lower-floors",
            help="With --accept: also lower the baseline's soft scores that dropped (printed).",
        ),
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parallel processes.")] = 1,
    langsmith: Annotated[
        bool,
        typer.Option(
            "--langsmith",
            help="Also upload the run as a LangSmith experiment (needs LANGSMITH_API_KEY).",
        ),
    ] = False,
    dataset: Annotated[
        str, typer.Option("--dataset", help="LangSmith dataset for --langsmith.")
    ] = "coach-eval-cases",
) -> None:
    """Replay cases through a fresh graph, score them, compare with the baseline."""
    from coach.evals.gate import gate, load_baseline, save_baseline, updated_baseline
    from coach.evals.report import console_lines, junit_report, markdown_report
    from coach.evals.suite import accept_changes, collect, default_evals_dir, run_files

    try:
        files = collect(list(paths or []))
        baseline_file = baseline_path or default_evals_dir() / "baseline.json"
        baseline = load_baseline(baseline_file)
    except ValueError as exc:
        raise _fail(str(exc), EXIT_USAGE) from exc
    if not files:
        raise _fail("no cases found", EXIT_USAGE)
    client = _langsmith_client() if langsmith else None
    results = run_files(files, jobs)
    verdict = gate(results, baseline, accepted=accept)
    for line in console_lines(results, verdict):
        _say(line)
    judged = _selfcheck(default_evals_dir()) if not paths else None
    if lower_floors and not accept:
        raise _fail("--lower-floors only works with --accept", EXIT_USAGE)
    if accept:
        # Only cases that still pass their hard checks are rewritten or enter the baseline.
        rewritten = accept_changes(files, results)
        keep = [r for r in results if r.verdict in ("pass", "changed")]
        accepted, lowered = updated_baseline(baseline, keep, lower_floors=lower_floors)
        save_baseline(accepted, baseline_file)
        for line in lowered:
            _say(f"score floor lowered: {line}")
        _say(f"accepted: {len(rewritten)} case(s) rewritten, baseline {baseline_file} updated")
        verdict = gate(results, accepted, accepted=True)
    if report is not None:
        report.write_text(markdown_report(results, verdict), encoding="utf-8")
    if junit is not None:
        extra = judged.entries if judged is not None else []
        junit.write_text(junit_report(results, verdict, extra), encoding="utf-8")
    if client is not None:
        _upload(client, files, results, verdict, dataset)
    failed = len(verdict.failures)
    _say(f"{len(results) - failed}/{len(results)} cases pass the gate")
    if failed or (judged is not None and judged.failed):
        raise typer.Exit(EXIT_FAIL)


def _selfcheck(evals_dir: Path) -> SelfCheck:
    """Run the reviewer cases and the judge's calibration and print them."""
    from coach.evals.selfcheck import selfcheck

    judged = selfcheck(evals_dir)
    for line in judged.lines:
        _say(line)
    return judged


def _langsmith_client() -> Any:
    from coach.evals.langsmith_upload import LangSmithNotConfigured, client_from_env

    try:
        return client_from_env()
    except LangSmithNotConfigured as exc:
        raise _fail(str(exc), EXIT_USAGE) from exc


def _upload(client: Any, files: list[Path], results: list[Any], verdict: Any, dataset: str) -> None:
    from coach.evals.case import load_case
    from coach.evals.langsmith_upload import upload

    cases = []
    for path in files:
        try:
            cases.append(load_case(path))
        except ValueError:
            continue  # an unreadable case is already reported as an error result
    try:
        done = upload(client, cases, results, verdict, dataset=dataset)
    except Exception as exc:  # the replay's own verdict stands; the upload is reported
        raise _fail(f"LangSmith upload failed: {type(exc).__name__}: {exc}") from exc
    _say(
        f"langsmith: experiment {done.experiment} ({done.runs} runs) on dataset {done.dataset} "
        f"({done.new_examples} new example(s))"
    )


@eval_app.command("record")
def record_cmd(
    session: Annotated[str, typer.Argument(help="Session id (see `coach sessions`).")],
    name: Annotated[str, typer.Option("--name", help="Case name: evals/cases/NAME.json.")],
    scrub_employer: Annotated[
        list[str] | None,
        typer.Option("--scrub-employer", help="An employer to scrub (repeatable)."),
    ] = None,
    scrub_name: Annotated[
        list[str] | None,
        typer.Option("--scrub-name", help="A person's name to scrub (repeatable)."),
    ] = None,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Folder for the case (default evals/cases).")
    ] = None,
    description: Annotated[str, typer.Option("--description", help="What this case proves.")] = "",
    tag: Annotated[list[str] | None, typer.Option("--tag", help="A tag (repeatable).")] = None,
    lang: Annotated[
        str, typer.Option("--lang", help="The --lang the session ran with: auto, en or zh.")
    ] = "auto",
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing case.")] = (
        False
    ),
    force: Annotated[
        bool, typer.Option("--force", help="Write the case even if its replay does not pass.")
    ] = False,
) -> None:
    """Turn a logged session into an eval case (personal data scrubbed), then replay it once."""
    from coach.evals.case import save_case
    from coach.evals.record import RecordError, build_case, check_case_name, mentor_ids
    from coach.evals.replay import run_case
    from coach.evals.suite import default_evals_dir
    from coach.knowledge import load_kb
    from coach.sessions import SessionLog

    try:
        check_case_name(name)
    except RecordError as exc:
        raise _fail(str(exc), EXIT_USAGE) from exc
    target = (out_dir or default_evals_dir() / "cases") / f"{name}.json"
    if target.exists() and not overwrite:
        raise _fail(f"{target} exists; pass --overwrite to replace it", EXIT_USAGE)
    events = SessionLog(session).read()
    if not events:
        raise _fail(f"no log for session {session!r} (looked in the data dir's logs/)")
    state, awaiting, status, model, user = _session_state(session)
    registered = _registered_mentors(mentor_ids(events))
    try:
        case = build_case(
            name,
            events,
            final_state=state,
            awaiting_mentor=awaiting,
            status=status,
            model_spec=model,
            kb=load_kb(),
            session_id=session,
            user_id=user,
            language=lang,
            employers=scrub_employer or [],
            names=scrub_name or [],
            description=description,
            tags=tag or [],
            registered_mentors=registered,
        )
    except RecordError as exc:
        raise _fail(str(exc)) from exc
    result = run_case(case)
    if result.verdict != "pass":
        _say(f"replay of the new case: {result.verdict}: {result.message}")
        for line in result.plan_diff[:40]:
            _say("  " + line)
        if not force:
            raise _fail("the case does not replay as recorded; not written (use --force)")
    save_case(case, target)
    scrubbed = case.scrubbed.model_dump(exclude={"applied"})
    _say(
        f"wrote {target}: {len(case.steps)} steps, {len(case.recorded.model_calls)} model calls, "
        f"engine {case.meta.engine}, replay {result.verdict}; scrubbed {scrubbed}"
    )


def _registered_mentors(ids: list[str]) -> list[str]:
    """Which of ``ids`` the data dir's store knows as mentors."""
    from coach.memory import StorageError, open_memory
    from coach.store import is_mentor

    if not ids:
        return []
    try:
        with open_memory() as mem:
            return [m for m in ids if is_mentor(mem.store, m)]
    except StorageError as exc:
        raise _fail(str(exc)) from exc


def _session_state(session: str) -> tuple[dict[str, Any] | None, bool, str, str, str | None]:
    """The final state, pause, status, model spec and user of a session from the data dir."""
    from coach.context import Context
    from coach.graph import build_graph
    from coach.memory import StorageError, open_memory
    from coach.runner import SessionRunner
    from coach.sessions import get_session

    try:
        with open_memory() as mem:
            info = get_session(mem.store, session)
            user = info.user_id if info else "local"
            runner = SessionRunner(
                build_graph(mem.checkpointer, mem.store), session, Context(user_id=user)
            )
            if not runner.exists():
                return None, False, "intake", info.model if info else "offline", user
            values = runner.values()
            values.pop("messages", None)
            return (
                values,
                runner.awaiting_mentor(),
                runner.status(),
                info.model if info else "offline",
                user,
            )
    except StorageError as exc:
        raise _fail(str(exc)) from exc

"""``coach eval personas [PATHS]``: run the persona suite offline and gate on its baseline."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from coach.evals.personas.suite import PersonaResult

EXIT_FAIL = 1


def personas_cmd(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Persona files or folders (default evals/personas).", show_default=False
        ),
    ] = None,
    baseline_path: Annotated[
        Path | None,
        typer.Option("--baseline", help="Baseline (default evals/personas/baseline.json)."),
    ] = None,
    accept: Annotated[
        bool, typer.Option("--accept", help="Record what is met now as the baseline.")
    ] = False,
    report: Annotated[Path | None, typer.Option("--report", help="Write Markdown here.")] = None,
    junit: Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML here.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No per-miss lines.")] = False,
    show: Annotated[
        bool, typer.Option("--show", help="Also print each conversation and plan stages.")
    ] = False,
) -> None:
    """Run the persona suite offline, score COACHING.md's expectations, gate on the baseline.

    Each persona goes through the real graph in a fresh in-memory session; the command fails
    when an expectation met in the baseline fails now.
    """
    from coach.evals.personas.report import (
        console_lines,
        junit_report,
        markdown_report,
        transcript_lines,
    )
    from coach.evals.personas.suite import collect, default_dir, load_baseline, run_files

    files = collect(list(paths or []))
    if not files:
        sys.stderr.write("error: no persona files found\n")
        raise typer.Exit(EXIT_FAIL)
    baseline_file = baseline_path or default_dir() / "baseline.json"
    baseline = load_baseline(baseline_file)
    results = run_files(files)
    if show:
        for result in results:
            for line in transcript_lines(result):
                _say(line)
    for line in console_lines(results, verbose=not quiet):
        _say(line)
    if report is not None:
        report.write_text(markdown_report(results), encoding="utf-8")
    if junit is not None:
        junit.write_text(junit_report(results), encoding="utf-8")
    if accept:
        _accept(results, baseline, baseline_file, keep_others=bool(paths))
    else:
        _gate(results, baseline)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def _accept(
    results: list[PersonaResult], baseline: dict[str, list[str]], path: Path, keep_others: bool
) -> None:
    """Write what is met now; with explicit paths, the personas not run keep their entries."""
    from coach.evals.personas.suite import changes, save_baseline_map

    gained, lost = changes(results, baseline)
    met = {r.id: r.met for r in results}
    save_baseline_map(path, {**baseline, **met} if keep_others else met, results)
    for key in gained:
        _say(f"now met: {key}")
    for key in lost:
        _say(f"no longer met: {key}")
    _say(f"baseline written: {path} (+{len(gained)} -{len(lost)})")


def _gate(results: list[PersonaResult], baseline: dict[str, list[str]]) -> None:
    from coach.evals.personas.suite import changes

    gained, lost = changes(results, baseline)
    for key in gained:
        _say(f"newly met (not in the baseline; --accept records it): {key}")
    for key in lost:
        _say(f"REGRESSION: {key}")
    broken = [r for r in results if r.run is None]
    for result in broken:
        sys.stderr.write(f"error: persona {result.path} did not load: {result.error}\n")
    if lost:
        sys.stderr.write(f"{len(lost)} expectation(s) met in the baseline fail now\n")
    if lost or broken:
        raise typer.Exit(EXIT_FAIL)

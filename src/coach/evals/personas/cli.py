"""``coach eval personas [PATHS]``: run the persona suite offline and gate on its baseline."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

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
    from coach.evals.personas.suite import (
        changes,
        collect,
        default_dir,
        load_baseline,
        run_files,
        save_baseline,
    )

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
                sys.stdout.write(line + "\n")
    for line in console_lines(results, verbose=not quiet):
        sys.stdout.write(line + "\n")
    if report is not None:
        report.write_text(markdown_report(results), encoding="utf-8")
    if junit is not None:
        junit.write_text(junit_report(results), encoding="utf-8")
    gained, lost = changes(results, baseline)
    if accept:
        if paths:
            # Keep the other personas' entries: only the ones run are refreshed.
            merged = {**baseline, **{r.id: r.met for r in results}}
            from coach.evals.personas.suite import save_baseline_map

            save_baseline_map(baseline_file, merged, results)
        else:
            save_baseline(baseline_file, results)
        for key in gained:
            sys.stdout.write(f"now met: {key}\n")
        for key in lost:
            sys.stdout.write(f"no longer met: {key}\n")
        sys.stdout.write(f"baseline written: {baseline_file} (+{len(gained)} -{len(lost)})\n")
        return
    for key in gained:
        sys.stdout.write(f"newly met (not in the baseline; --accept records it): {key}\n")
    if lost:
        for key in lost:
            sys.stdout.write(f"REGRESSION: {key}\n")
        sys.stderr.write(f"{len(lost)} expectation(s) met in the baseline fail now\n")
        raise typer.Exit(EXIT_FAIL)

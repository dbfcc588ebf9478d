"""``coach eval understanding [PATH]``: score the labelled utterance corpus field by field."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def understanding_cmd(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Corpus files or folders (default: evals/understanding).", show_default=False
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Figures only, no misses.")] = False,
    min_accuracy: Annotated[
        float, typer.Option("--min", help="Fail (exit 1) below this share of fields right.")
    ] = 0.97,
) -> None:
    """Per-field accuracy of the offline understanding on a labelled corpus; prints misses."""
    from coach.evals.understanding import DEFAULT_DIR, corpus_files, report, score_corpus

    chosen = paths or [DEFAULT_DIR]
    missing = [p for p in chosen if not p.exists()]
    if missing or not corpus_files(chosen):
        sys.stderr.write(f"error: no corpus at {', '.join(map(str, missing or chosen))}\n")
        raise typer.Exit(2)
    score = score_corpus(chosen)
    sys.stdout.write(report(score, show_misses=not quiet) + "\n")
    if score.accuracy < min_accuracy:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``understanding`` to the ``coach eval`` group."""
    app.command("understanding")(understanding_cmd)

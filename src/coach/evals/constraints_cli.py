"""``coach eval constraints [PATHS]``: score the constraint parser on the labelled corpus."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def constraints_cmd(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Corpus files or folders (default: evals/constraints).", show_default=False
        ),
    ] = None,
    min_accuracy: Annotated[
        float, typer.Option("--min", help="Fail below this accuracy (0-1).")
    ] = 0.97,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
) -> None:
    """Score mentor-request parsing per constraint (en and zh); fails below --min."""
    from coach.evals.constraints import DEFAULT_DIR, load_corpus, score_corpus
    from coach.knowledge import load_kb

    rows = load_corpus(paths or [DEFAULT_DIR])
    if not rows:
        sys.stderr.write("error: no requests found\n")
        raise typer.Exit(2)
    score = score_corpus(rows, load_kb())
    out = sys.stdout
    for miss in score.misses() if verbose else []:
        out.write(f"MISS {miss.text}\n  expected {miss.expected}\n  read     {miss.read}\n")
    zh = sum(1 for r in score.results if any("\u4e00" <= ch <= "\u9fff" for ch in r.text))
    out.write(
        f"{len(rows)} requests ({zh} Chinese), {score.total} constraints: "
        f"{score.matched}/{score.total} = {score.accuracy:.1%}\n"
    )
    if score.accuracy < min_accuracy:
        raise typer.Exit(1)

"""A Markdown table of a ``bench/mutation.py --json`` run: per mutant, what killed it.

Run: python bench/mutation_report.py RUN.json [--out docs/mutation-score.md]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def _cell(items: list[str], limit: int = 3) -> str:
    shown = [i.replace("|", "/") for i in items[:limit]]
    more = f" (+{len(items) - limit})" if len(items) > limit else ""
    return "<br>".join(shown) + more if shown else "-"


def _split(data: dict[str, object], total: int) -> list[str]:
    """What the evals killed through the net that existed before this round (a merged run,
    ``bench/mutation_merge.py``)."""
    summary = data.get("summary")
    if not isinstance(summary, dict) or "killed_by_existing_evals" not in summary:
        return []
    before = int(summary["killed_by_existing_evals"])
    return [
        f"Through the eval cases and persona expectations that existed before this round alone "
        f"(recorded cases of `evals/baseline.json`, persona expectations), the evals kill "
        f"{before}/{total} ({100 * before / total:.0f} %); the rest of their kills come from "
        "the reviewer cases, the judge's calibration and the recorded cases added this round.",
        "",
    ]


def report(data: dict[str, object]) -> str:
    mutants = [m for m in data["mutants"] if not m["stale"]]  # type: ignore[union-attr, index]
    total = len(mutants) or 1
    tests = sum("tests" in m["killed_by"] for m in mutants)
    evals = sum("evals" in m["killed_by"] for m in mutants)
    either = sum(bool(m["killed_by"]) for m in mutants)
    earlier = sum(bool(m["detail"].get("round")) for m in mutants)
    nearest = sum("whole suite not run" in m["detail"].get("tests", "") for m in mutants)
    lines = [
        "# Mutation score",
        "",
        f"{len(mutants)} mutants judged. Killed by the tests: {tests}/{total} "
        f"({100 * tests / total:.0f} %); by `coach eval` + `coach eval personas`: {evals}/{total} "
        f"({100 * evals / total:.0f} %); by either: {either}/{total}.",
        "",
        *_split(data, total),
        f"{earlier} of them have their tests' verdict from an earlier round, on the code and "
        "tests of then (marked *earlier*); "
        f"{nearest} survived their nearest tests and were not run against the whole suite "
        "(marked *nearest*: the tests' verdict is a lower bound).",
        "",
        "| area | mutant | killed by | first failing test | failing eval cases / persona expectations |",
        "|---|---|---|---|---|",
    ]
    for m in sorted(mutants, key=lambda m: (m["area"], m["name"])):
        verdict = ", ".join(m["killed_by"]) or "**survived**"
        if m["detail"].get("round"):
            verdict += " *earlier*"
        if "whole suite not run" in m["detail"].get("tests", ""):
            verdict += " *nearest*"
        lines.append(
            f"| {m['area']} | `{m['name']}` | {verdict} | "
            f"{_cell(m['killing_tests'], 1)} | {_cell(m['killing_cases'])} |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    text = report(json.loads(args.run.read_text(encoding="utf-8")))
    if args.out is None:
        print(text)
    else:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

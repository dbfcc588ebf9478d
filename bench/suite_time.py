"""Wall and CPU time of the README's test command (a benchmark, not a timed test).

Runs the fast part of the README's test command, ``pytest -n auto`` (``--slow`` adds the second
part, ``pytest -n auto -m slow``), from the repository root, and reports for each run the wall
time, the CPU time of pytest and all its workers and children (user and sys, as
``/usr/bin/time`` counts them), the number of tests and the load average around it. On a shared
machine wall time is noise; CPU time is what to compare before and after a change. Each run
also reports the CPU time spent inside tests (setup, call and teardown, with the children they
waited for; ``tests/conftest.py`` measures it per test) and the modules that took the most:
the rest of the CPU is starting the workers, importing and collecting.

``--baseline REF`` times REF's tree too (a ``git archive`` in a temporary folder, with this tree's
derived-data cache), each run of it right before the same run of this tree, so both meet the
same load; compare the minimum of two or more runs (a tree's first run also writes its bytecode).

Run: python bench/suite_time.py [--runs N] [--slow] [--baseline REF] [--json out.json]
     [--log out.txt] [-- extra pytest args, e.g. --durations=30 or test paths]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODULE_CPU = Path(".pytest_cache") / "coach-cpu.json"
"""CPU seconds per test module of the last run (written by tests/conftest.py), in a tree."""
TEST_CPU = Path(".pytest_cache") / "coach-cpu-tests.json"
"""The last run's tests that took the most CPU (written by tests/conftest.py), in a tree."""
COMMANDS = {"fast": ["-n", "auto"], "slow": ["-n", "auto", "-m", "slow"]}
_COUNT = re.compile(r"(\d+) (passed|failed|skipped|error|errors|xfailed|xpassed)\b")


def _children_cpu() -> tuple[float, float]:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime, usage.ru_stime


def run_once(args: list[str], log: Path | None = None, root: Path = ROOT) -> dict[str, Any]:
    """One run of ``pytest ARGS`` in the tree ``root`` (its ``src`` first on the path); CPU is
    what its process tree used (waited-for children)."""
    command = [sys.executable, "-m", "pytest", *args]
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    load_before = os.getloadavg()[0]
    (root / MODULE_CPU).unlink(missing_ok=True)  # the per-module figures are this run's only
    (root / TEST_CPU).unlink(missing_ok=True)
    user0, sys0 = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    user1, sys1 = _children_cpu()
    if log is not None:
        log.write_text(done.stdout + done.stderr, encoding="utf-8")
    tail = done.stdout.strip().splitlines()[-1:] or [""]
    counts = {kind: int(n) for n, kind in _COUNT.findall(tail[0])}
    modules = _cpu_of(root / MODULE_CPU)
    return {
        "command": " ".join(["pytest", *args]),
        "exit_code": done.returncode,
        "tests": counts,
        "wall_s": round(wall, 2),
        "user_s": round(user1 - user0, 2),
        "sys_s": round(sys1 - sys0, 2),
        "cpu_s": round(user1 - user0 + sys1 - sys0, 2),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "in_tests_cpu_s": round(sum(modules.values()), 2),
        "top_modules_cpu_s": dict(list(modules.items())[:TOP]),
        "top_tests_cpu_s": dict(list(_cpu_of(root / TEST_CPU).items())[:TOP]),
    }


TOP = 15


def _cpu_of(path: Path) -> dict[str, float]:
    """This run's CPU seconds per test module or test, most first (empty if none written)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return dict(sorted(((str(k), float(v)) for k, v in data.items()), key=lambda kv: -kv[1]))


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "command": runs[0]["command"],
        "runs": len(runs),
        "wall_s_min": min(r["wall_s"] for r in runs),
        "wall_s_median": statistics.median(r["wall_s"] for r in runs),
        "cpu_s_min": min(r["cpu_s"] for r in runs),
        "cpu_s_median": statistics.median(r["cpu_s"] for r in runs),
        "in_tests_cpu_s_median": statistics.median(r["in_tests_cpu_s"] for r in runs),
        "all_passed": all(r["exit_code"] == 0 for r in runs),
    }


def baseline_tree(ref: str, into: Path) -> Path:
    """REF's whole tree in ``into`` (``git archive``), with this tree's derived-data cache (a
    cold cache would time building the search index, not the tests)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True
    ).stdout
    into.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    cache = ROOT / ".pytest_cache" / "coach-cache"
    if cache.is_dir():
        shutil.copytree(cache, into / ".pytest_cache" / "coach-cache")
    return into


def timed(
    trees: dict[str, Path], parts: list[str], runs: int, extra: list[str], log: Path | None
) -> dict[str, Any]:
    """Every part ``runs`` times in every tree, the trees' runs of a part side by side."""
    report: dict[str, Any] = {"benchmark": "the README's test command", "trees": {}}
    for name in trees:
        report["trees"][name] = {"parts": {}}
    for part in parts:
        done: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
        for _ in range(runs):
            for name, root in trees.items():
                run = run_once([*COMMANDS[part], *extra], log, root) | {"tree": name}
                print(json.dumps(run), flush=True)
                done[name].append(run)
        for name, tree_runs in done.items():
            entry = {"summary": summary(tree_runs) | {"tree": name}, "runs": tree_runs}
            report["trees"][name]["parts"][part] = entry
            print(json.dumps(entry["summary"]), flush=True)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--slow", action="store_true", help="also time `pytest -n auto -m slow`")
    parser.add_argument("--json", type=Path, help="write every run and the summary here")
    parser.add_argument("--log", type=Path, help="keep the last run's pytest output here")
    parser.add_argument("--baseline", help="git ref whose tree is timed too, run for run")
    parser.add_argument("extra", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args()
    parts = ["fast", "slow"] if args.slow else ["fast"]
    with tempfile.TemporaryDirectory(prefix="coach-suite-time-") as tmp:
        trees = {"this": ROOT}
        if args.baseline:
            trees = {args.baseline: baseline_tree(args.baseline, Path(tmp) / "baseline"), **trees}
        report = timed(trees, parts, args.runs, args.extra, args.log)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    ours = report["trees"]["this"]["parts"].values()
    if not all(p["summary"]["all_passed"] for p in ours):
        sys.exit(1)


if __name__ == "__main__":
    main()

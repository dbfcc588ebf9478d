"""Mutation score: does the test net catch realistic bugs?

Run: python bench/mutation.py [--jobs 2] [--only NAME ...] [--list] [--json OUT]

Each mutation in ``bench/mutations.py`` is one realistic bug (a flipped comparison, a check
removed, a default changed, a guard dropped) written as an exact text replacement in one file.
For every mutation the script copies the tracked tree (``git ls-files``) into a temporary folder,
applies the replacement there (never in the working tree), and runs two judges in the copy:

- ``tests``: the README's test command, ``pytest`` (stopping at the first failure, ``-x``);
- ``evals``: ``coach eval`` plus ``coach eval personas`` (the regression and persona suites).

A judge *kills* a mutant when it exits non-zero. A replacement whose text is no longer found
exactly once is reported as ``stale`` (the code moved): it is neither killed nor survived, and the
run exits non-zero so the list is kept true. The summary gives the share of mutants each judge
kills, which the README's performance section quotes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutations import MUTATIONS, Mutation  # noqa: E402

JUDGE_TIMEOUT_S = 900


@dataclass
class Outcome:
    name: str
    area: str
    stale: bool = False
    killed_by: list[str] = field(default_factory=list)
    detail: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def _copy_tree(dest: Path) -> None:
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for raw in files:
        if not raw:
            continue
        rel = raw.decode()
        src = ROOT / rel
        if not src.is_file():
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)


def _apply(tree: Path, mutation: Mutation) -> bool:
    path = tree / mutation.path
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8")
    if text.count(mutation.find) != 1:
        return False
    path.write_text(text.replace(mutation.find, mutation.replace), encoding="utf-8")
    return True


def _judge(tree: Path, argv: list[list[str]]) -> tuple[bool, str]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    env["COACH_HOME"] = str(tree / ".coach-home")
    env.pop("COACH_TEST_DATABASE_URL", None)  # the scratch server is CI's, not the bench's
    env.pop("COACH_REQUIRE_SERVER_TEST", None)
    for command in argv:
        try:
            done = subprocess.run(
                command,
                cwd=tree,
                env=env,
                capture_output=True,
                text=True,
                timeout=JUDGE_TIMEOUT_S,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            return True, f"{command[0]}: timed out (a hang counts as caught)"
        if done.returncode != 0:
            tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
            return True, " | ".join(tail)[:300]
    return False, "survived"


JUDGES: dict[str, list[list[str]]] = {
    "tests": [[sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider"]],
    "evals": [
        [sys.executable, "-m", "coach", "eval"],
        [sys.executable, "-m", "coach", "eval", "personas"],
    ],
}


def run_one(mutation: Mutation) -> Outcome:
    started = time.perf_counter()
    outcome = Outcome(mutation.name, mutation.area)
    with tempfile.TemporaryDirectory(prefix="coach-mutant-") as tmp:
        tree = Path(tmp)
        _copy_tree(tree)
        if not _apply(tree, mutation):
            outcome.stale = True
            return outcome
        for judge, commands in JUDGES.items():
            killed, detail = _judge(tree, commands)
            outcome.detail[judge] = detail
            if killed:
                outcome.killed_by.append(judge)
    outcome.seconds = round(time.perf_counter() - started, 1)
    return outcome


def summary(outcomes: list[Outcome]) -> dict[str, object]:
    live = [o for o in outcomes if not o.stale]
    total = len(live) or 1
    return {
        "mutants": len(outcomes),
        "stale": [o.name for o in outcomes if o.stale],
        "killed_by_tests": round(sum("tests" in o.killed_by for o in live) / total, 3),
        "killed_by_evals": round(sum("evals" in o.killed_by for o in live) / total, 3),
        "survivors": [o.name for o in live if not o.killed_by],
        "evals_survivors": [o.name for o in live if "evals" not in o.killed_by],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    chosen = [m for m in MUTATIONS if not args.only or m.name in args.only]
    if args.list:
        for m in chosen:
            print(f"{m.area:<12} {m.name:<44} {m.why}")
        return 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(run_one, chosen))
    for o in outcomes:
        mark = "stale" if o.stale else ("killed" if o.killed_by else "SURVIVED")
        print(
            f"{mark:<8} {o.area:<12} {o.name:<44} {','.join(o.killed_by) or '-':<12} {o.seconds}s"
        )
    report = summary(outcomes)
    print(json.dumps(report, indent=1))
    if args.json is not None:
        args.json.write_text(
            json.dumps({"summary": report, "mutants": [asdict(o) for o in outcomes]}, indent=1)
        )
    return 1 if report["stale"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

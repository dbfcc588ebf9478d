"""Mutation score: does the test net catch realistic bugs?

Run: python bench/mutation.py [--jobs 2] [--only NAME ...] [--area AREA ...] [--list]
     [--json OUT] [--resume OUT] [--nearest-only] [--first-kill] [--judges tests evals]
then: python bench/mutation_report.py OUT --out docs/mutation-score.md

Each mutation in ``bench/mutations.py`` is one realistic bug (a flipped comparison, a check
removed, a default changed, a guard dropped) written as an exact text replacement in one file.
The tracked tree is snapshotted once at the start; for every mutation the script copies that
snapshot into a temporary folder, applies the replacement there (never in the working tree), and
runs two judges in the copy:

- ``tests``: the README's test command (``pytest`` and ``pytest -m slow``). The tests nearest the mutant (its area's,
  ``AREA_TESTS``, or the mutation's own ``tests``) run first with ``-x``; only a survivor of those
  runs the whole suite (``--nearest-only`` leaves that for a later ``--only`` run: it is most of
  the time). The first failing test is recorded.
- ``evals``: ``coach eval`` plus ``coach eval personas``; every failing case and every persona
  expectation no longer met is recorded (``--first-kill``: personas are not run for a mutant
  ``coach eval`` already killed; same verdict, fewer names).

A judge *kills* a mutant when it exits non-zero. A replacement whose text is no longer found
exactly once is reported as ``stale`` (the code moved): it is neither killed nor survived, and the
run exits non-zero so the list is kept true. Results are written to ``--json`` as the run goes, so
a run cut short keeps what it measured (``--resume`` carries on from it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
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
SNAPSHOT: Path | None = None
"""The tree as it was when the run started: every mutant is judged on the same code and tests
(edits made while a long run goes on do not leak into its later mutants)."""


@dataclass
class Outcome:
    name: str
    area: str
    stale: bool = False
    killed_by: list[str] = field(default_factory=list)
    detail: dict[str, str] = field(default_factory=dict)
    killing_tests: list[str] = field(default_factory=list)
    """The tests that failed on the mutant (all of the nearest tests, else the first one)."""
    killing_cases: list[str] = field(default_factory=list)
    """The eval cases that failed the gate and the persona expectations no longer met."""
    seconds: float = 0.0
    judge_seconds: dict[str, float] = field(default_factory=dict)


def _copy_tree(dest: Path, source: Path = ROOT) -> None:
    """Copy the tracked files of ``source`` (the working tree) into ``dest``; from the snapshot,
    its compiled ``__pycache__`` too (a mutated file is newer than its cached bytecode, so only
    it is compiled again)."""
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for raw in files:
        if not raw:
            continue
        rel = raw.decode()
        src = source / rel
        if not src.is_file():
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
    if source != ROOT:
        for cache in source.rglob("__pycache__"):
            shutil.copytree(cache, dest / cache.relative_to(source), dirs_exist_ok=True)


def _warm(tree: Path) -> None:
    """Compile the snapshot once (sources, and the tests as pytest rewrites them), so that no
    judge of any mutant compiles them again."""
    env = {**_env(tree), "PYTHONDONTWRITEBYTECODE": ""}
    env.pop("PYTHONDONTWRITEBYTECODE")
    for command in (
        [sys.executable, "-m", "compileall", "-q", "src", "bench"],
        [*PYTEST, "--collect-only", *EVERY_TEST],
    ):
        subprocess.run(command, cwd=tree, env=env, capture_output=True, stdin=subprocess.DEVNULL)


def _apply(tree: Path, mutation: Mutation) -> bool:
    path = tree / mutation.path
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8")
    if text.count(mutation.find) != 1:
        return False
    path.write_text(text.replace(mutation.find, mutation.replace), encoding="utf-8")
    return True


AREA_TESTS: dict[str, tuple[str, ...]] = {
    "gate": ("tests/unit/test_eval_*.py",),
    "scorers": ("tests/unit/test_eval_*.py", "tests/personas/test_checks_*.py"),
    "replay": ("tests/unit/test_eval_*.py", "tests/unit/test_llm_replay.py"),
    "scrubber": (
        "tests/unit/test_llm_privacy.py",
        "tests/unit/test_eval_case_and_scrub.py",
        "tests/integration/test_privacy.py",
    ),
    "planner": (
        "tests/unit/test_plan*.py",
        "tests/unit/test_schedule.py",
        "tests/unit/test_project_templates.py",
        "tests/property",
    ),
    "checks": ("tests/unit/test_checks.py", "tests/unit/test_plan*.py", "tests/property"),
    "constraints": ("tests/unit/test_constraint*.py", "tests/unit/test_progress_and_replan.py"),
    "understanding": (
        "tests/unit/test_understand*.py",
        "tests/unit/test_extract.py",
        "tests/unit/test_numbers.py",
        "tests/unit/test_profile_bounds.py",
    ),
    "mentor": (
        "tests/unit/test_mentor_decisions.py",
        "tests/integration/test_correction_while_waiting.py",
        "tests/integration/test_graph_guards.py",
        "tests/integration/test_mentor_identity.py",
        "tests/integration/test_cli_flow.py",
    ),
    "runner": (
        "tests/integration/test_graph_guards.py",
        "tests/integration/test_reliability.py",
        "tests/integration/test_cli_flow.py",
    ),
}
"""The tests run first for a mutant of each area; the full suite runs only for its survivors."""

_FAILED = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.M)
_EVAL_FAIL = re.compile(r"^FAIL (\S+)", re.M)
_PERSONA_LOST = re.compile(r"^REGRESSION: (\S+)", re.M)


def _env(tree: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    # Bytecode is compiled once, in the snapshot (``_warm``); a mutant's own tree writes none.
    env["COACH_HOME"] = str(tree / ".coach-home")
    # Judged as CI judges: property tests derandomized, so a verdict is reproducible and a rare
    # example that random search happens on cannot kill a mutant by luck.
    env["CI"] = "true"
    env.pop("COACH_TEST_DATABASE_URL", None)  # the scratch server is CI's, not the bench's
    env.pop("COACH_REQUIRE_SERVER_TEST", None)
    return env


def _run(tree: Path, command: list[str]) -> tuple[int | None, str]:
    """(exit code or None on a time-out, output)."""
    try:
        done = subprocess.run(
            command,
            cwd=tree,
            env=_env(tree),
            capture_output=True,
            text=True,
            timeout=JUDGE_TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return None, "timed out (a hang counts as caught)"
    return done.returncode, done.stdout + done.stderr


def _tail(output: str) -> str:
    return " | ".join(output.strip().splitlines()[-3:])[:300]


PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfE"]
EVERY_TEST = ["-m", "slow or not slow"]
"""The README's test command is ``pytest`` and ``pytest -m slow``: both halves judge a mutant."""


def _targets(tree: Path, mutation: Mutation) -> list[str]:
    found: list[str] = []
    for pattern in mutation.tests or AREA_TESTS.get(mutation.area, ()):
        found += sorted(str(p.relative_to(tree)) for p in tree.glob(pattern))
    return list(dict.fromkeys(found))


WHOLE_SUITE = True
"""False (``--nearest-only``): survivors of the nearest tests are reported as such, and the
whole suite is left for a later ``--only`` run of them (it is most of a run's time)."""


_PASSES: dict[str, bool] = {}


def _passes_unmutated(test_id: str) -> bool:
    """Whether ``test_id`` passes on the unmutated snapshot (asked once per test): a test that
    fails without any mutant (a flaky one, a known failure) kills nothing."""
    if test_id not in _PASSES and SNAPSHOT is not None:
        code, _ = _run(SNAPSHOT, [*PYTEST, *EVERY_TEST, test_id])
        _PASSES[test_id] = code == 0
    return _PASSES.get(test_id, True)


def _real_kill(killing: list[str], outcome: Outcome) -> bool:
    # A parametrized id with a space is cut at it by ``_FAILED``: then all of its cases.
    failing = [t if "[" not in t or t.endswith("]") else t.split("[")[0] for t in killing]
    failing = [t for t in failing if "::" in t]
    if failing and not all(_passes_unmutated(t) for t in failing):
        outcome.detail["tests"] = "a test that failed also fails unmutated: " + failing[0]
        return False
    return True


def judge_tests(tree: Path, mutation: Mutation, outcome: Outcome) -> None:
    """The README's test command (``pytest``). The tests nearest the mutant run first; only if
    none fails does the whole suite run. Both stop at the first failure (``-x``: the killer
    named is the first one). A test of the nearest set failing means the whole suite fails, so
    the verdict is the suite's."""
    targets = _targets(tree, mutation)
    if targets:
        code, out = _run(tree, [*PYTEST, *EVERY_TEST, "-x", *targets])
        if code != 0 and _real_kill(_FAILED.findall(out), outcome):
            outcome.killed_by.append("tests")
            outcome.killing_tests = _FAILED.findall(out) or [_tail(out)]
            outcome.detail["tests"] = "nearest tests: " + _tail(out)
            return
    if not WHOLE_SUITE:
        note = outcome.detail.get("tests", "survived the nearest tests")
        outcome.detail["tests"] = note + "; whole suite not run"
        return
    code, out = _run(tree, [*PYTEST, *EVERY_TEST, "-x"])
    outcome.detail["tests"] = ("whole suite: " + _tail(out)) if code != 0 else "survived"
    if code != 0 and _real_kill(_FAILED.findall(out), outcome):
        outcome.killed_by.append("tests")
        outcome.killing_tests = _FAILED.findall(out) or [_tail(out)]


FIRST_KILL = False
"""True (``--first-kill``): once ``coach eval`` kills a mutant, ``coach eval personas`` is not
run for it (the verdict is the same; its persona expectations are then not listed)."""

CONTROL: set[str] = set()
"""What the evals judge reports on the unmutated snapshot (a case that fails without any
mutant, e.g. recorded cases awaiting re-recording after a merge): never counted as a kill."""


def judge_evals(tree: Path, outcome: Outcome) -> None:
    """``coach eval`` and ``coach eval personas``: each failing case and lost expectation that
    the unmutated tree does not fail (``CONTROL``)."""
    killers: list[str] = []
    tails: list[str] = []
    for command, pattern in (
        (["eval"], _EVAL_FAIL),
        (["eval", "personas"], _PERSONA_LOST),
    ):
        code, out = _run(tree, [sys.executable, "-m", "coach", *command])
        if code != 0:
            found = pattern.findall(out)
            named = [f"{' '.join(command)}: {k}" for k in found] or [
                f"{' '.join(command)}: {_tail(out)}"
            ]
            killers += [k for k in named if k not in CONTROL]
            tails.append(_tail(out))
        if killers and FIRST_KILL and command != ["eval", "personas"]:
            tails.append("coach eval personas not run (--first-kill)")
            break
    outcome.killing_cases = killers
    outcome.detail["evals"] = " || ".join(tails) if tails else "survived"
    if killers:
        outcome.killed_by.append("evals")


def run_one(mutation: Mutation, judges: tuple[str, ...] = ("tests", "evals")) -> Outcome:
    started = time.perf_counter()
    outcome = Outcome(mutation.name, mutation.area)
    with tempfile.TemporaryDirectory(prefix="coach-mutant-") as tmp:
        tree = Path(tmp)
        _copy_tree(tree, SNAPSHOT or ROOT)
        if not _apply(tree, mutation):
            outcome.stale = True
            return outcome
        for judge in judges:
            begun = time.perf_counter()
            if judge == "tests":
                judge_tests(tree, mutation, outcome)
            elif judge == "evals":
                judge_evals(tree, outcome)
            outcome.judge_seconds[judge] = round(time.perf_counter() - begun, 1)
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


def _interleaved(chosen: list[Mutation]) -> list[Mutation]:
    """One mutant of each area in turn: a run cut short still covers every area."""
    by_area: dict[str, list[Mutation]] = {}
    for m in chosen:
        by_area.setdefault(m.area, []).append(m)
    out: list[Mutation] = []
    while any(by_area.values()):
        for queue in by_area.values():
            if queue:
                out.append(queue.pop(0))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", nargs="*", default=None, help="mutation names")
    parser.add_argument("--area", nargs="*", default=None, help="only these areas")
    parser.add_argument("--judges", nargs="*", default=["tests", "evals"], help="tests, evals")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--resume", type=Path, default=None, help="a --json file of a cut-off run: keep its mutants"
    )
    parser.add_argument("--nearest-only", action="store_true", help="no whole-suite fallback")
    parser.add_argument(
        "--first-kill", action="store_true", help="evals: no personas once coach eval kills"
    )
    args = parser.parse_args()
    chosen = [
        m
        for m in MUTATIONS
        if (not args.only or m.name in args.only) and (not args.area or m.area in args.area)
    ]
    if args.list:
        for m in chosen:
            print(f"{m.area:<13} {m.name:<44} {m.why}")
        return 0
    judges = tuple(args.judges)
    outcomes: list[Outcome] = []
    if args.resume is not None:
        kept = json.loads(args.resume.read_text(encoding="utf-8"))["mutants"]
        outcomes = [Outcome(**o) for o in kept if o["name"] in {m.name for m in chosen}]
        chosen = [m for m in chosen if m.name not in {o.name for o in outcomes}]
    chosen = _interleaved(chosen)
    global SNAPSHOT, WHOLE_SUITE, FIRST_KILL
    WHOLE_SUITE = not args.nearest_only
    FIRST_KILL = args.first_kill
    frozen = tempfile.TemporaryDirectory(prefix="coach-mutation-source-")
    SNAPSHOT = Path(frozen.name)
    _copy_tree(SNAPSHOT)
    _warm(SNAPSHOT)
    if "evals" in judges:
        control = Outcome("unmutated", "-")
        judge_evals(SNAPSHOT, control)
        CONTROL.update(control.killing_cases)
        if CONTROL:
            print(f"the unmutated tree already fails {len(CONTROL)}: not counted", flush=True)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for o in pool.map(lambda m: run_one(m, judges), chosen):
            outcomes.append(o)
            mark = "stale" if o.stale else ("killed" if o.killed_by else "SURVIVED")
            print(
                f"{mark:<8} {o.area:<13} {o.name:<44} {','.join(o.killed_by) or '-':<12} "
                f"{o.seconds}s  tests: {len(o.killing_tests)}  evals: {len(o.killing_cases)}",
                flush=True,
            )
            if args.json is not None:  # written as it goes: a long run keeps what it measured
                args.json.write_text(
                    json.dumps(
                        {"summary": summary(outcomes), "mutants": [asdict(x) for x in outcomes]},
                        indent=1,
                        ensure_ascii=False,
                    )
                )
    frozen.cleanup()
    report = summary(outcomes)
    print(json.dumps(report, indent=1))
    return 1 if report["stale"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

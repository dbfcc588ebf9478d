"""The order in which pytest-xdist hands out test modules (``--dist loadscope``): the longest
first, so no worker is left running a long module alone at the end while the others idle.

xdist's own order is by number of tests, which puts the persona suite (few tests, one long
fixture) last. The order comes from the last run's durations: each run (the controller, or a
run without xdist) writes every module's time (setup, call and teardown of its tests) to
``.pytest_cache/coach-durations.json``, and the next run hands the modules out longest first.
A clean checkout has no such file: ``LONGEST_FIRST`` (measured on 2026-12-02 with
``pytest --durations=0``) stands in until the first run. A stale order only costs wall time:
every module still runs, once, on one worker.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections import Counter
from pathlib import Path

from xdist.scheduler import LoadScopeScheduling
from xdist.workermanage import WorkerController

DURATIONS = Path(__file__).resolve().parent.parent / ".pytest_cache" / "coach-durations.json"
CPU = DURATIONS.with_name("coach-cpu.json")
"""CPU seconds per module of the last run that timed it (``bench/suite_time.py`` reports them)."""
CPU_TESTS = DURATIONS.with_name("coach-cpu-tests.json")
"""The tests that took the most CPU in the last run, most first."""

# Modules that build the same costly thing once per process run on one worker, as one unit:
# the pool of valid plans (tests/property/plans.py), the OpenAI client's import.
SHARED = {
    "tests/property/test_check_oracles.py": "tests/property/ (valid plans)",
    "tests/property/test_check_oracles_content.py": "tests/property/ (valid plans)",
    "tests/unit/test_llm_client.py": "tests/ (langchain_openai)",
    "tests/unit/test_llm_factory.py": "tests/ (langchain_openai)",
    "tests/integration/test_openai_stub.py": "tests/ (langchain_openai)",
}

LONGEST_FIRST = (
    "tests/personas/test_persona_suite.py",
    "tests/unit/test_input_bounds.py",
    "tests/property/ (valid plans)",
    "tests/integration/test_recovery.py",
    "tests/unit/test_plan_properties.py",
    "tests/evals/test_cases.py",
    "tests/unit/test_understanding_corpus.py",
    "tests/unit/test_extract.py",
    "tests/unit/test_runner_log.py",
    "tests/unit/test_understand.py",
    "tests/integration/test_cli_flow.py",
    "tests/unit/test_index_cache.py",
    "tests/unit/test_eval_fails.py",
    "tests/integration/test_coach_keeps_coaching.py",
    "tests/unit/test_knowledge_integrity.py",
    "tests/unit/test_mentor_decisions.py",
    "tests/ (langchain_openai)",
)
"""The order of a run with no durations of an earlier one (a clean checkout)."""


def unit_of(module: str) -> str:
    """The unit of work ``module`` is handed out in: its own, or its ``SHARED`` group."""
    return SHARED.get(module, module)


def load_durations(path: Path = DURATIONS) -> dict[str, float]:
    """Seconds per module of the last run that timed it; empty when there is none (or it
    cannot be read: the order is an optimisation only)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): float(v) for k, v in data.items() if isinstance(v, int | float)}


def save_durations(seconds: Counter[str], path: Path = DURATIONS) -> None:
    """Merge this run's seconds per module into the file (a run of a few modules updates only
    theirs); written by rename, so a reader never sees half a file."""
    if not seconds:
        return
    merged = load_durations(path) | {m: round(s, 3) for m, s in seconds.items()}
    # A read-only checkout (or a full disk) keeps last run's order: the durations are a hint
    # for scheduling, never a reason to fail the run.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_text(json.dumps(merged, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        partial.replace(path)


def save_slowest(seconds: Counter[str], path: Path, keep: int = 100) -> None:
    """This run's ``keep`` slowest tests, most first (replacing the last run's)."""
    if not seconds:
        return
    slowest = {test: round(s, 3) for test, s in seconds.most_common(keep)}
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_text(json.dumps(slowest, indent=1) + "\n", encoding="utf-8")
        partial.replace(path)


def ranked(units: list[str], durations: dict[str, float]) -> list[str]:
    """``units`` longest first: by the last run's durations when there are any, else by
    ``LONGEST_FIRST``; units neither knows keep their order, after the known ones."""
    if durations:
        spent: Counter[str] = Counter()
        for module, seconds in durations.items():
            spent[unit_of(module)] += seconds
        return sorted(units, key=lambda u: -spent.get(u, 0.0))
    rank = {unit: i for i, unit in enumerate(LONGEST_FIRST)}
    return sorted(units, key=lambda u: rank.get(u, len(rank)))


class LongestFirst(LoadScopeScheduling):
    """``loadscope`` with the long units handed out first (and the ``SHARED`` ones as one)."""

    _ordered = False

    def _split_scope(self, nodeid: str) -> str:
        scope: str = super()._split_scope(nodeid)
        return unit_of(scope.split("::")[0])

    def _assign_work_unit(self, node: WorkerController) -> None:
        if not self._ordered:  # the queue is complete before the first unit is handed out
            self._ordered = True
            order = ranked(list(self.workqueue), load_durations())
            queue = [(unit, self.workqueue[unit]) for unit in order]
            self.workqueue.clear()
            self.workqueue.update(queue)
        super()._assign_work_unit(node)

"""Run many cases (optionally on several processes) and accept their changes."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from coach.evals.case import Case, case_files, load_case, save_case
from coach.evals.replay import CaseResult, Verdict, accept, run_case


def default_evals_dir() -> Path:
    """``./evals`` when run from a checkout, else the repository's ``evals/`` beside ``src/``."""
    here = Path.cwd() / "evals"
    if (here / "cases").is_dir():
        return here
    return Path(__file__).resolve().parents[3] / "evals"


def _run_file(path: str) -> CaseResult:
    try:
        case = load_case(Path(path))
    except ValueError as exc:
        verdict: Verdict = "error"
        return CaseResult(name=Path(path).stem, verdict=verdict, message=str(exc))
    result = run_case(case)
    if result.outcome is not None:
        # The message history is large and not needed after scoring (keeps IPC cheap).
        result.outcome.values.pop("messages", None)
    return result


def run_files(files: list[Path], jobs: int = 1) -> list[CaseResult]:
    """Results in the order of ``files``; ``jobs > 1`` replays on that many processes."""
    names = [str(f) for f in files]
    if jobs <= 1 or len(files) <= 1:
        return [_run_file(n) for n in names]
    workers = min(jobs, len(files), os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_run_file, names, chunksize=max(1, len(files) // (workers * 4))))


def collect(paths: list[Path]) -> list[Path]:
    return case_files(paths or [default_evals_dir() / "cases"])


def accept_changes(files: list[Path], results: list[CaseResult]) -> list[str]:
    """Rewrite the recorded plan of every drifted case; returns the names rewritten."""
    rewritten: list[str] = []
    for path, result in zip(files, results, strict=True):
        if result.verdict != "changed":
            continue
        case: Case = load_case(path)
        save_case(accept(case, result), path)
        rewritten.append(result.name)
    return rewritten

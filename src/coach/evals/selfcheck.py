"""What ``coach eval`` checks besides the recorded cases: the reviewer cases
(:mod:`coach.evals.reviews`) and the judge's calibration (:mod:`coach.evals.calibration`).

Neither has a baseline: each entry's answer is written by hand and must hold on every run, so
any one failing fails the run (a ``FAIL review:NAME`` or ``FAIL calibration:NAME`` line)."""

from __future__ import annotations

import time
from pathlib import Path


def selfcheck(evals_dir: Path) -> tuple[list[str], int]:
    """(lines to print, how many entries failed) for the reviewer cases and the calibration."""
    from coach.evals.calibration import run_calibration
    from coach.evals.reviews import run_reviews

    started = time.perf_counter()
    lines: list[str] = []
    failed = 0
    reviews = run_reviews(evals_dir / "reviews")
    for r in reviews:
        if not r.ok:
            failed += 1
            lines.append(f"FAIL review:{r.name}")
            lines.extend(f"     - {p}" for p in r.problems)
    calibration = run_calibration(evals_dir / "calibration", evals_dir / "cases")
    for c in calibration:
        if not c.ok:
            failed += 1
            lines.append(f"FAIL calibration:{c.name.replace(' ', '_')}")
            lines.append(f"     - {c.problem}")
    if reviews:
        passed = sum(r.ok for r in reviews)
        lines.append(f"reviewer cases: {passed}/{len(reviews)} pass")
    if calibration:
        passed = sum(c.ok for c in calibration)
        lines.append(
            f"judge calibration: {passed}/{len(calibration)} pass "
            f"({time.perf_counter() - started:.1f}s with the reviewer cases)"
        )
    return lines, failed

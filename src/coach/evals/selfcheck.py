"""What ``coach eval`` checks besides the recorded cases: the reviewer cases
(:mod:`coach.evals.reviews`) and the judge's calibration (:mod:`coach.evals.calibration`).

Neither has a baseline: each entry's answer is written by hand and must hold on every run, so
any one failing fails the run (a ``FAIL review:NAME`` or ``FAIL calibration:NAME`` line, and
a failed test case of the JUnit report)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Entry:
    """One reviewer case or calibration entry, as the reports show it."""

    kind: str
    """``review`` or ``calibration``."""
    name: str
    ok: bool
    problems: tuple[str, ...] = ()


@dataclass
class SelfCheck:
    entries: list[Entry] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(not e.ok for e in self.entries)


def selfcheck(evals_dir: Path) -> SelfCheck:
    """The reviewer cases and the calibration: every entry, and the lines to print."""
    from coach.evals.calibration import run_calibration
    from coach.evals.reviews import run_reviews

    started = time.perf_counter()
    out = SelfCheck()
    lines = out.lines
    reviews = run_reviews(evals_dir / "reviews")
    out.entries += [Entry("review", r.name, r.ok, tuple(r.problems)) for r in reviews]
    calibration = run_calibration(evals_dir / "calibration", evals_dir / "cases")
    out.entries += [
        Entry("calibration", c.name, c.ok, (c.problem,) if c.problem else ()) for c in calibration
    ]
    for e in out.entries:
        if not e.ok:
            lines.append(f"FAIL {e.kind}:{e.name.replace(' ', '_')}")
            lines.extend(f"     - {p}" for p in e.problems)
    if reviews:
        passed = sum(r.ok for r in reviews)
        lines.append(f"reviewer cases: {passed}/{len(reviews)} pass")
    if calibration:
        passed = sum(c.ok for c in calibration)
        lines.append(
            f"judge calibration: {passed}/{len(calibration)} pass "
            f"({time.perf_counter() - started:.1f}s with the reviewer cases)"
        )
    return out

"""The regression gate: compare a run's results with ``evals/baseline.json``.

The run fails when a case that passed in the baseline now fails, when a soft score drops by more
than the tolerance, when a replay misses a recording, when a case errors, when a plan drifted
without ``--accept``, or when a new case does not pass.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from coach.evals.replay import FAILING, CaseResult

DEFAULT_TOLERANCE = 0.05


class BaselineEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verdict: str
    scores: dict[str, float] = Field(default_factory=dict)


class Baseline(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: int = 1
    tolerance: float = Field(
        default=DEFAULT_TOLERANCE, description="Largest allowed drop of a soft score."
    )
    cases: dict[str, BaselineEntry] = Field(default_factory=dict)


def load_baseline(path: Path) -> Baseline:
    if not path.exists():
        return Baseline()
    try:
        return Baseline.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{path}: not a valid baseline: {exc}") from exc


def save_baseline(baseline: Baseline, path: Path) -> None:
    data = baseline.model_dump(mode="json")
    data["cases"] = dict(sorted(data["cases"].items()))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def updated_baseline(
    baseline: Baseline, results: list[CaseResult], *, lower_floors: bool = False
) -> tuple[Baseline, list[str]]:
    """The baseline with these results as the accepted ones (other cases kept), and what it lowered.

    A soft score that dropped by more than the tolerance keeps its old value unless
    ``lower_floors`` is set, so accepting a changed plan never hides a quality drop; every
    lowered value is returned as a line to print.
    """
    cases = dict(baseline.cases)
    lowered: list[str] = []
    for result in results:
        verdict = "pass" if result.verdict == "changed" else result.verdict
        before = baseline.cases.get(result.name)
        scores = dict(result.scores)
        for name, old in (before.scores if before else {}).items():
            new = scores.get(name)
            if new is None or old - new <= baseline.tolerance + 1e-9:
                continue
            if lower_floors:
                lowered.append(f"{result.name}: {name} lowered {old:.3f} -> {new:.3f}")
            else:
                scores[name] = old
        cases[result.name] = BaselineEntry(verdict=verdict, scores=scores)
    return baseline.model_copy(update={"cases": cases}), lowered


@dataclass
class GateReport:
    failures: dict[str, list[str]] = field(default_factory=dict)
    """Case name -> why it fails the run."""
    changes: dict[str, list[str]] = field(default_factory=dict)
    """Case name -> what changed versus the baseline (informational when not a failure)."""

    @property
    def ok(self) -> bool:
        return not self.failures


def gate(results: list[CaseResult], baseline: Baseline, *, accepted: bool = False) -> GateReport:
    """Judge a run against the baseline (see the module docstring)."""
    report = GateReport()
    for result in results:
        why: list[str] = []
        what: list[str] = []
        before = baseline.cases.get(result.name)
        if result.verdict == "miss":
            why.append(f"replay miss: {result.message.splitlines()[0] if result.message else ''}")
        elif result.verdict == "error":
            why.append(f"error: {result.message}")
        elif result.verdict == "fail":
            if before is None:
                why.append(f"new case fails: {result.message}")
            elif before.verdict == "pass":
                why.append(f"regression (passed in baseline): {result.message}")
            else:
                what.append(f"still failing (known in baseline): {result.message}")
        elif result.verdict == "changed" and not accepted:
            why.append("plan changed versus the recording; review the diff, then --accept")
        if before is not None:
            for name, old in sorted(before.scores.items()):
                new = result.scores.get(name)
                if new is None:
                    if result.verdict not in FAILING:
                        why.append(f"score {name} missing (was {old:.3f})")
                    continue
                if abs(new - old) > 1e-9:
                    what.append(f"{name} {old:.3f} -> {new:.3f}")
                if old - new > baseline.tolerance + 1e-9:
                    why.append(
                        f"score {name} dropped {old:.3f} -> {new:.3f} "
                        f"(more than the tolerance {baseline.tolerance:.2f})"
                    )
            if before.verdict != "pass" and result.verdict in ("pass", "changed"):
                what.append(f"fixed: was {before.verdict}")
        else:
            what.append("new case (not in the baseline)")
        if why:
            report.failures[result.name] = why
        if what:
            report.changes[result.name] = what
    return report

"""Run personas, score their expectations, and gate on ``evals/personas/baseline.json``.

The baseline lists, per persona, the expectations met when it was accepted. An expectation met
there that fails now is a regression; one that newly passes is progress (``--accept`` records it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.evals.personas.drive import Run, drive
from coach.evals.personas.model import Persona, load_persona, persona_files
from coach.evals.personas.registry import evaluate, part_of

PARTS = ("A", "B", "C", "D")


@dataclass
class Expectation:
    key: str
    part: str
    ok: bool
    detail: str


@dataclass
class PersonaResult:
    id: str
    path: str
    language: str
    expectations: list[Expectation] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    run: Run | None = None

    @property
    def passed(self) -> bool:
        return self.error is None and all(e.ok for e in self.expectations)

    @property
    def met(self) -> list[str]:
        return sorted(e.key for e in self.expectations if e.ok)


def default_dir() -> Path:
    here = Path.cwd() / "evals" / "personas"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[4] / "evals" / "personas"


def score(persona: Persona, path: str, run: Run) -> PersonaResult:
    result = PersonaResult(persona.id, path, persona.language, error=run.error)
    result.seconds, result.run = run.seconds, run
    for key, value in persona.expect.items():
        outcome = evaluate(run, key, value)
        result.expectations.append(Expectation(key, part_of(key), outcome.ok, outcome.detail))
    return result


def run_files(files: list[Path]) -> list[PersonaResult]:
    results: list[PersonaResult] = []
    seen: set[str] = set()
    for path in files:
        try:
            persona = load_persona(path)
        except ValueError as exc:
            results.append(PersonaResult(path.stem, str(path), "?", error=str(exc)))
            continue
        if persona.id in seen:
            results.append(PersonaResult(persona.id, str(path), "?", error="duplicate persona id"))
            continue
        seen.add(persona.id)
        results.append(score(persona, str(path), drive(persona)))
    return results


def collect(paths: list[Path]) -> list[Path]:
    return persona_files(paths or [default_dir()])


# ----------------------------------------------------------------------------- figures
def figures(results: list[PersonaResult]) -> dict[str, Any]:
    """Personas passed, and expectations met / total, overall and per COACHING.md part."""
    parts: dict[str, list[int]] = {p: [0, 0] for p in PARTS}
    met = total = 0
    for result in results:
        for exp in result.expectations:
            bucket = parts.setdefault(exp.part, [0, 0])
            bucket[1] += 1
            total += 1
            if exp.ok:
                bucket[0] += 1
                met += 1
    blind = sum(e.detail.startswith("cannot evaluate") for r in results for e in r.expectations)
    return {
        "personas": len(results),
        "passed": sum(r.passed for r in results),
        "met": met,
        "total": total,
        "cannot_evaluate": blind,
        "parts": {p: {"met": m, "total": n} for p, (m, n) in parts.items()},
    }


# ----------------------------------------------------------------------------- baseline
def load_baseline(path: Path) -> dict[str, list[str]]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): [str(x) for x in v] for k, v in dict(data.get("met", {})).items()}


def baseline_of(results: list[PersonaResult]) -> dict[str, list[str]]:
    return {r.id: r.met for r in sorted(results, key=lambda r: r.id)}


def save_baseline(path: Path, results: list[PersonaResult]) -> None:
    save_baseline_map(path, baseline_of(results), results)


def save_baseline_map(path: Path, met: dict[str, list[str]], results: list[PersonaResult]) -> None:
    """Write ``met`` (persona -> expectations met) with the run's figures, for the reader."""
    doc = {"figures": figures(results), "met": dict(sorted(met.items()))}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def regressions(results: list[PersonaResult], baseline: dict[str, list[str]]) -> list[str]:
    """``persona/expectation`` met in the baseline and not now (a persona that is not in this
    run, or an expectation removed from its file, is not a regression of the product)."""
    now = {r.id: set(r.met) for r in results}
    asked = {r.id: {e.key for e in r.expectations} for r in results if r.expectations}
    lost: list[str] = []
    for pid, keys in sorted(baseline.items()):
        if pid in now:
            # An expectation taken out of the persona file is not the product's regression
            # (a persona that failed to load has none left: all of its keys count).
            still = asked.get(pid)
            lost += [f"{pid}/{k}" for k in keys if k not in now[pid] and (not still or k in still)]
    return lost


def changes(
    results: list[PersonaResult], baseline: dict[str, list[str]]
) -> tuple[list[str], list[str]]:
    """(newly met, no longer met) against the baseline, for the personas in the run."""
    gained: list[str] = []
    for result in results:
        before = set(baseline.get(result.id, []))
        gained += [f"{result.id}/{k}" for k in result.met if k not in before]
    return gained, regressions(results, baseline)

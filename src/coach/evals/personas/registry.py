"""The checks' registry: a name in a persona's ``expect`` -> a function and its COACHING.md part.

An expectation key is ``name`` or ``name@stage`` (``draft``, ``revised``, ``approved``, ``final``,
``afterN``): plan checks read the first draft unless a stage is given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coach.evals.personas.drive import Run
from coach.evals.personas.evidence import CannotEvaluate, Result

CheckFn = Callable[[Run, Any, str], Result]
"""(run, the expectation's value, stage) -> Result."""


@dataclass(frozen=True)
class Check:
    name: str
    part: str
    fn: CheckFn
    default_stage: str


CHECKS: dict[str, Check] = {}


def check(name: str, part: str, stage: str = "draft") -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        if name in CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        CHECKS[name] = Check(name, part, fn, stage)
        return fn

    return register


def split_key(key: str) -> tuple[str, str | None]:
    name, _, stage = key.partition("@")
    return name, (stage or None)


def evaluate(run: Run, key: str, value: Any) -> Result:
    """Score one expectation; an unknown check or a missing field fails, never passes."""
    _load()
    name, stage = split_key(key)
    found = CHECKS.get(name)
    if found is None:
        return Result(False, f"cannot evaluate: unknown check {name!r}")
    try:
        return found.fn(run, value, stage or found.default_stage)
    except CannotEvaluate as exc:
        return Result(False, f"cannot evaluate: {exc}")
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        return Result(False, f"cannot evaluate: {type(exc).__name__}: {exc}")


def part_of(key: str) -> str:
    _load()
    found = CHECKS.get(split_key(key)[0])
    return found.part if found else "?"


def all_checks() -> dict[str, Check]:
    """Every registered check by name."""
    _load()
    return dict(CHECKS)


def _load() -> None:
    # The check modules register themselves on import.
    from coach.evals.personas import checks_after, checks_plan, checks_understand  # noqa: F401

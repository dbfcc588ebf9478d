"""The persona suite runs offline through the real graph and gates on its baseline.

``evals/personas/baseline.json`` lists the expectations met when it was last accepted
(``coach eval personas --accept``); any of them failing now fails this test.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.evals.personas import suite as suite_module
from coach.evals.personas.drive import Run, drive
from coach.evals.personas.evidence import Result
from coach.evals.personas.model import Persona, load_persona
from coach.evals.personas.registry import all_checks, split_key
from coach.evals.personas.suite import (
    Expectation,
    PersonaResult,
    collect,
    default_dir,
    figures,
    load_baseline,
    regressions,
    run_files,
)
from coach.knowledge import load_kb

BASELINE = default_dir() / "baseline.json"
ONE = default_dir() / "en-go-backend-agents.yaml"


@pytest.fixture(scope="module", autouse=True)
def _each_persona_driven_once() -> Iterator[None]:
    """A persona's run is the same every time (fixed dates, the offline model, fresh in-memory
    state): each is driven once per module and every test that runs it (the suite, and the
    ``coach eval personas`` command on one persona, whose tests replace how it is scored) gets a
    copy of that run, so no test sees another's changes."""
    runs: dict[str, Run] = {}

    def driven_once(persona: Persona) -> Run:
        key = persona.model_dump_json()
        if key not in runs:
            runs[key] = drive(persona)
        return copy.deepcopy(runs[key])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(suite_module, "drive", driven_once)
        yield


@pytest.fixture(scope="module")
def suite() -> list[PersonaResult]:
    return run_files(collect([]))


def test_the_suite_is_large_bilingual_and_covers_every_role() -> None:
    personas = [load_persona(p) for p in collect([])]
    assert len(personas) >= 55
    assert sum(p.language == "zh" for p in personas) * 2 >= len(personas)
    roles: set[str] = set()
    for persona in personas:
        for key, value in persona.expect.items():
            name, _ = split_key(key)
            assert name in all_checks(), f"{persona.id}: unknown check {name}"
            if name == "target_role":
                roles.add(value)
            if name == "target_is_one_of":
                roles |= set(value)
    assert roles >= set(load_kb().roles)


def test_no_expectation_met_in_the_baseline_fails_now(suite: list[PersonaResult]) -> None:
    started = time.process_time()
    assert all(r.run is not None for r in suite), [r.error for r in suite if r.run is None]
    lost = regressions(suite, load_baseline(BASELINE))
    fig = figures(suite)
    print(f"personas {fig['passed']}/{fig['personas']}, expectations {fig['met']}/{fig['total']}")
    assert not lost, f"{len(lost)} regressions: {lost[:20]}"
    assert time.process_time() - started < 5  # scoring itself is instant (CPU time)


def test_the_gate_lists_a_lost_expectation() -> None:
    now = PersonaResult("p", "p.yaml", "en", [Expectation("feasible", "B", False, "no")])
    assert regressions([now], {"p": ["feasible"]}) == ["p/feasible"]
    assert regressions([now], {"p": []}) == []
    assert regressions([now], {"other": ["feasible"]}) == []
    assert regressions([now], {"p": ["feasible", "removed_from_the_file"]}) == ["p/feasible"]
    unloadable = PersonaResult("p", "p.yaml", "?", error="bad YAML")
    assert regressions([unloadable], {"p": ["feasible"]}) == ["p/feasible"]


def _cli(*args: str) -> object:
    return CliRunner().invoke(app, ["eval", "personas", str(ONE), *args])


def _product(monkeypatch: pytest.MonkeyPatch, meets: set[str]) -> None:
    """Stand in for the product: only the expectations in ``meets`` are met."""

    def fake(run: object, key: str, value: object) -> Result:
        return Result(key in meets, "met" if key in meets else "missed")

    monkeypatch.setattr(suite_module, "evaluate", fake)


def test_coach_eval_personas_fails_on_a_regression(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = list(load_persona(ONE).expect)
    base = tmp_path / "baseline.json"
    _product(monkeypatch, set(keys[:3]))
    accepted = _cli("--baseline", str(base), "--accept")
    assert accepted.exit_code == 0, accepted.output
    same = _cli("--baseline", str(base))
    assert same.exit_code == 0, same.output
    _product(monkeypatch, set(keys[:2]))  # the product got worse on one expectation
    worse = _cli("--baseline", str(base))
    assert worse.exit_code == 1
    assert f"REGRESSION: {load_persona(ONE).id}/{keys[2]}" in worse.output
    _product(monkeypatch, set(keys[:4]))  # better: passes, and says what is newly met
    better = _cli("--baseline", str(base))
    assert better.exit_code == 0
    assert "newly met (not in the baseline; --accept records it): " in better.output


def test_accept_prints_every_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keys = list(load_persona(ONE).expect)
    pid = load_persona(ONE).id
    stale = tmp_path / "stale.json"
    stale.write_text(json.dumps({"met": {pid: [keys[0]], "kept": ["x"]}}), encoding="utf-8")
    _product(monkeypatch, {keys[1]})
    result = _cli("--baseline", str(stale), "--accept")
    assert result.exit_code == 0
    assert f"no longer met: {pid}/{keys[0]}" in result.output
    assert f"now met: {pid}/{keys[1]}" in result.output
    written = json.loads(stale.read_text(encoding="utf-8"))["met"]
    assert written[pid] == [keys[1]] and written["kept"] == ["x"]  # personas not run are kept


def test_reports(tmp_path: Path) -> None:
    md, xml = tmp_path / "r.md", tmp_path / "r.xml"
    result = CliRunner().invoke(
        app,
        [
            *["eval", "personas", str(ONE), "--baseline", str(tmp_path / "b.json")],
            *["--report", str(md), "--junit", str(xml), "--show"],
        ],
    )
    assert result.exit_code == 0, result.output
    assert "| persona |" in md.read_text(encoding="utf-8")
    assert "<testsuite" in xml.read_text(encoding="utf-8")
    assert "user/intake" in result.output


def test_a_persona_file_that_does_not_load_fails_the_command(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nlanguage: en\nperson: p\nfirst: hi\nexpect: {}\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["eval", "personas", str(bad), "--baseline", str(tmp_path / "b.json")]
    )
    assert result.exit_code == 1
    assert "did not load" in result.output

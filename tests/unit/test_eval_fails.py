"""Proof the evals can fail: a broken planner, a changed prompt and a missing recording each make
`coach eval` exit non-zero with a message that says what went wrong."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import coach.llm.client
import coach.llm.prompts
import coach.nodes.planner
from coach.cli import app
from coach.schemas import Plan

EVALS = Path(__file__).resolve().parents[2] / "evals"
OFFLINE = "en-agent-approve"
LLM = "llm-en-ai-app-approve"


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / f"{name}.json"
    shutil.copy(EVALS / "cases" / f"{name}.json", target)
    return target


def _eval(*args: str) -> Result:
    return CliRunner().invoke(app, ["eval", *args, "--baseline", str(EVALS / "baseline.json")])


def test_the_committed_cases_pass_unbroken(tmp_path: Path) -> None:
    result = _eval(str(_copy(tmp_path, OFFLINE)), str(_copy(tmp_path, LLM)))
    assert result.exit_code == 0, result.output
    assert "2/2 cases pass the gate" in result.output


def test_a_planner_that_drops_an_item_fails_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = coach.nodes.planner.build_plan

    def dropping(*args: Any, **kwargs: Any) -> Plan:
        plan = real(*args, **kwargs)
        phase = next(p for p in plan.phases if p.items)
        phase.items.pop()
        return plan

    monkeypatch.setattr(coach.nodes.planner, "build_plan", dropping)
    result = _eval(str(_copy(tmp_path, OFFLINE)))
    assert result.exit_code == 1, result.output
    assert f"FAIL {OFFLINE}" in result.output
    assert "regression (passed in baseline)" in result.output or "plan changed" in result.output
    assert "0/1 cases pass the gate" in result.output


def test_a_planner_that_exceeds_the_hours_fails_the_plan_invariants(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = coach.nodes.planner.build_plan

    def overloaded(*args: Any, **kwargs: Any) -> Plan:
        plan = real(*args, **kwargs)
        item = plan.items()[0]
        item.hours += 200
        plan.total_hours += 200
        plan.weekly_hours[0] += 200
        return plan

    monkeypatch.setattr(coach.nodes.planner, "build_plan", overloaded)
    result = _eval(str(_copy(tmp_path, OFFLINE)))
    assert result.exit_code == 1, result.output
    assert "regression (passed in baseline)" in result.output
    assert "plan invariants" in result.output


def test_a_changed_prompt_is_a_replay_miss_that_names_the_prompt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = coach.llm.prompts.load_prompt

    def changed(name: str) -> coach.llm.prompts.Prompt:
        prompt = real(name)
        if name != "planner":
            return prompt
        text = prompt.text.replace("## system", "## system\nAlways answer in one line.", 1)
        return coach.llm.prompts.parse_prompt(name, text)

    monkeypatch.setattr(coach.llm.prompts, "load_prompt", changed)
    monkeypatch.setattr(coach.llm.client, "load_prompt", changed)
    result = _eval(str(_copy(tmp_path, LLM)))
    assert result.exit_code == 1, result.output
    assert "replay miss" in result.output
    assert "no recorded answer for request" in result.output
    assert "+Always answer in one line." in result.output  # the diff shows the change
    assert "prompt 'planner' changed since recording" in result.output


def test_a_missing_recording_is_a_replay_miss(tmp_path: Path) -> None:
    path = _copy(tmp_path, LLM)
    data = json.loads(path.read_text(encoding="utf-8"))
    dropped = data["recorded"]["model_calls"].pop()  # the reviewer's answer
    path.write_text(json.dumps(data), encoding="utf-8")
    result = _eval(str(path))
    assert result.exit_code == 1, result.output
    assert "replay miss" in result.output and "no recorded answer" in result.output
    assert dropped["node"] == "reviewer"

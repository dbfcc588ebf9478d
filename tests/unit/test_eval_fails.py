"""Proof the evals can fail: a broken planner, a changed prompt and a missing recording each make
`coach eval` exit non-zero with a message that says what went wrong."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore
from typer.testing import CliRunner, Result

import coach.llm.client
import coach.llm.prompts
import coach.nodes.planner
from coach.cli import app
from coach.context import Context
from coach.evals.case import save_case
from coach.evals.record import build_case
from coach.graph import build_graph
from coach.knowledge import load_kb
from coach.llm.scripted import ScriptedChatModel
from coach.runner import SessionRunner
from coach.schemas import Plan
from coach.sessions import SessionLog
from coach.store import register_mentor

OFFLINE = "offline-probe"
LLM = "llm-probe"
TURN = (
    "I'm a backend developer, 6 years of Python and Django, some Docker and SQL. I'd like to "
    "move into an agent engineer role. 3 hours a week, within 9 months."
)
SCRIPT: list[Any] = [
    {
        "current_role": "backend developer",
        "evidence": [{"field": "current_role", "quote": "backend developer"}],
    },
    "Backend experience helps with reliable tool calling.",
    {
        "rationale": "Foundations first, then agents.",
        "message": "Here is your plan.",
        "projects": [],
    },
    {"critique": "Sound ordering.", "concerns": []},
]


def record_probe(folder: Path, name: str, script: list[Any] | None) -> Path:
    """A case recorded from a real in-process session (independent of the committed cases)."""
    store = InMemoryStore()
    register_mentor(store, "mei")
    model = ScriptedChatModel(script) if script is not None else None
    spec = "offline" if model is None else "scripted:probe.json"
    context = Context(start_date=date(2027, 1, 4), model=spec, chat_model=model)
    log = SessionLog(name, folder / "logs")
    runner = SessionRunner(build_graph(InMemorySaver(), store), name, context, log)
    runner.send(TURN)
    runner.resume({"action": "approve", "mentor_id": "mei"})
    values = runner.values()
    values.pop("messages", None)
    case = build_case(
        name,
        log.read(),
        final_state=values,
        awaiting_mentor=runner.awaiting_mentor(),
        status=runner.status(),
        model_spec=spec,
        kb=load_kb(),
        session_id=name,
    )
    path = folder / f"{name}.json"
    save_case(case, path)
    return path


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two fresh cases (offline, LLM) and a baseline that accepts them."""
    folder = tmp_path_factory.mktemp("probes")
    record_probe(folder, OFFLINE, None)
    record_probe(folder, LLM, SCRIPT)
    baseline = folder / "baseline.json"
    accepted = CliRunner().invoke(
        app, ["eval", str(folder), "--baseline", str(baseline), "--accept"]
    )
    assert accepted.exit_code == 0, accepted.output
    return folder


def _copy(probes: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / f"{name}.json"
    target.write_text((probes / f"{name}.json").read_text(encoding="utf-8"), encoding="utf-8")
    return target


def _eval(probes: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["eval", *args, "--baseline", str(probes / "baseline.json")])


def test_the_probe_cases_pass_unbroken(probes: Path, tmp_path: Path) -> None:
    result = _eval(probes, str(_copy(probes, tmp_path, OFFLINE)), str(_copy(probes, tmp_path, LLM)))
    assert result.exit_code == 0, result.output
    assert "2/2 cases pass the gate" in result.output


def test_a_planner_that_drops_an_item_fails_the_run(
    probes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = coach.nodes.planner.build_plan

    def dropping(*args: Any, **kwargs: Any) -> Plan:
        plan = real(*args, **kwargs)
        phase = next(p for p in plan.phases if p.items)
        phase.items.pop()
        return plan

    monkeypatch.setattr(coach.nodes.planner, "build_plan", dropping)
    result = _eval(probes, str(_copy(probes, tmp_path, OFFLINE)))
    assert result.exit_code == 1, result.output
    assert f"FAIL {OFFLINE}" in result.output
    assert "regression (passed in baseline)" in result.output or "plan changed" in result.output
    assert "0/1 cases pass the gate" in result.output


def test_a_planner_that_exceeds_the_hours_fails_the_plan_invariants(
    probes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
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
    result = _eval(probes, str(_copy(probes, tmp_path, OFFLINE)))
    assert result.exit_code == 1, result.output
    assert "regression (passed in baseline)" in result.output
    assert "plan invariants" in result.output


def test_a_changed_prompt_is_a_replay_miss_that_names_the_prompt(
    probes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
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
    junit = tmp_path / "junit.xml"
    result = _eval(probes, str(_copy(probes, tmp_path, LLM)), "--junit", str(junit))
    assert result.exit_code == 1, result.output
    assert "replay miss" in result.output
    assert "no recorded answer for request" in result.output
    assert "+Always answer in one line." in result.output  # the diff shows the change
    assert "prompt 'planner' changed since recording" in result.output
    failure = ET.parse(junit).getroot().find("testcase/failure")  # CI shows the same diff
    assert failure is not None and failure.get("type") == "miss"
    assert "+Always answer in one line." in (failure.text or "")


def test_a_missing_recording_is_a_replay_miss(probes: Path, tmp_path: Path) -> None:
    path = _copy(probes, tmp_path, LLM)
    data = json.loads(path.read_text(encoding="utf-8"))
    dropped = data["recorded"]["model_calls"].pop()  # the reviewer's answer
    path.write_text(json.dumps(data), encoding="utf-8")
    result = _eval(probes, str(path))
    assert result.exit_code == 1, result.output
    assert "replay miss" in result.output and "no recorded answer" in result.output
    assert dropped["node"] == "reviewer"


def test_a_reviewer_that_always_passes_fails_the_run(
    probes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coach.nodes.reviewer
    from coach.schemas import Review

    def lenient(*args: Any, **kwargs: Any) -> Review:
        return Review(verdict="pass", findings=[])

    monkeypatch.setattr(coach.nodes.reviewer, "review_plan", lenient)
    result = _eval(probes, str(_copy(probes, tmp_path, OFFLINE)))
    assert result.exit_code == 1, result.output
    assert f"FAIL {OFFLINE}" in result.output
    assert "+verdict: pass" in result.output or "regression" in result.output


def test_a_changed_reply_fails_the_run_until_accepted(
    probes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coach.i18n

    en, zh = coach.i18n.MESSAGES["draft_ready"]
    patched = {**coach.i18n.MESSAGES, "draft_ready": ("Reworded. " + en, zh)}
    monkeypatch.setattr(coach.i18n, "MESSAGES", patched)
    path = _copy(probes, tmp_path, OFFLINE)
    result = _eval(probes, str(path))
    assert result.exit_code == 1, result.output
    assert "recorded replies" in result.output and "+step 1: Reworded." in result.output
    accepted = _eval(probes, str(path), "--accept")
    assert accepted.exit_code == 0, accepted.output
    assert _eval(probes, str(path)).exit_code == 0


def test_a_recorded_answer_never_asked_for_fails_the_case(probes: Path, tmp_path: Path) -> None:
    """The replay asks the model less than the recording did (a node stopped calling it):
    the unserved answer fails the case instead of passing silently."""
    path = _copy(probes, tmp_path, LLM)
    data = json.loads(path.read_text(encoding="utf-8"))
    calls = data["recorded"]["model_calls"]
    calls.append(dict(calls[-1]))  # recorded twice, asked once
    path.write_text(json.dumps(data), encoding="utf-8")
    result = _eval(probes, str(path))
    assert result.exit_code == 1, result.output
    assert "recorded model calls served" in result.output or "never asked for" in result.output

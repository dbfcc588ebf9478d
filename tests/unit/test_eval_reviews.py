"""Reviewer cases and the judge's calibration: shipped ones hold, and a wrong answer is seen."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from coach.evals.calibration import run_calibration
from coach.evals.reviews import Edit, ReviewCase, apply_edit, run_review_case, run_reviews
from coach.knowledge import load_kb

EVALS = Path(__file__).resolve().parents[2] / "evals"


def test_edits_set_add_remove_insert_and_copy_by_json_pointer() -> None:
    doc: dict[str, object] = {"a": [1, 2, 3], "b": {"c": 1.5}}
    for raw in (
        {"op": "add", "path": "/b/c", "value": 0.5},
        {"op": "remove", "path": "/a/0"},
        {"op": "insert", "path": "/a/0", "value": 9},
        {"op": "copy", "from": "/a/2", "path": "/a/1"},
        {"op": "set", "path": "/b/d", "value": "x"},
    ):
        apply_edit(doc, Edit.model_validate(raw))
    assert doc == {"a": [9, 3, 2, 3], "b": {"c": 2.0, "d": "x"}}


def test_every_shipped_reviewer_case_gets_its_verdict_and_only_its_checks() -> None:
    results = run_reviews(EVALS / "reviews")
    assert len(results) >= 20
    assert [(r.name, r.problems) for r in results if not r.ok] == []


def _case(name: str) -> ReviewCase:
    return ReviewCase.model_validate_json((EVALS / "reviews" / f"{name}.json").read_text())


def test_a_reviewer_case_fails_when_its_check_stays_silent_or_another_fires() -> None:
    kb = load_kb()
    case = _case("week-half-an-hour-over")
    wrong = case.model_copy(update={"fires": ["weekly_hours", "grounding"], "verdict": "pass"})
    result = run_review_case(wrong, EVALS / "reviews" / "bases", kb)
    assert not result.ok
    assert any("silent: ['grounding']" in p for p in result.problems)
    assert any("verdict 'revise'" in p for p in result.problems)
    unedited = case.model_copy(update={"edits": []})
    assert not run_review_case(unedited, EVALS / "reviews" / "bases", kb).ok


def test_the_shipped_calibration_holds() -> None:
    results = run_calibration(EVALS / "calibration", EVALS / "cases")
    assert len(results) >= 50
    assert [(r.name, r.problem) for r in results if not r.ok] == []


def test_a_wrong_answer_in_the_calibration_is_reported(tmp_path: Path) -> None:
    data = json.loads((EVALS / "calibration" / "judge.json").read_text())
    data["gate"][0]["fails"] = False  # a drop past the tolerance, claimed to pass
    (tmp_path / "judge.json").write_text(json.dumps(data))
    failed = [r.name for r in run_calibration(tmp_path, EVALS / "cases") if not r.ok]
    assert failed == ["gate: a score drop past the tolerance fails"]


@pytest.mark.parametrize("broken", ["review", "calibration"])
def test_coach_eval_fails_the_run_when_a_reviewer_case_or_calibration_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    from typer.testing import CliRunner

    from coach.cli import app

    evals = tmp_path / "evals"
    (evals / "cases").mkdir(parents=True)
    shutil.copy(EVALS / "cases" / "en-agent-approve.json", evals / "cases")
    shutil.copytree(EVALS / "reviews" / "bases", evals / "reviews" / "bases")
    case = _case("no-milestones")
    if broken == "review":
        case = case.model_copy(update={"fires": []})
    (evals / "reviews" / "no-milestones.json").write_text(case.model_dump_json())
    (evals / "calibration").mkdir()
    entry = {"name": "x", "mode": "strict", "want": ["a", "b"], "actual": ["b", "a"]}
    entry["match"] = broken == "calibration"  # wrong when broken
    (evals / "calibration" / "t.json").write_text(json.dumps({"trajectory": [entry]}))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "home"))
    junit = tmp_path / "junit.xml"
    args = ["eval", "--baseline", str(tmp_path / "b.json"), "--junit", str(junit)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert f"FAIL {broken}:" in result.output
    xml = junit.read_text()
    assert 'failures="1"' in xml
    assert '<failure message="' in xml and f'type="{broken}"' in xml
    assert 'classname="evals.review" name="no-milestones"' in xml

"""`coach eval` and `coach eval record` end to end through the real CLI."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from typer.testing import CliRunner, Result

from coach.cli import app
from coach.evals.case import load_case
from coach.evals.gate import load_baseline
from tests.integration.cli_helpers import add_mentor
from tests.unit.test_eval_fails import record_probe


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=input)


def test_record_writes_a_scrubbed_case_that_replays(tmp_path: Path) -> None:
    add_mentor("Mei Chen")
    chat = run(
        "chat",
        input="My name is Ana. I'm a data engineer with 4 years of experience at Hooli, "
        "call me at 415-555-0134. I want to become an MLOps engineer, 10 hours a week, "
        "within 6 months.\n/quit\n",
    )
    session = re.search(r"session: (\S+)", chat.output)
    assert session, chat.output
    review = run("mentor", "review", session.group(1), "--mentor", "Mei Chen", "--approve")
    assert review.exit_code == 0, review.output
    out = tmp_path / "cases"
    result = run(
        "eval",
        "record",
        session.group(1),
        "--name",
        "probe",
        "--out",
        str(out),
        "--scrub-employer",
        "Hooli",
    )
    assert result.exit_code == 0, result.output
    assert "replay pass" in result.output
    text = (out / "probe.json").read_text(encoding="utf-8")
    for secret in ("Ana", "Hooli", "415-555-0134", "Mei Chen"):
        assert secret not in text
    case = load_case(out / "probe.json")
    assert case.scrubbed.applied and case.scrubbed.employers >= 1 and case.scrubbed.phones == 1
    again = run("eval", "record", session.group(1), "--name", "probe", "--out", str(out))
    assert again.exit_code == 2 and "--overwrite" in again.output


def test_record_of_an_unknown_session_fails_clearly() -> None:
    result = run("eval", "record", "nope", "--name", "x")
    assert result.exit_code == 1 and "no log for session 'nope'" in result.output


def test_eval_writes_markdown_and_junit_reports(tmp_path: Path) -> None:
    case = record_probe(tmp_path, "probe", None)
    md, xml = tmp_path / "r.md", tmp_path / "r.xml"
    result = run(
        "eval",
        str(case),
        "--report",
        str(md),
        "--junit",
        str(xml),
        "--baseline",
        str(tmp_path / "baseline.json"),
    )
    assert result.exit_code == 0, result.output
    text = md.read_text(encoding="utf-8")
    assert "| probe | ✅ pass | ok |" in text and "new case (not in the baseline)" in text
    suite = ET.parse(xml).getroot()
    assert suite.get("tests") == "1" and suite.get("failures") == "0"


def test_plan_drift_fails_until_accepted_then_case_and_baseline_are_rewritten(
    tmp_path: Path,
) -> None:
    case_path = record_probe(tmp_path, "drift", None)
    data = json.loads(case_path.read_text(encoding="utf-8"))
    true_plan = dict(data["recorded"]["plan"])
    data["recorded"]["plan"]["rationale"] = "an older wording"
    case_path.write_text(json.dumps(data), encoding="utf-8")
    baseline = tmp_path / "baseline.json"

    drift = run("eval", str(case_path), "--baseline", str(baseline))
    assert drift.exit_code == 1
    assert "plan changed versus the recording" in drift.output
    assert '- "rationale": "an older wording"' in drift.output  # the diff is shown

    accepted = run("eval", str(case_path), "--baseline", str(baseline), "--accept")
    assert accepted.exit_code == 0, accepted.output
    assert load_case(case_path).recorded.plan == true_plan
    assert "drift" in load_baseline(baseline).cases
    assert run("eval", str(case_path), "--baseline", str(baseline)).exit_code == 0


def test_eval_without_cases_is_a_usage_error(tmp_path: Path) -> None:
    result = run("eval", str(tmp_path))
    assert result.exit_code == 2 and "no cases found" in result.output

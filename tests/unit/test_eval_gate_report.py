"""The baseline gate and the reports."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from coach.evals.gate import Baseline, BaselineEntry, gate, updated_baseline
from coach.evals.replay import CaseResult
from coach.evals.report import junit_report, markdown_report
from coach.evals.scorers import CheckResult

SCORES = {"specificity": 1.0, "coverage": 0.5, "feasibility_margin": 0.1}


def _baseline(**verdicts: str) -> Baseline:
    return Baseline(
        cases={n: BaselineEntry(verdict=v, scores=dict(SCORES)) for n, v in verdicts.items()}
    )


def _result(name: str, verdict: str = "pass", **scores: float) -> CaseResult:
    return CaseResult(name=name, verdict=verdict, scores={**SCORES, **scores})  # type: ignore[arg-type]


def test_gate_passes_when_nothing_regressed() -> None:
    report = gate([_result("a"), _result("b")], _baseline(a="pass", b="pass"))
    assert report.ok and not report.failures


def test_a_case_that_passed_and_now_fails_fails_the_run() -> None:
    failing = _result("a", "fail")
    failing.message = "target role: expected 'x', got 'y'"
    report = gate([failing], _baseline(a="pass"))
    assert not report.ok
    assert "regression" in report.failures["a"][0] and "target role" in report.failures["a"][0]


def test_a_known_failure_does_not_fail_the_gate_but_is_reported() -> None:
    report = gate([_result("a", "fail")], _baseline(a="fail"))
    assert report.ok and "still failing" in report.changes["a"][0]


def test_a_score_drop_past_the_tolerance_fails_and_a_small_one_does_not() -> None:
    assert gate([_result("a", coverage=0.47)], _baseline(a="pass")).ok
    report = gate([_result("a", coverage=0.4)], _baseline(a="pass"))
    assert not report.ok and "coverage dropped 0.500 -> 0.400" in report.failures["a"][0]


def test_replay_misses_errors_new_failures_and_unaccepted_drift_fail() -> None:
    miss = _result("m", "miss")
    miss.message = "step 1 (user): replay: no recorded answer for request abc\n--- diff"
    results = [miss, _result("e", "error"), _result("n", "fail"), _result("c", "changed")]
    report = gate(results, _baseline(m="pass", e="pass", c="pass"))
    assert set(report.failures) == {"m", "e", "n", "c"}
    assert report.failures["m"] == [
        "replay miss: step 1 (user): replay: no recorded answer for request abc"
    ]
    assert "--accept" in report.failures["c"][0]
    assert gate([_result("c", "changed")], _baseline(c="pass"), accepted=True).ok


def test_updated_baseline_records_changed_cases_as_passing() -> None:
    updated, lowered = updated_baseline(Baseline(), [_result("c", "changed", coverage=0.9)])
    assert updated.cases["c"].verdict == "pass" and updated.cases["c"].scores["coverage"] == 0.9
    assert lowered == []


def test_accepting_a_score_drop_keeps_the_old_floor_so_the_gate_still_fails() -> None:
    dropped = [_result("a", "changed", coverage=0.2)]
    updated, lowered = updated_baseline(_baseline(a="pass"), dropped)
    assert updated.cases["a"].scores["coverage"] == 0.5 and lowered == []
    assert not gate(dropped, updated, accepted=True).ok


def test_lowering_floors_is_explicit_and_reported() -> None:
    dropped = [_result("a", "changed", coverage=0.2, specificity=0.98)]
    updated, lowered = updated_baseline(_baseline(a="pass"), dropped, lower_floors=True)
    assert updated.cases["a"].scores["coverage"] == 0.2
    assert lowered == ["a: coverage lowered 0.500 -> 0.200"]  # the small drop is not listed
    assert gate(dropped, updated, accepted=True).ok


def test_reports_show_verdicts_reasons_and_diffs() -> None:
    bad = _result("bad", "fail")
    bad.checks = [CheckResult("skills excluded", False, "must not appear: ['kubernetes']")]
    bad.message = "skills excluded: must not appear: ['kubernetes']"
    drift = _result("drift", "changed")
    drift.plan_diff = ["--- recorded plan", "+++ replayed plan", '-  "hours": 4', '+  "hours": 5']
    results = [_result("good"), bad, drift]
    report = gate(results, _baseline(good="pass", bad="pass", drift="pass"))

    md = markdown_report(results, report)
    assert md.startswith("# coach evals: FAIL")
    assert "| good | ✅ pass | ok |" in md and "| bad | ❌ fail | fail |" in md
    assert "must not appear: ['kubernetes']" in md and '+  "hours": 5' in md

    suite = ET.fromstring(junit_report(results, report).split("?>", 1)[1])
    assert suite.get("tests") == "3" and suite.get("failures") == "2"
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert cases["good"].find("failure") is None
    failure = cases["bad"].find("failure")
    assert failure is not None and "regression" in (failure.get("message") or "")
    assert "kubernetes" in (failure.text or "")


def test_junit_carries_the_replay_miss_diff() -> None:
    miss = _result("m", "miss")
    miss.message = (
        "step 2 (user): no recorded answer\n--- recorded request\n+++ this request\n-old\n+new"
    )
    report = gate([miss], _baseline(m="pass"))
    suite = ET.fromstring(junit_report([miss], report).split("?>", 1)[1])
    failure = suite.find("testcase/failure")
    assert failure is not None and failure.text is not None
    assert "+++ this request" in failure.text and "+new" in failure.text


def test_a_passing_case_that_lost_a_score_fails_the_run() -> None:
    """A score the baseline holds must still be computed: a plan that vanished from a passing
    case (no scores) is a failure, not silence; a failing case's missing score adds nothing."""
    lost = CaseResult(name="a", verdict="pass", scores={"specificity": 1.0})
    report = gate([lost], _baseline(a="pass"))
    assert not report.ok
    assert any("coverage missing" in why for why in report.failures["a"])
    failing = CaseResult(name="b", verdict="fail", scores={}, message="x")
    report = gate([failing], _baseline(b="fail"))
    assert report.ok, report.failures

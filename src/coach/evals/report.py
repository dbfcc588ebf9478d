"""Eval reports: Markdown for people, JUnit XML for CI (one test case per eval case)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from coach.evals.gate import GateReport
from coach.evals.replay import CaseResult
from coach.evals.selfcheck import Entry

_ICON = {"pass": "✅", "changed": "🟡", "fail": "❌", "miss": "⛔", "error": "💥"}


def _scores(result: CaseResult) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in sorted(result.scores.items())) or "—"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_report(results: list[CaseResult], gate: GateReport) -> str:
    passed = sum(1 for r in results if r.name not in gate.failures)
    head = "PASS" if gate.ok else "FAIL"
    lines = [
        f"# coach evals: {head}",
        "",
        f"{passed}/{len(results)} cases pass the gate; "
        f"{sum(r.seconds for r in results):.1f} s of replay.",
        "",
        "| case | verdict | gate | scores | what changed |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        gate_cell = "fail" if r.name in gate.failures else "ok"
        changed = "; ".join(gate.failures.get(r.name, []) + gate.changes.get(r.name, []))
        lines.append(
            f"| {r.name} | {_ICON.get(r.verdict, '')} {r.verdict} | {gate_cell} | "
            f"{_scores(r)} | {_cell(changed) or '—'} |"
        )
    details = [r for r in results if r.verdict != "pass" or r.notes]
    if details:
        lines += ["", "## Details"]
    for r in details:
        lines += ["", f"### {r.name} ({r.verdict})", ""]
        if r.message:
            lines += ["```text", r.message, "```"]
        for check in r.failed_checks:
            lines.append(f"- ❌ {check.name}: {check.message}")
        for note in r.notes:
            lines.append(f"- note: {note}")
        if r.plan_diff:
            lines += ["", "```diff", *r.plan_diff, "```"]
    return "\n".join(lines) + "\n"


def junit_report(results: list[CaseResult], gate: GateReport, extra: Sequence[Entry] = ()) -> str:
    """One test case per eval case (the replay-miss diff, failed checks and plan diff in a
    failure's body), then one per reviewer case and calibration entry (``extra``)."""
    suite = ET.Element(
        "testsuite",
        {
            "name": "coach-evals",
            "tests": str(len(results) + len(extra)),
            "failures": str(
                sum(1 for r in results if r.name in gate.failures and r.verdict != "error")
                + sum(not e.ok for e in extra)
            ),
            "errors": str(sum(1 for r in results if r.verdict == "error")),
            "time": f"{sum(r.seconds for r in results):.3f}",
        },
    )
    for r in results:
        case = ET.SubElement(
            suite,
            "testcase",
            {"classname": "evals.cases", "name": r.name, "time": f"{r.seconds:.3f}"},
        )
        reasons = gate.failures.get(r.name)
        body = "\n".join(
            [
                *(reasons or []),
                # a replay miss: the diff against the nearest recorded request
                *(r.message.splitlines()[1:] if r.verdict == "miss" else []),
                *(f"{c.name}: {c.message}" for c in r.failed_checks),
                *r.notes,
                *r.plan_diff,
            ]
        )
        if reasons:
            tag = "error" if r.verdict == "error" else "failure"
            element = ET.SubElement(case, tag, {"message": reasons[0][:500], "type": r.verdict})
            element.text = body
        out = [f"verdict: {r.verdict}", f"scores: {_scores(r)}"]
        out += gate.changes.get(r.name, [])
        ET.SubElement(case, "system-out").text = "\n".join(out)
    for e in extra:
        case = ET.SubElement(suite, "testcase", {"classname": f"evals.{e.kind}", "name": e.name})
        if not e.ok:
            message = e.problems[0][:500] if e.problems else "failed"
            element = ET.SubElement(case, "failure", {"message": message, "type": e.kind})
            element.text = "\n".join(e.problems)
    ET.indent(suite)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


def console_lines(results: list[CaseResult], gate: GateReport) -> list[str]:
    """One line per case, then the reasons of each failure (what `coach eval` prints)."""
    lines: list[str] = []
    for r in results:
        mark = "FAIL" if r.name in gate.failures else "ok  "
        lines.append(f"{mark} {r.name:<40} {r.verdict:<8} {_scores(r)}  ({r.seconds:.2f}s)")
        for reason in gate.failures.get(r.name, []):
            lines.append(f"     - {reason}")
        if r.name in gate.failures:
            if r.verdict == "miss" and r.message:
                lines.extend(f"       {line}" for line in r.message.splitlines()[1:41])
            for note in r.notes:
                lines.append(f"     note: {note}")
            lines.extend(f"       {line}" for line in r.plan_diff[:40])
    return lines

"""Persona results as console lines, Markdown and JUnit XML."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from coach.evals.personas.suite import PersonaResult, figures


def _summary(results: list[PersonaResult]) -> list[str]:
    fig = figures(results)
    parts = ", ".join(f"{p} {v['met']}/{v['total']}" for p, v in fig["parts"].items() if v["total"])
    return [
        f"personas passed: {fig['passed']}/{fig['personas']}",
        f"expectations met: {fig['met']}/{fig['total']} ({parts});"
        f" {fig['cannot_evaluate']} of the misses could not be evaluated",
    ]


def console_lines(results: list[PersonaResult], verbose: bool = True) -> list[str]:
    lines: list[str] = []
    for result in results:
        met = sum(e.ok for e in result.expectations)
        mark = "PASS" if result.passed else "FAIL"
        lines.append(
            f"{mark} {result.id} ({result.language}) {met}/{len(result.expectations)}"
            f" {result.seconds * 1000:.0f} ms"
        )
        if result.error:
            lines.append(f"    error: {result.error}")
        if verbose:
            lines += [
                f"    miss {e.part} {e.key}: {e.detail}" for e in result.expectations if not e.ok
            ]
    return [*lines, *_summary(results)]


def markdown_report(results: list[PersonaResult]) -> str:
    out = ["# Persona suite", "", *[f"- {s}" for s in _summary(results)], ""]
    out += ["| persona | lang | met | misses |", "|---|---|---|---|"]
    for r in results:
        misses = "; ".join(f"`{e.key}`: {e.detail}" for e in r.expectations if not e.ok)
        misses = (r.error or "") + misses
        cell = misses.replace("|", "\\|").replace("\n", " ")[:400]
        met = sum(e.ok for e in r.expectations)
        out.append(f"| {r.id} | {r.language} | {met}/{len(r.expectations)} | {cell} |")
    return "\n".join(out) + "\n"


def junit_report(results: list[PersonaResult]) -> str:
    fig = figures(results)
    suite = ET.Element(
        "testsuite",
        name="personas",
        tests=str(fig["total"]),
        failures=str(fig["total"] - fig["met"]),
    )
    for r in results:
        for e in r.expectations:
            case = ET.SubElement(
                suite, "testcase", classname=f"personas.{r.id}", name=f"{e.part}:{e.key}"
            )
            if not e.ok:
                ET.SubElement(case, "failure", message=e.detail[:500])
        if r.error:
            case = ET.SubElement(suite, "testcase", classname=f"personas.{r.id}", name="run")
            ET.SubElement(case, "error", message=r.error[:500])
    return ET.tostring(suite, encoding="unicode")


def transcript_lines(result: PersonaResult) -> list[str]:
    """The conversation as the suite saw it: who, phase, the kind of question, the text."""
    lines = [f"--- {result.id}"]
    if result.run is None:
        return [*lines, f"    (not run: {result.error})"]
    for turn in result.run.turns:
        tag = f"{turn.who}/{turn.phase}" + (f"#{turn.step}" if turn.step else "")
        kind = f" [{turn.kind}]" if turn.who == "coach" and turn.kind else ""
        refused = " (refused)" if turn.refused else ""
        lines.append(f"{tag}{kind}{refused}: {turn.text}")
    for name, doc in result.run.stages.items():
        plan = doc.get("plan") or {}
        review = doc.get("review") or {}
        lines.append(
            f"[{name}] status={doc.get('status')} plan=v{plan.get('version', '-')}"
            f" {plan.get('target', '-')} {plan.get('hours_per_week', '-')}h"
            f" {plan.get('horizon_weeks', '-')}w verdict={review.get('verdict', '-')}"
        )
    return lines

"""Calibration of the judge (``evals/calibration/*.json``): known answers for every part of
``coach eval`` itself, checked before its verdicts are trusted.

A gate whose arithmetic is off, a trajectory mode that means something else, a scrubber that
lets a handle through or a replay that stops counting its recordings passes every recorded case
as before: the recorded cases only see the judge agree with itself. Each calibration entry is a
small input with the answer a maintainer worked out by hand, in one of these sections:

- ``trajectory``: ``mode``, ``want``, ``actual`` and whether they ``match``;
- ``gate``: a baseline entry, a result (verdict, scores), ``accepted``, and whether the run
  ``fails``;
- ``accept``: a baseline entry and a result accepted with or without ``lower_floors``, and the
  scores the new baseline must keep;
- ``plan``: a small plan (``items`` as ``[skill, first week, last week, hours]``, ``gaps``,
  ``deferred``, ``weekly_hours``), case expectations, and the checks that must fail and the
  coverage it must score;
- ``floors``: soft scores, floors, the checks that must fail;
- ``replies``: the coach's replies, expectations, the checks that must fail;
- ``scrub``: a text (with the names and employers given to the recorder) and what must no
  longer appear in it, and what must still appear;
- ``replays``: a recorded case edited by hand (``edits``, as in the reviewer cases) and the
  verdict and failing checks its replay must get;
- ``review_judge``: a reviewer case whose expectation is wrong on purpose (a check too few, a
  verdict off) and whether the reviewer-case judge must find it ``ok``;
- ``persona``: a small plan as a persona's first draft, a persona expectation (``key``,
  ``value``) and whether it is ``met``.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from coach.evals.case import Case, Expect
from coach.evals.gate import Baseline, BaselineEntry, gate, updated_baseline
from coach.evals.replay import CaseResult, Verdict
from coach.schemas import Deferral, Gap, Phase, Plan, PlanItem


@dataclass
class Calibration:
    name: str
    ok: bool
    problem: str = ""


@dataclass
class _Run:
    results: list[Calibration] = field(default_factory=list)

    def judge(self, name: str, got: Any, want: Any) -> None:
        ok = got == want
        self.results.append(Calibration(name, ok, "" if ok else f"got {got!r}, expected {want!r}"))


def small_plan(spec: dict[str, Any]) -> Plan:
    """A plan from a compact spec (see the module docstring)."""
    items = [
        PlanItem(skill_id=s, title=s, hours=h, week_start=a, week_end=b, deliverable="d")
        for s, a, b, h in spec.get("items", [])
    ]
    weekly = [float(h) for h in spec.get("weekly_hours", [])]
    return Plan(
        target="ai_application_engineer",
        target_name="AI application engineer",
        language="en",
        start_date=date(2027, 1, 4),
        hours_per_week=float(spec.get("hours_per_week", 5)),
        horizon_weeks=int(spec.get("horizon_weeks", 12)),
        total_hours=sum(weekly) if weekly else sum(i.hours for i in items),
        weekly_hours=weekly,
        gaps=[Gap(skill_id=g, need=2, have=0) for g in spec.get("gaps", [])],
        deferred=[
            Deferral(skill_id=s, reason="after the switch", kind="after_switch")
            for s in spec.get("deferred", [])
        ],
        phases=[Phase(name="core", kind="core", week_start=1, week_end=12, items=items)],
    )


def _result(name: str, spec: dict[str, Any]) -> CaseResult:
    verdict: Verdict = spec["verdict"]
    return CaseResult(name=name, verdict=verdict, scores=dict(spec.get("scores", {})))


def _baseline(spec: dict[str, Any] | None, name: str, tolerance: float | None) -> Baseline:
    cases = {name: BaselineEntry.model_validate(spec)} if spec is not None else {}
    base = Baseline(cases=cases)
    return base if tolerance is None else base.model_copy(update={"tolerance": tolerance})


def _failed(checks: list[Any]) -> list[str]:
    return sorted(c.name for c in checks if not c.ok)


def _section_judge(run: _Run, data: dict[str, Any]) -> None:
    from coach.evals.plan_expect import plan_shape_checks, reply_checks
    from coach.evals.scorers import coverage, score_floors, trajectory_matches

    for e in data.get("trajectory", []):
        matched = trajectory_matches(e["mode"], e["want"], e["actual"])
        run.judge(f"trajectory: {e['name']}", matched, e["match"])
    for e in data.get("gate", []):
        base = _baseline(e.get("baseline"), "c", e.get("tolerance"))
        report = gate([_result("c", e["result"])], base, accepted=e.get("accepted", False))
        run.judge(f"gate: {e['name']}", not report.ok, e["fails"])
    for e in data.get("accept", []):
        base = _baseline(e["baseline"], "c", e.get("tolerance"))
        new, lowered = updated_baseline(
            base, [_result("c", e["result"])], lower_floors=e.get("lower_floors", False)
        )
        got = {"scores": new.cases["c"].scores, "printed": len(lowered)}
        run.judge(f"accept: {e['name']}", got, {"scores": e["keeps"], "printed": e["printed"]})
    for e in data.get("plan", []):
        plan = small_plan(e["plan"])
        failed = _failed(plan_shape_checks(Expect.model_validate(e["expect"]), plan))
        run.judge(f"plan: {e['name']}", failed, sorted(e["failing"]))
        if "coverage" in e:
            run.judge(f"coverage: {e['name']}", round(coverage(plan), 4), e["coverage"])
    for e in data.get("floors", []):
        expect = Expect(min_scores=e["min_scores"])
        run.judge(f"floors: {e['name']}", _failed(score_floors(expect, e["scores"])), e["failing"])
    for e in data.get("replies", []):
        failed = _failed(reply_checks(Expect.model_validate(e["expect"]), e["replies"]))
        run.judge(f"replies: {e['name']}", failed, sorted(e["failing"]))


def _section_scrub(run: _Run, data: dict[str, Any]) -> None:
    from coach.evals.scrub import Scrubber

    for e in data.get("scrub", []):
        out = Scrubber(names=e.get("names", []), employers=e.get("employers", [])).text(e["text"])
        kept = [s for s in e.get("gone", []) if s in out]
        lost = [s for s in e.get("stays", []) if s not in out]
        run.judge(f"scrub: {e['name']}", {"kept": kept, "lost": lost}, {"kept": [], "lost": []})


def _section_replays(run: _Run, data: dict[str, Any], cases_dir: Path) -> None:
    from coach.evals.replay import run_case
    from coach.evals.reviews import Edit, apply_edit

    for e in data.get("replays", []):
        raw = json.loads((cases_dir / f"{e['case']}.json").read_text(encoding="utf-8"))
        doc = copy.deepcopy(raw)
        try:
            for edit in e["edits"]:
                apply_edit(doc, Edit.model_validate(edit))
            case = Case.model_validate(doc)
        except (ValueError, KeyError, IndexError) as exc:
            run.results.append(Calibration(f"replay: {e['name']}", False, f"bad edit: {exc}"))
            continue
        result = run_case(case)
        got = {"verdict": result.verdict, "failing": _failed(result.checks)}
        want = {"verdict": e["verdict"], "failing": sorted(e.get("failing", []))}
        run.judge(f"replay: {e['name']}", got, want)


def _section_review_judge(run: _Run, data: dict[str, Any], bases: Path) -> None:
    from coach.evals.reviews import ReviewCase, run_review_case
    from coach.knowledge import load_kb

    for e in data.get("review_judge", []):
        case = ReviewCase.model_validate(e["case"])
        run.judge(f"review judge: {e['name']}", run_review_case(case, bases, load_kb()).ok, e["ok"])


def _section_persona(run: _Run, data: dict[str, Any]) -> None:
    from coach.evals.personas.drive import Run
    from coach.evals.personas.model import Persona
    from coach.evals.personas.registry import evaluate

    for e in data.get("persona", []):
        person = Persona(id="calibration", language="en", person="-", first=["-"], expect={"-": 1})
        plan = small_plan(e["plan"]).model_dump(mode="json")
        result = evaluate(Run(person, stages={"draft": {"plan": plan}}), e["key"], e["value"])
        run.judge(f"persona: {e['name']}", result.ok, e["met"])


def run_calibration(folder: Path, cases_dir: Path) -> list[Calibration]:
    """Every entry of every ``*.json`` in ``folder`` (none when the folder is missing)."""
    run = _Run()
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            _section_judge(run, data)
            _section_scrub(run, data)
            _section_replays(run, data, cases_dir)
            _section_review_judge(run, data, cases_dir.parent / "reviews" / "bases")
            _section_persona(run, data)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            run.results.append(Calibration(path.stem, False, f"cannot read: {exc}"))
    return run.results

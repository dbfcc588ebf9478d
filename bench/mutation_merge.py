"""Merge ``bench/mutation.py --json`` runs judged in parts into one run for the report.

Run: python bench/mutation_merge.py --evals E.json [E2.json ...] --tests T.json [T2.json ...]
     [--earlier-report docs/mutation-score.md] --out run.json

A long bench is run per judge (``--judges evals`` on every mutant, ``--judges tests`` on the
mutants not judged before) and cut into parts with ``--resume``. This takes each mutant's
``evals`` verdict from the ``--evals`` files and its ``tests`` verdict from the ``--tests``
files; a mutant no ``--tests`` file judged takes the tests verdict of the previous report
(``--earlier-report``, its table), marked as judged in an earlier round (``detail.round``).

The summary also says how many mutants the evals kill only through what this round added: a
failing case counts as *existing* when it is a recorded case of ``evals/baseline.json`` or a
persona expectation, as *added* when it is a reviewer case, a calibration entry or a recorded
case not in the baseline yet.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutation import Outcome, summary  # noqa: E402
from mutations import MUTATIONS  # noqa: E402

_ROW = re.compile(r"^\| (\S+) \| `([^`]+)` \| ([^|]+) \| ([^|]+) \|", re.M)


def _load(paths: list[Path]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in paths:
        for m in json.loads(path.read_text(encoding="utf-8"))["mutants"]:
            out[m["name"]] = m
    return out


def earlier_tests(report: Path) -> dict[str, tuple[bool, str]]:
    """Mutant -> (killed by the tests, first failing test) from a previous report's table."""
    found: dict[str, tuple[bool, str]] = {}
    for _area, name, verdict, test in _ROW.findall(report.read_text(encoding="utf-8")):
        found[name] = ("tests" in verdict, test.strip())
    return found


def existing_cases(baseline: Path) -> set[str]:
    return set(json.loads(baseline.read_text(encoding="utf-8"))["cases"])


def is_existing(killer: str, known: set[str]) -> bool:
    """Whether a killing case was in the net before this round (see the module docstring)."""
    if killer.startswith("eval personas: "):
        return True
    name = killer.removeprefix("eval: ")
    return name in known


def merge(
    evals: dict[str, dict[str, Any]],
    tests: dict[str, dict[str, Any]],
    earlier: dict[str, tuple[bool, str]],
    known: set[str],
) -> dict[str, Any]:
    outcomes: list[Outcome] = []
    before = 0
    for mutation in MUTATIONS:
        e, t = evals.get(mutation.name), tests.get(mutation.name)
        o = Outcome(mutation.name, mutation.area)
        o.stale = bool((e and e["stale"]) or (t and t["stale"]))
        if t is not None:
            o.killing_tests = t["killing_tests"] if "tests" in t["killed_by"] else []
            o.detail["tests"] = t["detail"].get("tests", "")
            o.killed_by += ["tests"] if "tests" in t["killed_by"] else []
        elif mutation.name in earlier:
            killed, first = earlier[mutation.name]
            o.killed_by += ["tests"] if killed else []
            o.killing_tests = [first] if killed and first != "-" else []
            o.detail["round"] = "earlier (tests)"
        if e is not None:
            o.killing_cases = e["killing_cases"]
            o.detail["evals"] = e["detail"].get("evals", "")
            if "evals" in e["killed_by"]:
                o.killed_by.append("evals")
                before += any(is_existing(k, known) for k in o.killing_cases)
        if e is None and t is None and mutation.name not in earlier:
            continue  # judged by neither: left out of the figures
        outcomes.append(o)
    report = summary(outcomes)
    live = [o for o in outcomes if not o.stale]
    report["judged_evals"] = sum(o.name in evals for o in live)
    report["killed_by_existing_evals"] = before
    report["killed_by_evals_count"] = sum("evals" in o.killed_by for o in live)
    report["killed_by_tests_count"] = sum("tests" in o.killed_by for o in live)
    report["live"] = len(live)
    return {"summary": report, "mutants": [o.__dict__ for o in outcomes]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evals", type=Path, nargs="*", default=[])
    parser.add_argument("--tests", type=Path, nargs="*", default=[])
    parser.add_argument("--earlier-report", type=Path, default=None)
    parser.add_argument("--baseline", type=Path, default=ROOT / "evals" / "baseline.json")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    earlier = earlier_tests(args.earlier_report) if args.earlier_report else {}
    data = merge(_load(args.evals), _load(args.tests), earlier, existing_cases(args.baseline))
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(data["summary"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

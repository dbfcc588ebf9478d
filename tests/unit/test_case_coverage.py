"""The recorded cases, together, replay every constraint kind a mentor's request is read as and
every kind of turn a person sends after approval (issue 13 item 3).

Read from the recordings (``evals/cases/*.json``): a re-recording in which a request is no
longer read as its kind, or a turn no longer as its kind, fails here instead of silently
leaving that kind unreplayed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

from coach.engine.constraints.model import ConstraintKind
from coach.engine.turns import TurnKind, classify_turn
from coach.knowledge import load_kb

CASES = Path(__file__).resolve().parents[2] / "evals" / "cases"
OFFERS = {"faster", "job_loss", "discouraged"}
"""Turn kinds whose answer can leave an offer open: the next turn may confirm or decline it."""


def _cases() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CASES.glob("*.json"))]


def _after_approval(case: dict[str, Any]) -> list[str]:
    """The user turns sent after the first approval the case replays."""
    turns: list[str] = []
    approved = False
    for step in case["steps"]:
        mentor = step.get("mentor") or {}
        approved = approved or mentor.get("action") == "approve"
        if approved and step.get("user"):
            turns.append(step["user"])
    return turns


def test_every_constraint_kind_is_replayed_by_some_case() -> None:
    replayed = {
        record["kind"]
        for case in _cases()
        for record in (case["recorded"].get("plan") or {}).get("constraint_records") or []
    }
    missing = set(get_args(ConstraintKind)) - replayed
    assert not missing, f"no recorded case replays: {sorted(missing)}"


def test_every_turn_kind_after_approval_is_replayed_by_some_case() -> None:
    kb = load_kb()
    replayed: set[str] = set()
    for case in _cases():
        previous = None
        for text in _after_approval(case):
            kind = classify_turn(text, kb, proposal_pending=previous in OFFERS)
            replayed.add(kind)
            previous = kind
    missing = set(get_args(TurnKind)) - replayed
    assert not missing, f"no recorded case replays a turn of kind: {sorted(missing)}"


def test_no_two_cases_replay_the_same_steps_on_the_same_engine() -> None:
    """A case whose steps are the start of another's, on the same engine and model answers,
    replays nothing the longer one does not (duplicates go: issue 13 item 3)."""
    runs = []
    for case in _cases():
        steps = [json.dumps(s, sort_keys=True) for s in case["steps"]]
        calls = [
            json.dumps(c.get("response"), sort_keys=True) for c in case["recorded"]["model_calls"]
        ]
        runs.append((case["name"], case["meta"]["engine"], steps, calls))
    prefixes = [
        (a, b)
        for a, engine_a, steps_a, calls_a in runs
        for b, engine_b, steps_b, calls_b in runs
        if a != b
        and engine_a == engine_b
        and steps_b[: len(steps_a)] == steps_a
        and calls_b[: len(calls_a)] == calls_a
    ]
    assert not prefixes, f"replayed within another case: {prefixes}"

"""Hand-written expectations are merged into a case as validated values (``with_expect``)."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from pydantic import ValidationError

from coach.evals.case import Trajectory, dump_case, load_case, with_expect

CASES = Path(__file__).resolve().parents[2] / "evals" / "cases"


def _a_case() -> Path:
    return sorted(CASES.glob("*.json"))[0]


def test_a_trajectory_and_an_order_written_as_json_become_typed_and_dump_without_warnings() -> None:
    case = load_case(_a_case())
    changes = {
        "trajectory": {"mode": "superset", "nodes": ["planner", "reviewer"]},
        "before": [["python", "portfolio_project"]],
        "max_weekly_hours": 12,
    }
    updated = with_expect(case, changes)
    assert isinstance(updated.expect.trajectory, Trajectory)
    assert updated.expect.trajectory.mode == "superset"
    assert updated.expect.before == [("python", "portfolio_project")]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the serializer warned on the raw dict and list
        text = dump_case(updated)
    assert json.loads(text)["expect"]["trajectory"] == changes["trajectory"]
    assert case.expect.max_weekly_hours != 12 or case.expect.trajectory != updated.expect.trajectory


def test_expectations_not_given_are_kept_and_a_typo_is_refused() -> None:
    case = load_case(_a_case())
    updated = with_expect(case, {"replies_include": ["plan"]})
    assert updated.expect.replies_include == ["plan"]
    kept = updated.expect.model_dump(exclude={"replies_include"})
    assert kept == case.expect.model_dump(exclude={"replies_include"})
    assert updated.steps == case.steps and updated.recorded == case.recorded
    with pytest.raises(ValidationError):
        with_expect(case, {"skills_includ": ["python"]})
    with pytest.raises(ValidationError):
        with_expect(case, {"trajectory": {"mode": "sometimes", "nodes": []}})

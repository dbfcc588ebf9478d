"""Soft scores and hard checks of the eval harness."""

from __future__ import annotations

from datetime import date

from coach.evals.case import Expect, Trajectory
from coach.evals.scorers import (
    check_trajectory,
    coverage,
    default_floors,
    feasibility_margin,
    hard_checks,
    is_concrete,
    score_floors,
    specificity,
)
from coach.knowledge import load_kb
from coach.schemas import Gap, Phase, Plan, PlanItem


def _plan(items: list[PlanItem], gaps: list[str], total: float = 40.0) -> Plan:
    return Plan(
        target="ai_application_engineer",
        target_name="AI application engineer",
        language="en",
        start_date=date(2027, 1, 4),
        hours_per_week=5,
        horizon_weeks=10,
        total_hours=total,
        gaps=[Gap(skill_id=g, need=2, have=0) for g in gaps],
        phases=[Phase(name="core", kind="core", week_start=1, week_end=10, items=items)],
    )


def _item(skill: str, resources: list[str], deliverable: str) -> PlanItem:
    return PlanItem(
        skill_id=skill,
        title=skill,
        hours=10,
        week_start=1,
        week_end=2,
        resource_ids=resources,
        deliverable=deliverable,
    )


GOOD = "A notebook that embeds 100 documents and answers 10 questions"


def test_specificity_counts_items_with_resources_and_concrete_deliverables() -> None:
    plan = _plan(
        [
            _item("python", ["r1"], GOOD),
            _item("rag", [], GOOD),  # no resource
            _item("embeddings", ["r2"], "Learn embeddings"),  # not concrete
            _item("evaluation", ["r3"], "一个包含十个问题的评测集和评测报告"),
        ],
        [],
    )
    assert specificity(plan) == 0.5
    assert not is_concrete("study") and is_concrete(GOOD)


def test_coverage_is_the_share_of_gaps_some_item_works_on() -> None:
    plan = _plan([_item("python", ["r"], GOOD), _item("rag", ["r"], GOOD)], ["rag", "agents"])
    assert coverage(plan) == 0.5
    assert coverage(_plan([], [])) == 1.0


def test_feasibility_margin_is_one_minus_total_over_budget() -> None:
    assert abs(feasibility_margin(_plan([], [], total=40)) - 0.2) < 1e-9
    assert feasibility_margin(_plan([], [], total=60)) < 0


def _matches(mode: str, nodes: list[str], actual: list[str]) -> bool:
    return check_trajectory(Trajectory(mode=mode, nodes=nodes), actual).ok  # type: ignore[arg-type]


def test_trajectory_modes_mean_what_agentevals_means() -> None:
    actual = ["route_turn", "profiler", "researcher", "planner", "reviewer"]
    assert _matches("strict", actual, actual)
    assert not _matches("strict", actual[:-1], actual)
    assert not _matches("strict", list(reversed(actual)), actual)
    # unordered: the same nodes (as many times), any order
    assert _matches("unordered", list(reversed(actual)), actual)
    assert not _matches("unordered", actual[:-1], actual)
    assert not _matches("unordered", [*actual, "planner"], actual)
    # superset: the run visited at least these
    assert _matches("superset", ["planner", "profiler"], actual)
    missing = check_trajectory(Trajectory(mode="superset", nodes=["mentor_review"]), actual)
    assert not missing.ok and "mentor_review" in missing.message
    # subset: the run visited nothing beyond these
    assert _matches("subset", [*actual, "mentor_review"], actual)
    extra = check_trajectory(Trajectory(mode="subset", nodes=["profiler", "planner"]), actual)
    assert not extra.ok and "researcher" in extra.message
    # in_order: these, in this order, others allowed between
    assert _matches("in_order", ["profiler", "planner"], actual)
    assert not _matches("in_order", ["planner", "profiler"], actual)


def test_hard_checks_report_role_skills_language_and_pause() -> None:
    plan = _plan([_item("python", ["r"], GOOD)], ["python"])
    expect = Expect(
        target_role="agent_engineer",
        skills_include=["python", "rag"],
        skills_exclude=["python"],
        language="zh",
        awaiting_mentor=True,
        plan_invariants=False,
    )
    results = hard_checks(
        expect,
        plan=plan,
        profile=None,
        status="approved",
        awaiting_mentor=False,
        path=[],
        language="en",
        mentor_notes=[],
        kb=load_kb(),
    )
    failed = {r.name: r.message for r in results if not r.ok}
    assert set(failed) == {
        "target role",
        "skills included",
        "skills excluded",
        "language",
        "paused for mentor",
    }
    assert "rag" in failed["skills included"] and "python" in failed["skills excluded"]


def test_plan_invariants_reuse_the_reviewer_checks() -> None:
    # Items scheduled far over the weekly budget break the reviewer's hour checks.
    plan = _plan([_item("python", ["r"], GOOD)], ["python"], total=500)
    plan.weekly_hours = [50.0] * 10
    results = hard_checks(
        Expect(),
        plan=plan,
        profile=None,
        status="awaiting_mentor",
        awaiting_mentor=True,
        path=[],
        language="en",
        mentor_notes=[],
        kb=load_kb(),
    )
    invariants = next(r for r in results if r.name == "plan invariants")
    assert not invariants.ok and invariants.message


def test_score_floors_fail_below_and_default_floors_leave_slack() -> None:
    floors = default_floors({"specificity": 0.9, "coverage": 0.05, "feasibility_margin": -0.2})
    assert floors == {"specificity": 0.8, "coverage": 0.0, "feasibility_margin": -0.3}
    expect = Expect(min_scores={"coverage": 0.5})
    assert score_floors(expect, {"coverage": 0.6})[0].ok
    low = score_floors(expect, {"coverage": 0.4})[0]
    assert not low.ok and "0.400 < floor 0.500" in low.message

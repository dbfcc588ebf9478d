"""The project of a plan whose target asks for no AI work (a GPU-cluster operations job:
Kubernetes, Slurm, monitoring) is about running the cluster; the reviewer does not ask it to
"show AI work". A plan whose target asks for AI work still gets that error."""

from __future__ import annotations

from datetime import date

from coach.engine.checks.coherence import check_project_coherence
from coach.knowledge.loader import load_kb
from coach.schemas import Phase, Plan, PlanItem, PortfolioProject


def _plan(weights: dict[str, float], project_skills: list[str]) -> Plan:
    items = [
        PlanItem(skill_id=s, title=s, hours=10, week_start=1, week_end=2, deliverable="d")
        for s in project_skills
    ]
    return Plan(
        target="ai_infra_engineer",
        target_name="AI infra",
        language="en",
        start_date=date(2026, 3, 2),
        hours_per_week=8,
        horizon_weeks=30,
        total_hours=10 * len(items),
        phases=[Phase(name="core", kind="core", week_start=1, week_end=10, items=items)],
        portfolio_projects=[
            PortfolioProject(
                title="GPU node health checks",
                description="d",
                skill_ids=project_skills,
                week_start=12,
                week_end=14,
            )
        ],
        requirement_weights=weights,
    )


CLUSTER = {"kubernetes": 1.0, "hpc": 0.9, "observability": 0.9, "python": 0.9, "linux": 0.9}


def _no_ai(plan: Plan) -> list[str]:
    found = check_project_coherence(plan, load_kb())
    return [f.message for f in found if "AI" in f.message]


def test_a_cluster_operations_target_needs_no_ai_skill_in_its_project() -> None:
    plan = _plan(CLUSTER | {"distributed_training": 0.5}, ["kubernetes", "hpc", "python"])
    assert _no_ai(plan) == []  # a "nice to have" model skill is not what the job is
    plan = _plan(CLUSTER | {"ml_fundamentals": 0.85}, ["kubernetes", "hpc", "python"])
    assert _no_ai(plan) == []  # nor a role default the posting never names


def test_a_target_asking_for_ai_work_still_needs_it_in_the_project() -> None:
    plan = _plan(
        CLUSTER | {"model_serving": 0.9, "ml_fundamentals": 0.85}, ["kubernetes", "hpc", "python"]
    )
    assert _no_ai(plan)
    assert _no_ai(_plan({}, ["kubernetes", "hpc", "python"]))  # the role's own asks for it

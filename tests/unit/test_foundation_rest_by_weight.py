"""A long foundation is taken just far enough before the core that needs it; the rest of it, and
any foundation's depth beyond what the core needed, is weighed by its own requirement, so it never
keeps hours while a heavier requirement waits (COACHING.md B1)."""

from __future__ import annotations

from datetime import date

from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Plan

KB = load_kb()
START = date(2026, 1, 5)


def _plan(text: str, target: str, hours: float, weeks: int, goal: str = "") -> Plan:
    p = extract_profile(text, None, get_lexicon(KB), KB)
    update = {"target_role": target, "hours_per_week": hours, "horizon_weeks": weeks}
    if goal:
        update["target_raw"] = goal
    p = p.model_copy(update=update)
    return build_plan(p, research_role(KB, p, target), KB, start_date=START, said=[text, goal])


def _hours(plan: Plan) -> dict[str, float]:
    out: dict[str, float] = {}
    for item in plan.items():
        out[item.skill_id] = out.get(item.skill_id, 0.0) + item.hours
    return out


def test_an_sre_gets_just_enough_classic_ml_before_mlops_not_sixty_hours() -> None:
    text = (
        "I'm an SRE at a payments company, 11 years in ops. I live in Kubernetes, Terraform, "
        "Prometheus and Grafana, write bash and a bit of Python, do on-call and postmortems."
    )
    plan = _plan(text, "mlops_engineer", 8, 52, "LLMOps, keeping models running in prod")
    hours = _hours(plan)
    assert 0 < hours.get("ml_fundamentals", 0) <= 20
    first = next(i for i in plan.items() if i.skill_id == "ml_fundamentals")
    mlops = min(i.week_start for i in plan.items() if i.skill_id == "mlops")
    assert first.week_end <= mlops
    assert any(d.skill_id == "ml_fundamentals" for d in plan.deferred)  # the rest is said


def test_the_rest_of_a_foundation_never_keeps_hours_while_core_waits() -> None:
    text = "Backend Java engineer, 9 years. Spring Boot, Kafka, Docker, a bit of AWS."
    plan = _plan(text, "mlops_engineer", 7, 24)
    assert not any(
        "rest" in i.title.lower() for i in plan.items() if i.skill_id == "ml_fundamentals"
    )
    used = sum(ph.hours for ph in plan.phases)
    assert used >= 0.9 * 7 * 24 * 0.85  # the hours are spent, not left idle beside the core


def test_docker_depth_waits_for_a_heavier_requirement_of_the_serving_track() -> None:
    text = (
        "ML engineer at a robotics startup, 4 years. I train perception models in PyTorch and "
        "I've written a couple of CUDA kernels."
    )
    goal = "LLM serving performance, making inference fast and cheap"
    plan = _plan(text, "ai_infra_engineer", 12, 26, goal)
    assert "model_compression" in _hours(plan)
    assert _hours(plan).get("docker", 0) <= 10


def test_a_coders_git_comes_before_the_portfolio_project() -> None:
    text = "Data analyst, 4 years, SQL and Tableau daily, Python pandas at work."
    plan = _plan(text, "ai_application_engineer", 8, 52)
    project = next(ph for ph in plan.phases if ph.kind == "project")
    git = min(i.week_start for i in plan.items() if i.skill_id == "git")
    assert git < project.week_start


def test_python_taught_along_with_pytorch_is_not_said_to_wait() -> None:
    """PyTorch to working level is Python at working level (``implies``): a mechanical engineer
    with some Python is not told Python waits for after the switch while PyTorch goes deep."""
    from coach.engine.checks import review_plan

    text = "我是机械工程师，做了8年工业机器人集成，会一点Python和PLC。想转具身智能。"
    plan = _plan(text, "embodied_ai_engineer", 8, 78)
    pytorch = max((i.level_to for i in plan.items() if i.skill_id == "pytorch"), default=0)
    assert pytorch >= 2
    assert not any(d.skill_id == "python" for d in plan.deferred)
    p = extract_profile(text, None, get_lexicon(KB), KB)
    p = p.model_copy(
        update={"target_role": "embodied_ai_engineer", "hours_per_week": 8, "horizon_weeks": 78}
    )
    findings = review_plan(plan, p, KB).findings
    assert not [f for f in findings if f.check == "gap_coverage"]

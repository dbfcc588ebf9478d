"""When the core does not fit, the hours go to the role's defining skills before the project and
the job search (COACHING.md B1), the core's depth is taken by weight with same-weight skills all
tried, and the narrative names only the weeks the schedule keeps."""

from __future__ import annotations

import re
from datetime import date

from coach.engine.checks import review_plan
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Plan, Profile

KB = load_kb()
START = date(2026, 1, 5)


def _plan(text: str, target: str, hours: float, weeks: int) -> tuple[Plan, Profile]:
    p = extract_profile(text, None, get_lexicon(KB), KB)
    p = p.model_copy(
        update={"target_role": target, "hours_per_week": hours, "horizon_weeks": weeks}
    )
    return build_plan(p, research_role(KB, p, target), KB, start_date=START, said=[text]), p


def _defining(target: str, plan: Plan) -> list[str]:
    role = KB.roles[target]
    gaps = {g.skill_id for g in plan.gaps}
    weights = {r.skill_id: r.weight for r in role.required if r.skill_id in gaps}
    top = max(weights.values())
    return [s for s, w in weights.items() if w >= top - 0.1]


JAVA = "Backend Java engineer, 9 years. Spring Boot, Kafka, Docker, a bit of AWS."


def test_a_short_plan_starts_every_defining_skill_before_keeping_a_project() -> None:
    plan, p = _plan(JAVA, "mlops_engineer", hours=7, weeks=24)
    assert not plan.feasible  # the core does not fit 24 weeks at 7 h
    scheduled = {it.skill_id for it in plan.items()}
    assert set(_defining("mlops_engineer", plan)) <= scheduled  # MLOps and LLMOps both start
    findings = review_plan(plan, p, KB).findings
    assert not [f for f in findings if f.check == "core_first" and f.severity == "error"]


def test_a_plan_with_room_keeps_its_project_and_job_search() -> None:
    plan, _ = _plan(JAVA, "mlops_engineer", hours=10, weeks=52)
    kinds = {ph.kind for ph in plan.phases}
    assert plan.portfolio_projects and "job_search" in kinds


def test_same_weight_core_skills_are_all_tried_for_depth() -> None:
    text = "QA automation engineer, 5 years: Selenium, Python and Jenkins pipelines."
    plan, _ = _plan(text, "agent_engineer", hours=7, weeks=39)
    reached = {it.skill_id: it.level_to for it in plan.items()}
    # LLM evaluation (0.9) is taken to working level before lighter foundations deepen
    assert reached.get("evaluation", 0) >= 2


def test_the_rationale_names_the_week_each_core_skill_starts() -> None:
    plan, _ = _plan(JAVA, "mlops_engineer", hours=7, weeks=24)
    starts: dict[str, int] = {}
    for it in plan.items():
        starts[it.skill_id] = min(starts.get(it.skill_id, it.week_start), it.week_start)
    for skill in plan.core_skills[:3]:
        name = KB.skills[skill].name.en
        if skill in starts:
            assert f"{name} from week {starts[skill]}" in plan.rationale
        else:
            assert f"{name} waits" in plan.rationale
    assert not re.search(r"starts in week", plan.rationale)


def test_a_foundation_known_at_basic_deepens_after_the_core_has_started() -> None:
    text = (
        "SRE, 11 years. I live in Kubernetes, Terraform, Prometheus and Grafana, write bash and "
        "a bit of Python, do on-call and postmortems."
    )
    plan, _ = _plan(text, "mlops_engineer", hours=8, weeks=52)
    first: dict[str, int] = {}
    for it in plan.items():
        first[it.skill_id] = min(first.get(it.skill_id, it.week_start), it.week_start)
    assert first["mlops"] <= 8 and first["llmops"] <= 16
    python = [it for it in plan.items() if it.skill_id == "python"]
    assert not python or python[0].week_start >= first["llmops"]


def test_an_edge_plan_asks_edge_interview_questions_and_no_datacentre_ones() -> None:
    text = "Embedded C developer, 10 years, MCUs and Linux drivers. I want to move into edge AI."
    plan, _ = _plan(text, "ai_infra_engineer", hours=8, weeks=52)
    topics = " ".join(plan.interview_prep)
    assert "INT8" in topics or "TFLite" in topics
    assert "PagedAttention" not in topics and "KV" not in topics
    assert not any(it.skill_id in {"cuda", "gpu_programming"} for it in plan.items())


def test_someone_who_asks_only_to_get_started_gets_a_feasible_intro() -> None:
    text = "我是物流公司的调度员，干了8年。想学点AI用在调度工作上，春节前能入门就行。"
    plan, p = _plan(text, "ai_augmented_professional", hours=4, weeks=9)
    assert plan.feasible
    # the reviewer reads the goal from the profile: the words that gave the horizon
    p = p.model_copy(update={"evidence": {**p.evidence, "horizon_weeks": "春节前能入门就行"}})
    review = review_plan(plan, p, KB)
    assert review.verdict == "pass", [f.message for f in review.findings]
    scheduled = {it.skill_id for it in plan.items()}
    assert "prompt_engineering" in scheduled
    # the same hours without "入门就行" are a switch that does not fit
    full, _ = _plan(
        "我是物流公司的调度员，干了8年。", "ai_augmented_professional", hours=4, weeks=9
    )
    assert not full.feasible


def test_a_role_not_in_the_kb_is_said_plainly_with_what_it_would_need() -> None:
    said = [
        "Finance manager, 12 years in corporate FP&A. I'd like to become an AI product manager."
    ]
    p = extract_profile(said[0], None, get_lexicon(KB), KB)
    p = p.model_copy(
        update={"target_role": "ai_augmented_professional", "hours_per_week": 5,
                "horizon_weeks": 78, "target_not_in_kb": None}
    )  # fmt: skip
    research = research_role(KB, p, "ai_augmented_professional")
    plan = build_plan(p, research, KB, start_date=START, said=said)
    assert any("AI product manager" in r and "Product sense" in r for r in plan.risks)
    assert "product_sense" in {it.skill_id for it in plan.items()}  # 78 weeks have room


def test_hours_no_whole_step_fits_go_toward_the_heaviest_short_core_skill() -> None:
    text = "我是小学语文老师，教了12年书，不会编程。想在教学里用上AI。"
    plan, _ = _plan(text, "ai_augmented_professional", hours=4, weeks=30)
    toward = [it for it in plan.items() if "其余留到之后" in it.title]
    for it in toward:  # a part of a level: the level is not claimed
        assert it.level_to == it.level_from
    assert sum(plan.weekly_hours) >= 0.85 * 4 * 30 * 0.9  # no idle block while the core waits


def test_someone_laid_off_gets_a_real_job_search_not_their_current_job() -> None:
    text = "I was a technical recruiter for 6 years, got laid off last month. I need a job."
    plan, _ = _plan(text, "ai_augmented_professional", hours=20, weeks=13)
    last = plan.phases[-1]
    assert last.kind == "job_search" and last.hours >= 25
    assert not any("next review" in step for step in last.steps)
    assert any("Apply" in step for step in last.steps)


def test_a_career_changer_ends_in_finding_work_not_their_current_job() -> None:
    said = ["I'm a PE teacher, 10 years. I want a new career in AI, away from teaching."]
    p = extract_profile(said[0], None, get_lexicon(KB), KB)
    p = p.model_copy(
        update={"target_role": "ai_augmented_professional", "hours_per_week": 6,
                "horizon_weeks": 52}
    )  # fmt: skip
    research = research_role(KB, p, "ai_augmented_professional")
    plan = build_plan(p, research, KB, start_date=START, said=said)
    last = plan.phases[-1]
    assert last.kind == "job_search"
    assert not any("next review" in step for step in last.steps)


def test_a_short_no_code_first_step_still_ends_in_a_project_from_their_work() -> None:
    text = "我是一家物流公司的车队经理，管着60多台重卡，做了9年了，排班、油耗、司机考核都是我管。"
    plan, _ = _plan(text, "ai_augmented_professional", hours=4, weeks=21)
    assert plan.portfolio_projects  # about 75 h: a first step and a small no-code project
    assert sum(plan.weekly_hours) >= 0.8 * 4 * 21 * 0.8


def test_people_whose_cases_are_personal_data_learn_the_ai_rules_before_the_project() -> None:
    text = "I'm an ICU nurse, 9 years. I want to use AI in my work. No coding please."
    plan, _ = _plan(text, "ai_augmented_professional", hours=4, weeks=26)
    rules = [it for it in plan.items() if it.skill_id == "ai_ethics_governance"]
    assert rules and plan.portfolio_projects
    assert rules[0].week_end <= plan.portfolio_projects[0].week_start

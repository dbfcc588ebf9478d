"""Posting requirements outrank the role's defaults, leftover hours go to the core before the
project grows, returners' skills are rusty, researchers' statistics shortens classic ML, and the
reviewer lets a mentor's priority win over the role's order."""

from __future__ import annotations

from coach.engine.checks import check_core_first, review_plan
from coach.engine.constraints import parse_constraints
from coach.engine.planner import build_plan
from coach.engine.planner.experience import hours_factor, read_experience
from coach.engine.planner.posting_target import (
    NOT_IN_POSTING_SHARE,
    POSTING_REQUIRED_WEIGHT,
    posting_research,
)
from coach.engine.planner.returner import years_away
from coach.engine.planner.selection import CORE_WEIGHT
from coach.engine.posting import parse_posting
from coach.engine.research import research_role
from coach.knowledge.lexicon import get_lexicon
from tests.unit.plan_helpers import KB, START, person

POSTING = """Machine Learning Engineer - Credit Decisioning
Requirements
- Strong Python and SQL
- Experience deploying ML models (model serving, REST APIs)
- Docker and CI/CD
- Experience with MLflow or similar MLOps tooling
Nice to have
- Kubernetes
"""
ANALYST = [
    "Senior credit risk analyst, 9 years: PD and LGD scorecards in Python with scikit-learn "
    "and XGBoost, SQL on the loan warehouse, Git."
]


def test_a_postings_requirements_outrank_every_role_skill_it_does_not_require() -> None:
    posting = parse_posting(POSTING, get_lexicon(KB), KB)
    p = person(ANALYST, "mlops_engineer", 8, 52)
    research = posting_research(research_role(KB, p, "mlops_engineer"), posting, KB)
    weight = {r.skill_id: r.weight for r in research.required_skills}
    required = {r.skill_id for r in posting.requirements if r.required}
    assert {"model_serving", "docker", "ci_cd"} <= required
    for s in required & set(weight):
        assert weight[s] >= POSTING_REQUIRED_WEIGHT >= CORE_WEIGHT
    role = {r.skill_id: r.weight for r in KB.roles["mlops_engineer"].required}
    # a plus is not a requirement: Kubernetes counts less than the role gives it
    assert weight["kubernetes"] == round(role["kubernetes"] * NOT_IN_POSTING_SHARE, 3)
    others = [w for s, w in weight.items() if s not in required and s != "mlops"]
    assert max(others) < POSTING_REQUIRED_WEIGHT


def test_the_posting_is_scheduled_before_the_project_grows_and_the_reviewer_agrees() -> None:
    posting = parse_posting(POSTING, get_lexicon(KB), KB)
    p = person(ANALYST, "mlops_engineer", 8, 52)
    research = posting_research(research_role(KB, p, "mlops_engineer"), posting, KB)
    plan = build_plan(p, research, KB, start_date=START, said=ANALYST)
    reached: dict[str, int] = {}
    for it in plan.items():
        reached[it.skill_id] = max(reached.get(it.skill_id, 0), it.level_to)
    assert reached.get("model_serving", 0) >= 1  # the posting's requirement is not deferred
    assert "model_serving" in plan.core_skills
    assert "kubernetes" not in plan.core_skills  # only a plus in the posting
    assert plan.requirement_weights["model_serving"] >= POSTING_REQUIRED_WEIGHT
    review = review_plan(plan, p, KB)
    assert not [f for f in review.findings if f.check == "core_first" and f.severity == "error"]


def test_without_a_posting_the_plan_keeps_the_roles_weights_and_its_json_is_unchanged() -> None:
    p = person(ANALYST, "mlops_engineer", 8, 52)
    plan = build_plan(p, research_role(KB, p, "mlops_engineer"), KB, start_date=START)
    assert plan.requirement_weights == {}
    assert "requirement_weights" not in plan.model_dump(mode="json")


def test_a_mentors_start_with_is_not_blamed_by_the_core_first_check() -> None:
    turns = ["I'm a frontend developer, 4 years of React and TypeScript."]
    p = person(turns, "ai_application_engineer", 5, 30)
    cons = parse_constraints("Evals at the start, about 40 hours of evaluation.", KB)
    assert {c.kind for c in cons if c.skill_id == "evaluation"} == {"start_with", "skill_hours"}
    research = research_role(KB, p, "ai_application_engineer")
    plan = build_plan(p, research, KB, start_date=START, said=turns, constraints=cons)
    assert any(it.skill_id == "evaluation" for it in plan.items())
    # the role's order would blame what the mentor put first; the mentor's order wins
    assert [f for f in check_core_first(plan, KB, []) if f.severity == "error"]
    assert not [f for f in check_core_first(plan, KB, cons) if f.severity == "error"]


def test_years_away_are_read_in_english_and_chinese() -> None:
    assert years_away("I've been out of work for 5 years raising my kids") == 5
    assert years_away("after a six-year career break") == 6
    assert years_away("I haven't written code for 7 years") == 7
    assert years_away("离开开发岗位6年了，一直全职带娃") == 6
    assert years_away("我有5年没写代码了") == 5
    assert years_away("我以前做了8年Java开发，这6年一直全职在家带孩子") == 6
    assert years_away("I've been at home with my kids for the last 5 years") == 5
    assert years_away("then I stayed home with my kids for the last 6 years") == 6
    assert years_away("I have 5 years of Java") == 0


def test_a_returners_skills_are_a_level_lower_and_cost_a_refresher() -> None:
    now = ["Java developer, 8 years of Java, Spring, SQL and Git."]
    back = [now[0] + " I've been out of work for 5 years raising my kids."]
    current = read_experience(person(now, "ai_application_engineer", 8, 52), KB, now)
    returner = read_experience(person(back, "ai_application_engineer", 8, 52), KB, back)
    for sid in ("programming_fundamentals", "git"):
        assert returner.level(sid) == max(1, current.level(sid) - 1)
        assert returner.rusty[sid] == current.level(sid)
        assert "5 years away" in returner.levels[sid][1]
    git = KB.skills["git"]
    assert hours_factor(git, returner) < hours_factor(git, current)
    assert returner.level("communication") == current.level("communication")  # does not rust


def test_a_researcher_in_statistics_learns_classic_ml_in_a_fraction_of_a_course() -> None:
    words = ["Physicist, PhD and a 4-year postdoc; I fit data with Python and statistics daily."]
    exp = read_experience(person(words, "ai_for_science_engineer", 6, 52), KB, words)
    assert exp.level("statistics") >= 2
    assert hours_factor(KB.skills["ml_fundamentals"], exp) <= 0.5
    assert hours_factor(KB.skills["deep_learning"], exp) < 1.0


def test_an_edge_ai_goal_picks_on_device_skills_not_datacentre_cuda() -> None:
    turns = [
        "I'm an embedded C engineer, 9 years on ARM Cortex-M and Linux drivers. "
        "I want to move into edge AI, deploying models on devices."
    ]
    p = person(turns, "ai_infra_engineer", 7, 52)
    plan = build_plan(
        p, research_role(KB, p, "ai_infra_engineer"), KB, start_date=START, said=turns
    )
    scheduled = {it.skill_id for it in plan.items()}
    assert {"edge_inference", "edge_quantization", "pytorch"} <= scheduled
    assert not scheduled & {"cuda", "gpu_programming", "triton_kernels", "inference_optimization"}
    assert {"edge_inference", "edge_quantization"} <= set(plan.core_skills)
    assert plan.portfolio_projects and "edge_inference" in plan.portfolio_projects[0].skill_ids
    assert review_plan(plan, p, KB).verdict == "pass"
    # C is a language they write: C++ starts at basic level, Python costs a fraction
    exp = read_experience(p, KB, turns)
    assert "c" in exp.languages and exp.level("cpp") >= 1


def test_an_inference_goal_without_edge_words_keeps_the_datacentre_role() -> None:
    turns = ["C++ back-end developer, 6 years. I want to do LLM inference optimisation."]
    p = person(turns, "ai_infra_engineer", 10, 52)
    plan = build_plan(
        p, research_role(KB, p, "ai_infra_engineer"), KB, start_date=START, said=turns
    )
    assert "edge_inference" not in {g.skill_id for g in plan.gaps}
    assert plan.requirement_weights == {}


def test_a_non_coders_short_plan_is_a_feasible_first_step() -> None:
    turns = [
        "I manage a warehouse team of 30 people, 20 years in logistics. I don't code. "
        "I want to use AI to automate our reports."
    ]
    p = person(turns, "ai_augmented_professional", 5, 13)
    plan = build_plan(
        p, research_role(KB, p, "ai_augmented_professional"), KB, start_date=START, said=turns
    )
    assert plan.feasible and not plan.options
    scheduled = {it.skill_id for it in plan.items()}
    assert {"prompt_engineering", "low_code_automation"} <= scheduled
    assert any("first step" in r for r in plan.risks)
    assert review_plan(plan, p, KB).verdict == "pass"


def test_a_non_coder_aiming_at_agents_is_offered_the_nearest_role_that_fits() -> None:
    turns = ["I'm a product manager at a SaaS company, 6 years. I have never written code."]
    p = person(turns, "agent_engineer", 4, 26)
    plan = build_plan(p, research_role(KB, p, "agent_engineer"), KB, start_date=START, said=turns)
    assert not plan.feasible
    stones = [o.role_id for o in plan.options if o.kind == "stepping_stone"]
    assert stones and stones[0] == "ai_augmented_professional"


def test_a_biology_postdoc_learns_python_and_pytorch_and_practises_on_their_own_data() -> None:
    turns = [
        "I have a PhD in biology and did a 3-year postdoc in structural biology; I analyse data "
        "in R and some Python. I'd like to move into AI for drug discovery and protein design."
    ]
    p = person(turns, "ai_for_science_engineer", 10, 52)
    plan = build_plan(
        p, research_role(KB, p, "ai_for_science_engineer"), KB, start_date=START, said=turns
    )
    scheduled = {it.skill_id for it in plan.items()}
    assert {"python", "pytorch", "deep_learning"} <= scheduled
    python = sum(it.hours for it in plan.items() if it.skill_id == "python")
    assert python <= 40  # R is a language: Python is tens of hours, not a course from zero
    text = " ".join(m.deliverable for m in plan.milestones)
    assert "MNIST" not in text and "house-price" not in text
    assert "your own research" in text


def test_a_sales_engineer_aiming_at_fde_learns_llm_work_not_stakeholder_management() -> None:
    turns = [
        "I'm a sales engineer at a Cisco partner since 2016: POCs at customer sites, demo labs, "
        "Python, Bash and Ansible scripting; I present to CIOs."
    ]
    p = person(turns, "forward_deployed_engineer", 8, 43)
    research = research_role(KB, p, "forward_deployed_engineer")
    plan = build_plan(p, research, KB, start_date=START, said=turns)
    scheduled = {it.skill_id for it in plan.items()}
    assert {"llm_api_integration", "evaluation"} <= scheduled
    assert not scheduled & {"communication", "stakeholder_management", "customer_facing"}
    assert "llm_api_integration" in plan.portfolio_projects[0].skill_ids
    assert review_plan(plan, p, KB).verdict == "pass"


def test_a_project_without_any_ai_skill_fails_review() -> None:
    from coach.engine.checks import check_project_coherence

    turns = ["I'm a sales engineer, 8 years of customer POCs and Python scripting."]
    p = person(turns, "forward_deployed_engineer", 8, 43)
    plan = build_plan(p, research_role(KB, p, "forward_deployed_engineer"), KB, start_date=START)
    project = plan.portfolio_projects[0]
    no_ai = project.model_copy(update={"skill_ids": ["systems_integration", "sql"]})
    broken = plan.model_copy(update={"portfolio_projects": [no_ai]})
    assert not [f for f in check_project_coherence(plan, KB, p) if f.severity == "error"]
    assert [f for f in check_project_coherence(broken, KB, p) if f.ref is None]


def test_a_short_timeline_is_not_an_ambition_when_the_core_fits_at_a_sustainable_pace() -> None:
    from coach.engine.planner.ambition import AmbitionInput, assess_ambitions

    turns = ["Senior backend engineer, 8 years of Python and Go. I want to interview by March."]
    p = person(turns, "ai_application_engineer", 10, 13)
    exp = read_experience(p, KB, turns)
    role = KB.roles["ai_application_engineer"]

    def kinds(core_fits: bool, hours: float) -> set[str]:
        inp = AmbitionInput(" ".join(turns), exp, role, "x", hours, 13, "en", None, core_fits)
        return {a.kind for a in assess_ambitions(inp)}

    assert "timeline" in kinds(False, 10)  # the core does not fit: 3 months is too short
    assert "timeline" not in kinds(True, 10)  # it fits at 10 h a week: realistic for them
    assert "timeline" in kinds(True, 40)  # only at 40 h a week: still a short timeline


def test_a_principal_engineer_is_credited_with_design_and_leadership() -> None:
    turns = [
        "Principal engineer at a bank. 16 years, distributed systems, event sourcing, led teams "
        "of up to 20 engineers. Target: AI architect."
    ]
    p = person(turns, "ai_architect", 5, 52)
    exp = read_experience(p, KB, turns)
    assert exp.level("technical_leadership") >= 2 and exp.level("system_design") >= 2
    plan = build_plan(p, research_role(KB, p, "ai_architect"), KB, start_date=START, said=turns)
    scheduled = {it.skill_id for it in plan.items()}
    assert "ai_system_architecture" in scheduled
    assert not scheduled & {"technical_leadership", "backend_engineering", "system_design"}


def test_a_foundation_does_not_get_its_second_pass_before_the_core_starts() -> None:
    turns = ["Backend Java engineer, 9 years. Spring Boot, Kafka, Docker, a bit of AWS."]
    p = person(turns, "mlops_engineer", 7, 24)
    plan = build_plan(p, research_role(KB, p, "mlops_engineer"), KB, start_date=START, said=turns)
    reached = {it.skill_id: it.level_to for it in plan.items()}
    if not plan.feasible:  # the road to MLOps is started, foundations only just far enough
        assert reached.get("ci_cd", 0) <= 1 and reached.get("python", 0) <= 1


def test_a_chinese_tech_director_is_credited_with_design_leadership_and_apis() -> None:
    turns = ["技术总监，工作15年，做分布式系统和中台架构，现在带50人的研发团队。想转AI架构师。"]
    p = person(turns, "ai_architect", 5, 52)
    exp = read_experience(p, KB, turns)
    for sid in ("technical_leadership", "system_design", "backend_engineering", "api_design"):
        assert exp.level(sid) >= 2, sid


def test_a_deployment_goal_picks_serving_not_kernels_and_python_comes_first() -> None:
    turns = ["Go开发6年，写高并发的网关和微服务，熟悉Linux和Docker。想做大模型推理部署这块。"]
    p = person(turns, "ai_infra_engineer", 8, 52)
    plan = build_plan(
        p, research_role(KB, p, "ai_infra_engineer"), KB, start_date=START, said=turns
    )
    scheduled = [it.skill_id for it in plan.items()]
    assert {"model_serving", "inference_optimization"} <= set(plan.core_skills)
    assert not set(scheduled) & {"cuda", "gpu_programming", "triton_kernels", "cpp"}
    first = {s: min(it.week_start for it in plan.items() if it.skill_id == s) for s in scheduled}
    assert first["python"] <= first["deep_learning"]  # through classic ML, which is not taught
    assert plan.feasible

"""Feasibility calibration, core lists, focus, targets and postings (issue 10 round 2, 14.2).

Ordinary goals of engineers (a year, 10-12 h a week) are feasible with the scope cut; what is
left of the core for later is expert depth, never the core itself; a non-coding plan does not
end with job applications; a posting's known requirements outside the role are planned."""

from __future__ import annotations

from coach.engine.checks import review_plan
from coach.engine.constraints import parse_constraints
from coach.engine.fields import FIELD_BY_ID, fields_in
from coach.engine.planner import build_plan
from coach.engine.planner.experience import read_experience
from coach.engine.planner.posting_target import POSTING_SOURCE, posting_research
from coach.engine.posting import parse_posting
from coach.engine.research import research_role
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.schemas import Plan
from tests.unit.plan_helpers import KB, START, person


def _plan(turns: list[str], target: str, hours: float, weeks: int = 52, **kw: object) -> Plan:
    p = person(turns, target, hours, weeks)
    research = research_role(KB, p, target)
    return build_plan(p, research, KB, start_date=START, said=turns, **kw)  # type: ignore[arg-type]


def _levels(plan: Plan) -> dict[str, int]:
    out: dict[str, int] = {}
    for it in plan.items():
        out[it.skill_id] = max(out.get(it.skill_id, 0), it.level_to)
    return out


def test_an_sre_aiming_at_inference_in_a_year_is_feasible_with_the_core_at_working_level() -> None:
    turns = [
        "I'm an SRE with 7 years: Kubernetes, Linux, Go and Terraform. I want LLM inference work."
    ]
    plan = _plan(turns, "ai_infra_engineer", hours=12)
    assert plan.feasible
    levels = _levels(plan)
    for core in ("inference_optimization", "model_serving"):
        assert levels.get(core, 0) >= 2, core
    # a foundation of the core is learned just far enough first, not to working level
    cpp = [it for it in plan.items() if it.skill_id == "cpp"]
    assert cpp and cpp[0].level_to == 1
    assert review_plan(plan, person(turns, "ai_infra_engineer", 12, 52), KB).verdict == "pass"


def test_a_senior_architect_in_a_year_is_feasible_and_expert_depth_waits() -> None:
    turns = [
        "Enterprise architect, 14 years: C#, .NET, Azure, system design. I want to be an AI architect."
    ]
    plan = _plan(turns, "ai_architect", hours=10)
    assert plan.feasible
    assert _levels(plan).get("ai_system_architecture", 0) >= 2
    assert "communication" not in {it.skill_id for it in plan.items()}  # an architect talks


def test_truly_unrealistic_goals_stay_infeasible() -> None:
    turns = ["I'm a cashier, no programming at all. I want to be an AI infra engineer."]
    plan = _plan(turns, "ai_infra_engineer", hours=3, weeks=12)
    assert not plan.feasible
    assert plan.options


def test_a_forward_deployed_engineer_core_is_integration_and_prototyping() -> None:
    role = KB.roles["forward_deployed_engineer"]
    weights = {r.skill_id: r.weight for r in role.required}
    assert weights["systems_integration"] >= 0.9 and weights["rapid_prototyping"] >= 0.8
    turns = ["Pre-sales consultant, 5 years of client workshops and demos, some Python."]
    plan = _plan(turns, "forward_deployed_engineer", hours=10)
    assert "systems_integration" in plan.core_skills
    assert "customer_facing" not in {it.skill_id for it in plan.items()}  # their daily work


def test_a_focus_request_starts_in_the_first_weeks() -> None:
    turns = ["Ruby developer for 9 years, some Python. I want to become an agent engineer."]
    cons = parse_constraints("Make agent frameworks and evaluation the core.", KB)
    plan = _plan(turns, "agent_engineer", hours=8, constraints=cons)
    starts = {}
    for it in plan.items():
        starts.setdefault(it.skill_id, it.week_start)
    assert starts["agent_frameworks"] <= 8 and starts["evaluation"] <= 8


def test_non_coding_plans_bring_it_into_the_job_instead_of_applying_to_ten_roles() -> None:
    for words in (
        [
            "I'm a primary school teacher, 10 years. I don't want to code; I want AI for lesson prep."
        ],
        ["Warehouse operations manager, 8 years. No coding please, I want AI to help my team."],
    ):
        plan = _plan(words, "ai_augmented_professional", hours=4, weeks=36)
        job = [ph for ph in plan.phases if ph.kind == "job_search"]
        assert job and job[0].steps
        text = " ".join(job[0].steps + [m.deliverable for m in plan.milestones])
        assert "10 matching roles" not in text and "Apply to" not in text
    coder = _plan(["Java developer, 6 years."], "ai_application_engineer", hours=10)
    steps = next(ph for ph in coder.phases if ph.kind == "job_search").steps
    assert any("Apply" in s for s in steps)


def test_one_field_reader_serves_the_experience_model() -> None:
    said = ["I'm a hospital pharmacist and I tutor on weekends."]
    p = extract_profile(said[0], None, get_lexicon(KB), KB)
    exp = read_experience(p, KB, said)
    assert {f.id for f in fields_in(said[0])} <= set(FIELD_BY_ID)
    assert {"healthcare", "teaching"} <= exp.fields
    assert exp.level("communication") >= 2


POSTING = """Senior LLM engineer
Requirements:
- 3+ years of Python
- Experience building RAG systems with LangChain
- Kubernetes in production
- Strong SQL
Nice to have:
- TypeScript
"""


def test_a_posting_adds_its_known_requirements_outside_the_role() -> None:
    posting = parse_posting(POSTING, get_lexicon(KB), KB)
    role = posting.closest_role or "ai_application_engineer"
    turns = ["Backend developer, 6 years of Java and some Python."]
    p = person(turns, role, hours=10, weeks=52)
    base = research_role(KB, p, role)
    research = posting_research(base, posting, KB)
    req = {r.skill_id: r for r in research.required_skills}
    own = {r.skill_id for r in KB.roles[role].required}
    added = [s for s in ("kubernetes", "sql") if s not in own]
    assert added, "the posting names a skill outside the role"
    for s in added:
        assert req[s].source_id == POSTING_SOURCE and req[s].weight >= 0.75
    plan = build_plan(p, research, KB, start_date=START, said=turns)
    scheduled = {it.skill_id for it in plan.items()}
    assert set(added) <= scheduled | {d.skill_id for d in plan.deferred}
    assert scheduled & set(added)

"""Years in a close language (C -> C++) and a person with no job now (COACHING.md B2, B4)."""

from __future__ import annotations

from coach.engine.planner import build_plan
from coach.engine.planner.experience import read_experience
from coach.engine.planner.returner import out_of_work
from coach.engine.research import research_role
from coach.i18n import t
from coach.schemas import Plan
from tests.unit.plan_helpers import KB, START, person


def _plan(turns: list[str], target: str, hours: float = 10, weeks: int = 52) -> Plan:
    p = person(turns, target, hours, weeks)
    return build_plan(p, research_role(KB, p, target), KB, start_date=START, said=turns)


def test_years_of_c_give_cpp_at_working_level_and_a_few_years_basic() -> None:
    senior = ["Embedded C engineer for 10 years: firmware for ARM boards and Linux drivers."]
    junior = ["Embedded C engineer for 3 years: firmware for ARM boards."]
    zh = ["我做嵌入式C开发10年了，写ARM单片机固件和Linux驱动。"]
    for words, level in [(senior, 2), (junior, 1), (zh, 2)]:
        exp = read_experience(person(words, "ai_infra_engineer", 10, 52), KB, words)
        assert exp.level("cpp") == level, words


def test_a_c_veteran_does_not_spend_months_on_cpp() -> None:
    words = ["I have written C for 10 years, embedded C firmware and Linux drivers."]
    for role in KB.roles.values():
        plan = _plan(words, role.id)
        cpp = sum(it.hours for it in plan.items() if it.skill_id == "cpp")
        assert cpp < 60, (role.id, cpp)


def test_java_years_give_kotlin_and_javascript_years_typescript() -> None:
    words = ["Backend developer, 7 years of Java; before that JavaScript front-ends."]
    exp = read_experience(person(words, "ai_application_engineer", 10, 52), KB, words)
    assert exp.level("kotlin") >= 2 and exp.level("typescript") >= 2


def test_no_job_now_is_read_and_a_job_is_not() -> None:
    for words in ["I got laid off last month", "unemployed since May", "去年被裁了，在找工作"]:
        assert out_of_work(words), words
    for words in ["I'm a recruiter at a bank", "I need work-life balance", "我在银行做柜员"]:
        assert not out_of_work(words), words


def _last_phase(plan: Plan) -> str:
    return plan.phases[-1].name


def test_a_laid_off_non_coder_ends_in_finding_work_not_in_a_job_they_lack() -> None:
    for lang, words in [
        ("en", ["I was a recruiter for 6 years, got laid off last month. I don't code."]),
        ("zh", ["我做了6年招聘，上个月被裁了，不会写代码。"]),
    ]:
        plan = _plan(words, "ai_augmented_professional", hours=10, weeks=13)
        assert _last_phase(plan) == t(plan.language, "plan.phase.job_search.find_work"), lang
        steps = " ".join(plan.phases[-1].steps)
        assert t(plan.language, "plan.job.step.find_work.apply") in steps
        assert t(plan.language, "plan.job.step.non_coding.demo") not in steps


def test_an_employed_non_coder_still_brings_it_into_their_work() -> None:
    words = ["I am a recruiter at a bank for 6 years. I don't code."]
    plan = _plan(words, "ai_augmented_professional", hours=10, weeks=13)
    assert _last_phase(plan) == t(plan.language, "plan.phase.job_search.non_coding")

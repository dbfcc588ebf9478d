"""What a posting says, mapped once (round 7): an API client is API work, not a test-automation
cascade; a bare "APIs" is what the line uses it for; a level word belongs to the skill it
stands before; what the company sells is no requirement; a pay said in a one-line posting
keeps the requirements beside it."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.cv_import import profile_from_cv
from coach.engine.pasted import document_text
from coach.engine.posting import parse_posting
from coach.engine.posting_pay import read_pay
from coach.engine.understand import apply_implied_skills
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb


def _skills(line: str) -> dict[str, int]:
    kb = load_kb()
    posting = parse_posting("Job\n- " + line, get_lexicon(kb), kb)
    return {r.skill_id: r.level for r in posting.requirements}


def test_a_cv_line_of_api_troubleshooting_with_postman_shows_api_work_only() -> None:
    kb = load_kb()
    cv = "Support Specialist, Acme, 2016 - 2018\n- Tier-2 support; REST API troubleshooting with Postman\n"
    profile = profile_from_cv(cv, get_lexicon(kb), kb, date(2026, 12, 2)).profile
    have = set(apply_implied_skills(profile, kb))
    assert "api_design" in have
    assert not have & {"qa_automation", "ci_cd", "evaluation", "git", "linux"}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Comfortable debugging HTTP requests with curl or Postman", {"api_design"}),
        ("Build agents that call tools and internal APIs for banking operations teams",
         {"agents", "tool_calling"}),
        ("Integrate with customers' TMS and ERP systems through their APIs",
         {"systems_integration"}),
        ("Experience with Zendesk or Salesforce Service Cloud", set()),
        ("Diagnose failed GPU nodes and drain them from the Slurm scheduler", {"hpc"}),
    ],
)  # fmt: skip
def test_each_line_names_what_it_asks_once(line: str, want: set[str]) -> None:
    assert set(_skills(line)) == want


def test_postman_in_a_testing_line_is_the_testing_not_api_design() -> None:
    got = _skills("熟悉接口测试，能使用 Postman、JMeter 进行接口和性能测试")
    assert "qa_automation" in got and "api_design" not in got


def test_a_level_word_belongs_to_the_skill_it_stands_before() -> None:
    got = _skills("Experience calling LLM APIs (OpenAI or Anthropic) and basic prompt engineering")
    assert got == {"llm_api_integration": 2, "prompt_engineering": 1}
    assert _skills("Strong Python and SQL") == {"python": 2, "sql": 2}


def test_what_the_company_sells_is_no_requirement() -> None:
    kb = load_kb()
    text = (
        "Forward Deployed Engineer\n"
        "Routewise sells AI copilots to freight brokers. You will ship LLM features.\n"
        "Requirements\n- Python is a must\n"
    )
    got = {r.skill_id for r in parse_posting(text, get_lexicon(kb), kb).requirements}
    assert "ai_assisted_development" not in got
    assert {"python", "llm_basics"} <= got


def test_a_one_line_posting_keeps_its_title_pay_and_requirements() -> None:
    kb = load_kb()
    raw = (
        "here is the job I want: Solutions Engineer at Acme (Remote, US), $115,000 - $145,000 "
        "base plus commission, 4+ years in pre-sales, strong Python and SQL, AWS is a plus"
    )
    posting = parse_posting(document_text(raw, "posting"), get_lexicon(kb), kb)
    assert posting.title == "Solutions Engineer"
    assert posting.pay_range is not None and posting.pay_range.low == 115000
    assert posting.pay_range.high == 145000 and posting.pay_range.currency == "USD"
    got = {r.skill_id: r for r in posting.requirements}
    assert {"customer_facing", "python", "sql", "cloud"} <= set(got)
    assert got["customer_facing"].years == 4 and not got["cloud"].required


@pytest.mark.parametrize(
    ("text", "low", "high", "period", "months", "said"),
    [
        ("$60/hr - $80/hr, 6-month contract", 60, 80, "hour", None, "$60/hr - $80/hr"),
        ("AI应用工程师 | 北京 | 15-25K*13 | 3-5年", 15000, 25000, "month", 13, "15-25K*13"),
        ("月薪25k-40k·14薪", 25000, 40000, "month", 14, "月薪25k-40k·14薪"),
        ("年薪30-50万", 300000, 500000, "year", None, "年薪30-50万"),
        ("$115,000 - $145,000 plus commission, 4+ years in pre-sales", 115000, 145000, "year",
         None, "$115,000 - $145,000 plus commission"),
    ],
)  # fmt: skip
def test_pay_in_its_many_forms(
    text: str, low: float, high: float, period: str, months: int | None, said: str
) -> None:
    pay = read_pay(text)
    assert pay is not None
    assert (pay.low, pay.high, pay.period, pay.months, pay.text) == (
        low,
        high,
        period,
        months,
        said,
    )


def test_an_announced_cv_with_one_dated_job_and_a_skills_line_is_read_as_a_cv() -> None:
    from coach.engine.pasted import pasted_document

    text = (
        "Hi! Here's my resume:\nGrace Okafor\n"
        "High school math teacher, Lincoln High (2014 - present)\n"
        "- Teach algebra and statistics to 150 students a year\n"
        "- Wrote Python notebooks for my AP Statistics class (pandas, matplotlib)\n"
        "Skills: statistics, Excel/Google Sheets, Python (basic), public speaking\n"
    )
    assert pasted_document(text, get_lexicon(load_kb())) == "cv"


def test_judging_a_models_answers_is_llm_evaluation() -> None:
    assert "evaluation" in _skills(
        "Prompt engineering for tutors; evaluate model answers for accuracy"
    )


def test_a_title_with_its_direction_in_brackets_names_a_role_the_kb_lacks() -> None:
    from coach.engine.pasted import posting_target

    kb = load_kb()
    text = (
        "AI产品经理（大模型方向）\n任职要求：\n1. 了解大模型、RAG、Agent基本原理\n2. 会SQL者优先\n"
    )
    posting = parse_posting(text, get_lexicon(kb), kb)
    update = posting_target(posting, get_lexicon(kb), kb, date(2026, 12, 2))
    assert update["target_role"] is None
    assert str(update["target_not_in_kb"]).startswith("AI产品经理")


def test_the_role_chosen_for_a_posting_the_kb_lacks_plans_toward_that_posting() -> None:
    from coach.engine.pasted import posting_target, targeted_posting
    from coach.nodes.planner import _for_role

    kb = load_kb()
    text = (
        "AI产品经理（大模型方向）\n任职要求：\n1. 了解大模型、RAG、Agent基本原理\n2. 会SQL者优先\n"
    )
    posting = parse_posting(text, get_lexicon(kb), kb)
    update = posting_target(posting, get_lexicon(kb), kb, date(2026, 12, 2))
    stored = targeted_posting(posting, update, kb)
    assert str(stored.title_not_in_kb).startswith("AI产品经理")
    chosen = _for_role(stored, "ai_augmented_professional", kb)
    assert chosen is not None and chosen.closest_role == "ai_augmented_professional"
    plain = parse_posting("ML Engineer\n- Experience with model serving\n", get_lexicon(kb), kb)
    assert _for_role(plain, "ai_augmented_professional", kb) is None  # another role's plan


def test_a_job_the_kb_lacks_takes_its_closest_role_when_the_person_fits_it_best() -> None:
    from coach.engine.pasted import posting_target
    from coach.schemas import Profile, SkillClaim

    kb = load_kb()
    text = (
        "AI 数据分析工程师（大模型方向）\n任职要求：\n1. 熟悉Python、SQL\n"
        "2. 熟悉大模型 API 调用与 Prompt 工程\n3. 了解 RAG\n"
    )
    posting = parse_posting(text, get_lexicon(kb), kb)
    analyst = Profile(
        current_role="高级数据分析师",
        years_experience=8,
        skills=[
            SkillClaim(skill_id="python", level=2, evidence="Python"),
            SkillClaim(skill_id="sql", level=3, evidence="SQL"),
        ],
    )
    update = posting_target(posting, get_lexicon(kb), kb, date(2026, 12, 2), analyst)
    assert update["target_role"] == posting.closest_role  # no choice to make: said and planned


def test_quantising_and_deploying_on_a_device_are_the_edge_skills() -> None:
    got = _skills("负责模型在ARM、NPU上的量化与部署")
    assert set(got) == {"edge_quantization", "edge_inference"}
    assert set(_skills("Quantize LLMs with AWQ and deploy them behind vLLM")) >= {
        "model_compression"
    }


def test_what_a_posting_says_is_not_needed_is_no_requirement() -> None:
    assert set(_skills("Comfortable with Excel; no coding required")) == {"excel"}
    assert set(_skills("无需编程经验，会用Excel即可")) == {"excel"}
    assert {"python", "golang"} <= set(_skills("Not only Python but also Go"))


def test_an_ai_workflow_posting_asks_for_review_evals_and_training_not_coding() -> None:
    kb = load_kb()
    text = (
        "Clinical AI Workflow Lead\nWe are bringing AI assistants into ward documentation.\n"
        "What you will do\n- Redesign nursing workflows so AI drafts notes and nurses review them\n"
        "- Write prompts and test cases for discharge-summary drafting\n"
        "- Train ward staff and collect their feedback\n"
    )
    got = {r.skill_id for r in parse_posting(text, get_lexicon(kb), kb).requirements}
    assert {"human_ai_workflow_design", "judgment_review", "evaluation", "communication"} <= got
    assert not got & {"software_testing", "technical_writing", "programming_fundamentals"}

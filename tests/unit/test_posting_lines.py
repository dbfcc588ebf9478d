"""A posting line read for what it asks: years in words and ranges, levels, "a plus" per part
in Chinese, a degree's subjects never skills, a skill's examples never "uncovered"."""

from __future__ import annotations

import pytest

from coach.engine.posting import parse_posting
from coach.engine.posting_lines import degree_span, level, years
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb


def _parse(line: str):  # type: ignore[no-untyped-def]
    kb = load_kb()
    return parse_posting("Job title\n" + line, get_lexicon(kb), kb)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3+ years of Python", 3),
        ("at least two years of Kubernetes", 2),
        ("3-5 years of experience in QA", 3),
        ("三年以上机器学习经验", 3),
        ("五年以上数据仓库建设经验", 5),
        ("3-5年测试经验", 3),
        ("2019年3月入职", None),
        ("Python", None),
    ],
)
def test_years_in_digits_words_and_ranges(text: str, expected: float | None) -> None:
    assert years(text) == expected


def test_levels_follow_the_postings_words() -> None:
    assert level("精通 SQL", None) == 3
    assert level("熟悉 Docker", None) == 2
    assert level("了解 Kubernetes", None) == 1
    assert level("familiarity with RAG", None) == 1
    assert level("Python", 6) == 3


def test_a_degree_names_no_skills_but_is_kept() -> None:
    for line in (
        "Bachelor's degree in Computer Science, Statistics, or a related field",
        "本科及以上学历，计算机、统计学、数学等相关专业",
        "MS or PhD in Machine Learning or equivalent practical experience",
    ):
        posting = _parse(line)
        assert posting.requirements == [] and posting.uncovered == []
        assert posting.degree and posting.unmapped == []


def test_a_degree_part_leaves_the_rest_of_the_line() -> None:
    posting = _parse("本科及以上，3年以上C/C++开发经验")
    assert [r.skill_id for r in posting.requirements] == ["c_lang", "cpp"]
    assert posting.requirements[0].years == 3
    assert degree_span("3+ years of Python") is None


def test_chinese_a_plus_is_only_its_part() -> None:
    posting = _parse("3年以上产品经理经验，有大模型应用经验者优先")
    required = {r.skill_id: r.required for r in posting.requirements}
    assert required["product_sense"] is True and required["llm_basics"] is False


def test_experimentation_and_edge_hardware_are_not_testing_or_gpu_programming() -> None:
    assert [r.skill_id for r in _parse("熟悉A/B测试及统计分析方法").requirements] == ["statistics"]
    ids = {r.skill_id for r in _parse("负责模型在ARM、NPU等边缘设备上的量化与部署").requirements}
    assert ids == {"edge_quantization", "edge_inference"}  # on the device: the edge skills


def test_parenthesised_examples_of_a_skill_are_not_uncovered() -> None:
    posting = _parse("Nice to have: model risk governance (OSFI E-23, SR 11-7)")
    assert [r.skill_id for r in posting.requirements] == ["ai_ethics_governance"]
    assert posting.uncovered == []
    assert _parse("We use Temporal for workflows").uncovered == ["Temporal"]


def test_a_verb_sharing_its_object_keeps_both_skills() -> None:
    ids = {r.skill_id for r in _parse("Experience building and deploying ML models").requirements}
    assert ids == {"ml_fundamentals", "model_serving"}
    ids = {r.skill_id for r in _parse("Experience deploying ML models as services").requirements}
    assert ids == {"model_serving"}


def test_the_title_is_the_job_not_the_company_or_place() -> None:
    kb = load_kb()
    lexicon = get_lexicon(kb)
    for text, title in [
        ("Machine Learning Engineer, Risk Platform — FinServ Co (Toronto, hybrid)\n- Python", None),
        ("AI Data Analyst (hybrid, Bristol)\n- SQL", "AI Data Analyst"),
        (
            "LLM Application Engineer (Supply Chain AI)\n- RAG",
            "LLM Application Engineer (Supply Chain AI)",
        ),
    ]:
        got = parse_posting(text, lexicon, kb).title
        assert got == (title or "Machine Learning Engineer, Risk Platform")


def test_python_or_java_is_one_requirement_in_the_fit() -> None:
    from coach.engine.fit import fit_report
    from coach.schemas import Profile

    kb = load_kb()
    posting = parse_posting(
        "Agent developer\n要求：熟悉Python或Java；熟悉 RAG", get_lexicon(kb), kb
    )
    report = fit_report(Profile(current_role="会计", years_experience=5), posting, kb)
    languages = [i for i in report.missing if i.skill_id in ("python", "java")]
    assert len(languages) == 1 and languages[0].alternatives
    assert report.gap_hours == sum(i.gap_hours for i in report.missing if i.required)


@pytest.mark.parametrize(
    "line",
    [
        "Plus: experience with Kafka",
        "Would be great: LangGraph experience",
        "优先考虑：熟悉 LangChain",
    ],
)
def test_inline_a_plus_labels(line: str) -> None:
    assert [r.required for r in _parse(line).requirements] == [False]


def test_steering_others_work_asks_to_know_it_not_build_it() -> None:
    by_id = {
        r.skill_id: r.level
        for r in _parse(
            "与研发团队协作，推动 Agent 与知识库问答功能落地；设计评测方案"
        ).requirements
    }
    assert by_id["agents"] == 1 and by_id["rag"] == 1 and by_id["evaluation"] == 2
    assert [r.level for r in _parse("Build and deploy RAG pipelines").requirements] == [2]


def test_years_of_product_work_are_product_sense() -> None:
    posting = _parse("3年以上 B 端产品经验，有 SaaS 产品经验优先")
    assert [(r.skill_id, r.years) for r in posting.requirements] == [("product_sense", 3)]


def test_managing_products_is_product_sense_managing_clusters_is_not() -> None:
    posting = _parse("Must have: 2+ years managing AI or data products")
    assert [(r.skill_id, r.years) for r in posting.requirements] == [("product_sense", 2)]
    ids = [r.skill_id for r in _parse("Experience managing Kubernetes clusters").requirements]
    assert ids == ["kubernetes"]


def test_the_company_city_and_teams_are_not_uncovered_terms() -> None:
    kb = load_kb()
    text = (
        "Senior Perception Engineer\n"
        "At Acme Robotics, you will join our Perception team in Munich to build robots.\n"
        "Requirements\n- Work closely with the Planning and Hardware teams\n"
        "- Familiarity with NVIDIA Jetson and TensorRT is a plus\n"
    )
    assert parse_posting(text, get_lexicon(kb), kb).uncovered == ["NVIDIA"]  # Jetson: edge AI


def test_c_slash_cpp_asks_for_either() -> None:
    by_id = {r.skill_id: r for r in _parse("3年以上C/C++开发经验").requirements}
    assert by_id["c_lang"].alternatives == ["cpp"] and by_id["cpp"].alternatives == ["c_lang"]
    assert by_id["cpp"].years == 3


@pytest.mark.parametrize(
    "line",
    [
        "Strong SQL and Python (pandas), dbt a plus",
        "Strong SQL and Python (pandas) - dbt is a plus",
        "Strong SQL and Python (pandas). dbt is a plus.",
    ],
)
def test_a_plus_at_the_end_is_only_its_own_part(line: str) -> None:
    required = {r.skill_id: r.required for r in _parse(line).requirements}
    assert required == {"sql": True, "python": True, "data_engineering": False}


def test_a_list_that_is_a_plus_stays_a_plus() -> None:
    assert not any(
        r.required for r in _parse("Experience with Kafka, Spark or Flink is a plus").requirements
    )

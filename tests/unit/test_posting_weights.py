"""A posting's requirements say how hard it asks for each (emphasis, order, mentions, title) and
the weight that gives them, so the planner weighs them as the posting does (issue 14)."""

from __future__ import annotations

from coach.engine.posting import parse_posting
from coach.engine.posting_weight import PREFERRED_TOP, REQUIRED_FLOOR
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

KB = load_kb()
LEX = get_lexicon(KB)

POSTING = """Data Platform Engineer
We run our pipelines on Airflow and want someone to own them.
Requirements:
- Must have: 5+ years of Python
- Solid SQL
- Experience with Airflow
- Some exposure to Docker
- Familiarity with CI/CD pipelines
- Experience with Git
Nice to have:
- Strongly preferred: Kubernetes
- Terraform or AWS
"""


def _reqs(text: str = POSTING) -> dict[str, object]:
    return {r.skill_id: r for r in parse_posting(text, LEX, KB).requirements}


def test_emphasis_reads_the_words_that_stress_or_soften_a_requirement() -> None:
    reqs = _reqs()
    assert reqs["python"].emphasis == "stressed"  # type: ignore[attr-defined]
    assert reqs["sql"].emphasis == "stressed"  # type: ignore[attr-defined]
    assert reqs["docker"].emphasis == "light"  # type: ignore[attr-defined]
    assert reqs["ci_cd"].emphasis == "light"  # type: ignore[attr-defined]
    assert reqs["git"].emphasis == "plain"  # type: ignore[attr-defined]
    assert reqs["kubernetes"].emphasis == "stressed"  # type: ignore[attr-defined]


def test_every_required_weight_is_above_every_plus_and_the_order_is_the_postings() -> None:
    posting = parse_posting(POSTING, LEX, KB)
    required = [r for r in posting.requirements if r.required]
    plus = [r for r in posting.requirements if not r.required]
    assert required and plus
    assert min(r.weight for r in required) >= REQUIRED_FLOOR
    assert max(r.weight for r in plus) <= PREFERRED_TOP
    assert min(r.weight for r in required) > max(r.weight for r in plus)
    assert [r.order for r in posting.requirements] == list(range(1, len(posting.requirements) + 1))
    assert posting.requirements[0].skill_id == "python"


def test_stressed_and_repeated_outweigh_light_ones() -> None:
    reqs = _reqs()
    assert reqs["python"].weight > reqs["git"].weight > reqs["ci_cd"].weight  # type: ignore[attr-defined]
    # Airflow is in the job's story and in the list: named twice
    assert reqs["data_engineering"].mentions == 2  # type: ignore[attr-defined]
    assert reqs["data_engineering"].weight > reqs["git"].weight  # type: ignore[attr-defined]
    assert reqs["kubernetes"].weight > reqs["cloud"].weight  # type: ignore[attr-defined]


def test_the_titles_own_skill_weighs_most() -> None:
    reqs = _reqs("LLM Evaluation Engineer\nRequirements:\n- Python\n- Experience with LLM evals\n")
    assert reqs["evaluation"].in_title  # type: ignore[attr-defined]
    assert reqs["evaluation"].weight == 1.0  # type: ignore[attr-defined]
    assert reqs["python"].weight < 1.0  # type: ignore[attr-defined]


def test_every_word_the_posting_names_a_skill_by_is_kept() -> None:
    reqs = _reqs(
        "ML Engineer\nRequirements:\n- Experience with scikit-learn, XGBoost\n- Airflow\n"
        "Nice to have: Spark\n"
    )
    assert reqs["ml_fundamentals"].named_as[-2:] == ["scikit-learn", "XGBoost"]  # type: ignore[attr-defined]
    assert reqs["data_engineering"].named_as == ["Airflow", "Spark"]  # type: ignore[attr-defined]
    assert reqs["data_engineering"].required  # type: ignore[attr-defined]


def test_a_listed_method_the_kb_lacks_is_said_not_dropped() -> None:
    en = parse_posting(
        "ML Engineer\n- Experience with scikit-learn, XGBoost, time series forecasting\n", LEX, KB
    )
    assert "time series forecasting" in en.uncovered
    zh = parse_posting("算法工程师\n- 熟悉XGBoost等机器学习算法及时间序列预测\n", LEX, KB)
    assert "时间序列预测" in zh.uncovered
    sentence = parse_posting(
        "Job\n- Experience with prompt engineering and evaluating LLM outputs for accuracy and bias\n"
        "- Design evaluation sets and measure quality before go-live\n",
        LEX,
        KB,
    )
    assert not {"bias", "measure quality before go-live"} & set(sentence.uncovered)


def test_a_business_system_under_test_is_testing_not_integration() -> None:
    reqs = _reqs("测试工程师\n- 负责ERP系统的功能测试与回归测试，编写测试用例\n")
    assert set(reqs) == {"software_testing"}
    reqs = _reqs("QA Engineer\n- Perform functional and regression testing of our CRM\n")
    assert set(reqs) == {"software_testing"}
    reqs = _reqs(
        "Integration Engineer\n- Integrate the ERP with our e-commerce platform via APIs\n"
    )
    assert "systems_integration" in reqs and "domain_expertise" not in reqs


def test_a_lists_generic_words_and_a_skills_examples_are_not_uncovered() -> None:
    posting = parse_posting(
        "SRE\n- Prometheus and Grafana dashboards and alerting\n"
        "- Build CI/CD for model training and deployment\n"
        "- Control theory: PID, state-space, motor control\n"
        "- 负责千卡GPU集群的日常运维与故障排查\n",
        LEX,
        KB,
    )
    assert not {"alerting", "deployment", "motor control", "故障排查"} & set(posting.uncovered)


def test_causal_inference_is_no_model_inference_and_currencies_are_no_terms() -> None:
    posting = parse_posting(
        "Data Scientist\n- Knowledge of A/B testing and causal inference\n"
        "- Paid in PLN or EUR, 2+ years of SQL\n",
        LEX,
        KB,
    )
    ids = {r.skill_id for r in posting.requirements}
    assert "statistics" in ids and "inference_optimization" not in ids
    assert "causal inference" in posting.uncovered
    assert not {"PLN", "EUR"} & set(posting.uncovered)

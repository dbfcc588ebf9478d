"""The fit report lists every line of the posting as have / missing / not covered, says the
years asked beside the years the CV shows, and what the person brings that carries over
(issue 14: a senior data analyst against an ML-engineer posting)."""

from __future__ import annotations

from datetime import date

from coach.engine.cv_import import profile_from_cv
from coach.engine.fit import fit_report
from coach.engine.fit_md import render_fit_md
from coach.engine.posting import parse_posting
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

KB = load_kb()
LEX = get_lexicon(KB)
TODAY = date(2026, 12, 2)

CV = """Ana Pereira
Lead Reporting Analyst, Northwind Grocers (2018 - present)
- Monthly margin reports in Looker and Power BI for 120 stores
- SQL (BigQuery), Excel models, a little Python for data pulls
Junior Analyst, Fabrikam Foods (2014 - 2018)
- Stakeholder interviews, requirements
"""
JOB = """Data Scientist (Demand Planning)
Requirements:
- 4+ years of Python
- Experience with scikit-learn, LightGBM, time series forecasting
- Docker
- Strong communication
Nice to have:
- Kubeflow or MLflow
"""


def _report() -> object:
    read = profile_from_cv(CV, LEX, KB, TODAY)
    posting = parse_posting(JOB, LEX, KB)
    return fit_report(read.profile, posting, KB, read.skill_years)


def test_a_little_python_in_a_job_line_is_basic_not_working() -> None:
    read = profile_from_cv(CV, LEX, KB, TODAY)
    python = next(c for c in read.profile.skills if c.skill_id == "python")
    assert python.level == 1


def test_every_requirement_line_is_said_have_missing_or_not_covered() -> None:
    report = _report()
    lines = {line.text: line for line in report.lines}  # type: ignore[attr-defined]
    assert set(lines) == {
        "4+ years of Python",
        "Experience with scikit-learn, LightGBM, time series forecasting",
        "Docker",
        "Strong communication",
        "Kubeflow or MLflow",
    }
    assert lines["4+ years of Python"].missing == ["python"]
    ml = lines["Experience with scikit-learn, LightGBM, time series forecasting"]
    assert ml.missing == ["ml_fundamentals"]
    assert "time series forecasting" in ml.not_covered
    assert not lines["Kubeflow or MLflow"].required
    assert lines["Strong communication"].status in {"have", "missing"}


def test_years_asked_are_said_beside_the_years_the_cv_shows() -> None:
    report = _report()
    python = next(i for i in report.missing if i.skill_id == "python")  # type: ignore[attr-defined]
    assert python.years_asked == 4
    assert python.years_shown is not None and python.years_shown > 4  # the job's years
    assert python.have == 1
    assert report.years_asked == 4  # type: ignore[attr-defined]
    assert report.years_shown and report.years_shown > 12  # type: ignore[attr-defined]
    text = render_fit_md(report, "en")
    assert "the posting asks for 4+ years" in text
    assert "4+ years asked; your CV names it in jobs of" in text
    zh = render_fit_md(report, "zh")
    assert "要求 4 年以上" in zh and "逐条对照职位要求" in zh


def test_sql_and_bi_work_carry_over_to_a_data_science_posting() -> None:
    report = _report()
    carried = {i.skill_id for i in report.carries_over}  # type: ignore[attr-defined]
    assert {"sql", "data_analysis"} <= carried
    assert not carried & {r.skill_id for r in parse_posting(JOB, LEX, KB).requirements}
    text = render_fit_md(report, "en")
    assert "What carries over" in text and "not in coach's knowledge base: " in text


def test_a_cv_line_reads_words_in_the_sense_a_posting_line_does() -> None:
    cv = (
        "QA Analyst, Globex (2019 - present)\n"
        "- Manual functional and regression testing of our SAP ERP modules before each release\n"
        "- Triaged defects with developers\n"
        "- 负责促销活动 A/B 测试的效果评估\n"
    )
    ids = {c.skill_id for c in profile_from_cv(cv, LEX, KB, TODAY).profile.skills}
    assert "software_testing" in ids
    assert not ids & {"systems_integration", "programming_fundamentals", "evaluation"}


def test_a_part_asking_for_a_thing_no_alias_names_is_not_covered() -> None:
    posting = parse_posting(
        "算法工程师\n- 熟悉XGBoost等机器学习算法，熟悉时间序列预测；\n", LEX, KB
    )
    assert "时间序列预测" in posting.uncovered


def test_an_or_line_lists_only_the_alternative_that_stands() -> None:
    read = profile_from_cv(CV, LEX, KB, TODAY)
    posting = parse_posting(
        "QA Engineer\nRequirements:\n- Python or Java for automation\n", LEX, KB
    )
    report = fit_report(read.profile, posting, KB)
    line = report.lines[0]
    assert len(line.missing) == 1
    assert "(or " in render_fit_md(report, "en")


def test_years_asked_of_a_skill_the_jobs_show_through_another_are_met() -> None:
    cv = (
        "Senior Java Engineer, Allianz (2016 - present)\n"
        "- Spring Boot microservices for claims, Kafka, PostgreSQL\n"
        "Java Developer, Siemens (2013 - 2016)\n"
        "- Spring MVC services in Java 8\n"
    )
    read = profile_from_cv(cv, LEX, KB, TODAY)
    posting = parse_posting(
        "Platform Engineer\nRequirements:\n- 5+ years of backend engineering in Java or Go\n",
        LEX,
        KB,
    )
    report = fit_report(read.profile, posting, KB, read.skill_years)
    backend = next(i for i in report.have if i.skill_id == "backend_engineering")
    assert backend.by_years is not None and backend.years_shown and backend.years_shown >= 10
    # the years travel with the posting: a fit without them passed (the plan's) agrees
    carried = posting.model_copy(update={"cv_years": read.skill_years})
    assert "backend_engineering" in {i.skill_id for i in fit_report(read.profile, carried, KB).have}


def test_regression_testing_of_a_system_in_a_cv_is_no_llm_evaluation() -> None:
    cv = "测试工程师\n2019.03-至今 某软件公司 测试工程师\n- 负责ERP系统的功能测试与回归测试\n"
    ids = {c.skill_id for c in profile_from_cv(cv, LEX, KB, TODAY).profile.skills}
    assert "software_testing" in ids and "evaluation" not in ids


def test_without_a_cv_the_years_of_the_job_its_title_names_date_a_skill() -> None:
    from coach.engine.understand import extract_profile

    profile = extract_profile(
        "I'm a senior Java engineer, 12 years, Spring Boot microservices on Kubernetes",
        None,
        LEX,
        KB,
        today=TODAY,
    )
    posting = parse_posting(
        "LLM Platform Engineer\nRequirements:\n- 5+ years of backend engineering in Java or Go\n"
        "- 5+ years of Python\n",
        LEX,
        KB,
    )
    report = fit_report(profile, posting, KB)
    assert "backend_engineering" in {i.skill_id for i in report.have}


def test_years_a_cv_states_beside_a_skill_are_the_years_shown() -> None:
    cv = (
        "Data Engineer, Zalando (2021 - present)\n- Airflow pipelines, dbt models\n"
        "Skills: Python (7 years), SQL, Docker\n"
    )
    read = profile_from_cv(cv, LEX, KB, TODAY)
    assert read.skill_years.get("python", 0) >= 7

"""`coach fit` with several postings: ranked by fit, gap hours each, uncovered terms said (never
planned), 'A or B' met by either, and no requirement taken from the company, place or pay."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from coach.cli import app
from coach.engine.fit import fit_report
from coach.engine.posting import parse_posting
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Profile, SkillClaim

DOCS = Path(__file__).resolve().parents[2] / "evals" / "personas" / "documents"


def test_several_postings_rank_by_fit_with_gap_hours_each() -> None:
    args = ["fit", "--cv", str(DOCS / "en-sre-payments-cv.txt")]
    for name in ("en-llm-app-engineer-posting.md", "en-mlops-platform-posting.txt"):
        args += ["--job", str(DOCS / name)]
    result = CliRunner().invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)
    assert [r["title"] for r in reports] == [
        "MLOps Engineer, ML Platform",
        "LLM Application Engineer (Supply Chain AI)",
    ]
    assert reports[0]["fit"] > reports[1]["fit"]
    for report in reports:
        assert report["gap_hours"] == sum(
            i["gap_hours"] for i in report["missing"] if i["required"]
        )
        assert report["gap_hours"] > 0
    assert "Snowflake" in reports[1]["uncovered"]  # said, not mapped to a KB skill
    assert "Feast" not in reports[0]["uncovered"]  # "feature stores (Feast)": an example of one
    kb = load_kb()
    for report in reports:
        for item in report["have"] + report["missing"]:
            assert item["skill_id"] in kb.skills
    md = CliRunner().invoke(app, [*args, "--format", "md"]).stdout
    assert md.index("1. MLOps Engineer") < md.index("2. LLM Application Engineer")
    assert "not in coach's knowledge base" in md and "Snowflake" in md
    assert "Warsaw" not in md and "healthcare" not in md.lower()  # place and benefits


def test_a_or_b_is_met_by_either() -> None:
    kb = load_kb()
    posting = parse_posting("Backend role\n- 熟悉 Java 或 Python；3年以上经验", get_lexicon(kb), kb)
    java = next(r for r in posting.requirements if r.skill_id == "java")
    assert java.alternatives == ["python"]
    person = Profile(skills=[SkillClaim(skill_id="python", level=2, evidence="Python daily")])
    report = fit_report(person, posting, kb)
    assert not [i for i in report.missing if i.skill_id in ("java", "python")]
    # the one the person has stands for the choice (with the other named on it)
    held = next(i for i in report.have if i.skill_id == "python")
    assert held.alternatives == ["java"] and held.met_by is None
    alone = parse_posting("Backend role\n- Java and Python", get_lexicon(kb), kb)
    assert all(not r.alternatives for r in alone.requirements)


def test_a_chinese_cv_gives_a_chinese_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["chat", "--user", "wx", "--cv", str(DOCS / "zh-retail-analyst-cv.md")],
        input="每周8小时，10个月\n",
    )
    assert result.exit_code == 0, result.output
    assert "从你的简历" in result.output and "From your CV" not in result.output
    assert "根据你的文件" in result.output and "欢迎回来" not in result.output


def test_fit_hours_are_scaled_by_experience_like_the_plan() -> None:
    kb = load_kb()
    posting = parse_posting("Backend role\n- Solid Python", get_lexicon(kb), kb)
    novice = fit_report(Profile(), posting, kb)
    java_dev = Profile(
        current_role="Java backend developer",
        years_experience=8,
        skills=[
            SkillClaim(skill_id="java", level=3, evidence="Java 8 years"),
            SkillClaim(skill_id="golang", level=2, evidence="some Go"),
            SkillClaim(skill_id="programming_fundamentals", level=3, evidence="8 years"),
        ],
    )
    seasoned = fit_report(java_dev, posting, kb)
    hours = {r.skill_id: r.gap_hours for r in seasoned.missing}
    assert 0 < hours["python"] < novice.gap_hours  # Python x0.3 for someone who programs


def test_a_career_break_is_not_experience_and_a_title_drops_city_and_pay() -> None:
    from datetime import date

    from coach.engine.cv_import import years_from_ranges

    lines = ["2015.07-2020.06 某银行 Java开发工程师", "2020.07-至今 全职妈妈（照顾孩子）"]
    assert years_from_ranges(lines, date(2026, 12, 2)) == 4.9
    kb = load_kb()
    posting = parse_posting(
        "大模型应用开发工程师（智能体方向） 杭州 25-40K\n- 熟悉Python", get_lexicon(kb), kb
    )
    assert posting.title == "大模型应用开发工程师（智能体方向）"
    assert posting.pay is not None and "25-40K" in posting.pay

"""A CV's dates as CVs write them, relative to the given today; a career break is said, not
counted, and a returner is not shown as working now."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.cv_dates import years_from_ranges
from coach.engine.cv_import import profile_from_cv
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Backend Developer, Parcelly — Mar 2021 – present", 5.8),
        ("Junior Developer — September 2016 – May 2019", 2.7),
        ("2019.03-2023.06 某公司 数据分析师", 4.2),
        ("2019年3月至今 某电商公司 数据开发工程师", 7.8),
        ("03/2019 - 06/2023 Analyst", 4.2),
        ("2016 - 2020 Engineer", 4.0),
    ],
)
def test_date_ranges_in_the_ways_cvs_write_them(line: str, years: float) -> None:
    assert years_from_ranges([line], TODAY) == years


def test_a_career_break_is_not_experience() -> None:
    lines = [
        "Backend Developer — Mar 2021 – present",
        "Career break — Jun 2019 – Feb 2021",
        "Junior Developer — Sep 2016 – May 2019",
    ]
    assert years_from_ranges(lines, TODAY) == 8.4


def _cv(text: str):  # type: ignore[no-untyped-def]
    kb = load_kb()
    return profile_from_cv(text, get_lexicon(kb), kb, TODAY)


def test_a_returner_is_the_last_job_with_the_break_said_and_skills_rusty() -> None:
    result = _cv(
        "李娜 简历\n工作经历\n"
        "2015.07-2020.06  某银行科技部  Java开发工程师：负责信贷审批系统后端，Spring、Oracle。\n"
        "2020.07-至今  全职妈妈（照顾孩子）\n技能\nJava、Spring、Linux、Git\n"
    )
    profile = result.profile
    assert profile.current_role is not None
    assert profile.current_role.startswith("Java开发工程师")
    assert "2020.07" in profile.current_role and "全职妈妈" not in profile.current_role
    assert profile.years_experience == 4.9
    assert result.career_break is not None and result.career_break.years == 6.4
    assert {s.skill_id: s.level for s in profile.skills}["java"] == 1  # rusty, not gone


def test_a_job_that_ended_long_ago_is_said_but_not_called_a_break() -> None:
    result = _cv("Experience\nData Analyst, Acme — Jan 2015 – Dec 2019\nSkills: SQL, Excel\n")
    assert result.career_break is not None and result.career_break.since_year == 2019
    assert not result.career_break.named
    assert "last job ended 2019.12" in (result.profile.current_role or "")
    recent = _cv("Experience\nData Analyst, Acme — Jan 2015 – Dec 2024\nSkills: SQL, Excel\n")
    assert recent.career_break is not None
    levels = {s.skill_id: s.level for s in recent.profile.skills}
    assert levels["sql"] == 2  # two years unsaid (a job not listed?): said, not counted rusty


def test_an_inline_experience_label_and_the_company_are_not_the_title() -> None:
    result = _cv("Experience: Data Analyst at Acme Corp, Mar 2021 - present, SQL reports\n")
    assert result.profile.current_role == "Data Analyst"


def test_a_current_job_after_a_past_break_is_just_the_job() -> None:
    result = _cv(
        "Experience\nBackend Developer, Parcelly — Mar 2021 – present\n"
        "Career break — Jun 2019 – Feb 2021\nSkills: Java, Docker\n"
    )
    assert result.career_break is None
    assert result.profile.current_role == "Backend Developer"


def test_a_school_or_company_is_not_in_the_title() -> None:
    result = _cv("工作经历\n2014年9月至今  杭州市某中学  数学教师、年级组长\n- 用 Excel 统计成绩\n")
    assert result.profile.current_role == "数学教师、年级组长"


def test_studies_are_not_experience_even_without_an_education_section() -> None:
    from coach.engine.pasted import document_text

    paste = (
        "这是我的简历：李婷 教育背景 2012.09-2016.06 华中科技大学 计算机科学与技术 本科 "
        "工作经历 2019年3月至今 某电商公司 数据开发工程师 负责数仓建设，使用 Hive、Spark SQL。 "
        "2016.07-2019.02 某软件公司 Java 开发工程师 负责 ERP 后端开发 技能 SQL、Hive、Python"
    )
    profile = _cv(document_text(paste, "cv")).profile
    assert profile.current_role == "数据开发工程师"
    assert profile.years_experience == 10.3


def test_years_per_skill_come_from_the_jobs_that_show_it() -> None:
    result = _cv(
        "Experience\nBackend Developer, Parcelly — Mar 2021 – present\n"
        "- Java and Spring Boot services\n"
        "Junior Developer, Brightside — Sep 2016 – May 2019\n- PHP and MySQL; some Java\n"
        "Education\nBSc Computer Science, University of Leeds, 2013 – 2016\n"
        "Skills\nJava, Docker\n"
    )
    assert result.skill_years["java"] == 8.4  # 5.8 + 2.7, counted once per job
    assert result.skill_years["sql"] == 2.7
    assert "docker" not in result.skill_years  # a skills list dates nothing


@pytest.mark.parametrize(
    "line",
    ["2019/03 - 2023/06", "2019 年 3 月 - 2023 年 6 月", "Mar. 2019 - Jun. 2023", "2019.3-2023.6"],
)
def test_more_ways_of_writing_the_same_range(line: str) -> None:
    assert years_from_ranges([line], TODAY) == 4.2


def test_a_long_break_is_said_when_the_cv_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from coach.cli_fit import import_cv

    path = tmp_path / "cv.md"
    path.write_text(
        "Experience\nData Analyst, Westway — Mar 2014 – Dec 2020\n- SQL and Excel reports\n"
        "Parental leave — Jan 2021 – present\n",
        encoding="utf-8",
    )
    notes: list = []  # type: ignore[type-arg]
    import_cv(path, "en", TODAY, notes=notes)
    assert [n.key for n in notes] == ["fit.cv_break"]
    assert "2021.01" in notes[0].message("en") and "2021.01" in notes[0].message("zh")


def test_a_job_ending_last_year_is_no_break_yet() -> None:
    result = _cv("Experience\nData Analyst, Acme — 2019 - 2025\nSkills: SQL, Excel\n")
    assert result.career_break is None and result.profile.current_role == "Data Analyst"


def test_years_away_are_not_years_of_work() -> None:
    from coach.engine.numbers.years import find_years

    assert find_years("我带孩子停了6年，现在想重新上班") == []
    assert find_years("在家带孩子休息了3年") == []
    assert [y.value for y in find_years("带了三年毕业班")] == [3.0]

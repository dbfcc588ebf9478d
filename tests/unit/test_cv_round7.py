"""CV reading, round 7: a skill shown across jobs for years is expert; "Python（一般）" is the
person's own "basic"; "## 教育" is a section, not education as an industry; a posting's field
line ("上海 | 25k-40k·14薪 | 经验3-5年 | 本科") gives its pay and its degree."""

from __future__ import annotations

from datetime import date

from coach.engine.cv_import import profile_from_cv
from coach.engine.posting import parse_posting
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

TODAY = date(2026, 12, 2)


def _levels(text: str) -> dict[str, int]:
    kb = load_kb()
    profile = profile_from_cv(text, get_lexicon(kb), kb, TODAY).profile
    return {c.skill_id: int(c.level) for c in profile.skills if c.skill_id}


def test_a_skill_shown_in_two_jobs_over_many_years_is_expert() -> None:
    got = _levels(
        "## Experience\n**Senior Backend Engineer**, PayFlux — 2019 – present\n"
        "- Java 17 and Spring Boot microservices for card payments\n"
        "**Software Engineer**, Conta Azul — 2015 – 2019\n- REST APIs in Java\n"
    )
    assert got["java"] == 3
    assert got["spring"] == 2  # one job only: no more than it says


def test_a_skill_rated_so_so_in_chinese_is_basic_and_a_heading_is_no_industry() -> None:
    got = _levels(
        "## 工作经历\n**某公司 | 嵌入式工程师** 2017.07 - 至今\n- 编写 Shell 和 Python 运维脚本\n"
        "## 技能\nC、Linux、Python（一般）、Git\n## 教育\n2013-2017 某大学 电子信息工程 本科\n"
    )
    assert got["python"] == 1
    assert "domain_expertise" not in got


def test_a_postings_field_line_gives_its_pay_and_degree() -> None:
    kb = load_kb()
    text = "大模型应用开发工程师\n上海·浦东 | 25k-40k·14薪 | 经验3-5年 | 本科\n任职要求：\n1. 熟悉Python\n"
    posting = parse_posting(text, get_lexicon(kb), kb)
    assert posting.pay_range is not None and posting.pay_range.months == 14
    assert posting.pay_range.low == 25000 and posting.degree == "本科"


def test_another_persons_title_is_no_skill_of_the_cv_owner() -> None:
    got = _levels(
        "## Experience\nSenior Data Analyst, Northwind (Jan 2020 - present)\n"
        "- Present findings to the VP of Operations every month\n- Write SQL in Snowflake\n"
    )
    assert "operations_management" not in got and got.get("sql") == 2


def test_network_operations_is_running_systems_not_managing_operations() -> None:
    got = _levels(
        "## Experience\n**Network Operations Technician**, DesertNet — 2022–present\n"
        "- Linux (Rocky, Ubuntu): journalctl, ethtool, ipmitool\n"
    )
    assert "operations_management" not in got and "linux" in got


def test_hours_after_wanting_to_go_back_to_work_are_study_hours() -> None:
    from coach.engine.understand import extract_profile
    from coach.schemas import Profile

    kb = load_kb()
    text = "我带孩子停了6年，现在想重新上班，每周大概12个小时，希望明年9月前能找到工作"
    profile = extract_profile(text, Profile(), get_lexicon(kb), kb, asked=None, today=TODAY)
    assert profile.hours_per_week == 12

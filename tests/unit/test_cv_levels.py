"""A CV's own level words count: "Git (basic)", "Python（入门）", "少量 Python", a demo tried once."""

from __future__ import annotations

from datetime import date

from coach.engine.cv_import import profile_from_cv
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb


def _levels(text: str) -> dict[str, int]:
    kb = load_kb()
    profile = profile_from_cv(text, get_lexicon(kb), kb, date(2026, 3, 2)).profile
    return {s.skill_id: int(s.level) for s in profile.skills if s.skill_id}


def test_a_level_in_parentheses_after_a_skill_counts() -> None:
    levels = _levels(
        "Experience\nRisk Analyst, Northshore Bank — 2019–present\n"
        "Skills\nSQL (Teradata, Oracle), Git (basic), Kubernetes (expert)\n"
    )
    assert levels["git"] == 1 and levels["kubernetes"] == 3 and levels["sql"] == 2
    zh = _levels("工作经历\n2018.07-至今 某公司 数据分析师\n技能\nPython（入门）、SQL（精通）\n")
    assert zh["python"] == 1 and zh["sql"] == 3


def test_a_little_or_a_demo_tried_once_is_basic() -> None:
    levels = _levels(
        "工作经历\n嵌入式软件工程师，某公司，2018 至今\n"
        "- 在网关上试跑过一个 TensorFlow Lite 的人脸检测 demo（未上线）。\n"
        "技能\nC、嵌入式 Linux、Git、少量 Python\n"
    )
    assert levels["edge_inference"] == 1 and levels["python"] == 1
    assert levels["git"] == 2 and levels["linux"] == 2


def test_a_nurses_cv_shows_care_work_not_llm_evaluation() -> None:
    levels = _levels(
        "工作经历\n2012年7月至今 某三甲医院 心内科 主管护师\n"
        "- 负责病区护理质量管理，带教新护士，整理护理质控数据（Excel）\n"
        "技能\n护理评估、健康宣教、Excel、PPT\n"
    )
    assert "evaluation" not in levels
    assert {"domain_expertise", "communication", "excel"} <= set(levels)


def test_i_am_doing_it_for_n_years_is_the_job_not_its_years() -> None:
    from coach.engine.understand import extract_profile
    from coach.schemas import Profile

    kb = load_kb()
    profile = extract_profile(
        "我是做了5年的Java后端开发", Profile(), get_lexicon(kb), kb, asked=None
    )
    assert profile.current_role == "Java后端开发" and profile.years_experience == 5

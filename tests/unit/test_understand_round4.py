"""Round-4 understanding: wanting is not having, returners' years, ages, C/R, targets the
knowledge base lacks (each a general rule, checked on phrasings of its own)."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.understand import extract_profile
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.schemas import Profile

TODAY = date(2026, 12, 2)


def _read(*turns: tuple[str, str | None]) -> Profile:
    kb = load_kb()
    profile: Profile | None = None
    for text, asked in turns:
        profile = extract_profile(text, profile, get_lexicon(kb), kb, asked=asked, today=TODAY)
    assert profile is not None
    return profile


def _has(profile: Profile, skill: str) -> bool:
    return any(c.skill_id == skill and c.level > 0 for c in profile.skills)


def test_an_elaboration_that_goes_on_over_commas_is_still_wanted() -> None:
    p = _read(("做了6年后端。想转大模型方向，就是做检索增强那种，向量数据库、RAG那些", None))
    assert not _has(p, "rag") and not _has(p, "vector_databases")


def test_interest_after_a_chinese_list_covers_each_item() -> None:
    p = _read(("Java开发4年，对微调和RAG都挺感兴趣", None))
    assert not _has(p, "fine_tuning") and not _has(p, "rag")
    assert _has(p, "java")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("full-time dad for 3 years; before that a python developer for 7 years", 7),
        ("在家带娃两年，之前做了六年测试", 6),
    ],
)
def test_caring_at_home_is_not_work_experience(text: str, years: float) -> None:
    assert _read((text, None)).years_experience == years


def test_an_age_said_first_is_not_the_job() -> None:
    p = _read(("I'm 47, mainframe developer for 20 years", None))
    assert p.current_role is not None and "mainframe" in p.current_role.lower()
    assert p.years_experience == 20


@pytest.mark.parametrize(
    ("text", "skill"),
    [("firmware in C for 9 years", "c_lang"), ("用R语言做统计分析五年", "r_lang")],
)
def test_c_and_r_are_skills(text: str, skill: str) -> None:
    p = _read((text, None))
    assert _has(p, skill) and not _has(p, "cpp")


@pytest.mark.parametrize("text", ["R&D lead, 10 years", "C-suite advisor", "做To C运营的"])
def test_one_letter_words_that_are_not_languages(text: str) -> None:
    p = _read((text, None))
    assert not _has(p, "c_lang") and not _has(p, "r_lang")


@pytest.mark.parametrize(
    "text", ["search ranking and ads", "something in speech recognition", "想做搜索推荐"]
)
def test_a_target_the_kb_lacks_is_said_plainly(text: str) -> None:
    p = _read(("software engineer, 5 years", None), (text, "target"))
    assert p.target_role is None and p.target_not_in_kb


def test_a_role_named_in_a_choice_answer_is_not_the_current_job() -> None:
    p = _read(("embedded engineer 8 years", None), ("AI infra engineer", "target"))
    assert p.current_role == "embedded engineer"


@pytest.mark.parametrize(
    "text",
    [
        "took a java course years ago but forgot pretty much everything",
        "学过一点Python，不过早忘光了",
    ],
)
def test_forgotten_is_not_known(text: str) -> None:
    p = _read((text, None))
    assert not _has(p, "java") and not _has(p, "python")


def test_forgetting_some_is_still_basic() -> None:
    p = _read(("I know some python, a bit rusty", None))
    assert _has(p, "python")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("make models run faster on gpus", "ai_infra_engineer"),
        ("robotics + ai", "embodied_ai_engineer"),
        ("AI for biology", "ai_for_science_engineer"),
        ("agentic ai", "agent_engineer"),
        ("machine learning ops", "mlops_engineer"),
        ("机器人大模型", "embodied_ai_engineer"),
        ("AI制药", "ai_for_science_engineer"),
        ("帮企业落地AI，偏售前和交付", "forward_deployed_engineer"),
        ("AI架构设计", "ai_architect"),
        ("想用机器学习做材料模拟", "ai_for_science_engineer"),
    ],
)
def test_informal_targets_resolve(text: str, role: str) -> None:
    p = _read(("software engineer, 5 years", None), (text, "target"))
    assert p.target_role == role


def test_a_skill_that_is_a_small_part_of_some_roles_is_at_most_a_choice() -> None:
    p = _read(("software engineer, 5 years", None), ("something in AI safety maybe", "target"))
    assert p.target_role is None and (p.target_candidates or p.target_not_in_kb)


def test_round4_tester_background_and_wrong_question_answers() -> None:
    p = _read(("我今年45岁，在物流公司做调度，干了快20年了，从来没写过代码", None))
    assert p.current_role == "调度" and p.years_experience == 20
    p = _read(("高中数学老师，教了12年，不会编程", None))
    assert p.current_role == "高中数学老师"
    p = _read(("hello", None), ("春节前能入门就行", "background"))
    assert p.current_role is None and p.horizon_weeks == 9
    p = _read(("frontend dev 5y, want AI app engineer", None), ("6 months", "hours_per_week"))
    assert p.hours_per_week is None and p.horizon_weeks == 26


def test_idk_after_a_target_sentence_is_unsure() -> None:
    p = _read(("I don't want to code. maybe something on the people/ops side of AI? idk", None))
    assert p.target_unsure


def test_a_student_is_a_background_and_a_bare_month_answers_by_when() -> None:
    p = _read(
        ("final year CS student. python + java from uni", None),
        ("agent engineer", "target"),
        ("10 hrs a week", "hours_per_week"),
        ("yeah march", "horizon"),
    )
    assert p.current_role == "final year CS student" and p.horizon_weeks == 13
    assert p.is_complete()

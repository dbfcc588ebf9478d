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

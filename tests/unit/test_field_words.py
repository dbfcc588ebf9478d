"""A field gives only the skills its words support: a qualified "engineer" names its own field,
occasional use is basic use."""

from __future__ import annotations

import pytest

from coach.engine.fields import field_skills, fields_in, fields_of
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

KB = load_kb()
LEX = get_lexicon(KB)


def _profile(text: str):  # type: ignore[no-untyped-def]
    return extract_profile(text, None, LEX, KB)


@pytest.mark.parametrize(
    "text",
    [
        "I'm a civil engineer, 8 years, AutoCAD and SAP2000",
        "structural engineer for 10 years, bridges mostly",
        "我是土木工程师，做了8年结构设计",
        "化工工程师，6年",
    ],
)
def test_a_non_software_engineer_is_not_credited_software_skills(text: str) -> None:
    profile = _profile(text)
    assert "software" not in {f.id for f in fields_of(profile)}
    skills = field_skills(profile)
    for invented in ("programming_fundamentals", "git", "software_testing", "api_design"):
        assert invented not in skills, (text, skills)


@pytest.mark.parametrize(
    "text",
    [
        "Java engineer, 6 years",
        "I have been an engineer at a startup for 4 years",
        "后端工程师，5年",
    ],
)
def test_an_unqualified_engineer_still_is_a_software_engineer(text: str) -> None:
    profile = _profile(text)
    assert "software" in {f.id for f in fields_of(profile)}
    assert field_skills(profile).get("programming_fundamentals", 0) >= 2


def test_a_person_with_two_fields_keeps_both() -> None:
    ids = {f.id for f in fields_in("civil engineer, later a software engineer for 3 years")}
    assert {"engineering", "software"} <= ids


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("嵌入式C开发，做了10年了，偶尔用python写测试脚本", "python"),
        ("嵌入式C开发，做了10年了，偶尔用python写测试脚本", "software_testing"),
        ("civil engineer, 8 years, AutoCAD, small python scripts", "python"),
        ("Backend developer, 7 years, and sometimes I write Go", "golang"),
    ],
)
def test_occasional_use_is_basic(text: str, skill: str) -> None:
    levels = {c.skill_id: c.level for c in _profile(text).skills}
    assert levels.get(skill) == 1, levels


def test_daily_use_for_years_stays_expert() -> None:
    levels = {c.skill_id: c.level for c in _profile("嵌入式C开发，做了10年了").skills}
    assert levels.get("c_lang") == 3

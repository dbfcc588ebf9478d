"""A CV's per-skill years and wording become that skill's level (its own part of the line),
with the CV line as evidence; a skill's years are never the career's."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.cv_import import profile_from_cv
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Profile

TODAY = date(2026, 12, 2)


def _levels(text: str) -> dict[str, int]:
    kb = load_kb()
    profile = extract_profile(text, Profile(), get_lexicon(kb), kb, asked=None, today=TODAY)
    return {s.skill_id: int(s.level) for s in profile.skills if s.skill_id}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("C++ (11 years), Python (3 yrs), CUDA (basic)", {"cpp": 3, "python": 2, "cuda": 1}),
        ("| SQL | 9 years | Expert |", {"sql": 3}),
        ("| Statistics | 4 years | Familiar |", {"statistics": 1}),
        ("TypeScript - proficient", {"typescript": 2}),
        ("React (5 yrs)", {"react": 3}),
        (
            "技能：5年C语言开发经验，3年Go开发经验，熟悉Linux",
            {"c_lang": 3, "golang": 2, "linux": 2},
        ),
        ("精通Java，了解Go", {"java": 3, "golang": 1}),
    ],
)
def test_each_skill_takes_its_own_part(line: str, want: dict[str, int]) -> None:
    got = _levels(line)
    assert {k: got.get(k) for k in want} == want


def test_a_skills_years_are_not_the_career_and_dates_read_with_nian() -> None:
    kb = load_kb()
    cv = "陈伟\n嵌入式软件工程师，2016年至今，某物联网公司\n技能：5年C语言开发经验，3年Go开发经验\n"
    read = profile_from_cv(cv, get_lexicon(kb), kb, TODAY)
    assert read.years_from_dates == 10.9
    assert read.profile.years_experience == 10.9
    levels = {s.skill_id: (int(s.level), s.evidence) for s in read.profile.skills}
    assert levels["golang"][0] == 2 and "3年Go" in levels["golang"][1]


def test_a_pointing_word_is_no_target() -> None:
    kb = load_kb()
    before = Profile(target_role="ai_application_engineer")
    for text in ("每周10小时，半年内想转过去。", "I want to switch over there"):
        after = extract_profile(text, before, get_lexicon(kb), kb, asked=None, today=TODAY)
        assert after.target_role == "ai_application_engineer" and after.target_not_in_kb is None


def test_a_short_pasted_cv_with_a_skills_line_is_a_cv() -> None:
    from coach.engine.pasted import pasted_document

    text = (
        "Sam Okafor\nData Engineer, Lendwise (2020 - present)\n"
        "- Airflow pipelines over 2B rows, dbt models, Snowflake\n"
        "Analyst, KPMG (2017 - 2020)\n"
        "Skills: Python (6 years), SQL - expert, Docker (familiar), Kubernetes (basic)"
    )
    assert pasted_document(text, get_lexicon(load_kb())) == "cv"

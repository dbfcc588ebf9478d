"""The level a pay band is picked by counts the years relevant to the target role only."""

from __future__ import annotations

import pytest

from coach.engine.research import research_role
from coach.engine.seniority import pay_level
from coach.knowledge import load_kb
from coach.schemas import Profile

KB = load_kb()


def _level(profile: Profile, role_id: str) -> str:
    bands = research_role(KB, profile, role_id).salary_bands
    return bands[0].level.split()[0]


@pytest.mark.parametrize(
    ("current", "years", "role_id", "level"),
    [
        ("中学语文老师", 10, "ai_application_engineer", "junior"),  # unrelated: not senior
        ("high school teacher", 25, "agent_engineer", "junior"),
        ("barista", 8, "ai_application_engineer", "junior"),
        ("运维工程师 devops", 7, "mlops_engineer", "mid"),  # ops counts partly: not junior
        ("backend developer", 8, "agent_engineer", "mid"),
        ("backend developer", 12, "ai_application_engineer", "senior"),
        ("LLM application engineer", 8, "ai_application_engineer", "principal"),
    ],
)
def test_band_level_comes_from_years_in_the_target_field(
    current: str, years: float, role_id: str, level: str
) -> None:
    p = Profile(current_role=current, years_experience=years, language="zh")
    assert _level(p, role_id) == level


def test_unrelated_years_count_nothing_and_related_years_count_partly() -> None:
    role = KB.roles["mlops_engineer"]
    teacher = pay_level(Profile(current_role="teacher", years_experience=10), role)
    sre = pay_level(Profile(current_role="SRE, devops", years_experience=10), role)
    assert teacher.relevant_years is not None and teacher.relevant_years < 2
    assert sre.relevant_years is not None and 2 <= sre.relevant_years < 10
    assert sre.field in {"sre", "ops"} and 0 < sre.share < 1


def test_region_is_the_profiles_else_the_language_as_a_weak_default() -> None:
    role = KB.roles["agent_engineer"]
    assert pay_level(Profile(region="US", language="zh"), role).region_from == "profile"
    zh = pay_level(Profile(language="zh"), role)
    assert (zh.region, zh.region_from) == ("CN", "language")
    en = pay_level(Profile(language="en"), role)
    assert (en.region, en.region_from) == ("US", "language")


def test_unknown_years_keep_every_band() -> None:
    bands = research_role(KB, Profile(), "ai_application_engineer").salary_bands
    assert len(bands) == len(KB.roles["ai_application_engineer"].salary_bands)


def test_a_role_whose_bands_start_higher_gets_its_entry_band_and_says_so() -> None:
    from datetime import date

    from coach.engine.pay import pay_lines
    from coach.engine.planner import build_plan
    from coach.schemas import SkillClaim

    p = Profile(
        current_role="Solutions architect at a bank",
        years_experience=12,
        skills=[SkillClaim(skill_id="java", level=2, evidence="Java at work")],
        hours_per_week=8,
        horizon_weeks=52,
        target_role="ai_architect",
    )
    level = pay_level(p, KB.roles["ai_architect"], KB)
    # an architect's work (engine/fields.py: software or management) counts, partly
    assert level.field in {"software", "management"} and 0 < level.share < 1
    research = research_role(KB, p, "ai_architect")
    lowest = min(KB.roles["ai_architect"].salary_bands, key=lambda b: b.low)
    assert research.salary_bands[0].level == lowest.level
    line = pay_lines(build_plan(p, research, KB, start_date=date(2026, 1, 5)), KB)[0]
    assert "lowest level the sources give" in line


def test_a_long_career_outside_ai_never_reaches_the_top_level() -> None:
    p = Profile(current_role="COBOL developer", years_experience=22, language="en")
    level = pay_level(p, KB.roles["ai_application_engineer"], KB)
    assert level.relevant_years is not None and level.relevant_years < 7
    assert _level(p, "ai_application_engineer") != "principal"


def test_unrelated_work_starts_at_the_entry_level_even_without_years() -> None:
    p = Profile(current_role="奶茶店店员", language="zh")
    level = pay_level(p, KB.roles["ai_application_engineer"], KB)
    assert level.relevant_years == 0.0
    assert _level(p, "ai_application_engineer") == "junior"

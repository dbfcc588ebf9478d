"""The researcher's pure functions: role research, fit, and ranking for unsure users."""

from __future__ import annotations

import pytest

from coach.engine.ranking import rank_roles
from coach.engine.research import fit_score, level_for_years, research_role
from coach.engine.understand import extract_profile
from coach.knowledge import load_kb
from coach.knowledge.lexicon import Lexicon, get_lexicon
from coach.schemas import Profile, SkillClaim
from tests.unit.conftest_kb import fixture_kb

KB = fixture_kb()
LEX = Lexicon.from_kb(KB)


def claim(skill_id: str, level: int) -> SkillClaim:
    return SkillClaim(skill_id=skill_id, level=level, evidence=f"{skill_id} words")  # type: ignore[arg-type]


def test_research_role_carries_required_skills_with_sources() -> None:
    r = research_role(KB, Profile(), "ai_application_engineer")
    role = KB.roles["ai_application_engineer"]
    assert [(s.skill_id, s.level, s.weight, s.source_id) for s in r.required_skills] == [
        (q.skill_id, q.level, q.weight, q.source_id) for q in role.required
    ]
    assert r.role_name == "AI Application Engineer"
    assert r.fit == 0.0


def test_research_role_facts_are_tagged_or_found_and_sourced() -> None:
    r = research_role(KB, Profile(language="zh"), "ai_application_engineer")
    ids = [f.fact_id for f in r.facts]
    assert ids[:2] == ["fact_demand_rag", "fact_salary_cn"]  # tagged with the role, by id
    assert all(f.source_id == KB.facts[f.fact_id].source_id for f in r.facts)
    assert r.facts[0].text == KB.facts["fact_demand_rag"].text.zh


def test_salary_bands_filtered_by_region_and_years() -> None:
    cn_senior = Profile(region="CN", years_experience=6, current_role="AI application engineer")
    bands = research_role(KB, cn_senior, "ai_application_engineer").salary_bands
    assert [(b.level, b.region) for b in bands] == [("senior", "CN")]
    us = research_role(KB, Profile(region="US"), "ai_application_engineer").salary_bands
    assert [(b.region, b.currency) for b in us] == [("US", "USD")]


def test_salary_bands_fall_back_to_all_when_no_match() -> None:
    role = KB.roles["ai_application_engineer"]
    unknown = research_role(KB, Profile(region="EU"), "ai_application_engineer")
    assert len(unknown.salary_bands) == len(role.salary_bands)
    doing_it = Profile(region="CN", years_experience=15, current_role="LLM application engineer")
    staff = research_role(KB, doing_it, role.id)
    # no staff band: the highest band below their years (senior), not every band
    assert [b.level for b in staff.salary_bands] == ["senior"]
    assert all(b.source_id for b in staff.salary_bands)
    unknown_years = research_role(KB, Profile(region="CN"), role.id)
    assert {b.level for b in unknown_years.salary_bands} == {"junior", "mid", "senior"}


@pytest.mark.parametrize(
    ("years", "level"),
    [
        (None, None),
        (0, "junior"),
        (1.9, "junior"),
        (2, "mid"),
        (5, "senior"),
        (10, "senior"),
        (11, "staff"),
    ],
)
def test_level_for_years(years: float | None, level: str | None) -> None:
    assert level_for_years(years) == level


def test_research_unknown_role_raises() -> None:
    with pytest.raises(KeyError, match="unknown role"):
        research_role(KB, Profile(), "astronaut")


def test_fit_is_weighted_share_of_required_levels() -> None:
    role = KB.roles[
        "ai_augmented_professional"
    ]  # ai_tools 2 w1.0, prompt 2 w.8, auto 1 w.6, comm 2 w.5
    p = Profile(skills=[claim("ai_tools", 2), claim("prompt_engineering", 1)])
    fit, _ = fit_score(KB, p, role.id)
    assert fit == pytest.approx((1.0 * 1 + 0.8 * 0.5) / (1.0 + 0.8 + 0.6 + 0.5), abs=1e-3)


def test_fit_counts_implied_skills_and_caps_at_one() -> None:
    # operations 2 implies communication 2.
    p = Profile(skills=[claim("operations", 2)])
    assert fit_score(KB, p, "ai_augmented_professional")[0] > 0
    everything = Profile(skills=[claim(s, 3) for s in KB.skills])
    assert fit_score(KB, everything, "agent_engineer")[0] == 1.0


def test_fit_reason_names_strengths_and_gaps_in_user_language() -> None:
    p = Profile(skills=[claim("python", 2)])
    _, en = fit_score(KB, p, "ai_application_engineer")
    assert "Python" in en and "LLM APIs" in en and "%" in en
    _, zh = fit_score(KB, p.model_copy(update={"language": "zh"}), "ai_application_engineer")
    assert "大模型 API" in zh and "差距" in zh


def test_rank_roles_returns_at_least_three_sorted_candidates() -> None:
    ranked = rank_roles(KB, Profile(), k=1)
    assert len(ranked) == 3
    assert len({c.role_id for c in ranked}) == 3


def test_qa_engineer_and_ops_manager_get_different_rankings() -> None:
    qa = extract_profile("I'm a QA engineer, not sure what to move into", None, LEX, KB)
    ops = extract_profile("我是运营经理，从没写过代码，不知道转什么方向", None, LEX, KB)
    qa_rank = [c.role_id for c in rank_roles(KB, qa)]
    ops_rank = [c.role_id for c in rank_roles(KB, ops)]
    assert ops_rank[0] == "ai_augmented_professional"
    assert qa_rank[0] == "mlops_engineer"  # testing carries over to pipelines
    assert qa_rank != ops_rank
    assert all("%" in c.why for c in rank_roles(KB, qa))
    assert all("差距" in c.why for c in rank_roles(KB, ops))


def test_engineer_is_not_pointed_at_the_non_engineering_role_first() -> None:
    dev = Profile(
        current_role="Java developer",
        years_experience=6,
        skills=[claim("java", 3), claim("python", 2)],
    )
    assert rank_roles(KB, dev)[0].role_id != "ai_augmented_professional"


# --------------------------------------------------------------------------- shipped KB
def test_shipped_kb_rankings_for_qa_and_ops_manager() -> None:
    kb = load_kb()
    lex = get_lexicon(kb)
    ops = extract_profile("我是运营经理，从没写过代码，不知道转什么方向", None, lex, kb)
    assert rank_roles(kb, ops)[0].role_id == "ai_augmented_professional"
    qa = extract_profile("I'm a QA engineer, not sure what to move into", None, lex, kb)
    qa_top = [c.role_id for c in rank_roles(kb, qa)]
    assert "ai_augmented_professional" not in qa_top[:1]
    assert qa_top != [c.role_id for c in rank_roles(kb, ops)]


def test_shipped_kb_research_is_grounded() -> None:
    kb = load_kb()
    p = Profile(years_experience=5, region="CN")
    for role_id in kb.roles:
        r = research_role(kb, p, role_id)
        assert r.required_skills
        sources = [s.source_id for s in r.required_skills]
        sources += [f.source_id for f in r.facts] + [b.source_id for b in r.salary_bands]
        assert set(sources) <= set(kb.sources)
        assert 0.0 <= r.fit <= 1.0


@pytest.mark.parametrize("role_id", ["ai_augmented_professional", "agent_engineer", "ai_architect"])
def test_searched_facts_are_general_or_about_a_role_on_the_way(role_id: str) -> None:
    shipped = load_kb()
    role = shipped.roles[role_id]
    facts = research_role(shipped, Profile(language="zh"), role_id).facts
    near = {role_id, *role.stepping_stones}
    for f in facts:
        tags = set(shipped.facts[f.fact_id].roles)
        assert not tags or tags & near, f.fact_id
    if role_id == "ai_augmented_professional":  # no "master Python" for a non-coder
        assert "python_share_of_ai_projects" not in {f.fact_id for f in facts}

"""Ranking roles for unsure people: field, transferable skills, hours and the wish not to code."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, Field

from coach.engine.coding import needs_coding
from coach.engine.fields import NO_CODING, fields_of, refuses_coding
from coach.engine.ranking import rank_roles, role_options
from coach.engine.research import effective_skills, fit_score
from coach.knowledge import load_kb
from coach.schemas import Profile, SkillClaim

KB = load_kb()


def person(
    role: str,
    years: float | None,
    *skills: tuple[str, int, str],
    hours: float = 6,
    weeks: int = 52,
    constraints: tuple[str, ...] = (),
    language: str = "en",
) -> Profile:
    return Profile(
        current_role=role,
        years_experience=years,
        skills=[SkillClaim(skill_id=s, level=lv, evidence=e) for s, lv, e in skills],  # type: ignore[arg-type]
        target_unsure=True,
        hours_per_week=hours,
        horizon_weeks=weeks,
        constraints=list(constraints),
        language=language,  # type: ignore[arg-type]
    )


ACCOUNTANT = person(
    "accountant",
    8,
    ("excel", 3, "I use Excel and SQL every day"),
    ("sql", 2, "I use Excel and SQL every day"),
)
NURSE = person("ICU nurse", 12)
TEACHER = person("high school chemistry teacher", 11, hours=8, weeks=78)
MARKETER = person("marketing manager", 6, constraints=(NO_CODING,))
JAVA_DEV = person(
    "Java backend developer",
    7,
    ("java", 3, "Java backend developer, 7 years, Spring Boot"),
    ("spring", 2, "Java backend developer, 7 years, Spring Boot"),
    hours=10,
)


def top(profile: Profile, n: int = 1) -> list[str]:
    return [o.role_id for o in role_options(KB, profile)][:n]


@pytest.mark.parametrize("profile", [ACCOUNTANT, NURSE, person("护士", 9, language="zh")])
def test_domain_people_get_the_role_that_uses_their_domain_first(profile: Profile) -> None:
    options = role_options(KB, profile)
    assert options[0].role_id == "ai_augmented_professional"
    assert options[0].uses_field is not None
    assert not options[0].needs_coding


def test_teacher_is_shown_the_non_coding_role_and_science_before_engineering() -> None:
    ranked = top(TEACHER, 3)
    assert ranked[0] == "ai_augmented_professional"
    assert "ai_for_science_engineer" in ranked[:2]


def test_someone_who_does_not_want_to_code_is_not_offered_a_coding_role_first() -> None:
    options = role_options(KB, MARKETER)
    assert not options[0].needs_coding
    assert all(o.needs_coding for o in options[1:])
    assert options[0].score > max(o.score for o in options[1:])
    # even a developer who wants out of coding
    tired = JAVA_DEV.model_copy(update={"constraints": [NO_CODING]})
    assert not role_options(KB, tired)[0].needs_coding


def test_java_developer_gets_engineering_roles_not_the_non_coding_one() -> None:
    ranked = top(JAVA_DEV, 3)
    assert ranked[0] in {"ai_application_engineer", "agent_engineer"}
    assert "ai_augmented_professional" not in ranked


def test_sre_gets_mlops_first() -> None:
    sre = person(
        "SRE",
        5,
        ("kubernetes", 2, "Kubernetes and Linux all day"),
        ("linux", 2, "Kubernetes and Linux all day"),
        hours=8,
    )
    assert top(sre) == ["mlops_engineer"]


def test_fit_is_the_honest_coverage_and_options_carry_why() -> None:
    for profile in (ACCOUNTANT, NURSE, JAVA_DEV):
        for option in role_options(KB, profile):
            assert option.fit == fit_score(KB, profile, option.role_id)[0]
            assert 0 <= option.fit < 0.7  # career changers do not already cover a role
            assert option.gap_hours > 0 and option.gap_skill in KB.skills
            assert option.weeks_needed is not None and option.weeks_needed > 0
            for fact in option.demand:
                assert KB.facts[fact.fact_id].source_id == fact.source_id
    accountant_top = role_options(KB, ACCOUNTANT)[0]
    assert {s.skill_id for s in accountant_top.strengths} & {"judgment_review", "domain_expertise"}
    assert all("accountant" in s.words for s in accountant_top.strengths)


def test_strengths_quote_the_users_words() -> None:
    fde = next(
        o for o in role_options(KB, ACCOUNTANT, k=9) if o.role_id == "forward_deployed_engineer"
    )
    sql = next(s for s in fde.strengths if s.skill_id == "sql")
    assert sql.words == "I use Excel and SQL every day"


def test_demand_facts_are_not_repeated_across_options() -> None:
    ids = [f.fact_id for o in role_options(KB, NURSE) for f in o.demand]
    assert len(ids) == len(set(ids)) >= 2


def test_close_call_ranks_only_the_candidate_roles() -> None:
    only = ["mlops_engineer", "ai_infra_engineer"]
    options = role_options(KB, JAVA_DEV, only=only)
    assert sorted(o.role_id for o in options) == sorted(only)


def test_fewer_hours_never_raise_a_roles_score_and_far_roles_stay_out() -> None:
    sre_skills = (("kubernetes", 2, "k8s daily"), ("linux", 2, "k8s daily"), ("python", 1, "py"))
    roomy = {
        o.role_id: o
        for o in role_options(KB, person("SRE", 5, *sre_skills, hours=20, weeks=104), k=9)
    }
    tight_options = role_options(KB, person("SRE", 5, *sre_skills, hours=2, weeks=12), k=9)
    for option in tight_options:
        assert option.score <= roomy[option.role_id].score
    farthest = max(tight_options, key=lambda o: o.gap_hours).role_id
    assert farthest not in [o.role_id for o in tight_options[:3]]


def test_field_of_work_shows_its_own_transferable_skills() -> None:
    have = effective_skills(NURSE, KB)
    assert have["judgment_review"][0] == 2 and have["communication"][0] == 2
    assert [f.id for f in fields_of(person("测试工程师", 3, language="zh"))] == ["qa"]
    assert [f.id for f in fields_of(person("data engineer", 3))] == ["data"]


def test_only_the_non_coding_role_needs_no_code() -> None:
    assert [r for r in KB.roles.values() if not needs_coding(KB, r)] == [
        KB.roles["ai_augmented_professional"]
    ]


@pytest.mark.parametrize(
    ("text", "refuses"),
    [
        ("I don't want to become a programmer", True),
        ("no coding please, I'm a nurse", True),
        ("I'd rather not do any coding", True),
        ("我不想写代码", True),
        ("不想当程序员", True),
        ("I want to learn to code", False),
        ("I code every day in Python", False),
        ("我每天写代码", False),
    ],
)
def test_refuses_coding(text: str, refuses: bool) -> None:
    assert refuses_coding(text) is refuses


def test_rank_roles_keeps_the_research_candidate_shape() -> None:
    ranked = rank_roles(KB, ACCOUNTANT)
    assert len(ranked) == 3 and ranked[0].role_id == "ai_augmented_professional"
    assert "%" in ranked[0].why


def test_the_wish_not_to_code_is_read_from_the_users_own_words_too() -> None:
    from coach.engine.fields import avoids_coding

    said = person("HR manager", 9, ("excel", 2, "I live in Excel, but I don't want to code"))
    assert avoids_coding(said) and not role_options(KB, said)[0].needs_coding
    assert not avoids_coding(ACCOUNTANT)


class _Want(BaseModel):
    skill_id: str | None = None
    role_id: str | None = None
    raw: str = ""
    evidence: str = ""


class WishfulProfile(Profile):
    """A profile as the understanding package gives it: with wants and refusals."""

    wants: list[_Want] = Field(default_factory=list)
    avoid: list[_Want] = Field(default_factory=list)


def _plain(profile: Profile) -> dict[str, object]:
    return {k: v for k, v in profile.model_dump().items() if k not in ("wants", "avoid")}


def test_what_people_want_to_learn_lifts_the_roles_about_it() -> None:
    base = _plain(ACCOUNTANT)
    plain = {o.role_id: o.score for o in role_options(KB, ACCOUNTANT, k=9)}
    agents = WishfulProfile(**base, wants=[_Want(skill_id="agents", raw="AI agents")])
    lifted = {o.role_id: o.score for o in role_options(KB, agents, k=9)}
    assert lifted["agent_engineer"] > plain["agent_engineer"]
    assert lifted["ai_augmented_professional"] == plain["ai_augmented_professional"]
    named = WishfulProfile(**base, wants=[_Want(role_id="mlops_engineer", raw="MLOps")])
    assert "mlops_engineer" in top(named, 3)


def test_a_refused_role_sinks() -> None:
    refused = WishfulProfile(
        **_plain(ACCOUNTANT), avoid=[_Want(role_id="ai_augmented_professional", raw="x")]
    )
    assert top(refused) != ["ai_augmented_professional"]


def test_the_closest_roles_to_an_unknown_target_are_ranked_for_the_person() -> None:
    from coach.engine.ranking import closest_for_person
    from coach.knowledge.loader import load_kb

    kb = load_kb()
    pm = Profile(
        current_role="To C 产品经理",
        years_experience=6,
        language="zh",
        target_raw="AI产品经理",
        target_not_in_kb="AI产品经理",
        target_candidates=["ai_application_engineer", "ai_infra_engineer", "ai_architect"],
    )
    ranked = closest_for_person(pm, kb).target_candidates
    assert len(ranked) == 3 and ranked[0] == "ai_augmented_professional"
    assert ranked.index("ai_augmented_professional") < (
        ranked.index("ai_infra_engineer") if "ai_infra_engineer" in ranked else 3
    )
    known = pm.model_copy(update={"target_not_in_kb": None})
    assert closest_for_person(known, kb) is known  # a known target is left alone

"""Gap analysis: needed vs shown levels, transferable skills, prerequisites pulled in."""

from __future__ import annotations

from coach.engine.gaps import NOT_MENTIONED, PREREQ_LEVEL_CAP, analyse_gaps, gap_weights
from tests.unit.kb_fixture import make_kb, profile, research_for

KB = make_kb()


def _by_id(gaps: list) -> dict:  # type: ignore[type-arg]
    return {g.skill_id: g for g in gaps}


def test_java_engineer_does_not_relearn_programming() -> None:
    gaps = _by_id(
        analyse_gaps(profile({"java": 2}), research_for(KB, "ai_application_engineer"), KB)
    )
    assert "programming_fundamentals" not in gaps
    assert "python" in gaps  # the language itself is still new


def test_beginner_gets_programming_fundamentals_as_prerequisite() -> None:
    # a beginner: no role that shows programming (a Java developer's field shows it)
    beginner = profile({}).model_copy(update={"current_role": None, "years_experience": None})
    gaps = _by_id(analyse_gaps(beginner, research_for(KB, "ai_application_engineer"), KB))
    assert gaps["programming_fundamentals"].reason == "prerequisite"
    assert gaps["programming_fundamentals"].need == PREREQ_LEVEL_CAP


def test_cuda_engineer_does_not_relearn_cuda_or_its_prerequisites() -> None:
    gaps = _by_id(analyse_gaps(profile({"cuda": 3}), KB.roles["ai_infra_engineer"], KB))
    assert "cuda" not in gaps
    assert "cpp" not in gaps


def test_gap_names_need_have_and_the_users_words() -> None:
    p = profile({"python": 1})
    gaps = _by_id(analyse_gaps(p, research_for(KB, "ai_application_engineer"), KB))
    assert (gaps["python"].need, gaps["python"].have) == (2, 1)
    assert gaps["python"].evidence == "I use python at work"
    assert gaps["rag"].evidence == NOT_MENTIONED
    assert gaps["rag"].have == 0


def test_skill_at_needed_level_is_not_a_gap() -> None:
    gaps = _by_id(
        analyse_gaps(profile({"rag": 2}), research_for(KB, "ai_application_engineer"), KB)
    )
    assert "rag" not in gaps
    assert "embeddings" not in gaps  # only rag needed it


def test_prerequisites_are_pulled_in_at_a_capped_level() -> None:
    gaps = _by_id(analyse_gaps(profile({"python": 2}), research_for(KB, "agent_engineer"), KB))
    assert gaps["agents"].need == 3
    assert gaps["tool_calling"].reason == "prerequisite"
    assert gaps["tool_calling"].need == PREREQ_LEVEL_CAP  # capped below the dependent's 3


def test_prerequisite_the_user_has_is_not_pulled_in() -> None:
    gaps = _by_id(
        analyse_gaps(profile({"linux": 2}), research_for(KB, "ai_application_engineer"), KB)
    )
    assert "docker" in gaps
    assert "linux" not in gaps


def test_required_skill_needed_higher_as_prerequisite_keeps_the_higher_level() -> None:
    # evaluation is required at 1; nothing needs it higher, llm_basics only as prerequisite
    gaps = _by_id(analyse_gaps(profile({}), research_for(KB, "ai_application_engineer"), KB))
    assert gaps["evaluation"].need == 1
    assert gaps["llm_basics"].need == 2  # llm_api_integration (2) needs it


def test_role_and_research_give_the_same_gaps() -> None:
    p = profile({"java": 2})
    role = KB.roles["agent_engineer"]
    assert analyse_gaps(p, role, KB) == analyse_gaps(p, research_for(KB, role.id), KB)


def test_required_gaps_come_heaviest_first_then_prerequisites() -> None:
    gaps = analyse_gaps(profile({}), research_for(KB, "ai_application_engineer"), KB)
    reasons = [g.reason for g in gaps]
    assert reasons == sorted(reasons, key=lambda r: r != "required")
    assert gaps[0].skill_id == "llm_api_integration"  # weight 1.0


def test_prerequisites_inherit_the_weight_of_their_dependents() -> None:
    research = research_for(KB, "agent_engineer")
    beginner = profile({}).model_copy(update={"current_role": None, "years_experience": None})
    gaps = analyse_gaps(beginner, research, KB)
    weights = gap_weights(gaps, research, KB)
    assert weights["tool_calling"] == 1.0  # agents weighs 1.0
    assert weights["linux"] == 0.4  # only model_serving (0.4) -> docker -> linux

"""Alias matching of skills and roles in free text."""

from __future__ import annotations

import pytest

from coach.knowledge import load_kb
from coach.knowledge.lexicon import Lexicon, get_lexicon
from tests.unit.conftest_kb import fixture_kb


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_kb(fixture_kb())


def skill_ids(lex: Lexicon, text: str) -> list[str]:
    return [m.id for m in lex.find_skills(text)]


def test_short_latin_alias_needs_word_boundaries(lex: Lexicon) -> None:
    assert skill_ids(lex, "good going everywhere, a cargo ship, Rrr") == []
    assert skill_ids(lex, "I write Go and R daily") == ["go", "r_lang"]


def test_ambiguous_word_alias_matches_only_capitalised(lex: Lexicon) -> None:
    assert skill_ids(lex, "I want to go into AI, r u sure") == []
    assert skill_ids(lex, "Golang and GO services") == ["go", "go"]


def test_c_is_not_found_inside_cpp(lex: Lexicon) -> None:
    mentions = lex.find_skills("C++ and CI/CD")
    assert [(m.id, m.text) for m in mentions] == [("cpp", "C++"), ("ci_cd", "CI/CD")]


def test_longest_alias_wins_and_mentions_do_not_overlap(lex: Lexicon) -> None:
    mentions = lex.find_skills("we use retrieval augmented generation")
    assert [(m.id, m.text) for m in mentions] == [("rag", "retrieval augmented generation")]


def test_case_insensitive_with_flexible_separators_and_plural(lex: Lexicon) -> None:
    assert skill_ids(lex, "VECTOR DATABASES, Front End and frontend") == [
        "vector_databases",
        "frontend",
        "frontend",
    ]


def test_chinese_aliases_match_as_substrings_with_offsets(lex: Lexicon) -> None:
    text = "我做了4年前端，会用向量数据库"
    mentions = lex.find_skills(text)
    assert [(m.id, m.text) for m in mentions] == [
        ("frontend", "前端"),
        ("vector_databases", "向量数据库"),
    ]
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_roles_found_by_english_chinese_and_acronym(lex: Lexicon) -> None:
    roles = lex.find_roles("FDE? 前线部署工程师 or an ai app engineer, 想转大模型应用开发")
    assert [m.id for m in roles] == [
        "forward_deployed_engineer",
        "forward_deployed_engineer",
        "ai_application_engineer",
        "ai_application_engineer",
    ]


def test_empty_and_unrelated_text_finds_nothing(lex: Lexicon) -> None:
    assert lex.find_skills("") == []
    assert lex.find_roles("the weather is nice today") == []


def test_get_lexicon_is_cached_per_kb() -> None:
    kb = fixture_kb()
    assert get_lexicon(kb) is get_lexicon(kb)


def test_shipped_lexicon_finds_core_skills_and_roles() -> None:
    lex = get_lexicon()
    assert get_lexicon(load_kb()) is lex
    found = {m.id for m in lex.find_skills("Kotlin, React, 向量数据库, RAG, vector DB")}
    assert {"kotlin", "react", "vector_databases", "rag"} <= found
    assert {m.id for m in lex.find_roles("I want to be an FDE")} == {"forward_deployed_engineer"}
    assert lex.find_skills("I'm going to do good things") == []


@pytest.mark.parametrize(
    ("text", "role_id"),
    [
        ("MLOps", "mlops_engineer"),
        ("LLMOps", "mlops_engineer"),
        ("AI应用", "ai_application_engineer"),
        ("AI 应用开发", "ai_application_engineer"),
        ("大模型应用", "ai_application_engineer"),
        ("LLM应用", "ai_application_engineer"),
        ("prompt engineer", "ai_augmented_professional"),
        ("提示词工程师", "ai_augmented_professional"),
    ],
)
def test_shipped_lexicon_finds_roles_by_common_names(text: str, role_id: str) -> None:
    assert [m.id for m in get_lexicon().find_roles(text)] == [role_id]


@pytest.mark.parametrize(
    "text", ["AI PM", "AI 产品经理", "算法工程师", "大模型工程师", "solutions engineer"]
)
def test_shipped_lexicon_does_not_guess_roles_it_lacks(text: str) -> None:
    assert get_lexicon().find_roles(text) == []


def test_lower_case_tool_words_count_in_a_list_of_skills_or_after_in() -> None:
    from coach.knowledge.lexicon import get_lexicon

    lex = get_lexicon()

    def ids(text: str) -> list[str]:
        return [m.id for m in lex.find_skills(text)]

    assert "golang" in ids("I know python, go and sql")
    assert "golang" in ids("backend services in go")
    assert ids("go/rust/python") == ["golang", "rust", "python"]
    assert "golang" not in ids("I want to go into AI")
    assert "golang" not in ids("let's go, python first")
    assert "golang" not in ids("I want to go and learn python")


def test_mixed_script_aliases_allow_a_space_where_scripts_meet() -> None:
    from coach.knowledge.lexicon import get_lexicon

    lex = get_lexicon()
    assert [m.id for m in lex.find_skills("调用过大模型 API")] == ["llm_api_integration"]
    assert [m.id for m in lex.find_skills("Go 语言和go语言")] == ["golang", "golang"]

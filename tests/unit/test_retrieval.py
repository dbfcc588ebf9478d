"""BM25 search over the knowledge base in English, Chinese and mixed text."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coach.knowledge import load_kb
from coach.knowledge.retrieval import KnowledgeIndex, get_index, tokenize
from tests.unit.conftest_kb import fixture_kb


@pytest.fixture(scope="module")
def index() -> KnowledgeIndex:
    return get_index(fixture_kb())


def top(index: KnowledgeIndex, query: str, **kw: object) -> tuple[str, str]:
    hits = index.search(query, **kw)  # type: ignore[arg-type]
    assert hits, f"no hits for {query!r}"
    return hits[0].kind, hits[0].id


def test_tokenize_keeps_technical_terms_and_drops_stop_words() -> None:
    tokens = tokenize("What is C++ and CI/CD with pgvector, node.js?")
    assert {"c++", "ci/cd", "ci", "cd", "pgvector", "node.js"} <= set(tokens)
    assert not {"what", "is", "and", "with", "?", ","} & set(tokens)


def test_tokenize_segments_chinese_and_drops_chinese_stop_words() -> None:
    tokens = tokenize("我的薪资是多少")
    assert "薪资" in tokens
    assert not {"我", "的", "是", "多少"} & set(tokens)


def test_kb_words_are_single_tokens(index: KnowledgeIndex) -> None:
    assert "向量数据库" in index.tokenize("向量数据库")
    assert "前线部署工程师" in index.tokenize("前线部署工程师")


@pytest.mark.parametrize(
    ("query", "kind", "item"),
    [
        ("向量数据库", "skill", "vector_databases"),
        ("vector DB", "skill", "vector_databases"),
        ("RAG 检索增强", "skill", "rag"),
        ("前线部署工程师", "role", "forward_deployed_engineer"),
        ("FDE", "role", "forward_deployed_engineer"),
        ("大模型应用开发", "role", "ai_application_engineer"),
        ("c++", "skill", "cpp"),
    ],
)
def test_queries_find_the_right_record(
    index: KnowledgeIndex, query: str, kind: str, item: str
) -> None:
    assert top(index, query) == (kind, item)


@pytest.mark.parametrize("query", ["salary", "薪资", "What is the salary?"])
def test_salary_questions_find_salary_facts(index: KnowledgeIndex, query: str) -> None:
    hits = index.search(query, k=2)
    assert {h.id for h in hits} == {"fact_salary_cn", "fact_salary_us"}
    assert all(h.kind == "fact" and h.source_id for h in hits)


def test_kinds_filter_and_k_limit(index: KnowledgeIndex) -> None:
    hits = index.search("RAG 检索增强", k=5, kinds={"fact", "resource"})
    assert hits and {h.kind for h in hits} <= {"fact", "resource"}
    assert len(index.search("engineer", k=2)) == 2
    assert index.search("engineer", k=0) == []


def test_unknown_kind_is_rejected(index: KnowledgeIndex) -> None:
    with pytest.raises(ValueError, match="unknown kinds"):
        index.search("rag", kinds={"roles"})


def test_hits_are_sorted_positive_and_bilingual(index: KnowledgeIndex) -> None:
    hits = index.search("AI application engineer RAG salary", k=10)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)
    role = next(h for h in hits if h.id == "ai_application_engineer")
    assert (role.title_en, role.title_zh) == ("AI Application Engineer", "AI 应用工程师")


@pytest.mark.parametrize("query", ["", "   ", "的了是", "zzzz qqqq", "\x00\x07", "？！。"])
def test_queries_with_nothing_to_match_return_no_hits(index: KnowledgeIndex, query: str) -> None:
    assert index.search(query) == []


def test_search_is_deterministic(index: KnowledgeIndex) -> None:
    assert index.search("engineer 工程师", k=10) == index.search("engineer 工程师", k=10)


def test_get_index_is_cached_per_kb() -> None:
    kb = fixture_kb()
    assert get_index(kb) is get_index(kb)


def test_one_kbs_words_do_not_change_another_index() -> None:
    # The fixture adds 前线部署工程师 to its own segmenter only.
    KnowledgeIndex(fixture_kb())
    assert "前线部署工程师" not in tokenize("前线部署工程师")


def test_jieba_prints_nothing() -> None:
    code = (
        "from coach.knowledge.retrieval import tokenize\n"
        "print('|'.join(tokenize('向量数据库和检索增强')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stderr == ""
    assert "检索" in out.stdout and "Building prefix dict" not in out.stdout


@pytest.mark.parametrize(
    ("query", "kind", "item"),
    [
        ("向量数据库", "skill", "vector_databases"),
        ("vector DB", "skill", "vector_databases"),
        ("RAG 检索增强", "skill", "rag"),
        ("前线部署工程师", "role", "forward_deployed_engineer"),
        ("FDE", "role", "forward_deployed_engineer"),
    ],
)
def test_shipped_kb_queries(query: str, kind: str, item: str) -> None:
    assert top(get_index(), query) == (kind, item)


def test_shipped_kb_salary_questions_find_salary_facts() -> None:
    kb = load_kb()
    salary = {f.id for f in kb.facts.values() if f.topic == "salary"}
    if not salary:
        pytest.skip("the shipped KB has no salary facts yet")
    for query in ("salary", "薪资"):
        hits = get_index().search(query, k=3, kinds={"fact"})
        assert hits and hits[0].id in salary

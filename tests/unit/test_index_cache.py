"""The search index and jieba's dictionary are cached on disk: same results, rebuilt when the
knowledge base changes, a damaged file is rebuilt (never a crash), two processes building at
once both finish, and a warm English-only process loads neither jieba nor numpy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.knowledge import cache, index_cache, load_kb, segmenter
from coach.knowledge.retrieval import KnowledgeIndex, tokenize
from tests.unit.conftest_kb import fixture_kb

QUERIES = ["向量数据库", "vector DB", "RAG 检索增强", "前线部署工程师", "FDE", "salary 薪资"]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("COACH_CACHE_DIR", str(folder))
    return folder


def _results(index: KnowledgeIndex) -> list[object]:
    return [
        ([(h.kind, h.id, h.score) for h in index.search(q, k=8)], index.tokenize(q))
        for q in QUERIES
    ]


def test_a_cached_index_answers_exactly_as_a_fresh_build(cache_dir: Path) -> None:
    kb = fixture_kb()
    first = KnowledgeIndex(kb)
    second = KnowledgeIndex(kb)
    fresh = KnowledgeIndex(kb, use_cache=False)
    assert not first.from_cache and second.from_cache
    assert _results(second) == _results(fresh) == _results(first)
    assert list(cache_dir.glob("index-*.bin"))


def test_a_changed_knowledge_base_is_rebuilt(cache_dir: Path) -> None:
    kb = fixture_kb()
    KnowledgeIndex(kb)
    role = next(iter(kb.roles.values()))
    changed = kb.model_copy(
        update={"roles": {**kb.roles, role.id: role.model_copy(update={"aliases": ["量子厨师"]})}}
    )
    assert index_cache.entry_name(changed) != index_cache.entry_name(kb)
    rebuilt = KnowledgeIndex(changed)
    assert not rebuilt.from_cache
    assert rebuilt.search("量子厨师", k=1)[0].id == role.id
    assert KnowledgeIndex(changed).from_cache


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_index_file_is_rebuilt_not_a_crash(cache_dir: Path, damage: str) -> None:
    kb = fixture_kb()
    expected = _results(KnowledgeIndex(kb))
    (path,) = cache_dir.glob("index-*.bin")
    data = path.read_bytes()
    damaged = {
        "truncate": data[: len(data) // 2],
        "flip": data[:100] + bytes([data[100] ^ 0xFF]) + data[101:],
        "garbage": os.urandom(len(data)),
        "empty": b"",
    }[damage]
    path.write_bytes(damaged)
    again = KnowledgeIndex(kb)
    assert not again.from_cache
    assert _results(again) == expected
    assert KnowledgeIndex(kb).from_cache  # and the rebuilt file is sound


def test_a_damaged_dictionary_part_falls_back_and_is_rebuilt(cache_dir: Path) -> None:
    text = "我想做大模型应用开发，也想学检索增强生成"
    expected = tokenize(text)  # this process's dictionary, loaded before the damage
    segmenter.reset_for_tests()
    try:
        segmenter.base_dictionary()  # writes the dictionary cache into cache_dir
        (path,) = cache_dir.glob("jieba-*.dict")
        data = bytearray(path.read_bytes())
        body = 8 + int.from_bytes(data[:8], "little")  # keep the header, spoil every part
        for i in range(body, len(data), 61):
            data[i] ^= 0x5A
        path.write_bytes(bytes(data))
        segmenter.reset_for_tests()
        seg = segmenter.make_segmenter()
        assert tokenize(text, seg) == expected
        assert not path.exists()  # discarded: the next process writes a sound one
    finally:
        segmenter.reset_for_tests()


def test_an_unwritable_cache_dir_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("COACH_CACHE_DIR", str(blocker / "cache"))
    index = KnowledgeIndex(fixture_kb())
    assert index.search("FDE", k=1)[0].id == "forward_deployed_engineer"
    assert not cache.write("x.bin", b"data")


def test_cache_dir_follows_coach_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COACH_CACHE_DIR")
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / "cache"


def _child(code: str, cache_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "COACH_CACHE_DIR": str(cache_dir), "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


BUILD = (
    "from coach.knowledge.loader import load_kb\n"
    "from coach.knowledge.retrieval import KnowledgeIndex\n"
    "i = KnowledgeIndex(load_kb())\n"
    "print(i.from_cache, i.search('向量数据库', k=1)[0].id)\n"
)


@pytest.mark.slow
def test_two_processes_building_at_once_both_finish(cache_dir: Path) -> None:
    children = [_child(BUILD, cache_dir) for _ in range(2)]
    outputs = [c.communicate(timeout=300) for c in children]
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert out.split()[1] == "vector_databases"
    third = _child(BUILD, cache_dir)
    out, err = third.communicate(timeout=300)
    assert third.returncode == 0, err
    assert out.split() == ["True", "vector_databases"]
    assert not list(cache_dir.glob(".*.tmp"))  # no temporary file left behind


def test_a_warm_english_search_loads_neither_jieba_nor_numpy(cache_dir: Path) -> None:
    # Warmed in this process (what a child would write: the same index file in cache_dir).
    assert KnowledgeIndex(load_kb()).search("向量数据库", k=1)[0].id == "vector_databases"
    assert list(cache_dir.glob("index-*.bin"))
    probe = (
        "import sys\n"
        "from coach.knowledge.retrieval import get_index\n"
        "hit = get_index().search('RAG and vector databases', k=1)[0].id\n"
        "print(hit, get_index().from_cache, *(m in sys.modules for m in ('jieba', 'numpy')))\n"
    )
    out, err = _child(probe, cache_dir).communicate(timeout=300)
    assert out.split() == ["vector_databases", "True", "False", "False"], err

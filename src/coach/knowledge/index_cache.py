"""The built search index as bytes and back, for the on-disk cache (:mod:`coach.knowledge.cache`).

What is stored: the documents, the vocabulary, BM25's score matrix (the CSC arrays bm25s builds)
and the segmenter's knowledge-base words (overlay and total). Loading needs neither numpy nor
bm25s: a warm process scores queries from the arrays directly. The entry's key hashes the
knowledge base's content, the versions of Python, bm25s, numpy and jieba, and the source of the
modules that build the index, so any of them changing rebuilds it.
"""

from __future__ import annotations

import marshal
import sys
from array import array
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from itertools import pairwise
from pathlib import Path
from typing import Any

from coach.knowledge import cache
from coach.knowledge.loader import KnowledgeBase

_FORMAT = "bm25-index-2"
_HERE = Path(__file__).parent
_SOURCES = ("retrieval.py", "segmenter.py", "index_cache.py")
_ARRAYS = ("data", "indices", "indptr")

DocRow = tuple[Any, str, str, str, str | None, str]
"""(kind, id, title_en, title_zh, source_id, text) of one document."""


@dataclass
class BuiltIndex:
    """Everything a :class:`~coach.knowledge.retrieval.KnowledgeIndex` is made of."""

    docs: list[DocRow]
    vocab: dict[str, int]
    data: array[float]
    """BM25 score of each (token, document) pair, column by column (float32)."""
    indices: array[int]
    """The document of each score."""
    indptr: array[int]
    """Where each token's column starts in ``data`` (one more entry than columns)."""
    overlay: dict[str, int]
    total: int


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


def entry_name(kb: KnowledgeBase) -> str:
    code = b"".join((_HERE / name).read_bytes() for name in _SOURCES)
    key = cache.fingerprint(
        _FORMAT,
        kb.model_dump_json(),
        sys.version,
        *(_version(p) for p in ("bm25s", "numpy", "jieba")),
        code,
    )
    return f"index-{key}.bin"


def dump(built: BuiltIndex) -> bytes:
    payload = {
        "docs": built.docs,
        "vocab": built.vocab,
        "arrays": {name: getattr(built, name).tobytes() for name in _ARRAYS},
        "overlay": built.overlay,
        "total": built.total,
    }
    return cache.seal(marshal.dumps(payload))


def load(blob: bytes) -> BuiltIndex | None:
    """The index in ``blob``, or None if it is damaged or not a whole, consistent index."""
    raw = cache.unseal(blob)
    if raw is None:
        return None
    try:
        payload = marshal.loads(raw)
        data: array[float] = array("f")
        indices: array[int] = array("i")
        indptr: array[int] = array("q")
        for arr, name in ((data, "data"), (indices, "indices"), (indptr, "indptr")):
            arr.frombytes(payload["arrays"][name])
        built = BuiltIndex(
            docs=[tuple(d) for d in payload["docs"]],
            vocab=dict(payload["vocab"]),
            data=data,
            indices=indices,
            indptr=indptr,
            overlay=dict(payload["overlay"]),
            total=int(payload["total"]),
        )
    except (KeyError, TypeError, ValueError, EOFError):
        return None
    return built if consistent(built) else None


def consistent(built: BuiltIndex) -> bool:
    """Offsets in range and every document id real: a search can never index out of bounds."""
    indptr, n = built.indptr, len(built.docs)
    if not n:
        return not built.data
    return (
        len(indptr) >= 1
        and indptr[0] == 0
        and len(built.data) == len(built.indices) == indptr[-1]
        and all(a <= b for a, b in pairwise(indptr))
        and max(built.vocab.values(), default=0) <= len(indptr)
        and (not built.indices or (min(built.indices) >= 0 and max(built.indices) < n))
    )


def read(kb: KnowledgeBase) -> tuple[str, BuiltIndex | None]:
    """The cache entry name for ``kb`` and its index, if the cache holds a sound one."""
    name = entry_name(kb)
    blob = cache.read(name)
    return name, (load(blob) if blob is not None else None)


def write(name: str, built: BuiltIndex) -> None:
    cache.write(name, dump(built), prefix="index-", keep=8)

"""BM25 search over the knowledge base, in English, Chinese and a mix of both.

Each role, skill, resource and fact becomes one document. Text is split into tokens by
:func:`tokenize`: Latin terms are lower-cased and kept whole (``c++``, ``ci/cd``, ``node.js``)
with their parts added (``ci``, ``cd``); runs of Chinese characters are segmented by jieba in
search mode, so a long word also yields its shorter words (向量数据库 -> 向量, 数据库, 向量数据库).
The knowledge base's own Chinese names and aliases are added to the segmenter's dictionary.

A built index is cached on disk (:mod:`coach.knowledge.index_cache`), keyed by the knowledge
base's content and the libraries' versions, and jieba's dictionary is read lazily from its own
cache (:mod:`coach.knowledge.segmenter`): a new process searches without segmenting a document.
"""

from __future__ import annotations

import logging
import re
import threading
from array import array
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel

from coach.knowledge import index_cache, segmenter
from coach.knowledge.lexicon import Lexicon, get_lexicon
from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.knowledge.stopwords import STOP_EN, STOP_ZH, TOPIC_WORDS
from coach.text import CJK_RANGES

__all__ = ["STOP_EN", "STOP_ZH", "TOPIC_WORDS", "Hit", "KnowledgeIndex", "get_index", "tokenize"]

HitKind = Literal["role", "skill", "resource", "fact"]
KINDS: frozenset[str] = frozenset({"role", "skill", "resource", "fact"})
_KIND_ORDER = {"role": 0, "skill": 1, "fact": 2, "resource": 3}

_CJK = CJK_RANGES
_RUN = re.compile(rf"[{_CJK}]+|[a-z0-9][a-z0-9+#./_'-]*", re.IGNORECASE)
_HAS_CJK = re.compile(rf"[{_CJK}]")
_TERM_SPLIT = re.compile(r"[./_'-]+")
_TRAILING = "./_'-"


# --------------------------------------------------------------------------- segmenter
def _base_segmenter() -> Any:
    """jieba's default segmenter (its dictionary read lazily from the on-disk cache)."""
    return segmenter.default_segmenter()


def new_segmenter(words: Iterable[str] = ()) -> Any:
    """A private jieba segmenter: the default dictionary plus ``words``.

    Private so that one knowledge base's words never change how another is segmented.
    """
    seg, _, _ = segmenter.segmenter_with_words({w for w in words if _HAS_CJK.search(w)})
    return seg


def _cjk_words(text: str) -> list[str]:
    """Chinese dictionary words in a name or alias (its CJK runs, and the whole if mixed)."""
    runs = re.findall(rf"[{_CJK}]+", text)
    words = [r for r in runs if len(r) >= 2]
    compact = re.sub(r"\s+", "", text)
    if runs and compact != "".join(runs) and len(compact) <= 20:
        words.append(compact.lower())
    return words


class _LazySegmenter:
    """A knowledge base's segmenter, made when the first Chinese text needs it."""

    def __init__(self, overlay: dict[str, int], total: int) -> None:
        self._args = (overlay, total)
        self._seg: Any = None
        self._lock = threading.Lock()

    def get(self) -> Any:
        with self._lock:
            if self._seg is None:
                self._seg = segmenter.make_segmenter(*self._args)
            return self._seg


# --------------------------------------------------------------------------- tokens
def tokenize(text: str, segmenter: Any = None) -> list[str]:
    """Search tokens of ``text``: lower-cased Latin terms and jieba words, no stop tokens."""
    seg = segmenter
    tokens: list[str] = []
    for match in _RUN.finditer(text):
        run = match.group(0)
        if _HAS_CJK.match(run):
            if seg is None:  # loaded only when Chinese text is met
                seg = _base_segmenter()
            elif isinstance(seg, _LazySegmenter):
                seg = seg.get()
            tokens.extend(w for w in seg.lcut_for_search(run) if w not in STOP_ZH)
            continue
        term = run.lower().rstrip(_TRAILING)
        if not term or term in STOP_EN:
            continue
        tokens.append(term)
        parts = [p for p in _TERM_SPLIT.split(term) if p]
        if len(parts) > 1:
            tokens.extend(p for p in parts if p not in STOP_EN)
    return tokens


# --------------------------------------------------------------------------- index
class Hit(BaseModel):
    """One search result."""

    kind: HitKind
    id: str
    title_en: str
    title_zh: str
    score: float
    source_id: str | None = None


class _Doc(BaseModel):
    kind: HitKind
    id: str
    title_en: str
    title_zh: str
    source_id: str | None
    text: str


def _documents(kb: KnowledgeBase) -> list[_Doc]:
    docs: list[_Doc] = []
    for role in kb.roles.values():
        names = [role.name.en, role.name.zh, *role.aliases]
        # Names count twice: a query naming a role should beat a summary that mentions it.
        text = " ".join(
            [*names, *names, role.id.replace("_", " "), role.summary.en, role.summary.zh]
        )
        docs.append(
            _Doc(
                kind="role",
                id=role.id,
                title_en=role.name.en,
                title_zh=role.name.zh,
                source_id=role.source_ids[0] if role.source_ids else None,
                text=text,
            )
        )
    for skill in kb.skills.values():
        names = [skill.name.en, skill.name.zh, *skill.aliases]
        text = " ".join([*names, *names, skill.id.replace("_", " "), skill.category])
        docs.append(
            _Doc(
                kind="skill",
                id=skill.id,
                title_en=skill.name.en,
                title_zh=skill.name.zh,
                source_id=None,
                text=text,
            )
        )
    for res in kb.resources.values():
        docs.append(
            _Doc(
                kind="resource",
                id=res.id,
                title_en=res.title,
                title_zh=res.title_zh or res.title,
                source_id=res.source_id,
                text=" ".join([res.title, res.title_zh, *res.topics]),
            )
        )
    for fact in kb.facts.values():
        docs.append(
            _Doc(
                kind="fact",
                id=fact.id,
                title_en=fact.text.en,
                title_zh=fact.text.zh,
                source_id=fact.source_id,
                text=" ".join(
                    [
                        TOPIC_WORDS.get(fact.topic, fact.topic.replace("_", " ")),
                        fact.text.en,
                        fact.text.zh,
                    ]
                ),
            )
        )
    return docs


def kb_dictionary_words(kb: KnowledgeBase) -> set[str]:
    """The Chinese words of the KB's role and skill names and aliases, for the segmenter."""
    words: set[str] = set()
    for role in kb.roles.values():
        for name in [role.name.zh, *role.aliases]:
            words.update(_cjk_words(name))
    for skill in kb.skills.values():
        for name in [skill.name.zh, *skill.aliases]:
            words.update(_cjk_words(name))
    return words


class KnowledgeIndex:
    """A BM25 index over one knowledge base. Build once, search many times (thread-safe reads)."""

    def __init__(self, kb: KnowledgeBase, use_cache: bool = True) -> None:
        self.kb_version = kb.version
        name, built = index_cache.read(kb) if use_cache else ("", None)
        self.from_cache = built is not None
        if built is None:
            built = _build(kb)
            if use_cache:
                index_cache.write(name, built)
        self._segmenter = _LazySegmenter(built.overlay, built.total)
        self._docs = [
            _Doc.model_construct(
                kind=kind, id=id_, title_en=en, title_zh=zh, source_id=src, text=text
            )
            for kind, id_, en, zh, src, text in built.docs
        ]
        self._vocab = built.vocab
        self._data, self._indices, self._indptr = built.data, built.indices, built.indptr
        # A role or skill named in the query (by name or alias) goes above text that mentions it.
        self._lexicon: Lexicon = get_lexicon(kb)
        self._position: dict[tuple[str, str], int] = {
            (d.kind, d.id): i for i, d in enumerate(self._docs)
        }

    def __len__(self) -> int:
        return len(self._docs)

    def vocabulary(self) -> list[str]:
        """Every search token of the indexed documents."""
        return list(self._vocab)

    def tokenize(self, text: str) -> list[str]:
        """Tokens as this index sees them (with the KB's words in the dictionary)."""
        return tokenize(text, self._segmenter)

    def search(self, query: str, k: int = 5, kinds: set[str] | None = None) -> list[Hit]:
        """The ``k`` best documents for ``query`` (score > 0), best first, ties by kind and id."""
        if k <= 0 or not self._docs:
            return []
        if kinds is not None:
            unknown = set(kinds) - KINDS
            if unknown:
                raise ValueError(f"unknown kinds {sorted(unknown)}; use {sorted(KINDS)}")
        ids = sorted({self._vocab[t] for t in self.tokenize(query) if t in self._vocab})
        scores = self._bm25_scores(ids)
        named = [("role", m.id) for m in self._lexicon.find_roles(query)]
        named += [("skill", m.id) for m in self._lexicon.find_skills(query)]
        if named:
            bonus = max(scores, default=0.0) + 1.0
            for key in set(named):
                pos = self._position.get(key)
                if pos is not None:
                    scores[pos] += bonus
        if kinds is not None:
            scores = [
                s if d.kind in kinds else 0.0 for s, d in zip(scores, self._docs, strict=True)
            ]
        order = sorted(
            (i for i, s in enumerate(scores) if s > 0),
            key=lambda i: (
                -round(float(scores[i]), 6),
                _KIND_ORDER[self._docs[i].kind],
                self._docs[i].id,
            ),
        )
        hits: list[Hit] = []
        for i in order[:k]:
            doc = self._docs[i]
            hits.append(
                Hit(
                    kind=doc.kind,
                    id=doc.id,
                    title_en=doc.title_en,
                    title_zh=doc.title_zh,
                    score=round(float(scores[i]), 4),
                    source_id=doc.source_id,
                )
            )
        return hits

    def _bm25_scores(self, ids: list[int]) -> list[float]:
        """Each document's BM25 score for the query tokens ``ids``, summed in float32 column by
        column as bm25s does (same numbers, without loading numpy in a warm process)."""
        acc = array("f", bytes(4 * len(self._docs)))
        data, indices, indptr = self._data, self._indices, self._indptr
        for t in ids:
            if t + 1 < len(indptr):
                for j in range(indptr[t], indptr[t + 1]):
                    acc[indices[j]] += data[j]
        return acc.tolist()


def _build(kb: KnowledgeBase) -> index_cache.BuiltIndex:
    """Segment every document and index it (what the on-disk cache saves a process)."""
    seg, overlay, total = segmenter.segmenter_with_words(
        {w for w in kb_dictionary_words(kb) if _HAS_CJK.search(w)}
    )
    docs = _documents(kb)
    vocab: dict[str, int] = {}
    corpus_ids: list[list[int]] = []
    for doc in docs:
        corpus_ids.append([vocab.setdefault(tok, len(vocab)) for tok in tokenize(doc.text, seg)])
    data: array[float] = array("f")
    indices: array[int] = array("i")
    indptr: array[int] = array("q", [0])
    if docs:
        import bm25s  # only a cold build needs bm25s (and numpy)

        logging.getLogger("bm25s").setLevel(logging.WARNING)
        bm25 = bm25s.BM25()
        bm25.index((corpus_ids, vocab), create_empty_token=True, show_progress=False)
        vocab = dict(bm25.vocab_dict)
        data = array("f", bm25.scores["data"].tolist())
        indices = array("i", bm25.scores["indices"].tolist())
        indptr = array("q", bm25.scores["indptr"].tolist())
    rows: list[index_cache.DocRow] = [
        (d.kind, d.id, d.title_en, d.title_zh, d.source_id, d.text) for d in docs
    ]
    return index_cache.BuiltIndex(
        docs=rows,
        vocab=vocab,
        data=data,
        indices=indices,
        indptr=indptr,
        overlay=overlay,
        total=total,
    )


_CACHE_LOCK = threading.Lock()
_CACHE: dict[int, tuple[KnowledgeBase, KnowledgeIndex]] = {}
_CACHE_MAX = 4


def get_index(kb: KnowledgeBase | None = None) -> KnowledgeIndex:
    """The index of ``kb`` (default: the shipped KB), built once and reused."""
    kb = load_kb() if kb is None else kb
    with _CACHE_LOCK:
        cached = _CACHE.get(id(kb))
        if cached is not None and cached[0] is kb:
            return cached[1]
    index = KnowledgeIndex(kb)
    with _CACHE_LOCK:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[id(kb)] = (kb, index)
    return index

"""BM25 search over the knowledge base, in English, Chinese and a mix of both.

Each role, skill, resource and fact becomes one document. Text is split into tokens by
:func:`tokenize`: Latin terms are lower-cased and kept whole (``c++``, ``ci/cd``, ``node.js``)
with their parts added (``ci``, ``cd``); runs of Chinese characters are segmented by jieba in
search mode, so a long word also yields its shorter words (向量数据库 -> 向量, 数据库, 向量数据库).
The knowledge base's own Chinese names and aliases are added to the segmenter's dictionary.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from typing import Any, Literal

import bm25s
import jieba
import numpy as np
from pydantic import BaseModel

from coach.knowledge.lexicon import Lexicon, get_lexicon
from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.text import CJK_RANGES

jieba.setLogLevel(logging.WARNING)
logging.getLogger("bm25s").setLevel(logging.WARNING)

HitKind = Literal["role", "skill", "resource", "fact"]
KINDS: frozenset[str] = frozenset({"role", "skill", "resource", "fact"})
_KIND_ORDER = {"role": 0, "skill": 1, "fact": 2, "resource": 3}

_CJK = CJK_RANGES
_RUN = re.compile(rf"[{_CJK}]+|[a-z0-9][a-z0-9+#./_'-]*", re.IGNORECASE)
_HAS_CJK = re.compile(rf"[{_CJK}]")
_TERM_SPLIT = re.compile(r"[./_'-]+")
_TRAILING = "./_'-"

STOP_EN = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "being",
        "but",
        "by",
        "can",
        "could",
        "do",
        "does",
        "did",
        "for",
        "from",
        "had",
        "has",
        "have",
        "how",
        "i",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "too",
        "us",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "about",
        "any",
        "some",
        "please",
        "tell",
        "want",
        "know",
    ]
)
STOP_ZH = frozenset(
    [
        "的",
        "了",
        "是",
        "我",
        "你",
        "他",
        "她",
        "它",
        "们",
        "在",
        "和",
        "与",
        "及",
        "或",
        "吗",
        "呢",
        "吧",
        "啊",
        "呀",
        "也",
        "都",
        "就",
        "还",
        "又",
        "很",
        "么",
        "什么",
        "怎么",
        "怎样",
        "如何",
        "哪些",
        "哪个",
        "多少",
        "一个",
        "一下",
        "这个",
        "那个",
        "这些",
        "那些",
        "有",
        "没有",
        "会",
        "能",
        "可以",
        "要",
        "想",
        "请问",
        "请",
        "关于",
        "一些",
        "为什么",
        "对",
        "从",
        "把",
        "被",
        "让",
        "给",
        "到",
        "上",
        "下",
        "中",
        "之",
        "其",
    ]
)


# Fact topics are English labels; these words let a Chinese question reach them too.
TOPIC_WORDS: dict[str, str] = {
    "salary": "salary pay compensation income 薪资 薪酬 工资 收入 待遇 年薪",
    "market": "market demand hiring 市场 需求 招聘",
    "skills_demand": "skills demand 技能 需求",
    "trend": "trend future 趋势 未来",
    "experience": "experience years 经验 年限",
    "education": "education degree 学历 教育",
    "interview": "interview 面试",
    "portfolio": "portfolio projects 作品集 项目",
    "learning_path": "learning path roadmap 学习路线 路线图",
    "career_levels": "career levels promotion 职级 晋升",
    "case_study": "case study story 案例",
    "tools": "tools frameworks 工具 框架",
    "soft_skills": "soft skills communication 软技能 沟通",
    "role_definition": "role definition responsibilities 岗位 职责 定义",
}


# --------------------------------------------------------------------------- segmenter
_BASE_LOCK = threading.Lock()
_BASE: Any = None


def _base_segmenter() -> Any:
    """jieba's default segmenter, initialised once (its dictionary cache lives in the temp dir)."""
    global _BASE
    with _BASE_LOCK:
        if _BASE is None:
            jieba.dt.check_initialized()
            _BASE = jieba.dt
        return _BASE


def new_segmenter(words: Iterable[str] = ()) -> Any:
    """A private jieba segmenter: the default dictionary plus ``words``.

    Private so that one knowledge base's words never change how another is segmented.
    """
    base = _base_segmenter()
    seg = jieba.Tokenizer()
    seg.FREQ = dict(base.FREQ)
    seg.total = base.total
    seg.initialized = True
    for word in sorted(set(words)):
        if _HAS_CJK.search(word):
            seg.add_word(word)
    return seg


def _cjk_words(text: str) -> list[str]:
    """Chinese dictionary words in a name or alias (its CJK runs, and the whole if mixed)."""
    runs = re.findall(rf"[{_CJK}]+", text)
    words = [r for r in runs if len(r) >= 2]
    compact = re.sub(r"\s+", "", text)
    if runs and compact != "".join(runs) and len(compact) <= 20:
        words.append(compact.lower())
    return words


# --------------------------------------------------------------------------- tokens
def tokenize(text: str, segmenter: Any = None) -> list[str]:
    """Search tokens of ``text``: lower-cased Latin terms and jieba words, no stop tokens."""
    seg = segmenter if segmenter is not None else _base_segmenter()
    tokens: list[str] = []
    for match in _RUN.finditer(text):
        run = match.group(0)
        if _HAS_CJK.match(run):
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

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb_version = kb.version
        self._segmenter = new_segmenter(kb_dictionary_words(kb))
        self._docs = _documents(kb)
        vocab: dict[str, int] = {}
        corpus_ids: list[list[int]] = []
        for doc in self._docs:
            ids = [vocab.setdefault(tok, len(vocab)) for tok in tokenize(doc.text, self._segmenter)]
            corpus_ids.append(ids)
        self._vocab = vocab
        self._bm25 = bm25s.BM25()
        if self._docs:
            self._bm25.index((corpus_ids, vocab), create_empty_token=True, show_progress=False)
        # A role or skill named in the query (by name or alias) goes above text that mentions it.
        self._lexicon: Lexicon = get_lexicon(kb)
        self._position: dict[tuple[str, str], int] = {
            (d.kind, d.id): i for i, d in enumerate(self._docs)
        }
        self._kind_masks = {
            kind: np.array([d.kind == kind for d in self._docs], dtype=bool) for kind in KINDS
        }

    def __len__(self) -> int:
        return len(self._docs)

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
        scores = (
            np.asarray(self._bm25.get_scores_from_ids(ids), dtype=float)
            if ids
            else np.zeros(len(self._docs), dtype=float)
        )
        named = [("role", m.id) for m in self._lexicon.find_roles(query)]
        named += [("skill", m.id) for m in self._lexicon.find_skills(query)]
        if named:
            bonus = float(scores.max(initial=0.0)) + 1.0
            for key in set(named):
                pos = self._position.get(key)
                if pos is not None:
                    scores[pos] += bonus
        if kinds is not None:
            mask = np.zeros(len(self._docs), dtype=bool)
            for kind in kinds:
                mask |= self._kind_masks[kind]
            scores = np.where(mask, scores, 0.0)
        order = sorted(
            (i for i in np.flatnonzero(scores > 0)),
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

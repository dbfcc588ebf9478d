"""Whether the knowledge base covers what a target phrase is about.

A phrase is about its specific words: "recommendation systems" is about *recommendation*,
"AI safety / alignment" about *safety* and *alignment*, "推荐系统算法" about 推荐; words every AI
job shares ("AI", "systems", "engineer", "算法", "方向") say nothing about which. When none of
the specific words appears in a role or skill of the knowledge base (and no skill it names
defines a role), the phrase names work
the knowledge base does not have: it is said plainly, with the closest roles, never mapped
silently to a role that merely shares "systems" or "AI" with it.
"""

from __future__ import annotations

import re
import threading

from rapidfuzz import fuzz, process

from coach.engine.understand.generic_words import GENERIC_EN, GENERIC_ZH
from coach.knowledge.lexicon import Mention
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.retrieval import get_index

MOSTLY_UNKNOWN = 0.5
"""... or at least this share, when none of its known words is a word of a role."""
UNKNOWN_SHARE = 1.0
"""A phrase is outside the knowledge base when this share of its specific words is (ordinary
words such as "whole" or "smarter" are unknown too, so one known word is evidence enough)."""
_LATIN = re.compile(r"[a-z][a-z0-9+#.-]*")

_LOCK = threading.Lock()
_KNOWN: dict[int, tuple[KnowledgeBase, frozenset[str]]] = {}


def _known_words(kb: KnowledgeBase) -> frozenset[str]:
    """Every search word of the knowledge base: its roles and skills (names, aliases,
    summaries) and the rest of its documents."""
    with _LOCK:
        cached = _KNOWN.get(id(kb))
        if cached is not None and cached[0] is kb:
            return cached[1]
    index = get_index(kb)
    texts: list[str] = []
    for role in kb.roles.values():
        texts += [role.name.en, role.name.zh, *role.aliases, role.summary.en, role.summary.zh]
    for skill in kb.skills.values():
        texts += [skill.name.en, skill.name.zh, *skill.aliases, skill.id.replace("_", " ")]
    # and every word of the rest of the knowledge base (facts, resource titles): an ordinary
    # word ("help", "smarter") is known there, a topic it lacks ("recommendation") is not
    words = frozenset(w for text in texts for w in index.tokenize(text)) | frozenset(
        index.vocabulary()
    )
    with _LOCK:
        _KNOWN[id(kb)] = (kb, words)
    return words


_ROLE_WORDS: dict[int, tuple[KnowledgeBase, frozenset[str]]] = {}


def _role_words(kb: KnowledgeBase) -> frozenset[str]:
    """The search words of the roles themselves (names, aliases, summaries)."""
    with _LOCK:
        cached = _ROLE_WORDS.get(id(kb))
        if cached is not None and cached[0] is kb:
            return cached[1]
    index = get_index(kb)
    texts = [
        t
        for role in kb.roles.values()
        for t in (role.name.en, role.name.zh, *role.aliases, role.summary.en, role.summary.zh)
    ]
    words = frozenset(w for text in texts for w in index.tokenize(text))
    with _LOCK:
        _ROLE_WORDS[id(kb)] = (kb, words)
    return words


_LATIN_WORD = re.compile(r"[A-Za-z]{6,}")


def spell(phrase: str, kb: KnowledgeBase) -> str:
    """``phrase`` with each misspelt Latin word ("aplication enginer") replaced by the word of
    the roles' own vocabulary it is a typo of (rapidfuzz ratio >= 85, first letter kept)."""
    known = _known_words(kb)
    vocab = [w for w in _role_words(kb) if _LATIN.fullmatch(w) and len(w) >= 5]

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in known:
            return word
        if _stem_known(low, vocab):
            # a word of a known stem is itself, unless it is one letter from a role word
            # ("enginer": engineer, though "engine" is its stem too)
            close = process.extractOne(low, vocab, scorer=fuzz.ratio, score_cutoff=90)
            return str(close[0]) if close is not None and close[0][0] == low[0] else word
        near = process.extractOne(low, vocab, scorer=fuzz.ratio, score_cutoff=85)
        return str(near[0]) if near is not None and near[0][0] == low[0] else word

    return spell_zh(_LATIN_WORD.sub(fix, phrase), kb)


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")


def _zh_names(kb: KnowledgeBase) -> list[str]:
    """The roles' Chinese names and aliases of four characters or more, longest first."""
    names = {
        n.replace(" ", "")
        for role in kb.roles.values()
        for n in (role.name.zh, *role.aliases)
        if len(re.sub(r"[^\u4e00-\u9fff]", "", n)) >= 4 and not _LATIN.search(n)
    }
    return sorted(names, key=lambda n: (-len(n), n))


SPELL_ZH_MAX = 2000
"""Longer texts (a pasted document) are not spell-read: their typos name no target."""


def spell_zh(phrase: str, kb: KnowledgeBase) -> str:
    """A Chinese role name typed with one wrong character ("智能提工程师", "大模形应用工程师")
    read as the name it is a typo of: same length, one character inside it different."""
    if len(phrase) > SPELL_ZH_MAX or not _CJK_RUN.search(phrase):
        return phrase
    runs = [m.group(0) for m in _CJK_RUN.finditer(phrase)]
    for name in _zh_names(kb):
        if name in phrase:
            return phrase
        size = len(name)
        if not any(len(r) >= size for r in runs) or _LATIN.search(name):
            continue
        at = -1
        while (at := phrase.find(name[0], at + 1)) >= 0 and at + size <= len(phrase):
            if phrase[at + size - 1] != name[-1]:  # first and last characters as typed
                continue
            window = phrase[at : at + size]
            diff = [i for i, (a, b) in enumerate(zip(window, name, strict=True)) if a != b]
            inside = len(diff) == 1 and 0 < diff[0] < size - 1  # never the head noun (师/员)
            if inside and "\u4e00" <= window[diff[0]] <= "\u9fff":
                return phrase[:at] + name + phrase[at + size :]
    return phrase


def _compound(word: str, tokens: list[str]) -> bool:
    """A Chinese search token made of other tokens of the same text."""
    if _LATIN.fullmatch(word) or len(word) < 3:
        return False
    parts = [t for t in tokens if t != word and len(t) >= 1 and t in word]
    covered = set()
    for p in parts:
        start = word.find(p)
        covered |= set(range(start, start + len(p)))
    return len(covered) == len(word)


def specific_words(phrase: str, kb: KnowledgeBase, named: list[Mention] | None = None) -> list[str]:
    """The words of ``phrase`` that say what it is about (generic AI-job words left out, and
    the words of skills or roles ``named`` in it, which the knowledge base has by definition)."""
    text = phrase
    for m in sorted(named or [], key=lambda m: -m.start):
        if 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text:
            text = text[: m.start] + " " + text[m.end :]
        else:
            text = text.replace(m.text, " ")
    out: list[str] = []
    tokens = get_index(kb).tokenize(text)
    for w in tokens:
        if w in GENERIC_EN or w in GENERIC_ZH or len(w) < 2:
            continue
        if _compound(w, tokens):
            continue  # "临床经验" beside "临床" and "经验": the parts say it
        if _LATIN.fullmatch(w) and len(w) < 3:
            continue
        if w not in out:
            out.append(w)
    return out


def unknown_words(phrase: str, kb: KnowledgeBase, named: list[Mention] | None = None) -> list[str]:
    """Of the specific words, those no role or skill of the knowledge base has (a typo of a
    known word counts as known: "infrastucture")."""
    known = _known_words(kb)
    latin = [w for w in known if _LATIN.fullmatch(w) and len(w) >= 5]
    out: list[str] = []
    for w in specific_words(phrase, kb, named):
        if w in known:
            continue
        if _LATIN.fullmatch(w) and len(w) >= 5:
            near = process.extractOne(w, latin, scorer=fuzz.ratio, score_cutoff=85)
            if near is not None or _stem_known(w, latin):
                continue  # a typo ("infrastucture") or another form ("molecules", "molecular")
        out.append(w)
    return out


def _stem_forms(word: str, known: frozenset[str] | list[str]) -> list[str]:
    """Known words of the same stem as ``word`` ("molecules" -> "molecular"): a shared start of
    at least six letters and three quarters of the word, and about the same length."""
    if len(word) < 6:
        return []
    stem = word[: max(6, round(0.75 * len(word)))]
    return sorted(
        k
        for k in known
        if k != word and k.startswith(stem) and abs(len(k) - len(word)) <= 2 and _LATIN.fullmatch(k)
    )


def _stem_known(word: str, latin: list[str]) -> bool:
    return bool(_stem_forms(word, latin))


DEFINING_WEIGHT = 0.8
"""A skill with at least this weight in some role says which role is meant ("agents")."""


def defining(mentions: list[Mention], kb: KnowledgeBase) -> bool:
    """Whether a skill named (other than a generic word such as "ML" or "LLM") defines a role."""
    ids = {m.id for m in mentions if not only_generic(m)}
    return any(
        q.skill_id in ids and q.weight >= DEFINING_WEIGHT
        for role in kb.roles.values()
        for q in role.required
    )


_GENERIC_NAMES = frozenset(
    {
        "machine learning",
        "机器学习",
        "gen ai",
        "generative ai",
        "生成式ai",
        "large language models",
        "large language model",
        "大语言模型",
    }
)


def only_generic(mention: Mention) -> bool:
    """A skill named by a word every AI job shares ("ML", "machine learning", "大模型")."""
    text = " ".join(mention.text.lower().split())
    return text in GENERIC_EN or text in GENERIC_ZH or text in _GENERIC_NAMES


def outside_kb(phrase: str, kb: KnowledgeBase, named: list[Mention] | None = None) -> bool:
    """Whether ``phrase`` is mostly about words no role or skill of the knowledge base has."""
    if defining(named or [], kb):
        return False
    specific = specific_words(phrase, kb, named)
    if not specific:
        # only skills no role requires ("fine-tuning", "NLP"): a topic, not a role the KB has
        required = {q.skill_id for role in kb.roles.values() for q in role.required}
        own = [m for m in named or [] if not only_generic(m)]
        return bool(own) and not any(m.id in required for m in own)
    unknown = unknown_words(phrase, kb, named)
    if len(unknown) >= UNKNOWN_SHARE * len(specific):
        return True
    # Half unknown, and what is known only as a skill's word ("search ranking and ads",
    # "搜索推荐"): no role's own words are in it.
    role_words = _role_words(kb)
    known = [w for w in specific if w not in unknown]
    # a short unknown word ("ads", "adopt") counts half: ordinary words are short more often
    telling = sum(1.0 if not _LATIN.fullmatch(w) or len(w) >= 6 else 0.5 for w in unknown)
    return telling >= MOSTLY_UNKNOWN * len(specific) and not any(
        w in role_words or w.rstrip("s") in role_words or _stem_forms(w, role_words) for w in known
    )


def focused_query(phrase: str, kb: KnowledgeBase) -> str:
    """The phrase's specific words, for retrieval ("applying ML to protein design" -> "protein
    design"), each unknown one also as the known words of its stem ("molecules" ->
    "molecular"); the phrase itself when it has none."""
    words = specific_words(phrase, kb)
    if not words:
        return phrase
    known = _known_words(kb)
    out: list[str] = []
    for w in words:
        out.append(w)
        if w not in known and _LATIN.fullmatch(w):
            out += _stem_forms(w, known)[:3]
    return " ".join(out)

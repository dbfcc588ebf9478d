"""Skills and roles named in a turn: lexicon aliases (en/zh), then typo-tolerant fuzzy matching
of long Latin role aliases, then BM25 over role documents for phrases no alias covers."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from coach.engine.understand.phrases import phrased_skills
from coach.engine.understand.senses import in_context
from coach.knowledge.lexicon import Lexicon, Mention, role_aliases
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.retrieval import get_index
from coach.text import has_cjk

FUZZY_MIN_CHARS = 10
"""Only aliases at least this long are matched with typos ("agnet enginer")."""
FUZZY_THRESHOLD = 86.0
"""rapidfuzz ratio (0-100) a window of words needs to count as a misspelt alias."""
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#-]*")
_HEAD_SUFFIX = re.compile(
    r"(?:\s*(?:开发)?工程师|\s*开发|\s*engineers?|\s*developers?|\s*devs?)$", re.IGNORECASE
)


@dataclass(frozen=True)
class _RoleAliases:
    by_words: dict[int, dict[str, str]]
    """Latin aliases by number of words: alias -> role id (for fuzzy matching)."""
    stems: dict[str, str]
    """Alias stems without the job noun ("ai全栈", "智能体", "inference") unique to one role."""


_LOCK = threading.Lock()
_ALIASES: dict[int, tuple[KnowledgeBase, _RoleAliases]] = {}


def _role_aliases(kb: KnowledgeBase) -> _RoleAliases:
    with _LOCK:
        cached = _ALIASES.get(id(kb))
        if cached is not None and cached[0] is kb:
            return cached[1]
    by_words: dict[int, dict[str, str]] = {}
    stem_roles: dict[str, set[str]] = {}
    for role_id, names in role_aliases(kb).items():
        for alias in set(names):
            low = " ".join(alias.lower().split())
            if not has_cjk(low) and len(low) >= FUZZY_MIN_CHARS:
                by_words.setdefault(len(low.split()), {})[low] = role_id
            stem = _HEAD_SUFFIX.sub("", low).strip()
            if stem != low and len(stem) >= (2 if has_cjk(stem) else 4):
                stem_roles.setdefault(stem, set()).add(role_id)
    # A stem that names a skill ("大模型", "agent") says too little by itself: the skill's
    # weight in each role decides instead (see roles.resolve_phrase).
    skill_words = {
        " ".join(a.lower().split())
        for skill in kb.skills.values()
        for a in (skill.name.en, skill.name.zh, *skill.aliases)
    }
    stems = {
        s: next(iter(ids))
        for s, ids in stem_roles.items()
        if len(ids) == 1 and s not in skill_words
    }
    value = _RoleAliases(by_words, stems)
    with _LOCK:
        _ALIASES[id(kb)] = (kb, value)
    return value


def fuzzy_roles(text: str, kb: KnowledgeBase, taken: list[Mention]) -> list[Mention]:
    """Misspelt role aliases ("agnet enginer", "forward deploy engineer"), not overlapping
    ``taken``; windows of as many words as the alias, scored by rapidfuzz's ratio."""
    aliases = _role_aliases(kb).by_words
    words = list(_WORD.finditer(text))
    lowered = [w.group(0).lower() for w in words]
    last_words = {a.split()[-1] for by in aliases.values() for a in by}
    # A window can only match if its last word is close to some alias's last word: checked
    # once per distinct word, so a long paste costs one cheap ratio per word.
    near: dict[str, bool] = {}
    for w in lowered:
        if w not in near:
            near[w] = (
                process.extractOne(w, last_words, scorer=fuzz.ratio, score_cutoff=70) is not None
            )
    covered = bytearray(len(text) + 1)
    for m in taken:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    found: list[Mention] = []
    for size in sorted(aliases, reverse=True):
        choices = aliases[size]
        for i in range(len(words) - size + 1):
            if not near[lowered[i + size - 1]]:
                continue
            start, end = words[i].start(), words[i + size - 1].end()
            if any(covered[start:end]):
                continue
            window = " ".join(lowered[i : i + size])
            best = process.extractOne(
                window, choices.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD
            )
            if best is not None and _word_by_word(window, best[0]):
                found.append(
                    Mention(
                        kind="role", id=choices[best[0]], text=text[start:end], start=start, end=end
                    )
                )
                covered[start:end] = b"\x01" * (end - start)
    return found


def _word_by_word(window: str, alias: str) -> bool:
    """Each word is a typo of its alias word; short words must be exact ("a" is not "ai")."""
    pairs = zip(window.split(), alias.split(), strict=False)
    return all(w == a if min(len(w), len(a)) <= 3 else fuzz.ratio(w, a) >= 70 for w, a in pairs)


def find_roles(text: str, lexicon: Lexicon, kb: KnowledgeBase) -> list[Mention]:
    """Roles named in ``text`` by alias, then by a misspelt long alias, in order."""
    exact = [m for m in lexicon.find_roles(text) if m.id in kb.roles]
    return sorted([*exact, *fuzzy_roles(text, kb, exact)], key=lambda m: m.start)


TYPO_MIN_CHARS = 5
"""A one-word skill alias this long is also found with two letters swapped ("agnet", "pyhton")."""
DROP_MIN_CHARS = 6
"""One this long also with one letter missing or doubled ("kubernets", "pyton")."""
_TYPOS: dict[int, tuple[KnowledgeBase, dict[str, str]]] = {}
_WORDS_OF_THEIR_OWN = frozenset(
    {"backed", "fastai", "sprint", "docket", "reach", "tests", "panda", "clade", "token", "kerne"}
    # ordinary English words one letter off an alias ("nodes" is not "nodejs")
    | {"nodes", "reset", "resent", "sharing", "shading", "slang", "reacts", "tokes", "megaton"}
    | {"locus", "cents", "fiance", "feats", "corel"}
)
"""Spellings one letter off an alias that are words (or tools) of their own."""


def _variants(word: str) -> set[str]:
    out = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    if len(word) >= DROP_MIN_CHARS:
        out |= {word[:i] + word[i + 1 :] for i in range(1, len(word))}
        out |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
    return out - {word}


def _skill_typos(kb: KnowledgeBase) -> dict[str, str]:
    """Misspellings of one-word Latin skill aliases -> skill id; a spelling that could be two
    skills, or is itself an alias, is left out."""
    with _LOCK:
        cached = _TYPOS.get(id(kb))
        if cached is not None and cached[0] is kb:
            return cached[1]
    words: dict[str, str] = {}
    for skill in kb.skills.values():
        for alias in (skill.name.en, *skill.aliases, skill.id.replace("_", " ")):
            low = alias.lower().strip()
            if re.fullmatch(r"[a-z]+", low) and len(low) >= TYPO_MIN_CHARS:
                words.setdefault(low, skill.id)
    typos: dict[str, str] = {}
    clashes: set[str] = set()
    for word, skill_id in words.items():
        for v in _variants(word):
            if v in words or (v in typos and typos[v] != skill_id):
                clashes.add(v)
            typos[v] = skill_id
    value = {k: v for k, v in typos.items() if k not in clashes | _WORDS_OF_THEIR_OWN}
    with _LOCK:
        _TYPOS[id(kb)] = (kb, value)
    return value


def find_skills(text: str, lexicon: Lexicon, kb: KnowledgeBase) -> list[Mention]:
    """Skills named in ``text`` by alias, then by a misspelt one-word alias, in order."""
    exact = [m for m in lexicon.find_skills(text) if m.id in kb.skills]
    exact = sorted([*exact, *phrased_skills(text, kb, exact)], key=lambda m: m.start)
    exact = in_context(text, exact)
    typos = _skill_typos(kb)
    extra: list[Mention] = []
    for w in _WORD.finditer(text):
        low = w.group(0).lower()
        if len(low) < TYPO_MIN_CHARS or low not in typos:
            continue
        if any(m.start < w.end() and w.start() < m.end for m in exact):
            continue
        extra.append(
            Mention(kind="skill", id=typos[low], text=w.group(0), start=w.start(), end=w.end())
        )
    return sorted([*exact, *extra], key=lambda m: m.start) if extra else exact


def stem_roles(phrase: str, kb: KnowledgeBase) -> list[str]:
    """Roles whose alias stem (the alias without its job noun) the phrase contains:
    "AI全栈" -> the role aliased "AI全栈工程师"."""
    low = phrase.lower()
    found: list[str] = []
    for stem, role_id in _role_aliases(kb).stems.items():
        hit = (
            stem in low
            if has_cjk(stem)
            else re.search(rf"(?<![a-z0-9]){re.escape(stem)}(?![a-z0-9])", low)
        )
        if hit and role_id not in found:
            found.append(role_id)
    return found


def retrieve_roles(phrase: str, kb: KnowledgeBase, k: int = 3) -> list[tuple[str, float]]:
    """BM25 over the role documents: (role id, score), best first."""
    singular = " ".join(w[:-1] for w in re.findall(r"[A-Za-z]{4,}s\b", phrase))
    query = f"{phrase} {singular}".strip()
    return [(h.id, h.score) for h in get_index(kb).search(query, k=k, kinds={"role"})]


def prefix_roles(phrase: str, kb: KnowledgeBase) -> list[str]:
    """Roles with an alias that is the phrase plus a job noun ("算子开发" -> "算子开发工程师")."""
    key = re.sub(r"\s+", "", phrase.lower())
    if len(key) < 3:
        return []
    found: list[str] = []
    for role_id, names in role_aliases(kb).items():
        for alias in names:
            low = re.sub(r"\s+", "", alias.lower())
            rest = low[len(key) :]
            if (
                low.startswith(key)
                and rest
                and _HEAD_SUFFIX.fullmatch(rest)
                and role_id not in found
            ):
                found.append(role_id)
    return found

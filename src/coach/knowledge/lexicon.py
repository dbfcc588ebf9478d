"""Find the knowledge base's skills and roles named in free text, by their names and aliases.

Matching is leftmost-longest over every alias at once ("machine learning engineer" beats
"machine learning"), case-insensitive, and on word boundaries for Latin aliases, so "go" is not
found in "good" and "C" is not found in "C++". Short aliases that are also ordinary English
words ("Go", "R", "Rust", "Excel") only match with the capitalisation the knowledge base gives
them, so "I want to go into AI" names no language. Chinese aliases match as substrings.
Separators in aliases are flexible ("front-end" also finds "front end" and "frontend") and a
plural "s" is allowed ("vector databases" for "vector database").
"""

from __future__ import annotations

import re
import threading
from typing import Literal

from pydantic import BaseModel

from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.text import CJK_RANGES, has_cjk

MentionKind = Literal["skill", "role"]

_SEP = re.compile(r"[\s\-_]+")
# Aliases that are also everyday English words: only their capitalised form counts.
_AMBIGUOUS_WORDS = (
    # languages and tools named by ordinary words
    "go r c d swift rust spark hive excel dart ruby julia express next scheme elm crystal "
    "chef puppet salt flask node clip lambda kernel triton isaac "
    # ordinary words some skills use as aliases
    "rest token tokens attention taste influence writing perception requirements agent "
    "streaming ai ml ci cd qa it hr pm"
)
_AMBIGUOUS = frozenset(_AMBIGUOUS_WORDS.split())
_LOWER_UNLESS = {"excel": r"\s+(?:at|in|as|on)\b", "spark": r"\s+(?:of|joy)\b"}
"""Ambiguous words that count in lower case unless the next word shows their everyday sense."""


class Mention(BaseModel):
    """A skill or role named in a text, with the words that name it and where they are."""

    kind: MentionKind
    id: str
    text: str
    start: int
    end: int


def _alias_pattern(alias: str) -> str | None:
    """A regex for one alias, or None for an alias that cannot match safely."""
    alias = " ".join(alias.split())
    if not alias:
        return None
    if has_cjk(alias):
        # Chinese (or mixed) aliases: substring; spaces between parts are optional.
        parts = [re.escape(p) for p in alias.split(" ")]
        return r"\s*".join(parts)
    words = [w for w in _SEP.split(alias) if w]
    if not words:
        return None
    body = r"[\s\-_]*".join(re.escape(w) for w in words)
    if alias[-1].isalpha() and len(alias) >= 3:
        body += "s?"
    # Word boundaries that also refuse "C" inside "C++"/"C#" and "go" inside "good".
    start = r"(?<![A-Za-z0-9])" if alias[0].isalnum() else r"(?<![A-Za-z0-9+#])"
    end = r"(?![A-Za-z0-9+#])" if alias[-1].isalnum() else r"(?![A-Za-z0-9])"
    if alias.lower() in _AMBIGUOUS:
        # "Go"/"GO" but never "go" alone; "R" but never "r". Lower case counts before a job
        # noun ("rust developer", "go dev"), next to Chinese ("跟excel打交道"), and for a few
        # words whose everyday use has a tell-tale next word ("excel" but not "excel at").
        forms = sorted({alias[0].upper() + alias[1:], alias.upper()})
        exact = "|".join(re.escape(f) for f in forms)
        low = re.escape(alias.lower())
        cases = [
            f"(?-i:{exact})",
            f"(?-i:{low})(?=[\\s-]*(?:developers?|devs?|engineers?|programmers?|programming|coding|code){end})",
            f"(?<=[{CJK_RANGES}\u3000-\u303f\uff00-\uffef])(?-i:{low})",
            f"(?-i:{low})(?=[{CJK_RANGES}\u3000-\u303f\uff00-\uffef])",
        ]
        if alias.lower() in _LOWER_UNLESS:
            cases.append(f"(?-i:{low})(?!{_LOWER_UNLESS[alias.lower()]})")
        return f"{start}(?:{'|'.join(cases)}){end}"
    return f"{start}{body}{end}"


class _Matcher:
    """Leftmost-longest alias matching.

    One alternation per first character: at each position only the aliases that can start
    there are tried (one regex over a thousand aliases is ~50x slower in ``re``).
    """

    def __init__(self, kind: MentionKind, names: dict[str, list[str]]) -> None:
        self.kind = kind
        entries: dict[str, tuple[str, str]] = {}
        for item_id in sorted(names):
            for alias in names[item_id]:
                key = " ".join(alias.split())
                key = key if key.lower() in _AMBIGUOUS else key.lower()
                pattern = _alias_pattern(alias)
                if pattern is None or key in entries:
                    continue
                entries[key] = (item_id, pattern)
        # Longest alias first, so each alternation prefers it at any one position.
        ordered = sorted(entries.items(), key=lambda kv: (-len(kv[0]), kv[0]))
        self._ids = [item_id for _, (item_id, _) in ordered]
        by_first: dict[str, list[str]] = {}
        for n, (key, (_, pattern)) in enumerate(ordered):
            by_first.setdefault(key[0].lower(), []).append(f"(?P<g{n}>{pattern})")
        self._parts = {first: "|".join(parts) for first, parts in by_first.items()}
        # Compiled on first use: a cold start only pays for the characters it meets.
        self._regexes: dict[str, re.Pattern[str]] = {}

    def _regex(self, first: str) -> re.Pattern[str] | None:
        regex = self._regexes.get(first)
        if regex is None:
            source = self._parts.get(first)
            if source is None:
                return None
            regex = self._regexes[first] = re.compile(source, re.IGNORECASE)
        return regex

    def find(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        lowered = text.lower() if len(text.lower()) == len(text) else None
        pos, end = 0, len(text)
        while pos < end:
            first = lowered[pos] if lowered is not None else text[pos].lower()[:1]
            regex = self._regex(first) if first in self._parts else None
            m = regex.match(text, pos) if regex is not None else None
            if m is None or m.lastgroup is None or m.end() == pos:
                pos += 1
                continue
            out.append(
                Mention(
                    kind=self.kind,
                    id=self._ids[int(m.lastgroup[1:])],
                    text=m.group(0),
                    start=m.start(),
                    end=m.end(),
                )
            )
            pos = m.end()
        return out


class Lexicon:
    """Alias matchers for the skills and roles of one knowledge base."""

    def __init__(self, skills: dict[str, list[str]], roles: dict[str, list[str]]) -> None:
        self._skills = _Matcher("skill", skills)
        self._roles = _Matcher("role", roles)

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> Lexicon:
        skills = {
            s.id: [s.name.en, s.name.zh, *s.aliases, s.id.replace("_", " ")]
            for s in kb.skills.values()
        }
        roles = {r.id: [r.name.en, r.name.zh, *r.aliases] for r in kb.roles.values()}
        return cls(skills, roles)

    def find_skills(self, text: str) -> list[Mention]:
        """Skills named in ``text``, in order, never overlapping."""
        return self._skills.find(text)

    def find_roles(self, text: str) -> list[Mention]:
        """Roles named in ``text``, in order, never overlapping."""
        return self._roles.find(text)


_LOCK = threading.Lock()
_CACHE: dict[int, tuple[KnowledgeBase, Lexicon]] = {}
_CACHE_MAX = 4


def get_lexicon(kb: KnowledgeBase | None = None) -> Lexicon:
    """The lexicon of ``kb`` (default: the shipped KB), built once and reused."""
    kb = load_kb() if kb is None else kb
    with _LOCK:
        cached = _CACHE.get(id(kb))
        if cached is not None and cached[0] is kb:
            return cached[1]
    lexicon = Lexicon.from_kb(kb)
    with _LOCK:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[id(kb)] = (kb, lexicon)
    return lexicon

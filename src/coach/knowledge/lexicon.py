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
from collections import OrderedDict
from typing import Literal

from pydantic import BaseModel, ConfigDict

from coach.knowledge.everyday import EVERYDAY, WIDER_TITLES, role_aliases
from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.text import CJK_RANGES, has_cjk

MentionKind = Literal["skill", "role"]

_SEP = re.compile(r"[\s\-_]+")
# Aliases that are also everyday English words: only their capitalised form counts.
_TOOL_WORDS = (
    # languages and tools named by ordinary words
    "go r c d swift rust spark hive excel dart ruby julia express next scheme elm crystal "
    "chef puppet salt flask node clip lambda kernel triton isaac ts"
)
_TOOLS = frozenset(_TOOL_WORDS.split())
"""Of those, the ones a list of skills or "in X" also shows in lower case ("java and go")."""
_AMBIGUOUS_WORDS = (
    _TOOL_WORDS + " "
    # ordinary words some skills use as aliases
    "rest token tokens attention taste influence writing perception requirements agent "
    "streaming ai ml ci cd qa it hr pm spring"
)
_AMBIGUOUS = frozenset(_AMBIGUOUS_WORDS.split())
_LETTER_BEFORE = (
    "".join(
        f"(?<!{w} )"
        for w in (
            "[Pp]lan",
            "[Ss]eries",
            "[Vv]itamin",
            "[Gg]rade",
            "[Tt]ype",
            "[Cc]lass",
            "[Oo]ption",
            "[Tt]ier",
            "[Pp]art",
            "[Ss]ection",
            "[Bb]lock",
            "[Rr]oom",
            "[Ll]evel",
            "[Gg]ot a",
            "[Tt]o",  # "To C", "to B": to-consumer, to-business
            "B2B and",
        )
    )
    + r"(?<![-&.'/])"
)
_LETTER_AFTER = (
    r"(?!\s*(?:&|端|端产品|产品|业务)|-[A-Za-z]|'[A-Za-z]|\.[A-Za-z0-9]|\s+(?:in|on|for)\s+(?:math|maths|physics|"
    r"chemistry|biology|english|history|class|the\s+(?:exam|test|course)))"
)
"""Around a one-letter alias ("C", "R"): the words that show it is not a language."""
# "写材料", "汇报材料": documents written at work, not materials science
_ZH_NOT_AFTER = {
    "材料": "(?<!写)(?<!写点)(?<!汇报)(?<!公文)(?<!申报)(?<!报送)(?<!文字)(?<!准备)(?<!整理)"
}
_ZH_NOT_BEFORE = {"量化": "交易|投资|金融|基金|私募|策略|研究|分析|开发|工程师"}
"""Chinese aliases that are another word before these characters (量化交易 is quant trading)."""
_LOWER_UNLESS = {
    "excel": r"\s+(?:at|in|as|on)\b",
    "spark": r"\s+(?:of|joy)\b",
    # the season: "spring means end of March", "in spring", "next spring 2027"
    "spring": r"\s+(?:means|is|break|semester|term|festival|time|season|will|would|\d{4})\b|[,.;!?]",
}
_LOWER_NOT_AFTER = {
    "spring": "".join(
        rf"(?<!\b{w}\s)"
        for w in ("in", "by", "next", "this", "until", "till", "before", "the", "though", "late")
    )
    + r"(?<!early\s)(?<!last\s)(?<!since\s)(?<!after\s)"
}
"""Ambiguous words that count in lower case unless the next word shows their everyday sense."""
_SCRIPT_EDGE = re.compile(f"(?<=[{CJK_RANGES}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[{CJK_RANGES}])")
# Between two items of a list of skills ("python, go and sql", "go/rust", "java + go").
_LIST_GAP = re.compile(
    r"\s*(?:,|/|&|\+|、|，|;|\band\b|\bor\b|和|与|及|以及|或)\s*(?:and\s+)?", re.I
)
# A language after "in"/"using" at the end of a phrase: "backend in go", "written in rust".
_IN_LANGUAGE = re.compile(
    r"\b(?:in|using|write|writes|wrote|writing|code|coding|know|knows|use|uses|used)\s+"
    r"(?:mostly\s+|mainly\s+|some\s+|a\s+bit\s+of\s+|a\s+little\s+)?$|"
    r"\b(?:and|plus)\s+(?:a\s+bit\s+of|a\s+little|some)\s+$",
    re.I,
)
_PHRASE_END = re.compile(
    r"\s*(?:$|[,.;:!?)/+，。；：！？）、]|\band\b|\bor\b|\bfor\b|\bat\b)", re.I
)


def _listed(text: str, start: int, end: int, found: list[Mention]) -> bool:
    """Whether the word at ``start:end`` is an item of a list of the skills ``found``: joined to
    one by a conjunction or slash, or by a bare comma inside a list (a skill on both sides, the
    last item of a list, or the first of one that goes on: "go, python and sql"); so "let's go,
    python first" names no Go."""
    before = [f for f in found if f.end <= start]
    after = [f for f in found if f.start >= end]
    gap_b = text[before[-1].end : start] if before else None
    gap_a = text[end : after[0].start] if after else None
    ok_b = gap_b is not None and bool(_LIST_GAP.fullmatch(gap_b))
    ok_a = gap_a is not None and bool(_LIST_GAP.fullmatch(gap_a))
    commas = {",", "，", ";", "；"}
    if (ok_b and str(gap_b).strip() not in commas) or (ok_a and str(gap_a).strip() not in commas):
        return True
    if ok_b and ok_a:
        return True
    if ok_b:
        return bool(_PHRASE_END.match(text, end))
    if ok_a and len(after) > 1:
        return bool(_LIST_GAP.fullmatch(text[after[0].end : after[1].start]))
    return False


class Mention(BaseModel):
    """A skill or role named in a text, with the words that name it and where they are.
    Frozen: a matcher hands the same mentions of a text to every reader of it."""

    model_config = ConfigDict(frozen=True)

    kind: MentionKind
    id: str
    text: str
    start: int
    end: int
    cap: int | None = None
    """The highest level these words can show (a bare "UX" is conversational UX at most basic)."""


def _alias_pattern(alias: str) -> str | None:
    """A regex for one alias, or None for an alias that cannot match safely."""
    alias = " ".join(alias.split())
    if not alias:
        return None
    if has_cjk(alias):
        # Chinese (or mixed) aliases: substring; spaces between parts, and where Chinese meets
        # Latin, are optional ("大模型api" finds "大模型 API", "go语言" finds "Go 语言").
        spaced = _SCRIPT_EDGE.sub(" ", alias)
        parts = [re.escape(p) for p in spaced.split(" ") if p]
        tail = _ZH_NOT_BEFORE.get(alias.lower())
        head = _ZH_NOT_AFTER.get(alias.lower(), "")
        return head + r"\s*".join(parts) + (f"(?!{tail})" if tail else "")
    words = [w for w in _SEP.split(alias) if w]
    if not words:
        return None
    body = r"[\s\-_]*".join(re.escape(w) for w in words)
    if alias[-1].isalpha() and len(alias) >= 3:
        body += "s?"
    # Word boundaries that also refuse "C" inside "C++"/"C#" and "go" inside "good".
    start = r"(?<![A-Za-z0-9])" if alias[0].isalnum() else r"(?<![A-Za-z0-9+#])"
    # ... but "+" alone joins two skills ("Python+SQL"): only "++" refuses the end.
    end = r"(?![A-Za-z0-9#])(?!\+\+)" if alias[-1].isalnum() else r"(?![A-Za-z0-9])"
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
            before = _LOWER_NOT_AFTER.get(alias.lower(), "")
            cases.append(f"{before}(?-i:{low})(?!{_LOWER_UNLESS[alias.lower()]})")
        if (
            len(alias) == 1
        ):  # "C", "R": not "R&D", "C-level", "Plan C", "Objective-C", "a C in math"
            return f"{start}{_LETTER_BEFORE}(?:{'|'.join(cases)}){end}{_LETTER_AFTER}"
        return f"{start}(?:{'|'.join(cases)}){end}"
    return f"{start}{body}{end}"


_FOUND_MAX = 512
_FOUND_MAX_CHARS = 20_000
"""Each matcher keeps the mentions of its last ``_FOUND_MAX`` texts (of at most this length)."""


class _Matcher:
    """Leftmost-longest alias matching.

    One alternation per first character: at each position only the aliases that can start
    there are tried (one regex over a thousand aliases is ~50x slower in ``re``). Aliases are
    lower-cased and matched against the lower-cased text without ``re.IGNORECASE``, which makes
    compiling ~8x cheaper (the Latin alternations took ~1.5 s to compile on a cold start); the
    case-sensitive forms of ambiguous words ("Go", "R") are a second alternation on the text as
    typed. At one position the alias that comes first in the longest-first order wins, as in a
    single alternation.
    """

    def __init__(self, kind: MentionKind, names: dict[str, list[str]]) -> None:
        self.kind = kind
        entries: dict[str, tuple[str, str, bool]] = {}
        for item_id in sorted(names):
            for alias in names[item_id]:
                key = " ".join(alias.split())
                exact = key.lower() in _AMBIGUOUS
                key = key if exact else key.lower()
                pattern = _alias_pattern(alias if exact else alias.lower())
                if pattern is None or key in entries:
                    continue
                entries[key] = (item_id, pattern, exact)
        loose = {k.lower(): v[0] for k, v in entries.items() if v[2] and k.lower() in _TOOLS}
        self._loose_ids = loose
        self._loose = (
            re.compile(
                r"(?<![A-Za-z0-9+#])(?:"
                + "|".join(re.escape(w) for w in sorted(loose, key=len, reverse=True))
                + r")(?![A-Za-z0-9#])(?!\+\+)"
            )
            if loose
            else None
        )
        # Longest alias first, so each alternation prefers it at any one position.
        ordered = sorted(entries.items(), key=lambda kv: (-len(kv[0]), kv[0]))
        self._ids = [item_id for _, (item_id, _, _) in ordered]
        by_first: dict[tuple[str, bool], list[str]] = {}
        for n, (key, (_, pattern, exact)) in enumerate(ordered):
            by_first.setdefault((key[0].lower(), exact), []).append(f"(?P<g{n}>{pattern})")
        self._parts = {first: "|".join(parts) for first, parts in by_first.items()}
        self._firsts = {first for first, _ in self._parts}
        # Compiled on first use: a cold start only pays for the characters it meets.
        self._regexes: dict[tuple[str, bool], re.Pattern[str] | None] = {}
        # The mentions of the texts read last: one message is read by many readers (the
        # profiler's, the planner's, the constraint parser's clause by clause), each time again.
        self._found: OrderedDict[str, tuple[Mention, ...]] = OrderedDict()
        self._found_lock = threading.Lock()

    def _regex(self, first: str, exact: bool) -> re.Pattern[str] | None:
        key = (first, exact)
        if key not in self._regexes:
            source = self._parts.get(key)
            self._regexes[key] = re.compile(source) if source is not None else None
        return self._regexes[key]

    def _match_at(self, text: str, lowered: str, pos: int) -> re.Match[str] | None:
        first = lowered[pos]
        if first not in self._firsts:
            return None
        best: re.Match[str] | None = None
        for exact, subject in ((False, lowered), (True, text)):
            regex = self._regex(first, exact)
            m = regex.match(subject, pos) if regex is not None else None
            if m is None or m.lastgroup is None or m.end() == pos:
                continue
            if best is None or int(m.lastgroup[1:]) < int(str(best.lastgroup)[1:]):
                best = m
        return best

    def find(self, text: str) -> list[Mention]:
        """The mentions in ``text``, in order (a new list; the mentions are frozen)."""
        with self._found_lock:
            known = self._found.get(text)
            if known is not None:
                self._found.move_to_end(text)
                return list(known)
        found = self._find(text)
        if len(text) <= _FOUND_MAX_CHARS:
            with self._found_lock:
                self._found[text] = tuple(found)
                while len(self._found) > _FOUND_MAX:
                    self._found.popitem(last=False)
        return found

    def _find(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets
            lowered = "".join(ch.lower()[:1] for ch in text)
        pos, end = 0, len(text)
        while pos < end:
            m = self._match_at(text, lowered, pos)
            if m is None or m.lastgroup is None:
                pos += 1
                continue
            out.append(
                Mention(
                    kind=self.kind,
                    id=self._ids[int(m.lastgroup[1:])],
                    text=text[m.start() : m.end()],
                    start=m.start(),
                    end=m.end(),
                )
            )
            pos = m.end()
        return self._add_listed(text, lowered, out)

    def _add_listed(self, text: str, lowered: str, found: list[Mention]) -> list[Mention]:
        """Lower-case tool words ("go", "rust", "r") shown to be skills by their company: an
        item of a list of skills ("python, go and sql", "go/rust") or "in go", "using r"."""
        if self._loose is None:
            return found
        candidates = [
            m
            for m in self._loose.finditer(lowered)
            if not any(f.start < m.end() and m.start() < f.end for f in found)
        ]
        changed = bool(candidates)
        while changed:
            changed = False
            for m in list(candidates):
                listed = _listed(text, m.start(), m.end(), found)
                in_language = _IN_LANGUAGE.search(text[max(0, m.start() - 20) : m.start()])
                if listed or (in_language and _PHRASE_END.match(text, m.end())):
                    mention = Mention(
                        kind=self.kind,
                        id=self._loose_ids[m.group(0)],
                        text=text[m.start() : m.end()],
                        start=m.start(),
                        end=m.end(),
                    )
                    found = sorted([*found, mention], key=lambda f: f.start)
                    candidates.remove(m)
                    changed = True
        return found


class Lexicon:
    """Alias matchers for the skills and roles of one knowledge base."""

    def __init__(self, skills: dict[str, list[str]], roles: dict[str, list[str]]) -> None:
        self._skills = _Matcher("skill", skills)
        self._roles = _Matcher("role", roles)

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> Lexicon:
        skills = {
            s.id: [
                s.name.en,
                s.name.zh,
                *s.aliases,
                s.id.replace("_", " "),
                *EVERYDAY.get(s.id, []),
            ]
            for s in kb.skills.values()
        }
        return cls(skills, role_aliases(kb))

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


__all__ = ["EVERYDAY", "WIDER_TITLES", "Lexicon", "Mention", "get_lexicon", "role_aliases"]

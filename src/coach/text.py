"""Text basics shared by every part of coach: CJK detection, cleaning, language of a text.

One copy of each: the CJK character class, the cleaning every user turn goes through once, and
the rule that decides whether a text is Chinese or English.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The CJK ideograph ranges (Extension A, Unified, Compatibility), for use inside ``[...]``."""
CJK = re.compile(f"[{CJK_RANGES}]")
"""One CJK ideograph."""
CJK_RUN = re.compile(f"[{CJK_RANGES}]+")
LATIN = re.compile(r"[A-Za-z]")
LATIN_WORD = re.compile(r"[A-Za-z]+")

MAX_CHARS = 20_000
"""Longest text any reader looks at; the profiler trims a turn to 8,000 characters before."""

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u3000": " "})
_BLANKS = re.compile(r"[^\S\n]+")
# Chinese punctuation NFKC would fold to ASCII; kept as typed, so the user's words (quoted as
# evidence) stay theirs. Every reader accepts both forms.
CJK_PUNCT = "，：；！？（）"
_KEEP_PUNCT = re.compile(f"([{CJK_PUNCT}])")
_LINE_EDGES = re.compile(r" ?\n ?")
_BLANK_LINES = re.compile(r"\n{3,}")


def has_cjk(text: str) -> bool:
    """Whether ``text`` contains at least one CJK ideograph."""
    return CJK.search(text) is not None


def clean(text: str | None, limit: int | None = MAX_CHARS) -> str:
    """The one normalisation of a user's text, done once where the text comes in.

    Unicode NFKC (full-width digits and letters become ASCII; Chinese punctuation ，：；！？（）
    is kept as typed), curly quotes straight, control
    and format characters dropped (newlines kept), each run of spaces and tabs one space, at most
    one blank line in a row, outer whitespace stripped, at most ``limit`` characters (``None``: no
    limit). Idempotent: ``clean(clean(x)) == clean(x)``.

    Collapsing blanks is what keeps every reader linear: a pattern with two ``\\s*`` in a row
    over a run of 8,000 spaces would otherwise try every split of the run.
    """
    if not text:
        return ""
    raw = text if limit is None else text[: limit * 2]
    parts = _KEEP_PUNCT.split(raw)
    out = "".join(
        p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(parts)
    ).translate(_QUOTES)
    out = "".join(ch for ch in out if ch in "\n\t" or not unicodedata.category(ch).startswith("C"))
    out = _BLANK_LINES.sub("\n\n", _LINE_EDGES.sub("\n", _BLANKS.sub(" ", out)))
    return out.strip() if limit is None else out.strip()[:limit].strip()


def language_of(text: str, default: Literal["en", "zh"] = "en") -> Literal["en", "zh"]:
    """``zh`` when Chinese characters make up at least 40 % of the words (an ideograph counts
    as a word, an English word as one), else ``en``: "我是data engineer，主要用 Spark、Flink
    做实时数仓" is Chinese with English terms.

    A text with no letters at all (``"10"``) gets ``default``.
    """
    cjk = len(CJK.findall(text))
    latin = len(LATIN_WORD.findall(text))
    if cjk + latin == 0:
        return default
    if cjk == 0:
        return "en"
    return "zh" if cjk / (cjk + latin) >= 0.4 else "en"


SWITCH_MIN = 4
"""A turn switches the conversation's language only with at least this many words (English) or
ideographs (Chinese) of the other language: "1 year", "ok", "好的" answer, they do not switch."""


_FUNCTION_WORDS = re.compile(
    r"\b(?:i|i'm|i'd|i've|me|my|the|to|is|am|are|was|want|would|could|can|have|and|but|with|"
    r"for|what|how|please|you)\b",
    re.IGNORECASE,
)


def conversation_language(
    text: str, previous: Literal["en", "zh"] | str | None
) -> Literal["en", "zh"]:
    """The language to reply in after ``text``: its own language, except that a short answer in
    the other language keeps a conversation that already has one (a Chinese speaker typing
    "1 year" is still answered in Chinese)."""
    before: Literal["en", "zh"] | None = (
        "zh" if previous == "zh" else "en" if previous == "en" else None
    )
    own = language_of(text, default=before or "en")
    if before is None or own == before:
        return own
    if own == "en":
        # an English sentence, not a few English words ("weeknights 1h, weekends 3h each")
        words = LATIN_WORD.findall(text)
        sentence = len(words) >= 2 * SWITCH_MIN or (
            len(words) >= SWITCH_MIN and bool(_FUNCTION_WORDS.search(text))
        )
        return own if sentence else before
    return own if len(CJK.findall(text)) >= SWITCH_MIN else before

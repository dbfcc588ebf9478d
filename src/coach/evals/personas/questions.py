"""What kind of question a coach reply asks, read from the reply's text alone.

Three layers, most exact first (see ``evals/personas/README.md``):
1. the texts of the i18n catalog's question keys (any key of an ``ask.`` / ``*.ask`` family, or
   one naming a choice or a summary): a fixed fragment of the template found in the reply;
2. a confirmation cue in the last question ("is this right?", "对吗") -> ``confirm``; else a
   numbered list of two or more lines with a question -> ``choice``;
3. generous keyword patterns (en and zh) on the reply's last question sentence.
A reply with a question mark that matches none is ``other``; a reply with no question is None.
The graph's own ``asked`` field is only a tie-breaker for ``other`` (see ``drive.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from coach.i18n import MESSAGES

_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_NUMBERED = re.compile(
    r"^\s*(?:[-*#]+\s*)?(?:\*\*)?(?:option\s*|选项\s*)?[(（]?"
    r"(?:[1-9](?:\*\*)?(?:[.)、:：）]|\s+[-–—])|[①-⑨])",
    re.MULTILINE | re.IGNORECASE,
)
_QUESTION = re.compile(
    r"[?？]|\b(?:tell me|pick|choose|reply)\b|请(?:回复|选|告诉|说)|告诉我|回复\s*(?:编号|数字|\d)|"
    r"选一个|选择",
    re.I,
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "confirm",
        re.compile(
            r"is (?:this|that|it) (?:still )?(?:right|correct)|did i get|got (?:that|this) right|"
            r"anything (?:to )?(?:fix|change|correct)|here is what i understood|what i understood|"
            r"对吗|是否准确|还准确吗|有没有.*(?:不对|要改|需要修改)|我理解的|理解得对|确认一下",
            re.I,
        ),
    ),
    (
        "hours",
        re.compile(
            r"hours?\b|how much time|time (?:a|per) week|每周.*(?:小时|时间)|多少小时|几个?小时|投入多少",
            re.I,
        ),
    ),
    (
        "horizon",
        re.compile(
            r"by when|how long do you|how soon|time ?frame|timeline|deadline|months|make the switch|"
            r"多长时间内|多久|什么时候|期限|几个月|时间表",
            re.I,
        ),
    ),
    (
        "target",
        re.compile(
            r"which role|what role|move into|want to (?:become|do|be)|target|aim|direction|"
            r"哪个岗位|什么岗位|目标|方向|想转|转向|想做",
            re.I,
        ),
    ),
    (
        "background",
        re.compile(
            r"what do you do|current(?:ly)? (?:job|role|work)|your (?:job|background|experience)|"
            r"for how long|how many years|现在做什么|目前.*工作|你的背景|做了多久|几年|工作经历",
            re.I,
        ),
    ),
)


def _kind_of_key(key: str) -> str | None:
    name = key.lower()
    tokens = re.split(r"[._]", name)
    if not any(tok in ("ask", "question", "choose", "choice", "summary") for tok in tokens):
        return None
    if "how" in tokens:
        return None  # how a choice was made (quoted inside the summary), not a question
    for word, kind in (
        ("confirm", "confirm"),
        ("summary", "confirm"),
        ("choose", "choice"),
        ("choice", "choice"),
        ("pick", "choice"),
        ("hour", "hours"),
        ("horizon", "horizon"),
        ("deadline", "horizon"),
        ("target", "target"),
        ("role", "target"),
        ("background", "background"),
        ("current", "background"),
    ):
        if word in name:
            return kind
    return None


@lru_cache(maxsize=1)
def catalog_fragments() -> tuple[tuple[str, str], ...]:
    """(fragment, kind): the longest fixed piece of each question template, both languages."""
    found: list[tuple[str, str]] = []
    for key, texts in MESSAGES.items():
        kind = _kind_of_key(key)
        if kind is None:
            continue
        for text in texts:
            pieces = [p.strip() for p in _PLACEHOLDER.split(text) if len(p.strip()) >= 6]
            if pieces:
                found.append((max(pieces, key=len), kind))
    return tuple(sorted(found, key=lambda pair: -len(pair[0])))


def last_question(reply: str) -> str:
    """The last sentence with a question in it (or the whole reply's last line)."""
    parts = re.split(r"(?<=[.!。！？?])\s*|\n+", reply.strip())
    questions = [p for p in parts if _QUESTION.search(p)]
    return questions[-1] if questions else (parts[-1] if parts else "")


def numbered_items(reply: str) -> list[str]:
    """The lines of a numbered list in the reply ("1. ...", "2) ...", "**3.** ...")."""
    return [line for line in reply.splitlines() if _NUMBERED.match(line)]


def question_kind(reply: str) -> str | None:
    """``background``, ``target``, ``hours``, ``horizon``, ``choice``, ``confirm``, ``other`` or
    None (the reply asks nothing)."""
    text = reply.strip()
    if not text:
        return None
    for fragment, kind in catalog_fragments():
        if fragment in text:
            return kind
    asked = last_question(text)
    if _PATTERNS[0][1].search(asked):
        return "confirm"  # a numbered summary that asks "is this right?" is not a choice
    if len(numbered_items(text)) >= 2 and _QUESTION.search(text):
        return "choice"
    if not _QUESTION.search(asked):
        return None
    for kind, pattern in _PATTERNS:
        if pattern.search(asked):
            return kind
    return "other"

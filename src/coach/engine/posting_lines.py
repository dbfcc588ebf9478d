"""One requirement line of a job posting, read for what it asks (pure): its years ("3+ years",
"at least two years", "三年以上", "3-5年"), the level its words ask ("精通" / "expert" 3,
"熟悉" / "proficient" 2, "了解" / "familiarity" 1), whether a part of it is only "a plus", and
the part that is a degree ("Bachelor's in Computer Science, Statistics or a related field",
"本科及以上学历，计算机、统计学等相关专业"): a degree's subjects are not skills the posting asks for.
"""

from __future__ import annotations

import re

from coach.engine.numbers.numerals import NUM_EN, NUM_ZH, parse_number
from coach.text import has_cjk

PREFERRED = re.compile(
    r"\b(?:a\s+(?:big\s+|huge\s+|strong\s+)?plus|is\s+a\s+plus|nice[\s-]+to[\s-]+have|preferred|"
    r"preferably|bonus|ideally|desirable|advantageous|an\s+advantage|good\s+to\s+have|optional|"
    r"great\s+to\s+have|would\s+be\s+(?:great|nice|a\s+plus|helpful)|plus\s*[:：])(?!\w)|"
    r"优先|加分|更佳|者优先|为佳|更好|可选",
    re.IGNORECASE,
)
_YEARS = re.compile(
    rf"(?P<n>{NUM_EN})\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*\+?\s*)?(?:years?|yrs?)\b|"
    rf"(?P<z>{NUM_ZH})\s*(?:[-–~～至到]\s*{NUM_ZH}\s*)?年(?:以上|及以上)?(?!\d|[月底初])",
    re.IGNORECASE,
)
EXPERT = re.compile(
    r"\b(?:expert|deep|extensive|advanced|mastery|in-depth)\b|精通|深入|资深",
    re.IGNORECASE,
)
BASIC = re.compile(
    r"\b(?:familiarity|familiar|exposure|basics?|some|understanding\s+of|awareness)\b|了解|接触|基础",
    re.IGNORECASE,
)
LEVEL_WORD = re.compile(
    rf"{EXPERT.pattern}|{BASIC.pattern}|\b(?:proficien\w*|solid|hands-on|strong)\b|熟练|熟悉|掌握",
    re.IGNORECASE,
)
"""A comma-separated part with its own level word takes that level; else its clause's."""
_STEER = re.compile(
    r"推动|推进|跟进|跟踪|对接|协调|\b(?:drive|drives|driving|coordinate|coordinating|oversee|"
    r"overseeing|champion|championing)\b",
    re.IGNORECASE,
)
"""A part that steers others' work ("推动 Agent 功能落地", "drive the adoption of RAG"): knowing
the thing (level 1) is what it asks, not building it."""
_DEMAND = re.compile(
    r"\b(?:strong|solid|proficien\w*|excellent|expert\w*|deep|hands-on|must|required)\b",
    re.IGNORECASE,
)
"""A part that asks for its skill in its own words, whatever the rest of the clause prefers."""
CLAUSE_END = re.compile(r"[;；。]|(?<=[A-Za-z0-9)\]]{2})\.\s+|\s[-–—]\s")
PART_END = re.compile(r"[;；。，,|｜]")
_DEGREE = re.compile(
    r"\b(?:bachelor'?s?|master'?s?|ph\.?\s?d|doctorate|(?:university\s+)?degree|diploma)\b|"
    r"(?-i:\b(?:B\.?S\.?c?|M\.?S\.?c?|BA|MA|BEng|MEng|MBA)\b(?=\s*(?:/|or\b|in\b|degree|,|and\b)))|"
    r"本科|硕士|博士|学历|学位|大专|研究生|统招",
    re.IGNORECASE,
)
_DEGREE_TAIL = re.compile(
    r"\b(?:related|equivalent|similar|quantitative|technical)\b|\bfield\b|discipline|"
    r"相关专业|专业|方向|理工科",
    re.IGNORECASE,
)
"""How the list of a degree's subjects ends ("or a related field", "等相关专业", "方向优先")."""


def years(text: str) -> float | None:
    """The years a text asks for: the first of a range ("3-5 years": 3), 0 < years <= 30."""
    m = _YEARS.search(text)
    if m is None:
        return None
    raw = m.group("n") or m.group("z")
    value = parse_number(raw) if raw else None
    if value is None and raw:
        value = parse_number(raw.split()[0])
    return value if value is not None and 0 < value <= 30 else None


def level(text: str, asked_years: float | None) -> int:
    """3 for expert wording or 5+ years, 1 for familiarity, else 2 (working level)."""
    if (asked_years is not None and asked_years >= 5) or EXPERT.search(text):
        return 3
    if BASIC.search(text):
        return 1
    return 2


def steers(part: str) -> bool:
    """Whether a comma part steers others' work with no level word of its own."""
    return bool(_STEER.search(part)) and not LEVEL_WORD.search(part)


def clause(line: str, at: int, ends: re.Pattern[str] = CLAUSE_END) -> str:
    """The clause of ``line`` around position ``at`` ("Proficient in Go; Rust is a bonus":
    "a bonus" is only Rust's); with ``PART_END``, the comma-separated part ("3年以上经验，精通
    SQL，熟练使用 Python": "精通" is only SQL's)."""
    start = max((m.end() for m in ends.finditer(line, 0, at)), default=0)
    end = ends.search(line, at)
    return line[start : end.start() if end else len(line)]


def own_part(line: str, at: int, end: int, later: list[int]) -> str:
    """The comma part of the mention at ``at``..``end`` without a level word that only the next
    mention takes ("calling LLM APIs and basic prompt engineering": "basic" is the prompt
    engineering's); ``later``: where the line's other mentions start."""
    start = max((m.end() for m in PART_END.finditer(line, 0, at)), default=0)
    stop = PART_END.search(line, at)
    stop_at = stop.start() if stop else len(line)
    cut: list[tuple[int, int]] = []
    for other in sorted(later):
        if end <= other < stop_at:
            word = _LEVEL_BEFORE.search(line[end:other])
            if word is not None:
                cut.append((end + word.start(), other))
    text = line[start:stop_at]
    for a, b in reversed(cut):
        text = text[: a - start] + " " + text[b - start :]
    return text


_LEVEL_BEFORE = re.compile(rf"(?:{LEVEL_WORD.pattern})(?:\s+(?:knowledge|use)\s+of)?\s*$", re.I)


def preferred(line: str, at: int) -> bool:
    """Whether the skill at ``at`` is only "a plus": by its clause in English, unless its comma
    part asks for it in its own words ("Strong SQL, dbt a plus"); by its comma part in Chinese,
    where "X，有Y经验者优先" asks for X and prefers Y."""
    if has_cjk(line):
        return bool(PREFERRED.search(clause(line, at, PART_END)))
    if not PREFERRED.search(clause(line, at)):
        return False
    part = clause(line, at, PART_END)  # "Strong SQL and Python (pandas), dbt a plus"
    return not (_DEMAND.search(part) and not PREFERRED.search(part))


def _parts(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in PART_END.finditer(line):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def degree_span(line: str) -> tuple[int, int] | None:
    """Where the line asks for a degree: the part naming it, through the part that ends its list
    of subjects in the same clause, if one does ("..., Statistics, or a related field")."""
    parts = _parts(line)
    first = next((i for i, (s, e) in enumerate(parts) if _DEGREE.search(line, s, e)), None)
    if first is None:
        return None
    last = first
    for j in range(first + 1, len(parts)):
        s, e = parts[j]
        if CLAUSE_END.search(line, parts[j - 1][1], s + 1) or _YEARS.search(line, s, e):
            break
        if LEVEL_WORD.search(line, s, e) and not _DEGREE_TAIL.search(line, s, e):
            break
        if _DEGREE_TAIL.search(line, s, e):
            last = j
    return parts[first][0], parts[last][1]


_V = r"v?\d+(?:\.\d+)*(?:\.x|x)?\+?"
_VLIST = rf"{_V}(?:\s*/\s*{_V})*"
_V_AFTER = r"(?:\s+(?:or|and)\s+(?:later|above|newer|higher|up)\b|\s*[及或]?以上(?:版本)?|\s*版本)?"
_NOT_VERSION = (
    r"(?!\s*\+?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|h\b|%|[kK]\b|年|个?月|周|天|"
    r"小时|万|人))"
)
VERSION = re.compile(
    rf"(?:\s?[(（]\s*{_VLIST}\s*[)）]|\s?{_VLIST}(?![A-Za-z0-9_.%/]))" + _NOT_VERSION + _V_AFTER
)
"""A version or qualifier right after a name: "C++17", "Python 3.10+", "C++11/14", "Go (1.20+)",
"Java 8 or later", "CUDA 11 以上版本". It names no other thing and never hides the name."""
_NAMED = re.compile(r"[A-Za-z][A-Za-z+#.]*[A-Za-z+#]$")


def unversioned(line: str) -> tuple[str, list[int]]:
    """``line`` without the versions that follow names (a name of two or more characters, so
    "S3" and "H100" stay), and for each character left its position in ``line``."""
    kept: list[int] = []
    at = 0
    while at < len(line):
        m = VERSION.match(line, at) if at else None
        if m is not None and m.end() > at and _NAMED.search(line[max(0, at - 40) : at]):
            word = re.search(r"[A-Za-z+#.]+$", line[:at])
            if word is not None and len(word.group(0)) >= 2:
                at = m.end()
                continue
        kept.append(at)
        at += 1
    return "".join(line[i] for i in kept), kept


def version_end(line: str, end: int) -> int:
    """Where a name ending at ``end`` ends with its version ("C++17", "Java 8 or later")."""
    m = VERSION.match(line, end)
    return m.end() if m is not None and m.end() > end else end

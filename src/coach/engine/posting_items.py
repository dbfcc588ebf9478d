"""The items of a posting's list that name nothing the knowledge base knows (pure).

"Experience with scikit-learn, XGBoost, time series forecasting": scikit-learn and XGBoost are
named things; "time series forecasting", listed beside them, is a thing of the same kind that no
alias covers. It is said as the posting says it ("not covered by the knowledge base"), never
dropped and never mapped to a skill. Only a list of short names counts: "prompt engineering
and evaluating LLM outputs for accuracy and bias" is a sentence, not a list ("bias" is no
missing subject).
"""

from __future__ import annotations

import itertools
import re

_CLAUSES_EN = re.compile(r"[;；。]")
_CLAUSES_ZH = re.compile(r"[;；。，,]")
_LEAD = re.compile(
    r"\b(?:with|in|of|using|including|like|such\s+as|e\.g\.)\s+|[:：]\s*|"
    r"(?:熟悉|掌握|了解|精通|熟练使用|熟练掌握|熟练|使用|包括|具备|有)",
    re.IGNORECASE,
)
_SEP_EN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|\s*/\s*")
_SEP_ZH = re.compile(r"[、/]|以及|及|和|与|或")
_EN_ITEM = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}")
_EN_NOT = re.compile(
    r"\b(?:for|of|in|on|to|with|at|by|from|into|across|the|a|an|our|your|their|is|are|be|"
    r"similar|related|equivalent|other|others|etc|tools?|frameworks?|libraries|experience|"
    r"skills?|knowledge|plus|bonus|preferred|nice|have|years?|strong|solid|basic|good)\b",
    re.IGNORECASE,
)
_VERBS = frozenset(
    [
        "measure",
        "build",
        "design",
        "write",
        "run",
        "own",
        "lead",
        "manage",
        "deploy",
        "develop",
        "create",
        "maintain",
        "ship",
        "drive",
        "work",
        "partner",
        "support",
        "define",
        "improve",
        "monitor",
        "analyze",
        "analyse",
        "evaluate",
        "test",
        "implement",
        "integrate",
        "train",
        "optimize",
        "optimise",
        "deliver",
        "scale",
        "operate",
        "automate",
        "mentor",
        "review",
        "document",
        "present",
        "collaborate",
        "communicate",
        "translate",
        "turn",
        "help",
        "make",
        "use",
        "apply",
        "track",
        "report",
        "set",
        "keep",
        "explain",
        "coordinate",
        "plan",
        "prepare",
        "research",
        "investigate",
        "debug",
        "fix",
        "troubleshoot",
        "configure",
    ]
)
"""An item that starts with one of these is an action ("Design evaluation sets and measure
quality"), not a named subject."""
_ZH_ITEM = re.compile(r"[\u4e00-\u9fff]{4,10}")
_ZH_NOT = re.compile(
    r"相关|其他|等|经验|能力|优先|加分|意识|精神|良好|优秀|熟悉|了解|掌握|进行|负责|编写|完成|参与|"
    r"推动|能够|工作|业务|项目|团队|沟通|学历|专业|以上|排查|运维|维护|管理|部署|优化|落地|交付|支持"
)
_ZH_TAIL = re.compile(r"(?:等|者优先|优先|经验|能力|的使用|方法|算法)+$")
_EN_LONG = 4
_ZH_LONG = 16


def _covered(start: int, end: int, covered: list[tuple[int, int]]) -> bool:
    return any(start < c_end and c_start < end for c_start, c_end in covered)


def _items(
    line: str, start: int, end: int, chinese: bool, inside: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of the list items of ``line[start:end]``, after its lead-in ("Experience
    with", "熟悉") before the first covered name (``inside``: the covered spans of the clause)."""
    first = min(c[0] for c in inside)
    leads = [m for m in _LEAD.finditer(line, start, end) if m.end() <= first]
    begin = leads[-1].end() if leads else start
    colon = re.search(r"[:：]", line[start:end])
    if colon and any(b <= start + colon.start() for _, b in inside):
        return []  # "Control theory: PID, state-space, motor control": the skill's examples
    sep = _SEP_ZH if chinese else _SEP_EN
    spans: list[tuple[int, int]] = []
    at = begin
    for m in sep.finditer(line, begin, end):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, end))
    return [(a, b) for a, b in spans if line[a:b].strip(" .()（）")]


def _short(text: str, chinese: bool) -> bool:
    text = re.sub(r"[(（][^()（）]*[)）]", "", text).strip()
    if chinese:
        return len(text) <= _ZH_LONG
    return len(text.split()) <= _EN_LONG


def _candidate(text: str, chinese: bool) -> str | None:
    text = re.sub(r"[(（][^()（）]*[)）]", "", text).strip(" .，,")
    if chinese:
        text = _ZH_TAIL.sub("", text) if not _ZH_ITEM.fullmatch(text) else text
        ok = _ZH_ITEM.fullmatch(text) and not _ZH_NOT.search(text)
        return text if ok else None
    words = text.split()
    if not _EN_ITEM.fullmatch(text) or _EN_NOT.search(text):
        return None
    if words[0].lower() in _VERBS or (len(words) > 1 and words[0].endswith("ing")):
        return None  # "writing tests": a task, not a named subject
    return text if len(words) >= 2 else None  # "alerting", "deployment": a word of the list's skill


_DUTY_ZH = re.compile(r"\s*(?:\d[.、)]\s*|[-*•]\s*)?(?:负责|参与|协助|配合|包括)")
_ASK_ZH = re.compile(r"^\s*(?:\d[.、)]\s*)?(?:熟悉|掌握|精通|了解|熟练掌握|熟练使用|具备)")
_ASK_EN = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(?:strong|solid|deep|good|some|proven)\s+)?(?:experience|familiarity|"
    r"knowledge|expertise|proficiency)\s+(?:with|in|of)\s+",
    re.IGNORECASE,
)


def _asked_alone(line: str, start: int, end: int, chinese: bool) -> str | None:
    """A part of a line that asks for one thing, in words no alias names, beside parts that
    name skills ("熟悉XGBoost等机器学习算法，熟悉时间序列预测")."""
    part = line[start:end].strip(" ;；。，,")
    ask = (_ASK_ZH if chinese else _ASK_EN).match(part)
    if ask is None:
        return None
    return _candidate(part[ask.end() :], chinese)


def unnamed_items(
    line: str, covered: list[tuple[int, int]], other_senses: list[tuple[int, int]] | None = None
) -> list[str]:
    """The items of the line's lists ("A, B and C") that nothing covered names, beside at
    least one that a skill or a named term covers; ``covered``: the spans of those;
    ``other_senses``: names the KB knows, read in another sense here ("智能审核", a feature
    built): an item that is just one of those is no term the KB lacks, one that says more is
    ("causal inference" beside "inference")."""
    chinese = bool(re.search(r"[\u4e00-\u9fff]", line))
    clauses = _CLAUSES_ZH if chinese else _CLAUSES_EN
    bounds = [0, *(m.end() for m in clauses.finditer(line)), len(line)]
    out: list[str] = []
    for start, end in itertools.pairwise(bounds):
        inside = [c for c in covered if start <= c[0] < end]
        if not inside:
            asked = _asked_alone(line, start, end, chinese) if covered else None
            if asked and asked not in out:
                out.append(asked)  # "…，熟悉时间序列预测": a part asking for a thing no alias names
            continue
        spans = _items(line, start, end, chinese, inside)
        if len(spans) < 2 or not all(_short(line[a:b], chinese) for a, b in spans):
            continue
        if not any(_covered(a, b, covered) for a, b in spans):
            continue
        head = line[spans[0][0] : spans[0][1]].split()
        if not chinese and head and head[0].lower().strip("-*• ") in _VERBS:
            continue  # "Design evaluation sets and measure quality": actions, not a list
        if chinese and _DUTY_ZH.match(line, start):
            continue  # "负责…，包括知识库问答与智能审核": the duties' features, not asks
        for a, b in spans:
            if _covered(a, b, covered):
                continue
            item = _candidate(line[a:b], chinese)
            if item and any(item in line[c:d] for c, d in other_senses or []):
                continue
            if item and item not in out:
                out.append(item)
    return out

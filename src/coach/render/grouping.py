"""Lines that say one thing once for many skills: the deferred skills of a common reason, each
with its hours, and reviewer findings that differ only in the skill they name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.i18n import MESSAGES, t
from coach.knowledge.loader import KnowledgeBase
from coach.render.common import skill_name, whole
from coach.schemas import Finding, Language, Plan


def _fields(lang: Language, key: str) -> re.Pattern[str]:
    """A pattern for any text the catalog message ``key`` makes, capturing its values (in
    Chinese without the space ``i18n.format_zh`` set between a value and the template)."""
    en, zh = MESSAGES[key]
    text = zh if lang == "zh" else en
    gap = " ?" if lang == "zh" else ""
    out, last = "", 0
    for m in re.finditer(r"\{(\w+)\}", text):
        out += re.escape(text[last : m.start()]) + f"{gap}(?P<{m.group(1)}>.+?){gap}"
        last = m.end()
    return re.compile("^" + out + re.escape(text[last:]) + "$", re.S)


_GROUPED = ("partial", "capacity", "after_switch", "after_core")
"""Deferral reasons said once for all their skills, each skill with its own hours."""


_LINKED = ("needed_by", "prerequisite", "deeper")
"""Deferral reasons that name another skill: one line for all, each skill with the one it
goes with ("Observability (for LLMOps), ML fundamentals (for Deep learning): ...")."""


def _linked(lang: Language, reason: str, name: str) -> tuple[tuple[str, ...], str] | None:
    for kind in _LINKED:
        m = _fields(lang, f"plan.defer.{kind}").match(reason)
        if m is not None:
            other = m.group("name")
            return (f"#linked.{kind}",), t(
                lang, f"render.defer.{kind}.item", name=name, other=other
            )
    return None


def deferred_lines(plan: Plan, kb: KnowledgeBase) -> list[str]:
    """One line per reason, naming every skill deferred for it (no reason said twice); the
    common reasons are said once with each skill's hours after its name."""
    lang = plan.language
    shapes = {k: _fields(lang, f"plan.defer.{k}") for k in _GROUPED}
    by_reason: dict[tuple[str, ...], list[str]] = {}
    for d in plan.deferred:
        name = skill_name(kb, d.skill_id, lang)
        key: tuple[str, ...] = (d.reason,)
        linked = _linked(lang, d.reason, name)
        if linked is not None:
            key, name = linked
        for kind, pattern in shapes.items() if linked is None else ():
            m = pattern.match(d.reason)
            if m is not None:
                values = m.groupdict()
                need = _hours(values.pop("need", ""))
                key = (f"#{kind}", *sorted(f"{k}={v}" for k, v in values.items()))
                item = "render.defer.item_more" if kind == "partial" else "render.defer.item"
                name = t(lang, item, name=name, need=need) if need else name
                break
        names = by_reason.setdefault(key, [])
        if name not in names:
            names.append(name)
    sep, colon = t(lang, "render.sep"), t(lang, "render.colon")
    out = []
    for key, names in by_reason.items():
        if not key[0].startswith("#"):
            reason = _clause(key[0])
        elif key[0].startswith("#linked."):
            reason = t(lang, f"render.defer.{key[0][8:]}")
        else:
            values = dict(v.split("=", 1) for v in key[1:])
            reason = t(lang, f"render.defer.{key[0][1:]}", **values)
        out.append(f"- {sep.join(names)}{colon}{reason}")
    return out


def _hours(need: str) -> str:
    """The hours a deferral still needs as people read them: whole ("30.5" -> "31")."""
    try:
        return whole(float(need))
    except ValueError:
        return need


def _clause(reason: str) -> str:
    """A reason said after "skills:" as the other reasons are: no closing stop, and in English
    a small first letter unless the word is a name ("Waits until ..." -> "waits until ...")."""
    text = reason.strip().rstrip("。.")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


_GROUPED_FINDINGS = {"checks.core_deferred": "skill"}
"""Findings said once for every skill they name (catalog key -> the value that varies)."""


def grouped_findings(lang: Language, findings: Sequence[Finding]) -> list[str]:
    """One line per finding; findings of one message that differ only in the skill they name
    share a line naming every skill ("A, B and C are deferred while ... is scheduled")."""
    colon, sep = t(lang, "render.colon"), t(lang, "render.sep")
    shapes = {k: (_fields(lang, k), v) for k, v in _GROUPED_FINDINGS.items()}
    groups: dict[tuple[str, ...], list[str]] = {}
    for f in findings:
        key: tuple[str, ...] = (f.severity, f.message)
        for name, (pattern, vary) in shapes.items():
            m = pattern.match(f.message)
            if m is not None:
                values = m.groupdict()
                varying = values.pop(vary)
                key = (f.severity, name, vary, *sorted(f"{k}={v}" for k, v in values.items()))
                groups.setdefault(key, []).append(varying)
                break
        else:
            groups.setdefault(key, [])
    out = []
    for key, names in groups.items():
        severity = t(lang, f"render.severity.{key[0]}")
        if len(key) == 2:
            message = key[1]
        else:
            values = dict(v.split("=", 1) for v in key[3:])
            many = f"render.grouped.{key[1]}"
            key_used = many if len(set(names)) > 1 and many in MESSAGES else key[1]
            message = t(lang, key_used, **{key[2]: sep.join(dict.fromkeys(names)), **values})
        out.append(f"- {severity}{colon}{message}")
    return out

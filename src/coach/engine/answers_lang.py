"""The reply's language is the language of the message just typed, not the plan's: a Chinese
plan asked an English question is answered in English (and the other way round); a mixed
message by its dominant language, a short answer ("ok", "1 year") in the conversation's.

The answers read item titles, phase names and the project from the plan, which holds them in
its own language; :func:`in_language` gives a copy of the plan in the other language, each
string put back through the message catalog (the template it was made from, its values by
name from the knowledge base), so nothing is machine-translated and nothing is invented. A
string no template or record explains (a user's own words) is kept as it is.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from coach.i18n import MESSAGES, t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Text
from coach.schemas import Language, Plan
from coach.text import conversation_language, language_of

_FORMATTER = string.Formatter()
_MARK = re.compile(r"[~+\-•*·]\s+")
"""A list or diff mark before a value ("~ ", "- ", "+ "), kept as it is."""
_MIN_LITERAL = 2
"""A template must have at least this many characters of its own to explain a string (a bare
"{name}" or "{a}: {b}" explains anything)."""


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_WORDS = 3
"""A message switches the reply's language with at least this many words (English) or
characters (Chinese) of its own: "finished week 1 and 2", "第1周完成了" do; "ok", "好的",
"1 year" keep the conversation's."""


def reply_language(text: str, plan: Plan, previous: str | None = None) -> Language:
    """The language to answer ``text`` in: its own, or, for a short answer ("yes", "好的"),
    the conversation's (the coach's last message, else the plan's)."""
    base: Language = language_of(previous, default=plan.language) if previous else plan.language
    own = language_of(text, default=base)
    if own == base:
        return base
    if own == "en" and not _HAN.search(text) and len(_WORD.findall(text)) >= MIN_WORDS:
        return "en"
    if own == "zh" and len(_HAN.findall(text)) >= MIN_WORDS:
        return "zh"
    return conversation_language(text, base)


class _Template:
    __slots__ = ("anchor", "fields", "key", "pattern", "weight")

    def __init__(
        self, key: str, pattern: re.Pattern[str], fields: list[str], weight: int, anchor: str
    ):
        self.key, self.pattern, self.fields, self.weight = key, pattern, fields, weight
        self.anchor = anchor  # its longest literal, which a string it explains contains


@lru_cache(maxsize=2)
def _templates(lang: Language) -> tuple[_Template, ...]:
    """Every catalog message of ``lang`` as a pattern whose groups are its values."""
    out: list[_Template] = []
    for key, pair in MESSAGES.items():
        template = pair[1] if lang == "zh" else pair[0]
        compiled = _compile(key, template, lang)
        if compiled is not None:
            out.append(compiled)
    out.sort(key=lambda tp: -tp.weight)  # the most specific template first
    return tuple(out)


def _compile(key: str, template: str, lang: Language) -> _Template | None:
    parts: list[str] = []
    fields: list[str] = []
    literal_chars = 0
    gap = r"\s?" if lang == "zh" else ""  # format_zh sets a Latin value off with a space
    try:
        parsed = list(_FORMATTER.parse(template))
    except ValueError:
        return None
    for literal, field, _spec, _conv in parsed:
        parts.append(re.escape(literal))
        literal_chars += len(literal.strip())
        if field is None:
            continue
        if not field.isidentifier():
            return None
        if field in fields:
            parts.append(f"{gap}(?P={field}){gap}")
        else:
            fields.append(field)
            parts.append(f"{gap}(?P<{field}>.+?){gap}")
    if not fields or literal_chars < _MIN_LITERAL:
        return None
    try:
        pattern = re.compile("".join(parts), re.S)
    except re.error:
        return None
    literals = [literal.strip() for literal, *_ in parsed]
    return _Template(key, pattern, fields, literal_chars, max(literals, key=len))


@lru_cache(maxsize=2)
def _fixed(lang: Language) -> dict[str, str]:
    """The catalog messages of ``lang`` with no values, by their text ("入门", a job step):
    the plan's own keys first where two areas word a message the same."""
    out: dict[str, str] = {}
    keys = sorted(MESSAGES, key=lambda k: not k.startswith("plan."))
    for key in keys:
        template = MESSAGES[key][1] if lang == "zh" else MESSAGES[key][0]
        if "{" not in template and template.strip():
            out.setdefault(template.strip(), key)
    return out


_NAMES: dict[tuple[int, str], dict[str, str]] = {}


def _names(kb: KnowledgeBase, src: Language) -> dict[str, str]:
    """Every bilingual text of the knowledge base, from ``src`` to the other language (the
    knowledge base is loaded once per process, so the table is built once per language)."""
    key = (id(kb), src)
    if key not in _NAMES:
        out: dict[str, str] = {}
        for text in _texts(kb):
            a, b = (text.zh, text.en) if src == "zh" else (text.en, text.zh)
            out.setdefault(a.strip(), b.strip())
        _NAMES[key] = out
    return _NAMES[key]


def _texts(value: Any) -> Iterator[Text]:
    if isinstance(value, Text):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name))
    elif isinstance(value, dict):
        for v in value.values():
            yield from _texts(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _texts(v)


class _Translator:
    def __init__(self, kb: KnowledgeBase, src: Language, dst: Language) -> None:
        self.names = _names(kb, src)
        self.src, self.dst = src, dst
        self.templates = _templates(src)
        self.fixed = _fixed(src)
        self.seps = [t(src, "plan.list.sep"), "、", "；", "; ", ", ", "，"]

    def __call__(self, text: str, depth: int = 0) -> str:
        if not text or self.src == self.dst:
            return text
        lines = text.split("\n")
        if len(lines) > 1:
            return "\n".join(self(line, depth) for line in lines)
        stripped = text.strip()
        if stripped in self.names:
            return self.names[stripped]
        if (mark := _MARK.match(stripped)) and mark.end() < len(stripped):  # "~ Python 编程"
            return mark.group(0) + self(stripped[mark.end() :], depth)
        if stripped in self.fixed:
            return t(self.dst, self.fixed[stripped])
        if depth > 4 or _number(stripped):
            return text
        for tp in self.templates:
            if tp.anchor not in stripped:
                continue
            m = tp.pattern.fullmatch(stripped)
            if m is None:
                continue
            spec = _specs(tp.key, self.src)
            values = {f: _typed(self(m.group(f), depth + 1), spec.get(f)) for f in tp.fields}
            try:
                return t(self.dst, tp.key, **values)
            except (ValueError, KeyError, IndexError):
                continue
        for sep in self.seps:  # "Python、RAG": a list of names
            if sep.strip() and sep in stripped:
                parts = [self(p, depth + 1) for p in stripped.split(sep)]
                if parts != stripped.split(sep):
                    return t(self.dst, "plan.list.sep").join(parts)
        return text


def _number(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?\d+(?:[.,]\d+)?%?", text))


@lru_cache(maxsize=4096)
def _spec_table(key: str, lang: Language) -> tuple[tuple[str, str], ...]:
    pair = MESSAGES[key]
    template = pair[1] if lang == "zh" else pair[0]
    return tuple((f, spec or "") for _, f, spec, _ in _FORMATTER.parse(template) if f)


def _specs(key: str, lang: Language) -> dict[str, str]:
    other: Language = "en" if lang == "zh" else "zh"
    return dict(_spec_table(key, lang)) | dict(_spec_table(key, other))


def _typed(value: str, spec: str | None) -> Any:
    """A captured value, as the number a numeric format spec (``{hours:g}``) needs."""
    if spec and spec[-1:] in "gfdne%" and _number(value.rstrip("%")):
        number = float(value.replace(",", "."))
        return int(number) if spec.endswith("d") else number
    return value


_TEXT_FIELDS = frozenset(
    {
        "title", "deliverable", "practice", "name", "steps", "how_checked", "description",
        "interview_prep", "reason", "risks", "message", "alternative", "text", "words",
        "constraints", "phases", "items", "milestones", "portfolio_projects", "deferred",
        "options", "ambitions", "expectations", "strengths",
    }
)  # fmt: skip
"""The plan's fields that hold words the person reads (or hold models that do); codes, ids,
bands, levels and progress are left as they are."""


def _walk(value: Any, tr: _Translator) -> Any:
    """``value`` with every string of its text fields translated."""
    if isinstance(value, str):
        return tr(value)
    if isinstance(value, BaseModel):
        changes = {
            name: _walk(getattr(value, name), tr)
            for name in type(value).model_fields
            if name in _TEXT_FIELDS
        }
        return value.model_copy(update=changes)
    if isinstance(value, list):
        return [_walk(v, tr) for v in value]
    return value


def in_language(plan: Plan, lang: Language, kb: KnowledgeBase) -> Plan:
    """The plan with its user-facing strings in ``lang`` (the plan itself when it is already)."""
    if plan.language == lang:
        return plan
    tr = _Translator(kb, plan.language, lang)
    shown = _walk(plan, tr)
    assert isinstance(shown, Plan)
    role = kb.roles.get(plan.target)
    name = role.name.get(lang) if role is not None else tr(plan.target_name)
    return shown.model_copy(update={"language": lang, "target_name": name})


def translated(lines: list[str], src: Language, dst: Language, kb: KnowledgeBase) -> list[str]:
    """Lines made in ``src`` (a plan diff, a summary) put into ``dst`` the same way."""
    if src == dst:
        return lines
    tr = _Translator(kb, src, dst)
    return [tr(line) for line in lines]

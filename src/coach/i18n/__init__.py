"""One message catalog (en, zh) for every user-facing string: ``t(lang, key, **values)``.

The catalog is split into one module per area so that each area owns its keys; they are merged
here into one table, and a key defined twice is an error at import (caught by the tests).
"""

from __future__ import annotations

import re
import string
from typing import Any

from coach.i18n import (
    app,
    checks,
    choose,
    coach,
    coach_answers,
    coach_constraints,
    coach_fit,
    coach_help,
    coach_market,
    coach_requests,
    coach_turns,
    core,
    fit,
    helptext,
    mentor,
    plan,
    plan_judgement,
    profile,
    understand,
    understood,
)

_AREAS = (
    core,
    understand,
    plan,
    plan_judgement,
    checks,
    coach,
    coach_answers,
    coach_fit,
    coach_help,
    coach_market,
    coach_constraints,
    coach_requests,
    coach_turns,
    mentor,
    app,
    choose,
    understood,
    profile,
    fit,
    helptext,
)


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in _AREAS:
        for key, pair in area.MESSAGES.items():
            if key in merged:
                raise ValueError(f"message key {key!r} is defined twice ({area.__name__})")
            merged[key] = pair
    return merged


MESSAGES: dict[str, tuple[str, str]] = _merge()


def t(lang: str, key: str, **values: Any) -> str:
    """The message ``key`` in ``lang`` ('zh' or anything else for English). In Chinese, a value
    that begins or ends with a Latin letter is set off from the template's Chinese by a space
    ("转向 AI 应用工程师", "讲清 Docker 容器化"), as the catalog's own text is written."""
    en, zh = MESSAGES[key]
    text = zh if lang == "zh" else en
    if not values:
        return text
    return format_zh(text, values) if lang == "zh" else text.format(**values)


_FORMATTER = string.Formatter()
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def _gap(left: str, right: str) -> str:
    """ " " between a Chinese character and a Latin letter on either side of a join."""
    if not left or not right:
        return ""
    a, b = left[-1], right[0]
    latin_han = _LATIN.match(a) and _HAN.match(b)
    han_latin = _HAN.match(a) and _LATIN.match(b)
    return " " if latin_han or han_latin else ""


def format_zh(text: str, values: dict[str, Any]) -> str:
    """``text.format(**values)``, with a space where a value meets Chinese template text with a
    Latin letter (the values themselves, such as a user's words, are left as they are)."""
    out = ""
    after_value = False
    for literal, field, spec, conversion in _FORMATTER.parse(text):
        out += (_gap(out, literal) if after_value else "") + literal
        after_value = False
        if field is None:
            continue
        value, _ = _FORMATTER.get_field(field, (), values)
        value = _FORMATTER.convert_field(value, conversion)
        shown = _FORMATTER.format_field(value, _FORMATTER.vformat(spec or "", (), values))
        out += (_gap(out, shown) if literal else "") + shown
        after_value = True
    return out

"""One message catalog (en, zh) for every user-facing string: ``t(lang, key, **values)``.

The catalog is split into one module per area so that each area owns its keys; they are merged
here into one table, and a key defined twice is an error at import (caught by the tests).
"""

from __future__ import annotations

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
    """The message ``key`` in ``lang`` ('zh' or anything else for English)."""
    en, zh = MESSAGES[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text

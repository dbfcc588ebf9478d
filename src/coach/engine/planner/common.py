"""Small helpers every planner step shares: numbers and level words for text."""

from __future__ import annotations

from collections.abc import Iterable

from coach.i18n import t
from coach.schemas import Language


def num(x: float) -> str:
    """A number for text: at most one decimal, no trailing zero."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


def factor(x: float) -> str:
    """An hours factor for text: 0.35, 0.8."""
    return f"{x:g}"


def level_word(lang: Language, level: int) -> str:
    return t(lang, f"plan.level.{level}")


def join(lang: Language, parts: Iterable[str]) -> str:
    return t(lang, "plan.list.sep").join(parts)

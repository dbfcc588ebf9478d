"""How a kind of work is described: :class:`WorkField` and the pattern helper the tables use."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class WorkField:
    """A kind of work, how to recognise it, and which role families build on it."""

    id: str
    name_en: str
    name_zh: str
    pattern: re.Pattern[str]
    codes: bool
    """People in this field write code as part of the job."""
    families: dict[str, float] = field(default_factory=dict)
    """Role family -> how much a role of that family puts this field to use (0..1)."""
    shows: dict[str, int] = field(default_factory=dict)
    """Skill id -> the level two years or more of this work show (level 1 with fewer years)."""
    needs: str | None = None
    """Another field without which this one shows nothing (a science is a research tool only
    for someone who does research: a biology teacher is not a biologist)."""
    generic: re.Pattern[str] | None = None
    """Words that name this field only when no other field does: a bare "engineer" is a
    software engineer, a "civil engineer" is in civil engineering."""


def pattern(en: str, zh: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{en})(?:e?s)?\b|(?:{zh})", re.IGNORECASE)


NOT_BUILT = "(?<!建筑)(?<!室内)(?<!景观)(?<!规划)(?<!结构)"
"""Design words that an architect's, an interior or a landscape designer's title holds."""

"""Statistics as a trade: actuaries and statisticians (the experience model, COACHING.md B2)."""

from __future__ import annotations

import re

from coach.engine.planner.evidence import snippet
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language

NOTHING = re.compile(r"(?!x)x")
"""A pattern that never matches (the words are a background already)."""

STATISTICIAN = re.compile(
    r"\b(?:actuar\w*|statisticians?|biostatistic\w*|FSA|FIA|econometrician)\b|精算|统计师|生物统计",
    re.I,
)
"""Statistics is their trade: expert statistics, working maths; a GLM is a regression."""
MODELS_STATISTICALLY = re.compile(
    r"\b(?:GLMs?|regressions?|GBMs?|survival models?)\b|回归|广义线性", re.I
)


def statistician(
    levels: dict[str, tuple[int, str]], kb: KnowledgeBase, background: str, lang: Language
) -> None:
    """An actuary or statistician knows statistics at expert level and the maths for ML; one
    who builds GLMs or regressions has basic ML fundamentals (a short bridge, not a course).
    ``background``: the person's words about themselves (their wishes left out)."""
    if not STATISTICIAN.search(background):
        return
    evidence = t(lang, "plan.evidence.field", words=_clause(background, STATISTICIAN))
    _raise(levels, kb, "statistics", 3, evidence)
    _raise(levels, kb, "math_for_ml", 2, evidence)
    if MODELS_STATISTICALLY.search(background):
        said = t(lang, "plan.evidence.field", words=_clause(background, MODELS_STATISTICALLY))
        _raise(levels, kb, "ml_fundamentals", 1, said)


def _clause(words: str, pattern: re.Pattern[str]) -> str:
    return snippet(words, pattern, NOTHING)


def _raise(
    levels: dict[str, tuple[int, str]], kb: KnowledgeBase, sid: str, level: int, evidence: str
) -> None:
    if sid in kb.skills and levels.get(sid, (0, ""))[0] < level:
        levels[sid] = (level, evidence)

"""How hard a posting asks for each requirement (pure): its emphasis, its place in the
posting's order, how many lines name it, whether the title names it, and the weight all that
gives it, for the planner to weigh requirements as the posting does.

- emphasis: "stressed" ("must", "strong", "solid", "deep", "proven", "精通", "扎实", "必须",
  or three or more years asked), "light" ("familiarity", "exposure", "basic", "了解", "接触"),
  else "plain";
- weight: a required skill counts between ``REQUIRED_FLOOR`` and 1.0 (the title's own skill
  1.0; stressed or named on several lines higher, light or late in the list lower); a skill
  that is only "a plus" between ``PREFERRED_FLOOR`` and ``PREFERRED_TOP``. Every required
  weight stays above every preferred one.
"""

from __future__ import annotations

import re
from typing import Literal

from coach.engine.posting_lines import BASIC

Emphasis = Literal["stressed", "plain", "light"]

STRESS = re.compile(
    r"\b(?:must|strong(?:ly)?|solid|deep|extensive|expert\w*|excellent|proven|essential|"
    r"mastery|in-depth|advanced|critical|required|significant|demonstrated)\b|"
    r"精通|扎实|必须|深入|熟练掌握|资深|深厚|丰富",
    re.IGNORECASE,
)
STRESS_YEARS = 3.0
"""Asking for this many years or more stresses a skill ("3+ years of Python", "3年以上")."""

REQUIRED_BASE = 0.9
REQUIRED_FLOOR = 0.86
"""Above every role skill a posting does not require (the planner counts those at most 0.85)."""
PREFERRED_BASE = 0.5
PREFERRED_FLOOR = 0.4
PREFERRED_TOP = 0.6
STRESSED_BONUS = 0.05
LIGHT_CUT = 0.03
REPEATED_BONUS = 0.03
"""Named on two or more lines (the job's story and its list): the posting keeps coming back."""
ORDER_STEP = 0.01
"""Each place after the first ``ORDER_FREE`` of its kind costs this much (a posting lists what
matters most first)."""
ORDER_FREE = 3
_RANK = {"light": 0, "plain": 1, "stressed": 2}


def emphasis_of(text: str, asked_years: float | None) -> Emphasis:
    """How hard ``text`` (a requirement's own part of its line) asks for its skill."""
    if STRESS.search(text) or (asked_years is not None and asked_years >= STRESS_YEARS):
        return "stressed"
    if BASIC.search(text):
        return "light"
    return "plain"


def stronger(a: Emphasis, b: Emphasis) -> Emphasis:
    return a if _RANK[a] >= _RANK[b] else b


def requirement_weight(
    required: bool, emphasis: Emphasis, place: int, mentions: int, in_title: bool
) -> float:
    """The weight of one requirement: ``place`` is its 1-based place among the posting's
    requirements of the same kind (required, or "a plus")."""
    if required and in_title:
        return 1.0
    bonus = {"stressed": STRESSED_BONUS, "plain": 0.0, "light": -LIGHT_CUT}[emphasis]
    bonus += REPEATED_BONUS if mentions > 1 else 0.0
    bonus -= ORDER_STEP * max(0, place - ORDER_FREE)
    if required:
        return round(min(1.0, max(REQUIRED_FLOOR, REQUIRED_BASE + bonus)), 3)
    weight = PREFERRED_BASE + 2 * bonus if emphasis == "stressed" else PREFERRED_BASE + bonus
    return round(min(PREFERRED_TOP, max(PREFERRED_FLOOR, weight)), 3)

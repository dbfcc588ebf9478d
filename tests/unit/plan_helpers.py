"""Building a plan from a person's words, as several render and plan tests do."""

from __future__ import annotations

from datetime import date

from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.schemas import Plan, Profile

KB = load_kb()
START = date(2026, 1, 5)


_PLANS: dict[tuple[str, str, float, str, int], tuple[Plan, Profile]] = {}


def plan_for(
    text: str, role: str, hours: float, lang: str, weeks: int = 52
) -> tuple[Plan, Profile]:
    """The plan for someone who says ``text``, aiming at ``role`` with ``hours`` a week for
    ``weeks`` weeks, in ``lang``; and their profile.

    Built once per process for the same arguments (several tests read the same person's plan;
    understanding and planning are deterministic: a fixed start day, no clock, the shipped KB,
    which ``test_plan_properties`` checks), and every caller gets its own deep copy."""
    key = (text, role, hours, lang, weeks)
    if key not in _PLANS:
        _PLANS[key] = _plan_for(text, role, hours, lang, weeks)
    plan, profile = _PLANS[key]
    return plan.model_copy(deep=True), profile.model_copy(deep=True)


def _plan_for(text: str, role: str, hours: float, lang: str, weeks: int) -> tuple[Plan, Profile]:
    p = extract_profile(text, None, get_lexicon(KB), KB)
    p = p.model_copy(
        update={
            "hours_per_week": hours,
            "horizon_weeks": weeks,
            "target_role": role,
            "language": lang,
        }
    )
    return build_plan(p, research_role(KB, p, role), KB, start_date=START, said=[text]), p


def person(turns: list[str], target: str, hours: float, weeks: int) -> Profile:
    """The profile of someone who typed ``turns``, aiming at ``target`` with ``hours`` a week
    for ``weeks`` weeks."""
    p: Profile | None = None
    for turn in turns:
        p = extract_profile(turn, p, get_lexicon(KB), KB)
    assert p is not None
    return p.model_copy(
        update={"target_role": target, "hours_per_week": hours, "horizon_weeks": weeks}
    )

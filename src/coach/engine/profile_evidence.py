"""Which of the user's own words gave each field of their profile (for ``coach profile``).

The user's turns are read again, in order, the way intake read them; the turn that last set a
field to the value the profile holds is that field's evidence. A field whose value no turn
gives (a model refined it, or it came from memory) has no evidence rather than a guess.
"""

from __future__ import annotations

from typing import Any

from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile

FIELDS = (
    "current_role",
    "years_experience",
    "target_role",
    "target_unsure",
    "target_raw",
    "target_candidates",
    "hours_per_week",
    "horizon_weeks",
    "region",
    "constraints",
)
"""Profile fields that get evidence here (skills carry their own evidence)."""


def _value(profile: Profile, name: str) -> Any:
    return getattr(profile, name)


def profile_evidence(
    profile: Profile,
    turns: list[str],
    kb: KnowledgeBase,
    lexicon: Lexicon,
    chosen_by: str | None = None,
) -> dict[str, str]:
    """Field name -> the user's words that gave its current value (only fields that have one).

    ``chosen_by`` is the answer that picked the target from a numbered choice, if any.
    """
    evidence: dict[str, str] = {}
    replay: Profile | None = None
    for turn in turns:
        missing = (replay or Profile()).missing()
        before = replay or Profile()
        replay = extract_profile(turn, replay, lexicon, kb, asked=missing[0] if missing else None)
        for name in FIELDS:
            now = _value(replay, name)
            if (
                now != _value(before, name)
                and now == _value(profile, name)
                and now not in (None, [], False)
            ):
                evidence[name] = turn
    if chosen_by and profile.target_role:
        evidence["target_role"] = chosen_by
    return {k: v for k, v in evidence.items() if _value(profile, k) not in (None, [], False)}

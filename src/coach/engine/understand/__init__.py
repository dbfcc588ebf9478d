"""Understanding a turn (offline): text -> profile fields, one job per module.

- :mod:`.mentions` skills and roles named (aliases, fuzzy long aliases, BM25 over roles)
- :mod:`.cues` has / wants / negated cue words (en, zh)
- :mod:`.roles` the target role with a confidence (sure, close call, not in the KB, unsure)
- :mod:`.resolve` a target phrase no alias names: stems, skills, BM25 on its specific words
- :mod:`.coverage` whether the knowledge base covers what a phrase is about ("recommendation
  systems" is not covered: said plainly, with the closest roles)
- :mod:`.confirm` a plain yes or no to "is this right?"
- :mod:`.timing` hours, horizon and years (on :mod:`coach.engine.numbers`)
- :mod:`.background` the current role and region
- :mod:`.skills` skill claims and their merge
- :mod:`.implied` skills a background and known skills imply
- :mod:`.turn` :func:`extract_profile`, the whole turn
"""

from __future__ import annotations

from coach.engine.choice import pick_candidate
from coach.engine.understand.implied import apply_implied_skills
from coach.engine.understand.turn import ASKED_FIELDS, extract_profile
from coach.text import language_of as detect_language

__all__ = [
    "ASKED_FIELDS",
    "apply_implied_skills",
    "detect_language",
    "extract_profile",
    "pick_candidate",
]

"""An age inside the title ("I'm a 52-year-old nurse") is no part of the job and never hides
it; an age with no job after it gives no job."""

from __future__ import annotations

import pytest

from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

KB = load_kb()


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I'm a 52-year-old high school PE coach, no tech background at all.", "PE coach"),
        ("I'm a 52-year-old nurse", "nurse"),
        ("I'm a 45 year old accountant, 20 years in audit", "accountant"),
        ("I am a 38 yr old warehouse supervisor", "warehouse supervisor"),
    ],
)
def test_an_age_in_the_title_does_not_hide_the_job(text: str, role: str) -> None:
    profile = extract_profile(text, None, get_lexicon(KB), KB)
    assert profile.current_role is not None and role in profile.current_role
    assert "old" not in profile.current_role
    assert profile.years_experience != 52


def test_an_age_with_no_job_after_it_is_no_job() -> None:
    profile = extract_profile("I'm a 30-year-old with no job", None, get_lexicon(KB), KB)
    assert profile.current_role is None

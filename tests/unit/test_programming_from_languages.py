"""Programming is credited one step above the person's strongest language, expert only from
years of real use."""

from __future__ import annotations

import pytest

from coach.engine.planner.experience import read_experience
from coach.engine.understand import extract_profile
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon


@pytest.mark.parametrize(
    ("words", "level"),
    [
        ("QA engineer, 7 years. Java (basic)", 2),
        ("QA engineer, 7 years, I write our test automation in Java", 3),
    ],
)
def test_programming_follows_the_strongest_language(words: str, level: int) -> None:
    kb = load_kb()
    profile = extract_profile(words, None, get_lexicon(), kb)
    got = read_experience(profile, kb, [words]).levels["programming_fundamentals"][0]
    assert got == level

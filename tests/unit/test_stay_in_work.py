"""Staying in one's own work, said in any words, with AI: the in-job, non-coding target
(a translator "wants to stay in language work but with AI" was asked for a target 3 times)."""

from __future__ import annotations

import pytest

from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

KB = load_kb()


@pytest.mark.parametrize(
    "text",
    [
        "Translator for 15 years. I want to stay in language work but with AI.",
        "I want to keep doing accounting, just with AI",
        "I'd like to continue as a nurse but use AI tools",
        "keep working as a designer, with AI",
        "I want to keep my practice and get better with AI",
    ],
)
def test_staying_in_ones_work_with_ai_is_the_in_job_role(text: str) -> None:
    profile = extract_profile(text, None, get_lexicon(KB), KB)
    assert profile.target_role == "ai_augmented_professional"


@pytest.mark.parametrize(
    "text", ["I want to stay in AI research", "I want to keep doing backend work in Go"]
)
def test_staying_without_ai_in_ones_work_is_no_such_target(text: str) -> None:
    profile = extract_profile(text, None, get_lexicon(KB), KB)
    assert profile.target_role != "ai_augmented_professional"

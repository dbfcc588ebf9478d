"""Two wishes joined by "or" that point at different roles are a close call (a numbered
choice), not a sure pick of whichever side names a role's defining skill."""

from __future__ import annotations

import pytest

from coach.engine.understand import extract_profile
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon

KB = load_kb()
LEX = get_lexicon(KB)


@pytest.mark.parametrize(
    "wish",
    [
        "maybe designing AI products or an AI prototyper? not a hardcore engineer",
        "I'd like to do AI prototyping for customers or build RAG apps",
    ],
)
def test_two_wishes_joined_by_or_are_a_choice(wish: str) -> None:
    base = extract_profile("Graphic designer, 5 years.", None, LEX, KB)
    profile = extract_profile(wish, base, LEX, KB, asked="target")  # the answer to "which role?"
    assert profile.target_role is None
    assert len(profile.target_candidates) >= 2
    assert len(set(profile.target_candidates)) == len(profile.target_candidates)


def test_one_wish_with_a_defining_skill_is_still_a_sure_role() -> None:
    base = extract_profile("Graphic designer, 5 years.", None, LEX, KB)
    profile = extract_profile("I want to become an AI prototyper", base, LEX, KB, asked="target")
    assert profile.target_role == "forward_deployed_engineer"
    assert profile.target_candidates == []

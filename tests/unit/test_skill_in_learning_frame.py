"""A short skill name in lower case counts when a learning verb frames it ("should i learn go
too?"), and not as a plain verb ("i need to go now")."""

from __future__ import annotations

import pytest

from coach.engine.turns import classify_turn, skill_mentions
from coach.knowledge import load_kb


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("should i learn go too?", "golang"),
        ("do i need go", "golang"),
        ("is rust worth learning?", "rust"),
    ],
)
def test_a_lower_case_skill_in_a_learning_frame_is_a_skill_question(text: str, skill: str) -> None:
    kb = load_kb()
    assert [m.id for m in skill_mentions(text, kb)] == [skill]
    assert classify_turn(text, kb) == "skill_question"


@pytest.mark.parametrize("text", ["i need to go now", "let us go", "i want to know more"])
def test_a_plain_verb_is_no_skill(text: str) -> None:
    assert skill_mentions(text, load_kb()) == []

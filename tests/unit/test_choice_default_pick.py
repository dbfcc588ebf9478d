"""A bare "OK" to the list of roles takes the best fit and says so; it is never asked forever."""

from __future__ import annotations

import pytest

from coach.engine.choice import parse_choice
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon

KB = load_kb()
IDS = ["ai_application_engineer", "agent_engineer", "ai_augmented_professional"]


@pytest.mark.parametrize(
    "text", ["好的", "好", "行。", "ok", "Okay!", "sure, thanks", "嗯嗯", "yes"]
)
def test_going_along_with_the_list_takes_the_first_said_as_a_default(text: str) -> None:
    pick = parse_choice(text, IDS, KB, get_lexicon(KB))
    assert pick is not None and (pick.role_id, pick.how) == (IDS[0], "default_pick")


@pytest.mark.parametrize(
    "text",
    ["ok, the second one", "好的，第二个", "不好", "not sure", "ok but what does the second pay?"],
)
def test_an_ok_with_more_in_it_is_not_a_default(text: str) -> None:
    pick = parse_choice(text, IDS, KB, get_lexicon(KB))
    assert pick is None or pick.how != "default_pick"

"""After approval: a remark is no off-topic request, and asking the coach to approve is met
with the plan's real state (approved), not "waiting for a mentor"."""

from __future__ import annotations

import pytest

from coach.nodes.coach_retrieved import _REMARK


@pytest.mark.parametrize("text", ["hmm, interesting", "ok cool", "nice!", "wow…", "I see"])
def test_a_short_remark_is_a_remark(text: str) -> None:
    assert _REMARK.fullmatch(text)


@pytest.mark.parametrize(
    "text",
    [
        "what's the weather like",
        "is it cold?",
        "how do I cook rice",
        "tell me about the football results tonight please",
    ],
)
def test_a_question_or_a_longer_request_is_not(text: str) -> None:
    assert not _REMARK.fullmatch(text)

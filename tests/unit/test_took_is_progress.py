"""How long a finished piece took is progress, never a new horizon ("done with CI/CD, it took
me 3 weeks instead of 2" had re-planned a 39-week plan into 3 weeks)."""

from __future__ import annotations

import pytest

from coach.engine.changes import horizon_said


@pytest.mark.parametrize(
    "text",
    [
        "done with CI/CD, it took me 3 weeks instead of 2",
        "finished RAG, took 2 weeks",
        "the Python part needed 5 weeks, not 4",
        "RAG用了三周才学完",
        "提示词工程花了两周",
    ],
)
def test_time_a_piece_took_is_no_horizon(text: str) -> None:
    assert not horizon_said(text)


@pytest.mark.parametrize(
    "text", ["extend the plan to 40 weeks", "I need 6 more months", "我想改成一年内完成"]
)
def test_a_horizon_is_still_a_horizon(text: str) -> None:
    assert horizon_said(text)

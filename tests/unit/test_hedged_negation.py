"""A hedge before the "not" keeps it a "not": "Python基本没用过" is not Python at any level."""

from __future__ import annotations

import pytest

from coach.engine.understand import extract_profile
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon

KB = load_kb()


@pytest.mark.parametrize(
    "text",
    [
        "做了5年PHP开发，Python基本没用过",
        "Docker几乎没碰过，主要做测试",
        "干了8年运维，Go语言基本上不会",
    ],
)
def test_a_hedged_negation_gives_no_level(text: str) -> None:
    skills = extract_profile(text, None, get_lexicon(KB), KB).skills
    said = {s.skill_id for s in skills if s.level > 0}  # a "not" is kept at level 0
    assert not said & {"python", "docker", "golang"}


def test_a_plain_statement_still_counts() -> None:
    said = {
        s.skill_id for s in extract_profile("Python基本每天都用", None, get_lexicon(KB), KB).skills
    }
    assert "python" in said

"""Courtesy in a request ("..., please", "谢谢！") is not a part of it that was not applied."""

from __future__ import annotations

import pytest

from coach.engine.constraints import not_applied, parse_constraints
from coach.knowledge import load_kb

KB = load_kb()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Start with Python, thank you!", "start_with"),
        ("Please. Leave out Kubernetes", "exclude_skill"),
        ("把项目往后放一放吧，辛苦了", "project_later"),
        ("不要安排Kubernetes，多谢", "exclude_skill"),
    ],
)
def test_courtesy_is_neither_a_constraint_nor_a_note(text: str, kind: str) -> None:
    found = parse_constraints(text, KB)
    assert [c.kind for c in found] == [kind]
    assert not_applied(found) == []


def test_words_after_please_are_still_read_or_shown() -> None:
    found = parse_constraints("please, she should build it in Rust", KB)
    assert not_applied(found) == ["she should build it in Rust"]

"""A work field is named by whole words (a plural too), never by a word inside another."""

from __future__ import annotations

import pytest

from coach.engine.fields import fields_in


@pytest.mark.parametrize(
    ("words", "field", "present"),
    [
        ("hotel front desk manager, heard AI will change hospitality", "healthcare", False),
        ("doctoral researcher in chemistry", "healthcare", False),
        ("I work in hospitals as a ward nurse", "healthcare", True),
        ("lawyers at a small firm", "legal", True),
        ("I manage managers", "management", True),
    ],
)
def test_a_field_is_named_by_whole_words(words: str, field: str, present: bool) -> None:
    assert (field in {f.id for f in fields_in(words)}) is present

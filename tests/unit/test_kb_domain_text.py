"""The domain templates filled for every field read as plain English: no "drafts a draft shift
plan", no "drafts reply drafts" (an output named as a draft inside a sentence that drafts it)."""

from __future__ import annotations

import re

from coach.knowledge.projects import domain_fills, fill_template, written_templates

_TWICE = re.compile(r"\bdrafts?\b(?:\W+\w+){0,6}?\W+drafts?\b", re.IGNORECASE)


def test_no_filled_template_says_draft_twice() -> None:
    filled = [
        f
        for tpl in written_templates()
        if tpl.domain
        for fill in domain_fills()
        if (f := fill_template(tpl, fill)) is not None
    ]
    assert len(filled) > 50
    for f in filled:
        for text in (f.title.en, f.description.en):
            assert not _TWICE.search(text), text

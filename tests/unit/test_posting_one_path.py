"""One path for a question about the targeted posting after approval: ``asks_about_posting``
(engine/posting_ask) reads every wording the coach answers from the posting, and
``documents.posting_reply`` asks only it (no second detector in the answers lane)."""

from __future__ import annotations

import importlib.util

import pytest

from coach.engine.posting_ask import asks_about_posting


@pytest.mark.parametrize(
    "text",
    [
        "what does this role care about most?",
        "what matters most for the GPU infrastructure job?",
        "这个岗位最看重什么？",
        "what should I learn for this job?",
        "what are the key skills for their vacancy?",
        "这个职位要求什么？",
    ],
)
def test_posting_questions_are_read_by_the_one_detector(text: str) -> None:
    assert asks_about_posting(text), text


@pytest.mark.parametrize(
    "text",
    [
        "should I learn Go for this job?",
        "这个工作我需要学Java吗",
        "finished week 2",
        "is RAG useful?",
    ],
)
def test_other_turns_are_not_posting_questions(text: str) -> None:
    assert not asks_about_posting(text), text


def test_the_answers_lane_has_no_second_posting_detector() -> None:
    assert importlib.util.find_spec("coach.engine.answers_posting") is None

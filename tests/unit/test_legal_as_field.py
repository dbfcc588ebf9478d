""" "legal" naming the person's field ("a legal AI product job") is no question of law; "is it
legal?" still is (a paralegal asking whether a legal-AI job is realistic got a law answer)."""

from __future__ import annotations

import pytest

from coach.engine.turns_help import legal_question


@pytest.mark.parametrize(
    "text",
    [
        "Is it realistic to get a legal AI product job after this?",
        "I work in legal tech, will that help?",
        "做法律AI产品现实吗",
        "法律行业的人转AI难吗",
    ],
)
def test_legal_as_a_field_is_no_question_of_law(text: str) -> None:
    assert not legal_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "is using AI to screen candidates even legal?",
        "is it legal to put client data into ChatGPT?",
        "Is that legal in Germany?",
        "用AI审合同合法吗",
        "这样做符合法律吗",
    ],
)
def test_a_question_of_law_is_still_one(text: str) -> None:
    assert legal_question(text)

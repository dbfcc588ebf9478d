"""The summary before the plan ends with a question, and its answer is read (en, zh)."""

from __future__ import annotations

import pytest

from coach.engine.understand.confirm import is_no, is_yes
from coach.i18n import t


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_summary_ends_with_a_question(lang: str) -> None:
    text = t(lang, "understood.summary", lines="- Now: x")
    last = text.strip().splitlines()[-1]
    assert "?" in last or "？" in last


@pytest.mark.parametrize(
    "text", ["yes", "Yep, looks right.", "that's correct", "对", "对，没问题", "没错", "好的，谢谢"]
)
def test_a_plain_yes_confirms(text: str) -> None:
    assert is_yes(text) and not is_no(text)


@pytest.mark.parametrize("text", ["no", "nope", "not quite", "不对", "不是"])
def test_a_plain_no_asks_what_to_change(text: str) -> None:
    assert is_no(text) and not is_yes(text)


@pytest.mark.parametrize(
    "text",
    [
        "yes but only 6 hours",
        "no, 6 hours a week",
        "对，不过目标改成智能体工程师",
        "其实我不会Python",
    ],
)
def test_an_answer_with_a_change_is_neither(text: str) -> None:
    assert not is_yes(text) and not is_no(text)

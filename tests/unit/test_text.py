"""The shared text rules: which language a conversation continues in."""

from __future__ import annotations

from coach.text import conversation_language


def test_a_short_answer_in_the_other_language_keeps_the_conversation_language() -> None:
    assert conversation_language("1 year", "zh") == "zh"
    assert conversation_language("ok, 10 hours", "zh") == "zh"
    assert conversation_language("好的", "en") == "en"
    assert conversation_language("I would rather we talk in English from now on", "zh") == "en"
    assert conversation_language("我还是用中文说吧，方便一点", "en") == "zh"
    assert conversation_language("1 year", None) == "en"
    assert conversation_language("一年", None) == "zh"
    assert conversation_language("12", "zh") == "zh"

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


def test_a_non_coder_gets_roles_without_coding_first_and_the_programming_hours() -> None:
    from datetime import date

    from coach.engine.ranking import closest_for_person, programming_hours
    from coach.engine.understand import extract_profile
    from coach.knowledge import load_kb
    from coach.knowledge.lexicon import get_lexicon

    kb = load_kb()
    lexicon = get_lexicon(kb)
    today = date(2026, 12, 2)
    profile = extract_profile(
        "warehouse manager, 12 years, I never coded", None, lexicon, kb, today=today
    )
    profile = extract_profile(
        "AI product manager", profile, lexicon, kb, asked="target", today=today
    )
    profile = closest_for_person(profile, kb)
    assert profile.target_not_in_kb and profile.target_candidates
    hours = [programming_hours(kb, profile, r) for r in profile.target_candidates]
    assert hours[0] == 0  # a role without coding comes first
    assert hours == sorted(hours, key=lambda h: h > 0)
    assert all(
        h > 0
        for r, h in zip(profile.target_candidates, hours, strict=True)
        if r != "ai_augmented_professional"
    )


def test_a_coder_needs_no_programming_first() -> None:
    from datetime import date

    from coach.engine.ranking import programming_hours
    from coach.engine.understand import extract_profile
    from coach.knowledge import load_kb
    from coach.knowledge.lexicon import get_lexicon

    kb = load_kb()
    profile = extract_profile(
        "backend dev 5 years, Java and Python", None, get_lexicon(kb), kb, today=date(2026, 12, 2)
    )
    assert programming_hours(kb, profile, "agent_engineer") == 0

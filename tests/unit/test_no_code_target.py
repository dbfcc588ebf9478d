"""A coding role read from vague words is not a sure target for someone who will not code."""

from __future__ import annotations

from coach.engine.understand import extract_profile
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.schemas import Profile


def _read(text: str) -> Profile:
    return extract_profile(text, None, get_lexicon(), load_kb())


def test_no_coding_and_ai_in_their_own_work_is_the_role_without_coding() -> None:
    p = _read("我是做SaaS产品经理的，9年。我不想写代码，想做AI落地、用AI提升业务的方向")
    assert p.target_role == "ai_augmented_professional"


def test_no_coding_and_a_vague_coding_role_is_a_choice_with_the_no_code_role_first() -> None:
    p = _read("我不想写代码，想做AI落地")
    assert p.target_role is None
    assert p.target_candidates[0] == "ai_augmented_professional"
    assert len(p.target_candidates) >= 2


def test_the_same_words_without_the_refusal_keep_their_role() -> None:
    p = _read("想做AI落地")
    assert p.target_role not in (None, "ai_augmented_professional")

"""A thing turned down ("不要MLOps", "I don't want Kubernetes") is neither had nor wanted."""

from __future__ import annotations

import pytest

from coach.engine.understand import extract_profile
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.schemas import Profile

KB = load_kb()
BEFORE = Profile(current_role="记者", years_experience=9, hours_per_week=3, language="zh")


@pytest.mark.parametrize(
    ("text", "refused", "kept"),
    [
        ("不要MLOps，还是原来那个AI增强型职场人，只是侧重数据新闻", "mlops", None),
        ("别搞Docker了，太重", "docker", None),
        ("I use Docker daily but I don't want Kubernetes", "kubernetes", "docker"),
        ("我用Python，不想学Java", "java", "python"),
    ],
)
def test_a_refused_skill_is_not_a_skill(text: str, refused: str, kept: str | None) -> None:
    got = extract_profile(text, BEFORE, get_lexicon(KB), KB)
    levels = {s.skill_id: s.level for s in got.skills}
    assert levels.get(refused, 0) == 0
    if kept:
        assert levels[kept] >= 2


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "robot foundation models, embodied stuff, that's where I want to end up.",
            "embodied_ai_engineer",
        ),
        ("agent engineering, that's what I'd love to do", "agent_engineer"),
        ("我做了5年Java，智能体开发就是我想去的方向", "agent_engineer"),
    ],
)
def test_a_goal_said_after_the_role_names_the_target(text: str, role: str) -> None:
    assert extract_profile(text, None, get_lexicon(KB), KB).target_role == role

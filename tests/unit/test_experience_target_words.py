"""The target as the person named it is a wish, not their background: "AI application
engineer" typed as the answer to "which role?" must not make a designer a software engineer."""

from __future__ import annotations

import pytest

from coach.engine.planner.experience import read_experience
from coach.knowledge import load_kb
from coach.schemas import Profile

KB = load_kb()
SOFTWARE_SHOWS = ("git", "api_design", "linux", "data_structures_algorithms")


@pytest.mark.parametrize(
    ("now", "said", "target"),
    [
        (
            "UX designer",
            ["UX designer here, 6 yrs, figma", "AI application engineer"],
            "AI application engineer",
        ),
        ("建筑设计师", ["我是建筑设计师，做了8年", "AI应用工程师"], "AI应用工程师"),
    ],
)
def test_the_named_target_credits_no_software_background(
    now: str, said: list[str], target: str
) -> None:
    profile = Profile(
        current_role=now,
        years_experience=6,
        target_role="ai_application_engineer",
        target_raw=target,
    )
    exp = read_experience(profile, KB, said)
    assert [s for s in SOFTWARE_SHOWS if exp.level(s) > 0] == []


def test_a_software_engineer_is_still_credited_from_their_own_words() -> None:
    profile = Profile(
        current_role="backend engineer",
        years_experience=6,
        target_role="ai_application_engineer",
        target_raw="AI application engineer",
    )
    said = ["backend engineer, 6 years", "AI application engineer"]
    assert read_experience(profile, KB, said).level("git") >= 2

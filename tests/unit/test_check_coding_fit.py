"""The reviewer flags a coding role planned for someone who said they do not want to code."""

from __future__ import annotations

from datetime import date

from coach.engine.checks import review_plan
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

KB = load_kb()


def _review(text: str, target: str) -> list[str]:
    p = extract_profile(text, None, get_lexicon(KB), KB)
    p = p.model_copy(update={"target_role": target, "hours_per_week": 5, "horizon_weeks": 52})
    plan = build_plan(p, research_role(KB, p, target), KB, start_date=date(2026, 1, 5))
    review = review_plan(plan, p, KB)
    return [f.check for f in review.findings if f.severity == "error"]


def test_a_coding_core_for_a_no_code_person_is_an_error() -> None:
    text = "I taught maths for 12 years. I don't want to code."
    assert "coding_fit" in _review(text, "ai_infra_engineer")
    zh = "我是高中数学老师，教了12年书，不想写代码。"
    assert "coding_fit" in _review(zh, "agent_engineer")


def test_a_no_code_role_or_a_coder_is_not_flagged() -> None:
    assert "coding_fit" not in _review(
        "I taught maths for 12 years. I don't want to code.", "ai_augmented_professional"
    )
    assert "coding_fit" not in _review("Backend developer, 8 years of Go.", "agent_engineer")

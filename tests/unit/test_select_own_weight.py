"""What is left after the core is ordered by each requirement's own weight: a senior software
architect's plan took LLM evaluation (0.5) to working level while model serving (0.6) waited at
basic level, which the reviewer's core-first check rightly failed."""

from __future__ import annotations

from datetime import date

from coach.engine.checks import review_plan
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb


def test_a_lighter_requirement_never_goes_deeper_than_a_heavier_one_that_waits() -> None:
    kb = load_kb()
    text = (
        "I'm a software architect with 15 years of experience: Java, microservices, AWS, "
        "system design. I want to become an AI architect. 10 hours a week, within 12 months."
    )
    profile = extract_profile(text, None, get_lexicon(kb), kb, today=date(2026, 12, 2))
    assert profile.target_role == "ai_architect"
    plan = build_plan(
        profile, research_role(kb, profile, "ai_architect"), kb, start_date=date(2026, 12, 7)
    )
    review = review_plan(plan, profile, kb)
    assert not [f for f in review.findings if f.check == "core_first" and f.severity == "error"]

"""The role list's "about N h to close the gaps" and the plan count the same hours: when the
plan defers nothing, its learning hours are the figure the role list showed."""

from __future__ import annotations

from datetime import date

from coach.engine.planner import build_plan
from coach.engine.research import gap_hours, raw_gap_hours, research_role
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

KB = load_kb()


def test_the_role_list_and_the_plan_agree_on_the_hours() -> None:
    text = "I'm a high-school chemistry teacher, 10 years."
    p = extract_profile(text, None, get_lexicon(KB), KB)
    p = p.model_copy(
        update={
            "target_role": "ai_augmented_professional",
            "hours_per_week": 8,
            "horizon_weeks": 52,
        }
    )
    research = research_role(KB, p, "ai_augmented_professional")
    plan = build_plan(p, research, KB, start_date=date(2026, 1, 5))
    assert not plan.deferred
    learning = sum(i.hours for i in plan.items())
    assert abs(gap_hours(KB, p, "ai_augmented_professional") - learning) <= 1


def test_experience_shortens_the_figure_the_role_list_shows() -> None:
    text = "Go developer, 8 years, Go and Java in production."
    p = extract_profile(text, None, get_lexicon(KB), KB)
    assert gap_hours(KB, p, "agent_engineer") < raw_gap_hours(KB, p, "agent_engineer")

"""A mentor's "start with X" comes first: Git, the project tool a coding plan learns early,
goes after what the request leads with, not before it (en-mentor-order-resources-note)."""

from __future__ import annotations

from datetime import date

from coach.engine.constraints.parse import parse_constraints
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

KB = load_kb()
TEXT = (
    "I'm a marketing analyst, 4 years of SQL, Excel and some Python. I want to become an AI "
    "application engineer, 8 hours a week, within 12 months."
)


def _items(request: str) -> list[tuple[str, int]]:
    profile = extract_profile(TEXT, None, get_lexicon(KB), KB, today=date(2026, 12, 2))
    cons = parse_constraints(request, KB)
    research = research_role(KB, profile, "ai_application_engineer")
    plan = build_plan(
        profile, research, KB, start_date=date(2026, 12, 7), constraints=cons, said=[TEXT]
    )
    return [(i.skill_id, i.week_start) for ph in plan.phases for i in ph.items]


def test_what_a_request_leads_with_starts_before_git() -> None:
    items = _items("Start with prompt engineering, then bring RAG forward.")
    start = {s: min(w for k, w in items if k == s) for s, _ in items}
    assert start["prompt_engineering"] == 1
    assert start["git"] > start["prompt_engineering"]


def test_without_a_lead_git_is_still_learned_before_the_project() -> None:
    profile = extract_profile(TEXT, None, get_lexicon(KB), KB, today=date(2026, 12, 2))
    research = research_role(KB, profile, "ai_application_engineer")
    plan = build_plan(profile, research, KB, start_date=date(2026, 12, 7), said=[TEXT])
    git = min(i.week_start for ph in plan.phases for i in ph.items if i.skill_id == "git")
    project = min(p.week_start for p in plan.portfolio_projects)
    assert git < project

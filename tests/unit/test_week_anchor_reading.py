"""How a week binds a skill's start: "from", "starting", "in", "从第N周开始" anchor it there;
"by" / "最晚" is at the latest; "not before" / "不早于" / "after" is no earlier."""

from __future__ import annotations

import pytest

from coach.engine.constraints import parse_constraints
from coach.engine.constraints.apply import anchored_soonest
from coach.knowledge import load_kb


@pytest.mark.parametrize(
    ("text", "op", "week"),
    [
        ("start RAG from week 3", "set", 3),
        ("RAG starting in week 5", "set", 5),
        ("put RAG in week 4", "set", 4),
        ("make evals the core from week 3", "max", 3),  # the core by then, never later
        ("RAG by week 6", "max", 6),
        ("RAG not before week 8", "min", 8),
        ("RAG no earlier than week 8", "min", 8),
        ("RAG after week 8", "min", 9),
        ("从第3周开始学RAG", "set", 3),
        ("RAG从第4周开始", "set", 4),
        ("评估从第3周起作为核心", "max", 3),
        ("RAG第5周开始", "set", 5),
        ("RAG最晚第6周开始", "max", 6),
        ("RAG不早于第8周", "min", 8),
        ("RAG第8周以后", "min", 9),
    ],
)
def test_a_week_binds_a_skill_as_said(text: str, op: str, week: int) -> None:
    anchors = [c for c in parse_constraints(text, load_kb()) if c.kind == "week_anchor"]
    assert [(c.op, c.from_week) for c in anchors][:1] == [(op, week)], text


def test_skills_anchored_to_one_week_go_fewest_prerequisites_first() -> None:
    kb = load_kb()
    cons = parse_constraints("make agent frameworks and evaluation the core from week 3", kb)
    gaps = ["python", "llm_api_integration", "tool_calling", "agents", "agent_frameworks"]
    gaps += ["evaluation"]
    ordered = anchored_soonest(["agent_frameworks", "evaluation"], cons, gaps, kb)
    assert ordered == ["evaluation", "agent_frameworks"]
    later = parse_constraints("agent frameworks from week 3 and evaluation from week 20", kb)
    assert anchored_soonest(["agent_frameworks", "evaluation"], later, gaps, kb) == [
        "agent_frameworks",
        "evaluation",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("agent frameworks from week 3 and evaluation from week 20", "agent_frameworks"),
        ("RAG第3周开始，评估第20周开始", "rag"),
    ],
)
def test_each_week_binds_the_skills_named_before_it(text: str, first: str) -> None:
    anchors = [c for c in parse_constraints(text, load_kb()) if c.kind == "week_anchor"]
    assert [(c.skill_id, c.from_week) for c in anchors] == [(first, 3), ("evaluation", 20)], text

"""Hand-made runs for the persona checks' tests: a transcript and plan stages, no graph."""

from __future__ import annotations

import copy
from typing import Any

from coach.evals.personas.drive import Run, Turn
from coach.evals.personas.model import Persona

PERSONA = Persona.model_validate(
    {"id": "t", "language": "en", "person": "test", "first": ["hi"], "expect": {"x": 1}}
)

ITEMS = [
    {"skill_id": "python", "hours": 20, "week_start": 1, "week_end": 3, "resource_ids": []},
    {"skill_id": "rag", "hours": 40, "week_start": 3, "week_end": 8, "resource_ids": []},
    {"skill_id": "evaluation", "hours": 10, "week_start": 9, "week_end": 10, "resource_ids": []},
]
PLAN: dict[str, Any] = {
    "version": 1,
    "target": "ai_application_engineer",
    "language": "en",
    "hours_per_week": 8.0,
    "horizon_weeks": 52,
    "weekly_hours": [8.0] * 52,
    "phases": [{"kind": "core", "items": ITEMS}],
    "gaps": [{"skill_id": s} for s in ("python", "rag", "evaluation", "docker")],
    "portfolio_projects": [
        {
            "title": "Contract Q&A",
            "description": "Answer questions over legal contracts",
            "skill_ids": ["rag", "python"],
            "week_start": 9,
            "week_end": 12,
        }
    ],
    "feasible": True,
    "constraints": [],
    "assumptions": [],
    "message": "",
}
PROFILE: dict[str, Any] = {
    "current_role": "lawyer",
    "years_experience": 6.0,
    "skills": [{"skill_id": "sql", "level": 2, "evidence": "I write SQL"}],
    "target_role": "ai_application_engineer",
}


def plan(**changes: Any) -> dict[str, Any]:
    doc = copy.deepcopy(PLAN)
    doc.update(changes)
    return doc


def stage(plan_doc: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "status": "awaiting_mentor",
        "plan": plan_doc if plan_doc is not None else plan(),
        "review": {"verdict": "pass", "findings": []},
        "profile": copy.deepcopy(PROFILE),
        "markdown": "# Plan v1\n\n- python 20 h\n",
        "interrupt": "",
        "state": {},
    }
    doc.update(extra)
    return doc


def run(
    turns: list[tuple[str, str, str | None]] | None = None,
    stages: dict[str, dict[str, Any]] | None = None,
    phase: str = "intake",
) -> Run:
    """``turns`` as (who, text, kind); every stage defaults to one plan in front of the mentor."""
    result = Run(PERSONA)
    for who, text, kind in turns or []:
        result.turns.append(Turn(who, text, phase, kind))
    result.stages = stages if stages is not None else {"draft": stage(), "final": stage()}
    return result


def after_run(replies: list[str], **stages: dict[str, Any]) -> Run:
    """A run approved, then one user turn and its reply per entry of ``replies``."""
    result = run(stages={"draft": stage(), "approved": stage(), "final": stage(), **stages})
    for step, reply in enumerate(replies, start=1):
        result.turns.append(Turn("user", f"question {step}", "after", step=step))
        result.turns.append(Turn("coach", reply, "after", None, step=step))
    return result

"""The plan as JSON: the full detail (every field of the plan and the review)."""

from __future__ import annotations

import json
from typing import Any

from coach.schemas import Plan, Review


def plan_json(plan: Plan, review: Review | None, status: str, **extra: Any) -> str:
    doc: dict[str, Any] = {
        "status": status,
        "plan": plan.model_dump(mode="json"),
        "review": review.model_dump(mode="json") if review else None,
        **extra,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)

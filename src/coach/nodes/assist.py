"""Where a chat model helps the nodes. Offline, each function returns the engine's result as is.

The engine stays the authority: a model may word things and fill fields the user gave, but
never changes numbers, order, coverage or grounding.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from coach.context import Context
from coach.schemas import Plan, Profile, Review, RoleResearch


def _offline(runtime: Runtime[Context]) -> bool:
    return runtime.context.model == "offline"


def refine_profile(runtime: Runtime[Context], text: str, profile: Profile) -> Profile:
    if _offline(runtime):
        return profile
    return profile


def annotate_research(
    runtime: Runtime[Context], profile: Profile, research: RoleResearch
) -> RoleResearch:
    return research


def word_plan(
    runtime: Runtime[Context], profile: Profile, research: RoleResearch, plan: Plan
) -> Plan:
    return plan


def critique_plan(
    runtime: Runtime[Context], profile: Profile, plan: Plan, review: Review
) -> Review:
    return review


def answer_question(
    runtime: Runtime[Context], text: str, plan: Plan, hits: list[dict[str, Any]], offline: str
) -> str:
    return offline

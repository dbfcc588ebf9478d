"""reviewer: hard checks by code, an optional critique by a model; bounded revision loop."""

from __future__ import annotations

from typing import Literal

from langchain_core.messages import AIMessage
from langgraph.config import get_config
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.checks import AMBITION_CHECK, review_plan
from coach.engine.constraints import notes_constraints, requests_not_applied
from coach.engine.posting_checks import posting_review
from coach.engine.whole_hours import whole
from coach.i18n import t
from coach.knowledge import load_kb
from coach.nodes.assist import critique_plan
from coach.nodes.common import emit, lang_of, profile_of, progress, touch_session
from coach.schemas import Plan, Review
from coach.state import CoachState
from coach.store import remembered_posting


def reviewer(
    state: CoachState, runtime: Runtime[Context]
) -> Command[Literal["planner", "mentor_review"]]:
    lang = lang_of(state)
    progress("reviewer", lang)
    kb = load_kb()
    profile = profile_of(state)
    if profile.language != lang:  # as the planner reads it: the conversation's language (an
        profile = profile.model_copy(update={"language": lang})  # English role name is no switch)
    plan = Plan.model_validate(state["plan"])
    constraints = notes_constraints(state.get("mentor_notes") or [], kb, plan.start_date)
    revisions = int(state.get("revisions") or 0)
    review = review_plan(plan, profile, kb, constraints, revisions)
    posting = remembered_posting(runtime.store, runtime.context.user_id)
    review = posting_review(review, plan, posting, profile, kb, lang)
    review = critique_plan(runtime, profile, plan, review, int(state.get("turn") or 0))
    emit(
        {
            "type": "review",
            "round": revisions,
            "verdict": review.verdict,
            "findings": [f.model_dump(mode="json") for f in review.findings],
        }
    )
    if review.verdict == "revise" and revisions < runtime.context.max_revisions:
        return Command(
            goto="planner",
            update={"review": review.model_dump(mode="json"), "revisions": revisions + 1},
        )
    session = str(get_config().get("configurable", {}).get("thread_id", ""))
    ambition = plan.feasible and any(f.check == AMBITION_CHECK for f in review.findings)
    verdict = (
        t(lang, "checks.verdict.ambition") if ambition else t(lang, f"verdict.{review.verdict}")
    )
    message = t(
        lang,
        "draft_ready",
        target=plan.target_name,
        weeks=plan.horizon_weeks,
        hours=f"{plan.hours_per_week:g}",
        total=whole(plan.total_hours),
        verdict=verdict,
        session=session,
    )
    message += unfixed_line(review, lang)  # never silent, said once and briefly
    touch_session(
        runtime,
        status="awaiting_mentor",
        target=plan.target,
        verdict=review.verdict,
        plan_version=plan.version,
        not_applied=requests_not_applied(
            list(state.get("mentor_notes") or []), kb, plan.start_date
        ),
    )
    return Command(
        goto="mentor_review",
        update={
            "review": review.model_dump(mode="json"),
            "status": "awaiting_mentor",
            "messages": [AIMessage(message)],
        },
    )


def unfixed_line(review: Review, lang: str) -> str:
    """What the bounded revise loop left, once and briefly: the one error, or how many there
    are and the first (the mentor sees them all). An ambition is said by the verdict and the
    plan's own section, not again here."""
    errors = list(
        dict.fromkeys(
            f.message.rstrip("。. ")
            for f in review.findings
            if f.severity == "error" and f.check != AMBITION_CHECK
        )
    )
    if not errors:
        return ""
    if len(errors) == 1:
        return t(lang, "checks.unfixed.one", finding=errors[0])
    return t(lang, "checks.unfixed.many", count=len(errors), first=errors[0])

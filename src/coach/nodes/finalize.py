"""finalize: mark the plan approved and remember it for the user.

Its store writes are keyed puts (one item per session), so a finalize re-run after a crash
writes the same values again: idempotent.
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage
from langgraph.config import get_config
from langgraph.runtime import Runtime

from coach.context import Context
from coach.i18n import t
from coach.nodes.common import emit, lang_of, progress, touch_session
from coach.schemas import Plan
from coach.state import CoachState
from coach.store import remember_approved_plan


def finalize(state: CoachState, runtime: Runtime[Context]) -> dict[str, Any]:
    lang = lang_of(state)
    progress("finalize", lang)
    plan = Plan.model_validate(state["plan"])
    decision = (state.get("decisions") or [{}])[-1]
    session = str(get_config().get("configurable", {}).get("thread_id", ""))
    remember_approved_plan(
        runtime.store,
        runtime.context.user_id,
        session,
        {"plan": plan.model_dump(mode="json"), "decision": decision},
    )
    touch_session(runtime, status="approved", plan_version=plan.version)
    emit({"type": "approved", "version": plan.version, "mentor_id": decision.get("mentor_id")})
    message = t(lang, "approved", mentor=decision.get("mentor_id", "?"), start=plan.start_date)
    return {"status": "approved", "messages": [AIMessage(message)]}

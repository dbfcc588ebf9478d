"""coach: after approval, answer questions, take progress check-ins, and re-plan on change."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.extract import extract_profile
from coach.i18n import t
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.retrieval import get_index
from coach.nodes.assist import answer_question
from coach.nodes.common import END_TURN, emit, last_user_text, profile_of, progress, touch_session
from coach.schemas import Plan
from coach.state import CoachState

_WEEK_DONE = re.compile(
    r"(?:finished|completed|done with|through)\s+week\s+(\d+)|完成了?第\s*(\d+)\s*周|第\s*(\d+)\s*周.*(?:完成|做完|学完)",
    re.IGNORECASE,
)
_THIS_WEEK = re.compile(r"this week|what'?s next|next step|本周|这周|下一步|接下来", re.IGNORECASE)


def items_in_week(plan: Plan, week: int) -> list[str]:
    return [i.title for i in plan.items() if i.week_start <= week <= i.week_end]


def current_week(plan: Plan, today: date) -> int:
    return max(1, min(plan.horizon_weeks, (today - plan.start_date).days // 7 + 1))


def coach(state: CoachState, runtime: Runtime[Context]) -> Command[Literal["planner", "__end__"]]:
    text = last_user_text(state)
    profile = profile_of(state)
    lang = profile.language
    progress("coach", lang)
    kb = load_kb()
    plan = Plan.model_validate(state["plan"])

    # A change of hours or horizon means a new plan, which goes back through review and a mentor.
    updated = extract_profile(text, profile, get_lexicon(kb), kb, asked=None)
    changes = [
        f"{name}: {old} -> {new}"
        for name, old, new in (
            ("hours/week", profile.hours_per_week, updated.hours_per_week),
            ("weeks", profile.horizon_weeks, updated.horizon_weeks),
        )
        if new is not None and new != old
    ]
    if changes:
        emit({"type": "replan", "changes": changes})
        touch_session(runtime, status="drafting")
        return Command(
            goto="planner",
            update={
                "profile": updated.model_dump(mode="json"),
                "revisions": 0,
                "review": None,
                "status": "drafting",
                "messages": [AIMessage(t(lang, "coach.replan", change="; ".join(changes)))],
            },
        )

    reply: str
    match = _WEEK_DONE.search(text)
    if match:
        week = int(next(g for g in match.groups() if g))
        upcoming = items_in_week(plan, week + 1)
        nxt = (
            t(lang, "coach.next_items", items="; ".join(upcoming))
            if upcoming
            else t(lang, "coach.plan_done")
        )
        reply = t(lang, "coach.progress_noted", week=week, next=nxt)
        emit({"type": "progress_checkin", "week": week})
    elif _THIS_WEEK.search(text):
        week = current_week(plan, runtime.context.today or date.today())
        reply = t(lang, "coach.plan_week", week=week, items="; ".join(items_in_week(plan, week)))
    else:
        hits = get_index(kb).search(text, k=3)
        lines = [
            f"- {(h.title_zh if lang == 'zh' else h.title_en)} [{h.kind}: {h.id}"
            + (f", {h.source_id}" if h.source_id else "")
            + "]"
            for h in hits
        ]
        facts = [
            kb.facts[h.id].text.get(lang) + f" [{kb.facts[h.id].source_id}]"
            for h in hits
            if h.kind == "fact"
        ]
        offline = (
            t(lang, "coach.answer", hits="\n".join(facts + lines))
            if hits
            else t(lang, "coach.no_answer")
        )
        history = [f"{m.type}: {m.content}" for m in (state.get("messages") or [])[-7:-1]]
        reply = answer_question(
            runtime,
            text,
            plan,
            [h.model_dump() for h in hits],
            history,
            offline,
            int(state.get("turn") or 0),
        )
    update: dict[str, Any] = {"messages": [AIMessage(reply)]}
    return Command(goto=END_TURN, update=update)

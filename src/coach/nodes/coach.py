"""coach: after approval, answer questions, take progress check-ins, and re-plan on change."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.understand import extract_profile
from coach.i18n import t
from coach.knowledge import KnowledgeBase, load_kb
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


def describe_hit(kb: KnowledgeBase, plan: Plan, kind: str, record_id: str, lang: str) -> str:
    """One knowledge-base hit as an answer line, tied to the user's plan where it can be."""
    zh = lang == "zh"
    if kind == "skill":
        skill = kb.skills[record_id]
        name = skill.name.get("zh" if zh else "en")
        items = [i for i in plan.items() if i.skill_id == record_id]
        titles = [kb.resources[r].title for r in skill.resources[:3] if r in kb.resources]
        reading = (
            (("；资料：" if zh else "; resources: ") + ("、" if zh else "; ").join(titles))
            if titles
            else ""
        )
        if items:
            first, last = items[0], items[-1]
            hours = sum(i.hours for i in items)
            where = (
                f"在你的计划第 {first.week_start}-{last.week_end} 周（{hours:g} 小时）"
                if zh
                else f"in your plan in weeks {first.week_start}-{last.week_end} ({hours:g} h)"
            )
            sep = "；" if zh else "; "
            return f"- {name}: {where}{sep}{first.deliverable}{reading}"
        hours = skill.hours[2]
        missing = (
            f"不在你的计划里（从零到熟练约 {hours} 小时）"
            if zh
            else f"not in your plan (about {hours} h from zero to working level)"
        )
        return f"- {name}: {missing}{reading}"
    if kind == "fact":
        fact = kb.facts[record_id]
        return f"- {fact.text.get('zh' if zh else 'en')} [{fact.source_id}]"
    if kind == "role":
        role = kb.roles[record_id]
        return f"- {role.name.get('zh' if zh else 'en')}: {role.summary.get('zh' if zh else 'en')}"
    resource = kb.resources[record_id]
    taught = "、".join(kb.skills[s].name.get("zh" if zh else "en") for s in resource.skills[:3])
    about = (
        f"（{resource.kind}，约 {resource.hours} 小时，讲{taught}）"
        if zh
        else (f" ({resource.kind}, about {resource.hours} h; teaches {taught})")
    )
    return f"- {resource.title}{about} [{resource.source_id}]"


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
        answers = [describe_hit(kb, plan, h.kind, h.id, lang) for h in hits]
        offline = (
            t(lang, "coach.answer", hits="\n".join(answers)) if hits else t(lang, "coach.no_answer")
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

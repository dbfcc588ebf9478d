"""coach: a check-in ("finished week 2", "第3周完成了", "落后了两周") kept as progress in the
state and in both plans; a change said with it re-plans from the weeks now done."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.answers import current_items, plurals
from coach.engine.answers_lang import in_language
from coach.engine.answers_life import hard_going_line
from coach.engine.changes import read_change
from coach.engine.lighter import lighter_plan
from coach.engine.progress import apply_checkin, done_through, without_week_refs
from coach.engine.turns import discouraged
from coach.engine.understand import extract_profile
from coach.i18n import t
from coach.knowledge import KnowledgeBase, load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.nodes.coach_answer import lighter_trial
from coach.nodes.coach_kinds import hours_reply
from coach.nodes.coach_replan import Next, gap, replan, today_of, turn_language
from coach.nodes.common import emit, last_user_text
from coach.schemas import CheckIn, Plan, Profile, Progress
from coach.state import CoachState

BEHIND_REPLAN = 2
"""More weeks behind than this: the coach offers a re-plan (the light weeks absorb less)."""


def checkin_turn(
    state: CoachState,
    runtime: Runtime[Context],
    plan: Plan,
    profile: Profile,
    checkin: CheckIn,
    week: int,
    after: Next,
    update: dict[str, Any],
) -> Command[Next]:
    """The check-in noted; a change said with it ("but from next month only 5 hours") re-plans
    from the weeks now done."""
    kb, text, today = load_kb(), last_user_text(state), today_of(runtime)
    waiting = state.get("status") == "awaiting_mentor"
    noted = checked_in(state, plan, checkin, week, after, update)
    if checkin.kind == "behind" and discouraged(text):  # "burned out, did nothing for 2 weeks"
        _burnt_out(state, plan, profile, checkin, week, noted.update or {})
    record = Progress.model_validate((noted.update or {})["progress"])
    view = in_language(plan.model_copy(update={"progress": record}), turn_language(state, plan), kb)
    if hard := hard_going_line(text, view, week, kb):  # "第1周完成了，李宏毅的课有点难听懂"
        said = str((noted.update or {})["messages"][0].content)
        (noted.update or {})["messages"] = [AIMessage(f"{said}\n{hard}")]
    # "finished week 2, but from next month only 5 hours": the check-in, then the re-plan
    rest = without_week_refs(text)
    extracted = extract_profile(rest, profile, get_lexicon(kb), kb, asked=None, today=today)
    also = read_change(rest, profile, extracted, plan, week, kb, today)
    if also is None or (waiting and not state.get("approved_plan")):
        return noted
    record = Progress.model_validate(noted.update["progress"])  # type: ignore[index]
    again = replan(
        state,
        runtime,
        plan.model_copy(update={"progress": record}),
        profile,
        also,
        week,
        dict(update),
    )
    messages = [*noted.update["messages"], *again.update["messages"]]  # type: ignore[index]
    return Command(goto=again.goto, update=again.update | {"messages": messages})  # type: ignore[operator]


def _burnt_out(
    state: CoachState,
    plan: Plan,
    profile: Profile,
    checkin: CheckIn,
    week: int,
    update: dict[str, Any],
) -> None:
    """Behind because the load burnt them out: the weeks lost kept as a delay (the horizon
    stays), and a lighter plan proposed at once (fewer hours a week, the end pushed out), to
    confirm before it goes to the mentor; while a re-plan waits, only the care and the note."""
    kb = load_kb()
    lang = turn_language(state, plan)
    said = str(update["messages"][0].content)
    if state.get("status") == "awaiting_mentor":
        care = t(lang, "coach.a.behind_burnout")
        update["messages"] = [AIMessage(f"{care}{gap(lang)}{said}")]
        return
    record = Progress.model_validate(update["progress"])
    kept = plan.model_copy(update={"progress": record})
    trial = lighter_trial(state, kept, profile, week, kb)
    offer = lighter_plan(in_language(kept, lang, kb), week, kb, trial)
    noted = t(lang, "coach.a.behind_kept", behind=checkin.value or 0)
    update["messages"] = [AIMessage(plurals(f"{offer.text}\n{noted}"))]
    update["proposal"] = offer.proposal


def checked_in(
    state: CoachState, plan: Plan, checkin: CheckIn, week: int, after: Next, update: dict[str, Any]
) -> Command[Next]:
    """The check-in kept in the progress record (of the state and of both plans) and said back
    in the language it was typed in, with what comes next."""
    kb = load_kb()
    view = in_language(plan, turn_language(state, plan), kb)
    lang = view.language
    record = apply_checkin(plan.progress, checkin, plan)
    emit({"type": "progress_checkin", **checkin.model_dump(mode="json")})
    reply = _checkin_reply(view, record, checkin, week, kb)
    update |= {"progress": record.model_dump(mode="json"), "messages": [AIMessage(reply)]}
    behind = checkin.value or 0
    if (
        checkin.kind == "behind"
        and behind > BEHIND_REPLAN
        and state.get("status") != "awaiting_mentor"
    ):
        weeks = plan.horizon_weeks + behind  # "missed the last 3 weeks": a re-plan to offer
        hours = f"{plan.hours_per_week:g}"
        offer = t(lang, "coach.a.behind_offer", hours=hours, behind=behind, weeks=weeks)
        update["messages"] = [AIMessage(plurals(reply + gap(lang) + offer))]
        update["proposal"] = {"hours_per_week": plan.hours_per_week, "horizon_weeks": weeks}
    if state.get("plan"):
        current = Plan.model_validate(state["plan"])
        update["plan"] = current.model_copy(update={"progress": record}).model_dump(mode="json")
    if state.get("approved_plan"):
        update["approved_plan"] = plan.model_copy(update={"progress": record}).model_dump(
            mode="json"
        )
    return Command(goto=after, update=update)


def _checkin_reply(
    plan: Plan, record: Progress, checkin: CheckIn, week: int, kb: KnowledgeBase
) -> str:
    """ "Noted: week 2 done (2 of 26). Next up (week 3): ..." in the plan's language."""
    lang = plan.language
    sep = "、" if lang == "zh" else ", "
    names = sep.join(kb.skills[s].name.get(lang) for s in checkin.skill_ids if s in kb.skills)
    if checkin.kind == "week_done":
        reply = t(
            lang,
            "coach.a.checkin_weeks" if (checkin.value or 0) > 1 else "coach.a.checkin_week",
            week=checkin.value,
            done=len(record.weeks_done),
            weeks=plan.horizon_weeks,
        )
        if checkin.skill_ids:  # "week 1 done, and RAG too"
            reply += gap(lang) + t(lang, "coach.a.checkin_skill", skills=names)
    elif checkin.kind == "skill_done":
        reply = t(lang, "coach.a.checkin_skill", skills=names)
        if checkin.hours:  # "only managed 3 hours, but finished the prompt exercises"
            reply += gap(lang) + t(lang, "coach.a.checkin_hours_too", hours=f"{checkin.hours:g}")
    elif checkin.kind == "behind" and (checkin.value or 0) > BEHIND_REPLAN:
        reply = t(lang, "coach.a.checkin_behind_many", behind=checkin.value)
    elif checkin.kind == "behind":
        reply = t(lang, "coach.a.checkin_behind", behind=checkin.value)
    elif checkin.kind == "hours":
        reply = hours_reply(plan, record, checkin, week)
    else:
        reply = t(lang, "coach.a.checkin_on_track")
    nxt = min(plan.horizon_weeks, done_through(record, week) + 1)
    upcoming = [i.title for i in current_items(plan, nxt) if i.skill_id not in record.skills_done]
    if done_through(record, week) >= plan.horizon_weeks:
        reply += gap(lang) + t(lang, "coach.a.finished")
    elif upcoming:
        items = ("；" if lang == "zh" else "; ").join(upcoming)
        reply += gap(lang) + t(lang, "coach.a.next", week=nxt, items=items)
    return plurals(reply)  # "Noted: 2 weeks behind"


def unfinished_reply(plan: Plan, open_week: int, week: int) -> str:
    """ "第1周没学完": nothing recorded as done; finish it before the next week's work, the light
    week is there for this; a re-plan if it keeps slipping."""
    lang = plan.language
    items = [i.title for i in current_items(plan, open_week)]
    sep = "；" if lang == "zh" else "; "
    reply = t(lang, "coach.a.unfinished", week=open_week, items=sep.join(items) or "-")
    return plurals(reply)

"""coach: after approval (and while a plan waits for the mentor), answer each kind of turn from
the plan in force, keep progress, and re-plan from the current week on a change.

Only the mentor's decision waits: questions are answered while a plan waits, and the turn goes
back to the mentor's pause (``mentor_review`` interrupts again, first thing)."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.answers_care import job_loss
from coach.engine.answers_lang import in_language
from coach.engine.answers_market import replaced_question
from coach.engine.answers_plan import answer_temporary
from coach.engine.answers_story import asked_quitting
from coach.engine.changes import Change, change_summary, read_change
from coach.engine.pasted import chat_lines
from coach.engine.progress import plan_week, read_checkin, unfinished_week, without_progress
from coach.engine.turns import classify_turn, skill_mentions
from coach.engine.understand import extract_profile
from coach.knowledge import KnowledgeBase, load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.nodes.coach_answer import answer_turn
from coach.nodes.coach_checkin import checked_in, checkin_turn, unfinished_reply
from coach.nodes.coach_kinds import (
    asked_not_switched,
    question_only,
    temporary_dip,
    without_target,
)
from coach.nodes.coach_posting import not_again, own_answer, posting_lead, posting_pay_line
from coach.nodes.coach_replan import (
    Next,
    dated,
    feared_only,
    interview_replan,
    job_deadline,
    moved_hours,
    replan,
    retarget,
    today_of,
    turn_language,
    unknown_target,
)
from coach.nodes.common import (
    END_TURN,
    MAX_DOCUMENT_CHARS,
    last_user_text,
    profile_of,
    progress,
)
from coach.nodes.documents import posting_reply, read_pasted
from coach.schemas import CheckIn, Plan, Profile, Progress
from coach.state import CoachState


def in_force(state: CoachState) -> Plan:
    """The plan the user follows: the approved one while a re-plan waits, else the plan."""
    waiting = state.get("status") == "awaiting_mentor"
    raw = state.get("approved_plan") if waiting and state.get("approved_plan") else state["plan"]
    plan = Plan.model_validate(raw)
    if state.get("progress"):
        plan = plan.model_copy(update={"progress": Progress.model_validate(state["progress"])})
    return plan


def coach(state: CoachState, runtime: Runtime[Context]) -> Command[Next]:
    text = last_user_text(state)
    profile = profile_of(state)
    progress("coach", profile.language)
    kb = load_kb()
    plan = in_force(state)
    waiting = state.get("status") == "awaiting_mentor"
    after: Next = "mentor_review" if waiting else END_TURN
    today = today_of(runtime)
    week = plan_week(plan, today)
    update: dict[str, Any] = {} if waiting else {"approved_plan": {}, "replan": None}
    shown = in_language(plan, turn_language(state, plan), kb)  # answered in the words typed

    if (open_week := unfinished_week(text)) is not None:  # "第1周没学完": still open, no record
        update |= {"messages": [AIMessage(unfinished_reply(shown, open_week, week))]}
        return Command(goto=after, update=update | {"proposal": None})
    checkin = read_checkin(text, plan, kb, week)
    if checkin is not None:  # "finished week 2, but from next month only 5 hours": both
        return checkin_turn(state, runtime, plan, profile, checkin, week, after, update)
    kind = classify_turn(text, kb, proposal_pending=bool(state.get("proposal")))
    planned = [s for s in _known_planned(text, plan, kb)] if kind == "known_skill" else []
    if planned:  # "I already know Python well": a skill of the plan, done ahead
        known = CheckIn(text=text, week=week, kind="skill_done", skill_ids=planned)
        return checked_in(state, plan, known, week, after, update)
    change, extra = _said_change(state, runtime, kind, text, plan, shown, profile, week)
    if change is not None and temporary_dip(text, change, today):  # a short dip: no re-plan
        answer = answer_temporary(
            shown,
            week,
            plan.hours_per_week if change.hours_per_week is None else change.hours_per_week,
            kb,
        )
        update |= {"messages": [AIMessage(answer.text)], "proposal": None}
        return Command(goto=after, update=update)
    if change is not None:
        if waiting and not state.get("approved_plan"):
            if change.target_role:  # "换成AI应用工程师" on the first draft: plan that one
                return retarget(profile, change, update)
            return Command(goto="profiler", update=update)  # a correction to the first draft
        return replan(state, runtime, plan, profile, change, week, update, extra)
    return _answered(state, runtime, kind, text, shown, profile, week, after, update)


def _said_change(
    state: CoachState,
    runtime: Runtime[Context],
    kind: str,
    text: str,
    plan: Plan,
    shown: Plan,
    profile: Profile,
    week: int,
) -> tuple[Change | None, list[str]]:
    """The change the turn says (a confirmed offer, or hours, horizon, target, a job lost or
    found in its words) and the requests a re-plan makes for it; None for a question."""
    kb, today = load_kb(), today_of(runtime)
    change: Change | None = None
    extra: list[str] = []
    if kind == "confirm" and state.get("proposal"):
        proposal = state["proposal"] or {}
        change = Change(
            hours_per_week=float(proposal["hours_per_week"]),
            horizon_weeks=int(proposal["horizon_weeks"]),
        )
        change.summary = change_summary(change, profile, plan, plan.language, kb)
        if "interview_week" in proposal:  # "yes" to the re-plan toward an interview
            extra, change.summary = interview_replan(shown, week, kb)
    elif kind not in {"decline", "decision", "pace"} and not question_only(kind, text):
        # "is 6 h a week enough?", "can I really do this in a year?" ask, not say
        # A CV or a job posting pasted in is read as one (its numbers are not hours or weeks).
        store, user = runtime.store, runtime.context.user_id
        whole = last_user_text(state, MAX_DOCUMENT_CHARS)
        pasted = read_pasted(whole, profile, profile.language, kb, today, store, user)
        extracted = (
            pasted.profile
            if pasted
            else extract_profile(text, profile, get_lexicon(kb), kb, asked=None, today=today)
        )
        said = without_progress(chat_lines(text) if pasted else text)  # "did nothing for 2 weeks"
        change = read_change(said, profile, extracted, plan, week, kb, today)
        change = moved_hours(change, said, today, plan, profile, kb)  # "hours go up to 8"
        change = job_deadline(change, extracted, profile, plan, week, kb)
        change = dated(change, said, today, plan, profile, kb)
        if change and change.target_role and not pasted and asked_not_switched(kind, text):
            change = without_target(change, profile, plan, kb)  # "用AI做课件，这个计划有帮助吗？"
    if change is not None and change.find_work and asked_quitting(text) and not job_loss(text):
        change = None  # "要不要辞职全职学？" asks about quitting, it does not say it
    if (
        change is not None
        and (kind == "job_loss" or replaced_question(text))
        and feared_only(text, change)
    ):
        change = None  # "I may lose my job": answered, with a faster plan offered, not re-planned
    return change, extra


def _answered(
    state: CoachState,
    runtime: Runtime[Context],
    kind: str,
    text: str,
    shown: Plan,
    profile: Profile,
    week: int,
    after: Next,
    update: dict[str, Any],
) -> Command[Next]:
    """The answer to a turn that changes nothing: the targeted posting's, a switch to a role the
    sources lack, else the kind's own answer (never the same block twice)."""
    kb = load_kb()
    store, user = runtime.store, runtime.context.user_id
    own = own_answer(kind, text, shown, week, kb)  # "do I need Python for this job?"
    job = None if own else posting_reply(text, profile, shown, kb, store, user)
    if job is not None:  # "what matters most for this job?": the posting's own must-haves
        reply = not_again(job, state, shown.language)
        update |= {"messages": [AIMessage(reply)], "proposal": None}
        return Command(goto=after, update=update)
    if (unknown := unknown_target(text, shown, kb)) is not None:  # "换成AI产品经理"
        update |= {"messages": [AIMessage(unknown)], "proposal": None}
        return Command(goto=after, update=update)
    lead = posting_lead(text, profile, shown, store, user, kb) if own else None
    if kind == "pay" and shown.posting_pay is None:  # the targeted posting's own figure first
        lead = posting_pay_line(profile, shown, store, user, kb)
    answer = answer_turn(state, runtime, kind, text, shown, profile, week, kb, lead)
    update["messages"] = [AIMessage(not_again(answer.text, state, shown.language))]
    update["proposal"] = answer.proposal
    return Command(goto=after, update=update)


def _known_planned(text: str, plan: Plan, kb: KnowledgeBase) -> list[str]:
    ids = {i.skill_id for i in plan.items()} - set(plan.progress.skills_done)
    return list(dict.fromkeys(m.id for m in skill_mentions(text, kb) if m.id in ids))

"""coach: after approval (and while a plan waits for the mentor), answer each kind of turn from
the plan in force, keep progress, and re-plan from the current week on a change.

Only the mentor's decision waits: questions are answered while a plan waits, and the turn goes
back to the mentor's pause (``mentor_review`` interrupts again, first thing)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.answers import (
    Answer,
    answer_realistic,
    answer_resources,
    answer_skill,
    answer_this_week,
    current_items,
    lighter_proposal,
)
from coach.engine.changes import Change, read_change, replan_profile
from coach.engine.constraints import excluded_skills, parse_constraints
from coach.engine.pasted import chat_lines
from coach.engine.progress import apply_checkin, done_through, plan_week, read_checkin
from coach.engine.turns import classify_turn, skill_mentions
from coach.engine.understand import extract_profile
from coach.i18n import t
from coach.knowledge import KnowledgeBase, load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.retrieval import get_index
from coach.nodes.assist import answer_question
from coach.nodes.coach_hits import describe_hit
from coach.nodes.common import END_TURN, emit, last_user_text, profile_of, progress, touch_session
from coach.nodes.documents import read_pasted
from coach.schemas import CheckIn, Plan, Profile, Progress, RoleResearch
from coach.state import CoachState

Next = Literal["planner", "researcher", "profiler", "mentor_review", "__end__"]
_EMPLOYERS = (
    # "at Nvidia", "join Google", "for DeepMind"; "OpenAI" (two capitals); 去字节 / 进腾讯
    re.compile(r"\b(?:at|for|join|joining|into|with)\s+([A-Z][A-Za-z0-9&]+)"),
    re.compile(r"(?<![\w.])(?!I\b)([A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*)"),
    re.compile(r"(字节跳动|字节|腾讯|阿里巴巴|阿里|百度|华为|美团|京东|大厂)"),
)


def employer_in(text: str) -> str | None:
    """An employer the user names in a 'realistic' question (None when they name none)."""
    for pattern in _EMPLOYERS:
        if m := pattern.search(text):
            return m.group(1)
    return None


def in_force(state: CoachState) -> Plan:
    """The plan the user follows: the approved one while a re-plan waits, else the plan."""
    waiting = state.get("status") == "awaiting_mentor"
    raw = state.get("approved_plan") if waiting and state.get("approved_plan") else state["plan"]
    plan = Plan.model_validate(raw)
    if state.get("progress"):
        plan = plan.model_copy(update={"progress": Progress.model_validate(state["progress"])})
    return plan


def _today(runtime: Runtime[Context]) -> date:
    return runtime.context.today or date.today()


def coach(state: CoachState, runtime: Runtime[Context]) -> Command[Next]:
    text = last_user_text(state)
    profile = profile_of(state)
    progress("coach", profile.language)
    kb = load_kb()
    plan = in_force(state)
    waiting = state.get("status") == "awaiting_mentor"
    after: Next = "mentor_review" if waiting else END_TURN
    today = _today(runtime)
    week = plan_week(plan, today)
    update: dict[str, Any] = {} if waiting else {"approved_plan": {}, "replan": None}

    checkin = read_checkin(text, plan, kb, week)
    if checkin is not None:
        noted = _checked_in(state, plan, checkin, week, after, update)
        # "finished week 2, but from next month only 5 hours": the check-in, then the re-plan
        extracted = extract_profile(text, profile, get_lexicon(kb), kb, asked=None, today=today)
        also = read_change(text, profile, extracted, plan, week, kb, today)
        if also is None or (waiting and not state.get("approved_plan")):
            return noted
        record = Progress.model_validate(noted.update["progress"])  # type: ignore[index]
        replan = _replan(
            state,
            runtime,
            plan.model_copy(update={"progress": record}),
            profile,
            also,
            week,
            dict(update),
        )
        messages = [*noted.update["messages"], *replan.update["messages"]]  # type: ignore[index]
        return Command(goto=replan.goto, update=replan.update | {"messages": messages})  # type: ignore[operator]
    kind = classify_turn(text, kb, proposal_pending=bool(state.get("proposal")))
    change: Change | None = None
    if kind == "confirm" and state.get("proposal"):
        proposal = state["proposal"] or {}
        change = Change(
            hours_per_week=float(proposal["hours_per_week"]),
            horizon_weeks=int(proposal["horizon_weeks"]),
        )
        change.summary = [
            t(
                plan.language,
                "coach.change.hours",
                old=f"{plan.hours_per_week:g}",
                new=f"{change.hours_per_week:g}",
            )
        ]
    elif kind not in {"decline", "decision"}:
        # A CV or a job posting pasted in is read as one (its numbers are not hours or weeks).
        store, user = runtime.store, runtime.context.user_id
        pasted = read_pasted(text, profile, profile.language, kb, today, store, user)
        extracted = (
            pasted.profile
            if pasted
            else extract_profile(text, profile, get_lexicon(kb), kb, asked=None, today=today)
        )
        said = chat_lines(text) if pasted else text
        change = read_change(said, profile, extracted, plan, week, kb, today)
    if change is not None:
        if waiting and not state.get("approved_plan"):
            return Command(goto="profiler", update=update)  # a correction to the first draft
        return _replan(state, runtime, plan, profile, change, week, update)
    answer = _answer(state, runtime, kind, text, plan, profile, week, kb)
    update["messages"] = [AIMessage(answer.text)]
    update["proposal"] = answer.proposal
    return Command(goto=after, update=update)


def _checked_in(
    state: CoachState, plan: Plan, checkin: CheckIn, week: int, after: Next, update: dict[str, Any]
) -> Command[Next]:
    lang = plan.language
    record = apply_checkin(plan.progress, checkin, plan)
    emit({"type": "progress_checkin", **checkin.model_dump(mode="json")})
    if checkin.kind == "week_done":
        reply = t(
            lang,
            "coach.a.checkin_week",
            week=checkin.value,
            done=len(record.weeks_done),
            weeks=plan.horizon_weeks,
        )
    elif checkin.kind == "skill_done":
        kb = load_kb()
        names = ", ".join(kb.skills[s].name.get(lang) for s in checkin.skill_ids if s in kb.skills)
        reply = t(lang, "coach.a.checkin_skill", skills=names)
    elif checkin.kind == "behind":
        reply = t(lang, "coach.a.checkin_behind", behind=checkin.value)
    else:
        reply = t(lang, "coach.a.checkin_on_track")
    nxt = min(plan.horizon_weeks, done_through(record, week) + 1)
    upcoming = [i.title for i in current_items(plan, nxt) if i.skill_id not in record.skills_done]
    if done_through(record, week) >= plan.horizon_weeks:
        reply += " " + t(lang, "coach.a.finished")
    elif upcoming:
        reply += " " + t(lang, "coach.a.next", week=nxt, items="; ".join(upcoming))
    data = record.model_dump(mode="json")
    update |= {"progress": data, "messages": [AIMessage(reply)]}
    if state.get("plan"):
        current = Plan.model_validate(state["plan"])
        update["plan"] = current.model_copy(update={"progress": record}).model_dump(mode="json")
    if state.get("approved_plan"):
        update["approved_plan"] = plan.model_copy(update={"progress": record}).model_dump(
            mode="json"
        )
    return Command(goto=after, update=update)


def _replan(
    state: CoachState,
    runtime: Runtime[Context],
    plan: Plan,
    profile: Profile,
    change: Change,
    week: int,
    update: dict[str, Any],
) -> Command[Next]:
    """A new version from the first week not done, back through review to the mentor; the
    plan in force stays the approved one until the mentor decides."""
    lang = plan.language
    keep = min(
        done_through(plan.progress, week), max(0, (change.horizon_weeks or plan.horizon_weeks) - 2)
    )
    new_profile = replan_profile(profile, change, plan, keep)
    draft = Plan.model_validate(state["plan"])
    version = draft.version + 1
    emit({"type": "replan", "changes": change.summary, "keep_weeks": keep})
    touch_session(runtime, status="drafting")
    message = (
        t(
            lang,
            "coach.a.replan",
            change="; ".join(change.summary),
            week=keep + 1,
            kept=keep,
            version=version,
            approved=plan.version,
        )
        if keep
        else t(lang, "coach.a.replan_fresh", change="; ".join(change.summary))
    )
    update |= {
        "profile": new_profile.model_dump(mode="json"),
        "approved_plan": plan.model_dump(mode="json"),
        "progress": plan.progress.model_dump(mode="json"),
        "replan": {"keep_weeks": keep},
        "proposal": None,
        "revisions": 0,
        "review": None,
        "status": "drafting",
        "messages": [AIMessage(message)],
    }
    if change.target_role:
        update["research"] = None
        return Command(goto="researcher", update=update)
    return Command(goto="planner", update=update)


def _answer(
    state: CoachState,
    runtime: Runtime[Context],
    kind: str,
    text: str,
    plan: Plan,
    profile: Profile,
    week: int,
    kb: KnowledgeBase,
) -> Answer:
    lang = plan.language
    research = RoleResearch.model_validate(state["research"]) if state.get("research") else None
    skills = [m.id for m in skill_mentions(text, kb)]
    offline: Answer
    if kind == "decision":
        key = "coach.a.waiting" if state.get("approved_plan") else "coach.a.waiting_first"
        return Answer(text=t(lang, key))
    if kind == "decline":
        return Answer(text=t(lang, "coach.a.declined"))
    if kind == "discouraged":
        offline = lighter_proposal(plan, week)
    elif kind == "realistic" and research is not None:
        offline = answer_realistic(plan, profile, research, employer_in(text), kb)
    elif kind == "this_week":
        offline = answer_this_week(plan, week, kb)
    elif kind == "thanks":
        focus = answer_this_week(plan, week, kb)
        offline = focus.model_copy(update={"text": t(lang, "coach.a.welcome") + "\n" + focus.text})
    elif kind == "resource":
        offline = answer_resources(plan, skills, week, kb)
    elif kind == "skill_question" and research is not None and skills:
        offline = answer_skill(plan, profile, research, skills[0], kb)
        asked = _mentor_words(state, skills[0], kb)
        if asked:
            name = kb.skills[skills[0]].name.get(lang)
            line = t(lang, "coach.a.mentor_excluded", skill=name, words=asked)
            offline = offline.model_copy(update={"text": line + "\n" + offline.text})
    elif state.get("status") == "awaiting_mentor" and not skills:
        key = "coach.a.waiting" if state.get("approved_plan") else "coach.a.waiting_first"
        offline = Answer(text=t(lang, key))
    else:
        offline = _retrieved(plan, text, kb)
    history = [f"{m.type}: {m.content}" for m in (state.get("messages") or [])[-7:-1]]
    grounded = [{"grounded_answer": offline.text, "sources": offline.sources}]
    hits = [h.model_dump() for h in get_index(kb).search(text, k=3)]
    worded = answer_question(
        runtime, text, plan, grounded + hits, history, offline.text, int(state.get("turn") or 0)
    )
    return offline.model_copy(update={"text": worded})


def _mentor_words(state: CoachState, skill_id: str, kb: KnowledgeBase) -> str | None:
    """The mentor's words that left ``skill_id`` out of the plan, if they did."""
    for note in state.get("mentor_notes") or []:
        for c in parse_constraints(note, kb):
            if skill_id in excluded_skills([c], kb):
                return c.text
    return None


def _retrieved(plan: Plan, text: str, kb: KnowledgeBase) -> Answer:
    lang = plan.language
    hits = get_index(kb).search(text, k=3)
    if not hits:
        return Answer(text=t(lang, "coach.no_answer"))
    lines = [describe_hit(kb, plan, h.kind, h.id, lang) for h in hits]
    return Answer(text=t(lang, "coach.answer", hits="\n".join(lines)))

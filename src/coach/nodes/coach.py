"""coach: after approval (and while a plan waits for the mentor), answer each kind of turn from
the plan in force, keep progress, and re-plan from the current week on a change.

Only the mentor's decision waits: questions are answered while a plan waits, and the turn goes
back to the mentor's pause (``mentor_review`` interrupts again, first thing)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.answers import current_items, plurals
from coach.engine.answers_care import job_loss, job_loss_worry
from coach.engine.answers_plan import (
    answer_temporary,
)
from coach.engine.away import date_range
from coach.engine.changes import Change, change_summary, read_change, replan_profile
from coach.engine.constraints import parse_constraints
from coach.engine.pasted import chat_lines
from coach.engine.progress import (
    apply_checkin,
    done_through,
    plan_week,
    read_checkin,
    without_progress,
    without_week_refs,
)
from coach.engine.turns import classify_turn, discouraged, skill_mentions
from coach.engine.understand import extract_profile
from coach.i18n import t
from coach.knowledge import KnowledgeBase, load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.nodes.coach_answer import answer_turn
from coach.nodes.coach_kinds import (
    SWITCH_VERB,
    asked_not_switched,
    become_role,
    hours_reply,
    question_only,
    temporary_dip,
    without_target,
)
from coach.nodes.common import (
    END_TURN,
    MAX_DOCUMENT_CHARS,
    emit,
    last_user_text,
    profile_of,
    progress,
    touch_session,
)
from coach.nodes.documents import posting_reply, read_pasted
from coach.schemas import CheckIn, Plan, Profile, Progress
from coach.state import CoachState

BEHIND_REPLAN = 2
"""More weeks behind than this: the coach offers a re-plan (the light weeks absorb less)."""

Next = Literal["planner", "researcher", "profiler", "mentor_review", "__end__"]


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
    if checkin is not None:  # "finished week 2, but from next month only 5 hours": both
        return _checkin_turn(state, runtime, plan, profile, checkin, week, after, update)
    kind = classify_turn(text, kb, proposal_pending=bool(state.get("proposal")))
    planned = [s for s in _known_planned(text, plan, kb)] if kind == "known_skill" else []
    if planned:  # "I already know Python well": a skill of the plan, done ahead
        known = CheckIn(text=text, week=week, kind="skill_done", skill_ids=planned)
        return _checked_in(state, plan, known, week, after, update)
    change: Change | None = None
    if kind == "confirm" and state.get("proposal"):
        proposal = state["proposal"] or {}
        change = Change(
            hours_per_week=float(proposal["hours_per_week"]),
            horizon_weeks=int(proposal["horizon_weeks"]),
        )
        change.summary = change_summary(change, profile, plan, plan.language, kb)
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
        change = _dated(change, said, today, plan, profile, kb)
        if change and change.target_role and not pasted and asked_not_switched(kind, text):
            change = without_target(change, profile, plan, kb)  # "用AI做课件，这个计划有帮助吗？"
    if change is not None and kind == "job_loss" and _feared_only(text, change):
        change = None  # "I may lose my job": answered, with a faster plan offered, not re-planned
    if change is not None and temporary_dip(text, change, today):  # a short dip: no re-plan
        answer = answer_temporary(
            plan,
            week,
            plan.hours_per_week if change.hours_per_week is None else change.hours_per_week,
            kb,
        )
        update |= {"messages": [AIMessage(answer.text)], "proposal": None}
        return Command(goto=after, update=update)
    if change is not None:
        if waiting and not state.get("approved_plan"):
            if change.target_role:  # "换成AI应用工程师" on the first draft: plan that one
                return _retarget(profile, change, update)
            return Command(goto="profiler", update=update)  # a correction to the first draft
        return _replan(state, runtime, plan, profile, change, week, update)
    job = posting_reply(text, profile, plan, kb, runtime.store, runtime.context.user_id)
    if job is not None:  # "what matters most for this job?": the posting's own must-haves
        update |= {"messages": [AIMessage(job)], "proposal": None}
        return Command(goto=after, update=update)
    if (unknown := _unknown_target(text, plan, kb)) is not None:  # "换成AI产品经理"
        update |= {"messages": [AIMessage(unknown)], "proposal": None}
        return Command(goto=after, update=update)
    answer = answer_turn(state, runtime, kind, text, plan, profile, week, kb)
    update["messages"] = [AIMessage(answer.text)]
    update["proposal"] = answer.proposal
    return Command(goto=after, update=update)


def _checkin_turn(
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
    kb, text, today = load_kb(), last_user_text(state), _today(runtime)
    waiting = state.get("status") == "awaiting_mentor"
    noted = _checked_in(state, plan, checkin, week, after, update)
    if checkin.kind == "behind" and discouraged(text):  # "burned out, did nothing for 2 weeks"
        said = noted.update["messages"][0].content  # type: ignore[index]
        care = t(plan.language, "coach.a.behind_burnout")
        noted.update["messages"] = [AIMessage(f"{care}{_gap(plan.language)}{said}")]  # type: ignore[index]
    # "finished week 2, but from next month only 5 hours": the check-in, then the re-plan
    rest = without_week_refs(text)
    extracted = extract_profile(rest, profile, get_lexicon(kb), kb, asked=None, today=today)
    also = read_change(rest, profile, extracted, plan, week, kb, today)
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


def _dated(
    change: Change | None, said: str, today: date, plan: Plan, profile: Profile, kb: KnowledgeBase
) -> Change | None:
    """New hours for a span said by its days ("寒假从1月20号到2月28号每周能学6小时", "下个月开始到
    3月底"): from its first day, for its weeks, then back."""
    span = date_range(said, today)
    if change is None or change.hours_per_week is None or span is None:
        return change
    change.hours_from, change.hours_for_weeks = max(span[0], plan.start_date), span[1]
    change.summary = change_summary(change, profile, plan, plan.language, kb)
    return change


def _checked_in(
    state: CoachState, plan: Plan, checkin: CheckIn, week: int, after: Next, update: dict[str, Any]
) -> Command[Next]:
    lang = plan.language
    record = apply_checkin(plan.progress, checkin, plan)
    emit({"type": "progress_checkin", **checkin.model_dump(mode="json")})
    if checkin.kind == "week_done":
        reply = t(
            lang,
            "coach.a.checkin_weeks" if (checkin.value or 0) > 1 else "coach.a.checkin_week",
            week=checkin.value,
            done=len(record.weeks_done),
            weeks=plan.horizon_weeks,
        )
        if checkin.skill_ids:  # "week 1 done, and RAG too"
            kb = load_kb()
            names = ", ".join(
                kb.skills[s].name.get(lang) for s in checkin.skill_ids if s in kb.skills
            )
            reply += _gap(lang) + t(lang, "coach.a.checkin_skill", skills=names)
    elif checkin.kind == "skill_done":
        kb = load_kb()
        names = ", ".join(kb.skills[s].name.get(lang) for s in checkin.skill_ids if s in kb.skills)
        reply = t(lang, "coach.a.checkin_skill", skills=names)
        if checkin.hours:  # "only managed 3 hours, but finished the prompt exercises"
            reply += _gap(lang) + t(lang, "coach.a.checkin_hours_too", hours=f"{checkin.hours:g}")
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
        reply += _gap(lang) + t(lang, "coach.a.finished")
    elif upcoming:
        items = ("；" if lang == "zh" else "; ").join(upcoming)
        reply += _gap(lang) + t(lang, "coach.a.next", week=nxt, items=items)
    data = record.model_dump(mode="json")
    reply = plurals(reply)  # "Noted: 2 weeks behind"
    update |= {"progress": data, "messages": [AIMessage(reply)]}
    behind = checkin.value or 0
    if (
        checkin.kind == "behind"
        and behind > BEHIND_REPLAN
        and state.get("status") != "awaiting_mentor"
    ):
        weeks = plan.horizon_weeks + behind  # "missed the last 3 weeks": a re-plan to offer
        hours = f"{plan.hours_per_week:g}"
        offer = t(lang, "coach.a.behind_offer", hours=hours, behind=behind, weeks=weeks)
        update["messages"] = [AIMessage(plurals(reply + _gap(lang) + offer))]
        update["proposal"] = {"hours_per_week": plan.hours_per_week, "horizon_weeks": weeks}
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
            change=("；" if lang == "zh" else "; ").join(change.summary),
            week=keep + 1,
            kept=keep if keep == 1 else f"1-{keep}",
            version=version,
            approved=plan.version,
        )
        if keep
        else t(
            lang,
            "coach.a.replan_fresh",
            change=("；" if lang == "zh" else "; ").join(change.summary),
        )
        + t(lang, "coach.a.replan_in_force", approved=plan.version)  # only approved plans re-plan
    )
    if discouraged(last_user_text(state)) and _lighter(change, plan):  # "I burned out"
        message = t(lang, "coach.a.lighter_ack") + message
    elif job_loss(said := last_user_text(state)):  # "I got laid off today, 25 h a week now"
        key = "coach.c.job_loss" if job_loss_worry(said) else "coach.t.laid_off"
        message = t(lang, key) + _gap(lang) + message
    update |= {
        "profile": new_profile.model_dump(mode="json"),
        "approved_plan": plan.model_dump(mode="json"),
        "progress": plan.progress.model_dump(mode="json"),
        "replan": {"keep_weeks": keep},
        "proposal": None,
        "revisions": 0,
        "review": None,
        "status": "drafting",
        "messages": [AIMessage(plurals(message))],
    }
    if change.target_role:
        update["research"] = None
        return Command(goto="researcher", update=update)
    return Command(goto="planner", update=update)


def _unknown_target(text: str, plan: Plan, kb: KnowledgeBase) -> str | None:
    """A switch to a role the sources lack ("switch me to data scientist"): said so, with the
    closest roles to pick from (a re-plan needs a role the planner knows)."""
    if not SWITCH_VERB.search(text):
        return None  # "what does a product manager role need?" is a question, not a switch
    asked = [c for c in parse_constraints(text, kb, source="user") if c.kind == "set_target"]
    candidates = asked[0].candidates if asked and asked[0].role_id is None else None
    if not asked and (said := become_role(text, kb)) is not None:  # "I want to become X instead"
        candidates = said
    if candidates is None:
        return None
    lang = plan.language
    names = [kb.roles[r].name.get(lang) for r in _closest(candidates, plan, kb)]
    sep = "、" if lang == "zh" else ", "
    return t(lang, "coach.a.switch_unknown", closest=sep.join(names) or "-")


def _closest(candidates: tuple[str, ...], plan: Plan, kb: KnowledgeBase) -> list[str]:
    """The closest known roles, those of the plan's own family first (a non-coder asking for
    "AI product manager" is pointed at roles without coding before engineering ones)."""
    own = kb.roles.get(plan.target)
    family = own.family if own is not None else None
    known = [r for r in candidates if r in kb.roles]
    if family == "non_coding" and not any(kb.roles[r].family == family for r in known):
        known = [plan.target, *known]  # their own target is the closest they can do
    return sorted(known, key=lambda r: kb.roles[r].family != family)[:3]


def _retarget(profile: Profile, change: Change, update: dict[str, Any]) -> Command[Next]:
    """The first draft was for another role than the person wants: say so, and plan the one
    they name (the draft for the wrong role is replaced before the mentor decides)."""
    lang = profile.language
    role = load_kb().roles.get(change.target_role or "")
    name = role.name.get("zh" if lang == "zh" else "en") if role else change.target_role
    new = profile.model_copy(update={"target_role": change.target_role, "target_raw": None})
    update |= {
        "profile": new.model_dump(mode="json"),
        "research": None,
        "choice": {},
        "revisions": 0,
        "review": None,
        "proposal": None,
        "status": "drafting",
        "messages": [AIMessage(t(lang, "coach.a.retarget", role=name))],
    }
    return Command(goto="researcher", update=update)


def _feared_only(text: str, change: Change) -> bool:
    """A job loss feared, not happened, and nothing else changed: no re-plan on a worry."""
    other = change.hours_per_week or change.horizon_weeks or change.target_role
    return change.find_work and not other and job_loss_worry(text)


def _lighter(change: Change, plan: Plan) -> bool:
    """Whether a change lowers the load (fewer hours a week, or more weeks for the same)."""
    fewer = change.hours_per_week is not None and change.hours_per_week < plan.hours_per_week
    longer = change.horizon_weeks is not None and change.horizon_weeks > plan.horizon_weeks
    return fewer or longer


def _gap(lang: str) -> str:
    """Between two sentences: a space in English, none after a Chinese full stop."""
    return "" if lang == "zh" else " "


def _known_planned(text: str, plan: Plan, kb: KnowledgeBase) -> list[str]:
    ids = {i.skill_id for i in plan.items()} - set(plan.progress.skills_done)
    return list(dict.fromkeys(m.id for m in skill_mentions(text, kb) if m.id in ids))

"""coach: a change after approval re-plans from the first week not done, back through review
to the mentor; the plan in force stays the approved one until the mentor decides. A switch to
a role the sources lack is said so; a correction to the first draft plans the role named."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from langchain_core.messages import AIMessage, HumanMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.answers import plurals
from coach.engine.answers_ambition import interview_focus
from coach.engine.answers_care import job_loss, job_loss_worry
from coach.engine.answers_lang import reply_language
from coach.engine.away import date_range, hours_moved, hours_window
from coach.engine.changes import Change, change_summary, replan_profile
from coach.engine.constraints import parse_constraints
from coach.engine.constraints.apply import resolve_from_date
from coach.engine.constraints.corrections import FIND_WORK
from coach.engine.constraints.model import Constraint
from coach.engine.numbers.starts import when_at
from coach.engine.progress import done_through
from coach.engine.turns import discouraged, new_job
from coach.i18n import t
from coach.knowledge import KnowledgeBase, load_kb
from coach.nodes.coach_kinds import SWITCH_VERB, become_role
from coach.nodes.common import emit, last_user_text, touch_session
from coach.schemas import Language, Plan, Profile
from coach.state import CoachState

Next = Literal["planner", "researcher", "profiler", "mentor_review", "__end__"]


def turn_language(state: CoachState, plan: Plan) -> Language:
    """The language to answer the last message in: its own, or the conversation's for a short
    answer ("yes" to an offer made in English is answered in English)."""
    messages = list(state.get("messages") or [])
    human = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
    before = [m for m in messages[:human] if isinstance(m, AIMessage)] if human > 0 else []
    previous = str(before[-1].content) if before else None
    return reply_language(last_user_text(state), plan, previous)


def today_of(runtime: Runtime[Context]) -> date:
    return runtime.context.today or date.today()


def replan(
    state: CoachState,
    runtime: Runtime[Context],
    plan: Plan,
    profile: Profile,
    change: Change,
    week: int,
    update: dict[str, Any],
    extra: list[str] | None = None,
) -> Command[Next]:
    """A new version from the first week not done, back through review to the mentor; the
    plan in force stays the approved one until the mentor decides (said in the language the
    change was typed in)."""
    lang = turn_language(state, plan)
    summary = change.summary
    if lang != plan.language:
        summary = change_summary(change, profile, plan, lang, load_kb())
    keep = min(
        done_through(plan.progress, week), max(0, (change.horizon_weeks or plan.horizon_weeks) - 2)
    )
    new_profile = replan_profile(profile, change, plan, keep)
    if FIND_WORK in new_profile.constraints and new_job(last_user_text(state)):
        # "下个月1号入职，以后每周只能5小时": a job again, so no job search at the end
        new_profile.constraints = [c for c in new_profile.constraints if c != FIND_WORK]
        summary = [*summary, t(lang, "coach.a.new_job")]
    if extra:  # the user's own requests for this re-plan ("start with RAG")
        new_profile.constraints = [*new_profile.constraints, *extra]
    draft = Plan.model_validate(state["plan"])
    version = draft.version + 1
    emit({"type": "replan", "changes": change.summary, "keep_weeks": keep})
    touch_session(runtime, status="drafting")
    message = (
        t(
            lang,
            "coach.a.replan",
            change=("；" if lang == "zh" else "; ").join(summary),
            week=keep + 1,
            kept=keep if keep == 1 else f"1-{keep}",
            version=version,
            approved=plan.version,
        )
        if keep
        else t(
            lang,
            "coach.a.replan_fresh",
            change=("；" if lang == "zh" else "; ").join(summary),
        )
        + t(lang, "coach.a.replan_in_force", approved=plan.version)  # only approved plans re-plan
    )
    if discouraged(last_user_text(state)) and lighter(change, plan):  # "I burned out"
        message = t(lang, "coach.a.lighter_ack") + message
    elif job_loss(said := last_user_text(state)):  # "I got laid off today, 25 h a week now"
        key = "coach.c.job_loss" if job_loss_worry(said) else "coach.t.laid_off"
        message = t(lang, key) + gap(lang) + message
        if job_loss_worry(said) and FIND_WORK not in new_profile.constraints:
            message += gap(lang) + t(lang, "coach.a.if_job_goes")  # "I might be out of a job"
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


def interview_replan(plan: Plan, week: int, kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    """The requests a re-plan toward an interview makes (the core still ahead first, the
    project earlier), and what the re-plan notice says changed."""
    focus = interview_focus(plan, week)
    extra = []
    if focus:
        extra.append("start with " + ", ".join(i.skill_id for i in focus))
    if plan.portfolio_projects:
        extra.append("move the project earlier")
    lang = plan.language
    names = ("、" if lang == "zh" else ", ").join(
        kb.skills[i.skill_id].name.get(lang) for i in focus if i.skill_id in kb.skills
    )
    return extra, [t(lang, "coach.a.interview_replan", skills=names or "-")]


def job_deadline(
    change: Change | None,
    extracted: Profile,
    profile: Profile,
    plan: Plan,
    week: int,
    kb: KnowledgeBase,
) -> Change | None:
    """Out of work with a date to find a job by ("公司裁员了…想明年6月前找到工作"): that date is
    the plan's end, the job search before it (the hours alone would keep the old end)."""
    if change is None or not change.find_work or change.horizon_weeks is not None:
        return change
    weeks = extracted.horizon_weeks
    if not weeks or weeks == profile.horizon_weeks or (week - 1) + weeks >= plan.horizon_weeks:
        return change
    change.horizon_weeks = (week - 1) + weeks
    change.summary = change_summary(change, profile, plan, plan.language, kb)
    return change


def moved_hours(
    change: Change | None, said: str, today: date, plan: Plan, profile: Profile, kb: KnowledgeBase
) -> Change | None:
    """ "My hours go up to 8 from January": the hours, from that day (when no reader found
    a change in the words)."""
    hours = hours_moved(said) if change is None else None
    if hours is None or hours == plan.hours_per_week:
        return change
    found = Change(hours_per_week=hours)
    when = when_at(said, today)
    if when is not None:
        day = resolve_from_date(Constraint(kind="hours_from", text=said, **when[0]), today)
        found.hours_from = max(day or today, plan.start_date) if day and day > today else None
    found.summary = change_summary(found, profile, plan, plan.language, kb)
    return found if found.summary else None


def dated(
    change: Change | None, said: str, today: date, plan: Plan, profile: Profile, kb: KnowledgeBase
) -> Change | None:
    """New hours for a span said by its days ("寒假从1月20号到2月28号每周能学6小时", "下个月开始到
    3月底") or from a later day for a while ("from February, for 4 months, 12 hours a week"):
    from its first day, for its weeks, then back (the horizon stays)."""
    if change is None or change.hours_per_week is None:
        return change
    span = date_range(said, today)
    window = None if span else hours_window(said, today)  # "from February … for 4 months"
    if window is not None:
        span = window
        change.horizon_weeks = None  # the window's length, never the plan's horizon
    if span is None:
        return change
    change.hours_from, change.hours_for_weeks = max(span[0], plan.start_date), span[1]
    change.summary = change_summary(change, profile, plan, plan.language, kb)
    return change


def unknown_target(text: str, plan: Plan, kb: KnowledgeBase) -> str | None:
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


def retarget(profile: Profile, change: Change, update: dict[str, Any]) -> Command[Next]:
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


def feared_only(text: str, change: Change) -> bool:
    """A job loss feared, not happened, and nothing else changed: no re-plan on a worry."""
    other = change.hours_per_week or change.horizon_weeks or change.target_role
    return change.find_work and not other and job_loss_worry(text)


def lighter(change: Change, plan: Plan) -> bool:
    """Whether a change lowers the load (fewer hours a week, or more weeks for the same)."""
    fewer = change.hours_per_week is not None and change.hours_per_week < plan.hours_per_week
    longer = change.horizon_weeks is not None and change.horizon_weeks > plan.horizon_weeks
    return fewer or longer


def gap(lang: str) -> str:
    """Between two sentences: a space in English, none after a Chinese full stop."""
    return "" if lang == "zh" else " "

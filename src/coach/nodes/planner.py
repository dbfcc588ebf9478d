"""planner: the deterministic engine computes the plan; an LLM (if any) only words it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from langchain_core.messages import HumanMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.constraints import notes_constraints
from coach.engine.pasted import own_words
from coach.engine.planner import build_plan
from coach.engine.planner.posting_target import posting_research
from coach.engine.posting import JobPosting
from coach.engine.replan import with_mentor_milestones
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.nodes.assist import word_plan
from coach.nodes.common import emit, lang_of, profile_of, progress
from coach.nodes.replan import kept_milestones, replan_step
from coach.render.capped import with_capped_titles
from coach.schemas import Plan, PostingPay, Profile, Review, RoleChoice, RoleResearch
from coach.state import CoachState
from coach.store import remembered_posting


def next_monday(today: date) -> date:
    return today + timedelta(days=(7 - today.weekday()) % 7 or 7)


def _with_posting(
    research: RoleResearch, runtime: Runtime[Context], kb: KnowledgeBase, profile: Profile
) -> RoleResearch:
    """The posting the user targets (``--job``, stored in their namespace) adds its requirements
    when the plan is for the posting's closest role."""
    raw = remembered_posting(runtime.store, runtime.context.user_id)
    if raw is None:
        return research
    posting = _for_role(JobPosting.model_validate(raw), research.role_id, kb)
    if posting is None:
        return research
    return posting_research(research, posting, kb, profile)


def _for_role(posting: JobPosting, role_id: str, kb: KnowledgeBase) -> JobPosting | None:
    """The posting as the target of a plan for ``role_id``: its closest role's; or the role the
    person chose for a posting whose job the KB lacks ("AI产品经理（大模型方向）", then "1"):
    the plan for the chosen role still targets what the posting asks. None: a plan for another
    role than the posting's."""
    if posting.closest_role == role_id:
        return posting
    if posting.title_not_in_kb:
        from coach.engine.posting_pick import targeted_posting

        return targeted_posting(posting, {"target_role": role_id}, kb)
    return None


def _posting_pay(research: RoleResearch, runtime: Runtime[Context]) -> PostingPay | None:
    """The pay the targeted posting states, when the plan is for the posting's role."""
    raw = remembered_posting(runtime.store, runtime.context.user_id)
    if raw is None:
        return None
    posting = JobPosting.model_validate(raw)
    chosen = _for_role(posting, research.role_id, load_kb())
    return chosen.pay_range if chosen is not None else None


def planner(state: CoachState, runtime: Runtime[Context]) -> Command[Literal["reviewer"]]:
    lang = lang_of(state)
    progress("planner", lang)
    kb = load_kb()
    profile = profile_of(state)
    if profile.language != lang:  # the plan speaks the conversation's language (one English
        profile = profile.model_copy(update={"language": lang})  # role name is not a switch)
    update: dict[str, object] = {}
    if not state.get("research"):
        # Only the researcher (for a role the user has or chose) leads here: never plan a guess.
        raise ValueError("the planner needs the research of a role the user chose")
    research = RoleResearch.model_validate(state["research"])
    research = _with_posting(research, runtime, kb, profile)

    previous = Plan.model_validate(state["plan"]) if state.get("plan") else None
    start = (
        runtime.context.start_date
        or (previous.start_date if previous else None)
        or next_monday(runtime.context.today or date.today())
    )
    notes = list(state.get("mentor_notes") or [])
    constraints = notes_constraints(notes, kb, start)  # "until January": from the plan's start
    review = Review.model_validate(state["review"]) if state.get("review") else None
    lexicon = get_lexicon(kb)
    said = [  # the user's own words (a pasted posting's lines are the job's, not theirs)
        own_words(str(m.content), lexicon)
        for m in state.get("messages") or []
        if isinstance(m, HumanMessage) and isinstance(m.content, str)
    ]
    # A reviewer's revision of a draft nobody has seen keeps its number: the mentor sees v1,
    # then v2 after their request, never a jump over drafts they were not shown.
    redraft = int(state.get("revisions") or 0) > 0
    version = (previous.version + (0 if redraft else 1)) if previous else 1
    if state.get("replan") and state.get("approved_plan"):  # from the current week (coach)
        plan = replan_step(state, profile, research, kb, constraints, version)
    else:
        plan = build_plan(
            profile,
            research,
            kb,
            start_date=start,
            constraints=constraints,
            version=version,
            previous_findings=review.findings if review and review.verdict == "revise" else None,
            said=said,  # the user's own words: background and ambitions (experience model)
        )
    plan = with_mentor_milestones(plan, kept_milestones(state))  # a mentor's edit stays
    plan = with_capped_titles(plan, kb)  # "at most 10 h" says what 10 h buy, for every reader
    plan = word_plan(runtime, profile, research, plan, notes, int(state.get("turn") or 0))
    pay = _posting_pay(research, runtime)
    if pay is not None:  # the job's own pay, shown over the sources' band
        plan = plan.model_copy(update={"posting_pay": pay})
    choice = state.get("choice")
    if choice and choice.get("chosen") == plan.target:  # the roles shown and why this one
        plan = plan.model_copy(update={"choice": RoleChoice.model_validate(choice)})
    emit({"type": "plan", "version": plan.version, "plan": plan.model_dump(mode="json")})
    update |= {"plan": plan.model_dump(mode="json"), "status": "drafting"}
    return Command(goto="reviewer", update=update)

"""route_turn: send each new user turn to intake, the waiting mentor pause, or the coach.

While the plan waits for the mentor, a turn that changes the hours, the horizon or the target,
or takes back a skill the plan counted, is a correction: it goes back through the profiler, so the plan is re-made, re-reviewed and
the new version is what the mentor sees. A plain "yes" or "no" answers the summary's "is this
right?" (a no without the change is asked what to change). Any other turn keeps the pause.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.choice import wants_other_options
from coach.engine.coding import refuses_coding
from coach.engine.pasted import pasted_document
from coach.engine.understand import extract_profile
from coach.engine.understand.confirm import is_no, is_yes
from coach.i18n import t
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.nodes.choose import choice_pending, pick_taken_back, reopen_choice
from coach.nodes.common import END_TURN, lang_of, last_user_text, profile_of
from coach.nodes.researcher import CONFIRM_SUMMARY, SUMMARY_CONFIRMED
from coach.schemas import Profile
from coach.state import CoachState

PLAN_FIELDS = ("hours_per_week", "horizon_weeks", "target_role")
"""Fields whose change, while the plan waits for the mentor, re-makes the plan."""


def changes_plan(text: str, prior: Profile, today: date) -> bool:
    """Whether ``text`` gives a new hours figure, horizon or target than ``prior`` has."""
    if not text.strip():
        return False
    kb = load_kb()
    new = extract_profile(text, prior, get_lexicon(kb), kb, asked=None, today=today)
    return (
        any(getattr(new, f) != getattr(prior, f) for f in PLAN_FIELDS)
        or _skill_taken_back(prior, new)
    ) and new.is_complete()


def _skill_taken_back(prior: Profile, new: Profile) -> bool:
    """A skill the plan counted that the person takes back or lowers ("wait, I don't actually
    know Python", "其实我不会Python，全忘了"): the plan must teach it after all."""
    levels = {c.skill_id: c.level for c in new.skills}
    return any(c.skill_id is not None and levels.get(c.skill_id, 0) < c.level for c in prior.skills)


def _summary_answer(text: str) -> str | None:
    """The reply to a plain "yes" or "no" under the summary of what was understood."""
    if is_yes(text):
        return "understand.confirmed"
    if is_no(text):
        return "understand.what_to_change"
    return None


def _declined(state: CoachState) -> dict[str, object]:
    """The answer to a summary that waits turning the role down without naming another ("no,
    something without coding"): the person is unsure again and is offered roles that fit."""
    text = last_user_text(state)
    prior = profile_of(state)
    kb = load_kb()
    new = extract_profile(text, prior, get_lexicon(kb), kb, asked="target")
    if new.target_role != prior.target_role or not (
        refuses_coding(text) or wants_other_options(text)
    ):
        return {}
    unsure = prior.model_copy(update={"target_role": None, "target_unsure": True})
    return {"profile": unsure.model_dump(mode="json")}


def route_turn(
    state: CoachState, runtime: Runtime[Context]
) -> Command[Literal["profiler", "researcher", "coach", "choose_role", "mentor_review", "__end__"]]:
    turn = int(state.get("turn") or 0) + 1
    status = state.get("status") or "intake"
    if status == "approved":
        return Command(goto="coach", update={"turn": turn})
    if status == "awaiting_mentor":
        today = runtime.context.today or date.today()
        first_draft = not state.get("approved_plan")  # a re-plan after approval: the coach's
        text = last_user_text(state)
        if first_draft and pick_taken_back(state, text):  # "我没选第三个": ask again
            return reopen_choice(state, runtime, turn)
        # a CV or a job posting pasted in: the profiler says what it read and asks to confirm
        # before re-planning (so no "I updated your plan" ahead of that, nor instead of it)
        pasted = first_draft and pasted_document(text, get_lexicon(load_kb())) is not None
        if (
            first_draft
            and state.get("profile")
            and (pasted or changes_plan(text, profile_of(state), today))
        ):
            notes = [] if pasted else [AIMessage(t(lang_of(state), "understand.replan"))]
            return Command(
                goto="profiler",
                update={"turn": turn, "asked": None, "status": "drafting", "messages": notes},
            )
        answer = _summary_answer(text) if first_draft and not state.get("proposal") else None
        if answer is not None:  # the answer to "is this right?" under the summary
            reply = AIMessage(t(lang_of(state), answer))
            return Command(goto="mentor_review", update={"turn": turn, "messages": [reply]})
        # Only the decision waits: the coach answers (from the plan in force) and goes back to
        # the mentor's pause; a change to a re-plan re-plans from the current week again.
        return Command(goto="coach", update={"turn": turn})
    if state.get("asked") == CONFIRM_SUMMARY:  # the answer to a summary that waits
        text = last_user_text(state)
        if is_yes(text):
            return Command(goto="researcher", update={"turn": turn, "asked": SUMMARY_CONFIRMED})
        if is_no(text):
            reply = AIMessage(t(lang_of(state), "understood.what_to_change"))
            return Command(goto=END_TURN, update={"turn": turn, "messages": [reply]})
        return Command(goto="profiler", update={"turn": turn, "asked": None} | _declined(state))
    if choice_pending(state):  # the answer to a numbered choice of roles
        return Command(goto="choose_role", update={"turn": turn})
    return Command(goto="profiler", update={"turn": turn})

"""route_turn: send each new user turn to intake, the waiting mentor pause, or the coach.

While the plan waits for the mentor, a turn that changes the hours, the horizon or the target,
takes back a skill the plan counted or adds one (known or wanted), is a correction: it goes back through the profiler, so the plan is re-made, re-reviewed and
the new version is what the mentor sees. A plain "yes" or "no" answers the summary's "is this
right?" (a no without the change is asked what to change). Any other turn keeps the pause.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.types import Command

from coach.context import Context
from coach.engine.choice import wants_other_options
from coach.engine.coding import refuses_coding
from coach.engine.pasted import pasted_document
from coach.engine.understand import apply_implied_skills, extract_profile
from coach.engine.understand.confirm import is_no, is_yes
from coach.engine.understand.cues import _TARGET_CUE
from coach.i18n import t
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.nodes.choose import choice_pending, pick_taken_back, reopen_choice, repick, repicks
from coach.nodes.common import END_TURN, lang_of, last_user_text, profile_of
from coach.nodes.researcher import CONFIRM_SUMMARY, SUMMARY_CONFIRMED
from coach.schemas import Profile
from coach.state import CoachState
from coach.text import has_cjk

PLAN_FIELDS = ("hours_per_week", "horizon_weeks", "target_role")
"""Fields whose change, while the plan waits for the mentor, re-makes the plan."""
BACKGROUND_FIELDS = ("current_role", "years_experience")
"""The background the plan's experience is read from: a correction of it ("btw I'm currently a
sales engineer, 9 years, the network engineer part was before that") re-makes the plan too; a
question that only mentions the job ("as a nurse, do I need Java?") changes neither."""
_CORRECTING = re.compile(
    r"\b(?:actually|btw|by\s+the\s+way|correction|to\s+be\s+clear|i\s+meant|currently|"
    r"now\s+i'?m|i'?m\s+now)\b|其实|更正|纠正|不对|说错|准确地说|现在是|目前是",
    re.IGNORECASE,
)
"""A correction cue: "btw I'm currently a sales engineer..., does that change anything?" still
corrects the background though it ends in a question."""
_REQUEST = re.compile(
    r"\b(?:make\s+it|change\s+(?:it|that|this)?\s*to|switch\s+(?:it\s+)?to|set\s+it\s+to|"
    r"move\s+it\s+to|cut\s+it\s+to|(?:can|could)\s+(?:we|you|i)\s+(?:make|change|switch|move|"
    r"cut|go\s+(?:with|for)|plan\s+(?:on|for|with))|i\s+(?:only|now)\s+have|i\s+can\s+only|"
    r"let'?s\s+(?:make|do|go|say))\b|改成|换成|调成|改为|换为|调整为|降到|减到|加到|只有|只能",
    re.IGNORECASE,
)
"""A change asked for as a question ("can we make it 5 hours a week?", "能改成每周5小时吗？"):
unlike "is 10 hours a week enough?" or "what if I had only 5 hours?", it re-plans."""
_HYPOTHETICAL = re.compile(
    r"\b(?:what\s+if|if\s+i|suppose|say\s+i|would\s+it)\b|如果|假如|要是|万一", re.IGNORECASE
)
_LATER_HOURS = re.compile(r"^\d+(?:\.\d+)? hours a week from \d{4}-\d{2}-\d{2}$")
_QUESTION_END = re.compile(r"[?？]\s*$|[吗呢吧]\s*[?？]?\s*$")


def changes_plan(
    text: str, prior: Profile, today: date, planned: frozenset[str] = frozenset()
) -> bool:
    """Whether ``text`` gives a new hours figure, horizon or target than ``prior`` has, or a
    skill (had, or wanted and not in the plan's items ``planned``)."""
    if not text.strip():
        return False
    kb = load_kb()
    new = extract_profile(text, prior, get_lexicon(kb), kb, asked=None, today=today)
    said_as_fact = not _QUESTION_END.search(text) or bool(_CORRECTING.search(text))
    asks_about = not said_as_fact and (
        bool(_HYPOTHETICAL.search(text)) or not _REQUEST.search(text)
    )
    background = said_as_fact and any(
        getattr(new, f) != getattr(prior, f) and getattr(new, f) is not None
        for f in BACKGROUND_FIELDS
    )
    fields = [f for f in PLAN_FIELDS if f != "target_role" or _names_a_target(text)]
    # new hours from a later day ("15 hours a week from January") are a profile constraint
    later = [c for c in new.constraints if c not in prior.constraints and _LATER_HOURS.match(c)]
    return (
        (not asks_about and any(getattr(new, f) != getattr(prior, f) for f in fields))
        or (not asks_about and bool(later))
        or background
        or _skill_taken_back(prior, new, kb)
        or (said_as_fact and not _PROGRESS.search(text) and _skill_added(prior, new, kb, planned))
    ) and new.is_complete()


_PROGRESS = re.compile(
    r"\b(?:finished|completed|done\s+with|wrapped\s+up|got\s+through|worked\s+through)\b|"
    r"\bweeks?\s+\d+(?:\s*(?:and|-|to)\s*\d+)?\b|学完|完成了|做完|第\s*[\d一二三四五六七八九十]+\s*周",
    re.IGNORECASE,
)
"""A report of progress on the plan ("finished week 1 and 2, prompt engineering was fun"):
what it names was learned in the plan, not a new skill of the background."""


def _names_a_target(text: str) -> bool:
    """Whether ``text`` says where the person wants to go (a target cue, or a bare role name):
    "finished week 1 and 2, prompt engineering was fun" reports progress, it changes no target."""
    short = len(text.split()) <= 5 if not has_cjk(text) else len(text.strip()) <= 14
    return (short and not _PROGRESS.search(text)) or bool(_TARGET_CUE.search(text))


def _skill_added(
    prior: Profile, new: Profile, kb: KnowledgeBase, planned: frozenset[str] = frozenset()
) -> bool:
    """A skill the person now says they have, above what the plan counted ("I also know Docker
    and Kubernetes well"), or one they now want in the plan ("add RAG to my plan", "加上微调"):
    the draft the mentor sees must count it."""
    before = apply_implied_skills(prior, kb)
    after = apply_implied_skills(new, kb)
    if any(level > before.get(s, (0, ""))[0] for s, (level, _) in after.items()):
        return True
    wanted = {w.skill_id for w in new.wants} - {w.skill_id for w in prior.wants} - {None}
    return bool(wanted - planned)  # "excited to learn Python" with Python planned: no change


def _skill_taken_back(prior: Profile, new: Profile, kb: KnowledgeBase) -> bool:
    """A skill the plan counted that the person takes back or lowers ("wait, I don't actually
    know Python", "其实我不会Git，也没用过Linux"), whether they had named it or the plan had
    counted it from their work: the plan must teach it after all."""
    before = apply_implied_skills(prior, kb)
    after = apply_implied_skills(new, kb)
    if any(after.get(s, (0, ""))[0] < level for s, (level, _) in before.items()):
        return True
    # a skill newly said not known: the plan may have counted it from the person's field
    denied = {c.skill_id for c in prior.skills if c.level == 0}
    return any(c.level == 0 and c.skill_id not in denied for c in new.skills)


def _planned(state: CoachState) -> frozenset[str]:
    """The skills the waiting draft's items teach."""
    plan = state.get("plan") or {}
    items = [i for phase in plan.get("phases") or [] for i in phase.get("items") or []]
    return frozenset(str(i.get("skill_id")) for i in items if i.get("skill_id"))


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


def _changes_draft(state: CoachState, text: str, today: date) -> bool:
    """A change to the waiting draft; a check-in ("finished week 1 and 2, prompt engineering was
    fun") is progress for the coach to note, not a change."""
    if _checks_in(state, text, today):
        return False
    return changes_plan(text, profile_of(state), today, _planned(state))


def _checks_in(state: CoachState, text: str, today: date) -> bool:
    """A check-in on the waiting draft ("finished week 1 and 2, prompt engineering was fun"):
    the coach notes it; it is no change to re-plan the draft for."""
    from coach.engine.progress import plan_week, read_checkin
    from coach.schemas import Plan

    if not state.get("plan"):
        return False
    plan = Plan.model_validate(state["plan"])
    return read_checkin(text, plan, load_kb(), plan_week(plan, today)) is not None


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
        if first_draft and repicks(state, text):  # "option 3 please": another of those shown
            return repick(state, turn)
        # a CV or a job posting pasted in: the profiler says what it read and asks to confirm
        # before re-planning (so no "I updated your plan" ahead of that, nor instead of it)
        pasted = first_draft and pasted_document(text, get_lexicon(load_kb())) is not None
        if first_draft and state.get("profile") and (pasted or _changes_draft(state, text, today)):
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

"""The answers of the turn kinds read by :mod:`coach.engine.turns_more` (a tool, another path,
a credential, a fear), dispatched from :mod:`coach.nodes.coach_answer`."""

from __future__ import annotations

from langgraph.runtime import Runtime

from coach.context import Context
from coach.engine.answers import Answer, with_sources
from coach.engine.answers_ambition import answer_credential, answer_fear
from coach.engine.answers_choice import answer_alternative, answer_tool
from coach.engine.answers_plan import next_step
from coach.engine.answers_posting import answer_posting, posting_question
from coach.engine.constraints import parse_constraints
from coach.engine.posting import JobPosting
from coach.engine.turns import skill_mentions
from coach.engine.turns_more import tool_turn
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile
from coach.state import CoachState
from coach.store import remembered_posting

MORE_KINDS = frozenset({"tool_choice", "alternative", "credential", "fear"})


def answer_more(
    kind: str, text: str, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer | None:
    """The answer for one of ``MORE_KINDS`` (None for any other kind)."""
    if kind == "tool_choice":
        turn = tool_turn(text, skill_mentions(text, kb))
        return answer_tool(turn, plan, profile, week, kb) if turn is not None else None
    if kind == "alternative":
        return answer_alternative(plan, profile, week, kb, text)
    if kind == "credential":
        return answer_credential(text, plan, profile, week, kb)
    if kind == "fear":
        return answer_fear(plan, profile, week, kb)
    return None


def certification(state: CoachState, plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """Certificates: the plan has none (or the mentor left them out, in their words)."""
    lang = plan.language
    words = [
        c.text
        for note in state.get("mentor_notes") or []
        for c in parse_constraints(note, kb)
        if c.kind == "exclude_topic"
    ]
    lines = [t(lang, "coach.b.cert_mentor", words=words[0]) if words else t(lang, "coach.b.cert")]
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [])


def posting_answer(
    runtime: Runtime[Context], text: str, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer | None:
    """A question about the job posting the person targets, answered from that posting (None
    when it is no such question, or no posting is remembered)."""
    if not posting_question(text):
        return None
    raw = remembered_posting(runtime.store, runtime.context.user_id)
    if not raw:
        return None
    return answer_posting(JobPosting.model_validate(raw), plan, profile, week, kb)

"""coach: the posting the person targets, after approval. A question about the posting as a
whole ("what matters most for this job?") gets the posting's own block (the docs lane's
``nodes.documents.posting_reply``); a question about one skill for it ("do I need Python for
this job?") is answered about that skill, with how the posting lists it; an interview date
gets the interview answer. A reply never repeats the one just given word for word."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage

from coach.engine.answers_extra import interview_day
from coach.engine.fit import FitItem, fit_report
from coach.engine.posting import JobPosting
from coach.engine.posting_ask import pay_answer
from coach.engine.turns import skill_mentions
from coach.engine.turns_asked import asked_skill
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile
from coach.state import CoachState
from coach.store import remembered_posting

SKILL_KINDS = frozenset(
    {"skill_question", "compare", "known_skill", "resource", "tool_choice", "alternative"}
)
"""Kinds of turn about a skill: answered about it, not with the whole posting."""


def own_answer(kind: str, text: str, plan: Plan, week: int, kb: KnowledgeBase) -> bool:
    """Whether the turn has an answer of its own that the posting's block would bury: a skill
    it asks about, an interview on a date, a change, a check-in."""
    if kind in SKILL_KINDS and skill_mentions(text, kb):
        return True
    return kind == "job_search" and interview_day(text, plan, week) is not None


def posting_lead(
    text: str, profile: Profile, plan: Plan, store: Any, user_id: str, kb: KnowledgeBase
) -> str | None:
    """How the targeted posting lists the skill a question asks about ("a plus, not a
    must-have"), or None (no posting, or the posting does not name it)."""
    raw = store is not None and remembered_posting(store, user_id)
    subject = asked_skill(text, skill_mentions(text, kb))
    if not raw or subject is None:
        return None
    posting = JobPosting.model_validate(raw)
    report = fit_report(profile, posting, kb)
    item = _item(report.have + report.missing, subject)
    lang = plan.language
    title = report.title or t(lang, "coach.t.posting_this")
    name = kb.skills[subject].name.get(lang) if subject in kb.skills else subject
    if item is None:
        return t(lang, "coach.p.not_named", title=title, skill=name)
    musts = [i for i in report.missing if i.required and i.skill_id != subject]
    first = ("、" if lang == "zh" else ", ").join(_name(i, lang) for i in musts[:3])
    key = "coach.p.required" if item.required else "coach.p.plus"
    others = [kb.skills[a].name.get(lang) for a in item.alternatives if a in kb.skills]
    if item.required and others:  # "Python or Node.js": either will do
        key, name = "coach.p.either", t(lang, "fit.either_sep").join([name, *others])
    line = t(lang, key, title=title, skill=name, words=item.words)
    if not item.required and first:
        line += _gap(lang) + t(lang, "coach.p.musts_first", skills=first)
    return line


def posting_pay_line(
    profile: Profile, plan: Plan, store: Any, user_id: str, kb: KnowledgeBase
) -> str | None:
    """What the targeted posting pays, as it states it (the first answer to "what can I
    expect to earn?" when there is one), or None."""
    raw = store is not None and remembered_posting(store, user_id)
    if not raw:
        return None
    report = fit_report(profile, JobPosting.model_validate(raw), kb)
    return pay_answer(report, plan.language) if report.pay else None


def _item(items: list[FitItem], skill_id: str) -> FitItem | None:
    return next((i for i in items if i.skill_id == skill_id or skill_id in i.alternatives), None)


def _name(item: FitItem, lang: str) -> str:
    return item.name_zh if lang == "zh" else item.name_en


def _gap(lang: str) -> str:
    return "" if lang == "zh" else " "


def not_again(reply: str, state: CoachState, lang: str) -> str:
    """``reply``, or, when it is word for word the coach's last message, a short pointer to it
    with its last line (what to do about it) instead of the same block again."""
    previous = [m for m in (state.get("messages") or [])[:-1] if isinstance(m, AIMessage)]
    if not previous or str(previous[-1].content).strip() != reply.strip():
        return reply
    sources = t(lang, "coach.a.sources", ids="")
    lines = [ln for ln in reply.strip().split("\n") if ln.strip() and not ln.startswith(sources)]
    return t(lang, "coach.p.same_as_above") + ("\n" + lines[-1] if len(lines) > 1 else "")

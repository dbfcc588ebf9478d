"""A CV or a job posting pasted into the chat: read it as ``--cv`` / ``--job`` would.

The profiler asks :func:`read_pasted` first. A pasted CV is folded into the profile line by line
through the understanding (:func:`coach.engine.cv_import.profile_from_cv`, the CV's lines as the
evidence; hours, horizon and target stay the person's own); a pasted posting becomes the target
(its closest curated role) and is kept for the planner and the reviewer, as ``--job`` keeps it.
Either way the person is told in one short paragraph what was read, and the intake goes on.
Contact details are masked before the lines are kept as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from coach.engine.cv_import import profile_from_cv
from coach.engine.fit import fit_report
from coach.engine.pasted import chat_lines, document_text, pasted_document
from coach.engine.posting import JobPosting, parse_posting
from coach.engine.posting_ask import (
    asks_about_posting,
    asks_pay,
    means_a_posting,
    no_posting_answer,
    pay_answer,
    posting_answer,
)
from coach.engine.posting_pick import posting_target, targeted_posting, with_posting_evidence
from coach.engine.posting_roles import role_name
from coach.engine.understand import extract_profile
from coach.i18n import t
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.llm.privacy import mask_pii
from coach.nodes.common import MAX_DOCUMENT_CHARS, MAX_MESSAGE_CHARS
from coach.schemas import Plan, Profile
from coach.store import remember_posting, remembered_posting

"""Set in the user's memory by `coach chat --cv/--job` (coach.cli_fit) until the profiler has
confirmed what it read."""
SHOWN_SKILLS = 8
"""At most this many skill names in the one-paragraph summary (then "+N more")."""


@dataclass(frozen=True)
class PastedRead:
    kind: str
    profile: Profile
    note: str


def _lang(lang: str) -> Literal["en", "zh"]:
    return "zh" if lang == "zh" else "en"


def _names(ids: list[str], kb: KnowledgeBase, lang: str) -> str:
    names = [kb.skills[s].name.get(_lang(lang)) for s in ids if s in kb.skills]
    more = len(names) - SHOWN_SKILLS
    sep = "、" if lang == "zh" else ", "
    text = sep.join(names[:SHOWN_SKILLS])
    if more > 0:
        text += t(lang, "fit.pasted_more", count=more)
    return text or t(lang, "fit.none")


def _asked(posting: JobPosting, required: bool, kb: KnowledgeBase, lang: str) -> list[str]:
    """The skills the posting asks for (or lists as a plus), an "A or B" said as one."""
    out: list[str] = []
    done: set[str] = set()
    kind = {r.skill_id: r.required for r in posting.requirements}
    for req in posting.requirements:
        if req.required != required or req.skill_id in done or req.skill_id not in kb.skills:
            continue
        same = [a for a in req.alternatives if a in kb.skills and kind.get(a) == required]
        group = [req.skill_id, *same]
        done.update(group)
        names = [kb.skills[s].name.get(_lang(lang)) for s in group]
        out.append(t(lang, "fit.either_sep").join(names))
    return out


def _listed(names: list[str], lang: str) -> str:
    more = len(names) - SHOWN_SKILLS
    text = ("、" if lang == "zh" else ", ").join(names[:SHOWN_SKILLS])
    if more > 0:
        text += t(lang, "fit.pasted_more", count=more)
    return text or t(lang, "fit.none")


def _cv_note(before: Profile, after: Profile, lines: int, kb: KnowledgeBase, lang: str) -> str:
    old = {s.skill_id for s in before.skills if s.level > 0}
    new = [s.skill_id for s in after.skills if s.level > 0 and s.skill_id and s.skill_id not in old]
    years = "?" if after.years_experience is None else f"{after.years_experience:g}"
    return t(
        lang,
        "fit.pasted_cv",
        lines=lines,
        role=after.current_role or "?",
        years=years,
        skills=_names(new, kb, lang),
    )


def _posting_note(
    posting: JobPosting, profile: Profile, kb: KnowledgeBase, lang: str, targeted: bool
) -> str:
    required = _asked(posting, True, kb, lang)
    preferred = _asked(posting, False, kb, lang)
    role = kb.roles.get(posting.closest_role or "")
    report = fit_report(profile, posting, kb)
    note = t(
        lang,
        "fit.pasted_posting",
        title=posting.title or t(lang, "fit.untitled"),
        required=_listed(required, lang),
        role=role_name(kb, role.id, posting.closest_track, lang) if role else "?",
        fit=round(report.fit * 100),
        hours=report.gap_hours,
    )
    gap = "" if lang == "zh" else " "
    if targeted:
        note += gap + t(lang, "fit.pasted_plan_toward")
    if preferred:
        note += gap + t(lang, "fit.pasted_preferred", skills=_listed(preferred, lang))
    if posting.unmapped:
        example = posting.unmapped[0][:80]
        note += gap + t(lang, "fit.pasted_unmapped", count=len(posting.unmapped), example=example)
    if posting.uncovered:
        sep = "、" if lang == "zh" else ", "
        note += gap + t(lang, "fit.pasted_uncovered", terms=sep.join(posting.uncovered[:10]))
    return note


def posting_reply(
    text: str,
    profile: Profile,
    plan: Plan | None,
    kb: KnowledgeBase,
    store: Any = None,
    user_id: str = "local",
) -> str | None:
    """The answer to a question about the posting the person targets ("what matters most for
    this job?", "帮我看看差多少"): its must-haves in its order, from the fit report; before any
    posting, how to give one. None for any other turn."""
    if not asks_about_posting(text):
        return None
    lang = plan.language if plan is not None else profile.language
    raw = remembered_posting(store, user_id) if store is not None else None
    if raw is None:
        return no_posting_answer(lang) if means_a_posting(text) else None
    posting = JobPosting.model_validate(raw)
    report = fit_report(profile, posting, kb)
    if asks_pay(text):
        return pay_answer(report, lang)
    return posting_answer(report, posting, plan, kb, lang)


def message_limit(text: str) -> int:
    """How much of a message is read: a pasted CV or posting up to ``MAX_DOCUMENT_CHARS``,
    any other message up to ``MAX_MESSAGE_CHARS``."""
    if len(text) <= MAX_MESSAGE_CHARS:
        return MAX_MESSAGE_CHARS
    kind = pasted_document(text[:MAX_DOCUMENT_CHARS], get_lexicon(load_kb()))
    return MAX_DOCUMENT_CHARS if kind else MAX_MESSAGE_CHARS


def _years_to_posting(store: Any, user_id: str, years: dict[str, float]) -> None:
    """The CV's years per skill onto the posting the person targets, if one is remembered, so
    its fit (the plan's too) weighs "N+ years" asks by the CV's jobs."""
    raw = remembered_posting(store, user_id) if store is not None and years else None
    if raw is not None:
        posting = JobPosting.model_validate(raw).model_copy(update={"cv_years": years})
        remember_posting(store, user_id, posting.model_dump(mode="json"))


def read_pasted(
    text: str,
    prior: Profile | None,
    lang: str,
    kb: KnowledgeBase,
    today: date,
    store: Any = None,
    user_id: str = "local",
) -> PastedRead | None:
    """The profile after a pasted CV or posting, and what to tell the person; None when
    ``text`` is an ordinary message."""
    lexicon = get_lexicon(kb)
    kind = pasted_document(text, lexicon)
    if kind is None:
        return None
    base = prior or Profile()
    said = chat_lines(text)
    if said:  # "6 hours a week, by September; here's my CV:" counts as any chat turn
        base = extract_profile(said, base, lexicon, kb, asked=None, today=today)
    masked = mask_pii(document_text(text, kind))
    if kind == "cv":
        result = profile_from_cv(masked, lexicon, kb, today, base)
        profile = result.profile.model_copy(update={"language": lang})
        _years_to_posting(store, user_id, result.skill_years)
        return PastedRead("cv", profile, _cv_note(base, profile, result.lines_read, kb, lang))
    posting = parse_posting(masked, lexicon, kb)
    if not posting.requirements:
        return None  # names no skill coach knows: not read as a posting
    update = posting_target(posting, lexicon, kb, today, base)
    if update.get("target_role") is None and (base.target_role or base.target_not_in_kb):
        update = {}  # a job coach's roles lack: the person's own target (or choice) stands
    posting = targeted_posting(posting, update, kb)
    profile = with_posting_evidence(base.model_copy(update=update), posting)
    if store is not None:
        remember_posting(store, user_id, posting.model_dump(mode="json"))
    targeted = bool(update.get("target_role"))
    return PastedRead("posting", profile, _posting_note(posting, profile, kb, lang, targeted))

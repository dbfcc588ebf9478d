"""What the intake says, in a line, about roles the person asks about or the KB lacks: a role
the KB lacks said plainly once (with the closest roles, compared later by the choose step),
"Is that even a real job?" and "那AI产品经理呢？" answered from the knowledge base before the
next question."""

from __future__ import annotations

from coach.engine.understand.role_questions import REAL_JOB, role_asked_about, what_kb_says
from coach.i18n import t
from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile


def _name(kb: KnowledgeBase, role_id: str, lang: str) -> str:
    role = kb.roles.get(role_id)
    return (role.name.zh if lang == "zh" else role.name.en) if role else role_id


def _joined(names: list[str], lang: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return t(lang, "choose.sep").join(names[:-1]) + t(lang, "choose.or") + names[-1]


def _cover(kb: KnowledgeBase, lexicon: Lexicon, words: str, lang: str) -> str:
    said = what_kb_says(words, kb, lexicon)
    skills = [
        kb.skills[s].name.zh if lang == "zh" else kb.skills[s].name.en for s in said.skill_ids[:3]
    ]
    if not skills:
        return ""
    roles = [_name(kb, r, lang) for r in said.roles_needing]
    if not roles:
        return t(lang, "understand.role_cover_skills", skills=_joined(skills, lang))
    return t(
        lang, "understand.role_cover", skills=_joined(skills, lang), roles=_joined(roles, lang)
    )


def not_in_kb_first(prior: Profile | None, profile: Profile, lang: str, kb: KnowledgeBase) -> str:
    """Once, when a role the KB lacks is first read and more is still to ask: said plainly,
    with the closest roles by name (the choose step compares them, each with why)."""
    raw = profile.target_not_in_kb
    if not raw or not profile.target_candidates or profile.is_complete():
        return ""
    if prior is not None and prior.target_not_in_kb == raw:
        return ""
    names = [_name(kb, r, lang) for r in profile.target_candidates if r in kb.roles]
    return t(lang, "understand.not_in_kb_first", raw=raw, names=_joined(names, lang))


def role_question_notes(
    text: str, profile: Profile, lang: str, kb: KnowledgeBase, lexicon: Lexicon
) -> list[str]:
    """Answers to questions about roles in ``text``: whether the target named is a real job,
    and what the KB has of another role asked about."""
    notes: list[str] = []
    words = role_asked_about(text)
    if words == profile.target_not_in_kb:
        words = None
    if REAL_JOB.search(text) and words is None:  # "is that a real job?" of the target
        # a role the KB lacks, or words no role of it is sure for (a close call)
        raw = profile.target_not_in_kb or (
            profile.target_raw if profile.target_candidates and not profile.target_role else None
        )
        if raw:
            cover = _cover(kb, lexicon, raw, lang)
            notes.append(t(lang, "understand.real_job_missing", raw=raw, cover=cover))
        elif profile.target_role in kb.roles:
            role = _name(kb, profile.target_role or "", lang)
            notes.append(t(lang, "understand.real_job_kb", role=role))
    if words:  # "what about AI product designer? is that a real job?": of the role asked
        said = what_kb_says(words, kb, lexicon)
        if said.role_id is not None and said.role_id != profile.target_role:
            role = _name(kb, said.role_id, lang)
            notes.append(t(lang, "understand.asked_role_kb", words=words, role=role))
        elif said.role_id is None:
            cover = _cover(kb, lexicon, words, lang)
            notes.append(t(lang, "understand.asked_role_missing", words=words, cover=cover))
    return notes

"""Which role a job posting makes the person's target (pure): the curated role its title names,
a job the knowledge base lacks said as such (or, when its closest role is also the one that fits
the person best, that role standing in), else the role whose skills the posting covers best."""

from __future__ import annotations

import re
from datetime import date

from coach.engine.posting import JobPosting
from coach.engine.posting_roles import closest_track, role_coverage
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile


def posting_target(
    posting: JobPosting,
    lexicon: Lexicon,
    kb: KnowledgeBase,
    today: date,
    person: Profile | None = None,
) -> dict[str, object]:
    """What a posting makes of the person's target (the fields to update; empty: leave it).

    The job's title, read as a chat answer to "which role?", comes first: a curated role it names
    ("MLOps Engineer, ML Platform") is the target; a role the knowledge base lacks ("AI 产品经理")
    is said as such, with the closest curated roles to choose from, never silently turned into an
    engineering role. A title that names neither leaves the role whose skills the posting covers
    best."""
    if posting.title:
        titled = extract_profile(posting.title, Profile(), lexicon, kb, asked="target", today=today)
        bare = _BRACKETS.sub("", posting.title).strip()
        if not (titled.target_role or titled.target_not_in_kb) and bare and bare != posting.title:
            # "AI产品经理（大模型方向）": the job is the words before its direction
            titled = extract_profile(bare, Profile(), lexicon, kb, asked="target", today=today)
        if titled.target_role in kb.roles and _title_stands(posting, titled.target_role, kb):
            return _target(titled.target_role)
        if titled.target_not_in_kb:
            closest = [posting.closest_role] if posting.closest_role else []
            others = [c for c in titled.target_candidates if c not in closest]
            update: dict[str, object] = {
                "target_role": None,
                "target_unsure": False,
                "target_not_in_kb": titled.target_not_in_kb,
                "target_candidates": (closest + others)[:3],
            }
            return _agreed_stand_in(update, posting, person, kb)
    return _target(posting.closest_role) if posting.closest_role else {}


def _agreed_stand_in(
    update: dict[str, object], posting: JobPosting, person: Profile | None, kb: KnowledgeBase
) -> dict[str, object]:
    """A job the KB lacks ("AI 数据分析工程师") whose closest role by its requirements is also the
    role that fits the person best stands in for it (said in the fit and the note, with the
    closest role named); when they differ ("AI产品经理" for a product manager: agent engineer by
    its skills, AI-augmented professional for her) the person chooses."""
    from coach.engine.ranking import closest_for_person

    if person is None or not posting.closest_role:
        return update
    ranked = closest_for_person(person.model_copy(update=update), kb).target_candidates
    if ranked and ranked[0] == posting.closest_role:
        return _target(posting.closest_role) | {"target_raw": update["target_not_in_kb"]}
    return update


_BRACKETS = re.compile(r"\s*[(（][^()（）]*(?:方向|方面|track|focus)[)）]", re.IGNORECASE)
"""A direction said in brackets after the job ("AI产品经理（大模型方向）", "(LLM track)"); a
sub-title ("(Training Cluster Operations)") stays part of it."""
TITLE_ROLE_SHARE = 0.7
"""The role a posting's title names stands for it while the posting's requirements cover at
least this share of what they cover of the closest role by requirements; below it the title's
word ("GPU Infrastructure Engineer (AI Cluster Operations)" for Kubernetes, Slurm and monitoring,
no kernels) is only a word, and the requirements say which role the job is."""


def _title_stands(posting: JobPosting, role_id: str, kb: KnowledgeBase) -> bool:
    if not posting.closest_role or role_id == posting.closest_role:
        return True
    must = {r.skill_id for r in posting.requirements if r.required}  # what the job is
    best = role_coverage(kb, posting.closest_role, must)
    return role_coverage(kb, role_id, must) >= TITLE_ROLE_SHARE * best


def targeted_posting(
    posting: JobPosting, update: dict[str, object], kb: KnowledgeBase
) -> JobPosting:
    """``posting`` with the role its title made the target standing in for what it does not say
    ("AI平台后端工程师" names MLOps while its skills lean to inference): the plan for that role
    then targets the posting's requirements, and the fit report names the same role."""
    role = update.get("target_role")
    lacking = update.get("target_not_in_kb")
    if isinstance(lacking, str) and lacking:  # "AI产品经理": the role chosen next plans for it
        posting = posting.model_copy(update={"title_not_in_kb": lacking})
    if not isinstance(role, str) or role not in kb.roles or role == posting.closest_role:
        return posting
    asked = {r.skill_id for r in posting.requirements}
    update = {
        "closest_role": role,
        "closest_role_coverage": role_coverage(kb, role, asked),
        "closest_track": closest_track(kb, role, asked),
    }
    return posting.model_copy(update=update)


def with_posting_evidence(profile: Profile, posting: JobPosting) -> Profile:
    """The target a posting set, with the posting's title as its words (``coach profile`` shows
    it, never a later question that happens to name the job)."""
    if not profile.target_role or not posting.title or profile.target_role != posting.closest_role:
        return profile
    evidence = profile.evidence | {"target_role": posting.title}
    return profile.model_copy(update={"evidence": evidence})


def _target(role: str) -> dict[str, object]:
    return {
        "target_role": role,
        "target_unsure": False,
        "target_not_in_kb": None,
        "target_candidates": [],
    }

"""A job posting as the target: the closest curated role's requirements, plus what the posting
asks for that the knowledge base knows (issue 14 item 2, planner side).

Pure: the role's research and a parsed posting in, the research the plan targets out. The
posting's requirements outrank the role's defaults: a skill the posting requires counts at least
``POSTING_REQUIRED_WEIGHT`` (core: it is what the job is), at the level the posting asks for; a
role skill the posting does not require (never names, or lists only as a plus) counts
``NOT_IN_POSTING_SHARE`` of its weight, so it ranks below every requirement of the posting; a
skill the posting's title names is the job itself (``POSTING_TITLE_WEIGHT``). A "nice to have"
outside the role counts ``POSTING_OPTIONAL_WEIGHT``. Terms the KB does not know stay in the fit
report's "not covered" list: nothing is invented.
"""

from __future__ import annotations

from coach.engine.gaps import as_level
from coach.engine.planner.sequence import ancestors
from coach.engine.posting import JobPosting, PostingRequirement
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile, RequiredSkill, RoleResearch

POSTING_SOURCE = "job_posting"
"""``source_id`` of a requirement that comes from the user's job posting (their own document)."""
POSTING_REQUIRED_WEIGHT = 0.9
"""The least a requirement of the posting counts: above every role skill the posting does not
require (at most 1.0 x ``NOT_IN_POSTING_SHARE``) and at the core's weight, so a plan against a
posting schedules what it asks for first. Within the requirements, :func:`requirement_weight`
ranks them up to 1.0."""
REQUIREMENT_SPAN = 0.1
"""How far above ``POSTING_REQUIRED_WEIGHT`` a requirement can rank: by the closest role's own
weight for it (half), stated years or expert level ("3+ years of Python", "strong SQL": a
third) and its place in the posting (the rest: what is listed first is asked first)."""
POSTING_OPTIONAL_WEIGHT = 0.5
POSTING_TITLE_WEIGHT = 1.0
"""A skill the posting's title names ("LLM Evaluation Engineer") is the job itself: core."""
NOT_IN_POSTING_SHARE = 0.85
"""A role skill the posting does not name counts this share of its weight: the plan targets
the posting, so what it asks for outranks the role's defaults (a role core skill it never
mentions drops below the core). A skill the posting lists only as a plus counts the same:
"Kubernetes is a plus" is not a requirement."""


def _as_fit_reads(posting: JobPosting, kb: KnowledgeBase, profile: Profile | None) -> JobPosting:
    """The posting as the fit report reads it for ``profile``: of an "A or B" requirement only
    the one the person has or is nearest to ("Python or Go" for someone with Go: Go), so the plan
    asks for one of them, never both; a requirement years of the work meet ("5+ years leading
    clinical teams" for a ward manager of 14 years) at the level the person shows."""
    from coach.engine.fit import fit_report

    report = fit_report(profile or Profile(), posting, kb)
    items = [*report.have, *report.missing]
    aside = {s for item in items for s in item.alternatives}
    shown = {i.skill_id: i.by_years for i in items if i.by_years is not None}
    return posting.model_copy(
        update={
            "requirements": [
                r.model_copy(update={"level": max(1, shown[r.skill_id])})
                if r.skill_id in shown
                else r
                for r in posting.requirements
                if r.skill_id not in aside
            ]
        }
    )


def requirement_weight(
    req: PostingRequirement, place: int, count: int, role_weight: float
) -> float:
    """How much a required skill of the posting counts (see ``REQUIREMENT_SPAN``): never less
    than ``POSTING_REQUIRED_WEIGHT``, never less than the role gives it, at most 1.0. All of them
    at one weight left their order to the alphabet: a posting's "3+ years of Python" came after
    its Docker."""
    stressed = 1.0 if req.years is not None or req.level >= 3 else 0.0
    early = 1.0 - place / max(1, count)
    score = 0.5 * min(1.0, role_weight) + 0.3 * stressed + 0.2 * early
    return round(max(role_weight, min(1.0, POSTING_REQUIRED_WEIGHT + REQUIREMENT_SPAN * score)), 3)


def _title_skills(posting: JobPosting, kb: KnowledgeBase) -> set[str]:
    """Skills the posting's title names that are the job itself: not a foundation another of
    its requirements builds on ("LLM Application Engineer": the LLM in it is the field the
    application work sits in, not LLM fundamentals as the job; "LLM Evaluation Engineer":
    evaluation is the job)."""
    named = {m.id for m in get_lexicon(kb).find_skills(posting.title or "")}
    asked = {r.skill_id for r in posting.requirements if r.skill_id in kb.skills}
    below = {a for s in asked for a in ancestors(s, kb)}
    return {s for s in named & asked if s not in below}


def posting_research(
    research: RoleResearch,
    posting: JobPosting,
    kb: KnowledgeBase,
    profile: Profile | None = None,
) -> RoleResearch:
    """``research`` with the posting's known requirements merged in (levels and weights raised,
    skills outside the role added); of an "A or B" requirement only the one ``profile`` is
    nearest to."""
    posting = _as_fit_reads(posting, kb, profile)
    named = {r.skill_id for r in posting.requirements if r.required}
    in_title = _title_skills(posting, kb)
    named |= in_title
    by_id = {
        r.skill_id: (
            r
            if r.skill_id in named
            else r.model_copy(update={"weight": round(r.weight * NOT_IN_POSTING_SHARE, 3)})
        )
        for r in research.required_skills
    }
    order = [r.skill_id for r in research.required_skills]
    role_weight = {r.skill_id: r.weight for r in research.required_skills}
    required = [r.skill_id for r in posting.requirements if r.required and r.skill_id in kb.skills]
    for req in posting.requirements:
        if req.skill_id not in kb.skills:
            continue
        weight = POSTING_OPTIONAL_WEIGHT
        if req.required:
            place = required.index(req.skill_id)
            own = role_weight.get(req.skill_id, 0.0)
            weight = requirement_weight(req, place, len(required), own)
        if req.skill_id in in_title:
            weight = POSTING_TITLE_WEIGHT
        old = by_id.get(req.skill_id)
        if old is None:
            level = req.level if req.required else 1
            by_id[req.skill_id] = RequiredSkill(
                skill_id=req.skill_id,
                level=as_level(level),
                weight=weight,
                source_id=POSTING_SOURCE,
            )
            order.append(req.skill_id)
        else:
            level = max(int(old.level), req.level if req.required else 0)
            by_id[req.skill_id] = old.model_copy(
                update={"level": as_level(level), "weight": max(old.weight, weight)}
            )
    return research.model_copy(update={"required_skills": [by_id[s] for s in order]})

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
from coach.engine.posting import JobPosting
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile, RequiredSkill, RoleResearch

POSTING_SOURCE = "job_posting"
"""``source_id`` of a requirement that comes from the user's job posting (their own document)."""
POSTING_REQUIRED_WEIGHT = 0.9
"""Above every role skill the posting does not require (at most 1.0 x ``NOT_IN_POSTING_SHARE``)
and at the core's weight: a plan against a posting schedules what it asks for first."""
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
    in_title = {m.id for m in get_lexicon(kb).find_skills(posting.title or "")}
    named |= in_title & {r.skill_id for r in posting.requirements}
    by_id = {
        r.skill_id: (
            r
            if r.skill_id in named
            else r.model_copy(update={"weight": round(r.weight * NOT_IN_POSTING_SHARE, 3)})
        )
        for r in research.required_skills
    }
    order = [r.skill_id for r in research.required_skills]
    for req in posting.requirements:
        if req.skill_id not in kb.skills:
            continue
        weight = POSTING_REQUIRED_WEIGHT if req.required else POSTING_OPTIONAL_WEIGHT
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

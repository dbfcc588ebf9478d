"""The answer to a question about the job posting the person targets ("what matters most for
the GPU infrastructure job?", "这个岗位最看重什么？"), after approval: the posting's own must-haves
in its order, each against the plan (the weeks that teach it, already theirs, or not planned),
then what it only prefers and what the sources do not cover."""

from __future__ import annotations

import re

from coach.engine.answers import Answer, with_sources
from coach.engine.answers_plan import next_step, week_span
from coach.engine.posting import JobPosting, PostingRequirement
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language, Plan, Profile

MAX_MUST = 6

_JOB_REF = re.compile(
    r"\b(?:the|this|that|my|their)\s+(?:[\w-]+\s+){0,4}?(?:job|posting|role|position|opening|"
    r"jd|vacancy|ad|listing)\b|\bjob\s+(?:ad|posting|description)\b"
    r"|这个岗位|那个岗位|这份JD|这个JD|这个职位|那个职位|招聘启事|岗位要求|这份工作|那份工作|这家公司的岗位|JD",
    re.I,
)
_ASK_MOST = re.compile(
    r"\b(?:what\s+matters|matters?\s+most|most\s+important|what\s+(?:do|does|will)\s+(?:they|it|the\s+\w+)"
    r"\s+(?:want|need|ask|look\s+for|care\s+about)|requirements?|must[- ]haves?|focus\s+on|"
    r"prioriti[sz]e|key\s+skills?|what\s+should\s+i\s+(?:learn|focus|prepare)|cares?\s+about\s+most|"
    r"looks?\s+for\s+most|values?\s+most|most\s+(?:valued|wanted))\b"
    r"|最重要|最看重|重点|要求什么|看重什么|要什么|需要什么|先学什么|准备什么",
    re.I,
)


def posting_question(text: str) -> bool:
    """A question about what the targeted job posting asks for most."""
    return bool(_JOB_REF.search(text) and _ASK_MOST.search(text))


def _status(req: PostingRequirement, plan: Plan, profile: Profile, lang: Language) -> str:
    items = [i for i in plan.items() if i.skill_id == req.skill_id]
    if items:
        weeks = week_span(items[0].week_start, items[-1].week_end)
        hours = f"{sum(i.hours for i in items):g}"
        return t(lang, "coach.t.posting_planned", weeks=weeks, hours=hours)
    have = next((s for s in profile.skills if s.skill_id == req.skill_id), None)
    if (have is not None and have.level >= req.level) or any(
        s.skill_id == req.skill_id for s in plan.strengths
    ):
        return t(lang, "coach.t.posting_have")
    return t(lang, "coach.t.posting_missing")


def answer_posting(
    posting: JobPosting, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer:
    lang = plan.language
    title = posting.title or t(lang, "coach.t.posting_this")
    must = [r for r in posting.requirements if r.required and r.skill_id in kb.skills]
    nice = [r for r in posting.requirements if not r.required and r.skill_id in kb.skills]
    lines = [t(lang, "coach.t.posting_head", title=title)]
    missing: list[str] = []
    for req in must[:MAX_MUST]:
        name = kb.skills[req.skill_id].name.get(lang)
        level = t(lang, f"plan.level.{req.level}")
        years = t(lang, "coach.t.posting_years", years=f"{req.years:g}") if req.years else ""
        status = _status(req, plan, profile, lang)
        if status == t(lang, "coach.t.posting_missing"):
            missing.append(name)
        lines.append(
            t(lang, "coach.t.posting_req", skill=name, level=level, years=years, words=req.words)
            + status
        )
    sep = "、" if lang == "zh" else ", "
    if nice:
        names = sep.join(dict.fromkeys(kb.skills[r.skill_id].name.get(lang) for r in nice[:4]))
        lines.append(t(lang, "coach.t.posting_nice", skills=names))
    if posting.uncovered:
        lines.append(t(lang, "coach.t.posting_uncovered", terms=sep.join(posting.uncovered[:4])))
    if missing:
        lines.append(t(lang, "coach.t.posting_gap", skills=sep.join(missing)))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [], kb)

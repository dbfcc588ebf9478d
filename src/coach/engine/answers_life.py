"""Answers to turns about the person's life rather than the plan: "I got the job!" (the plan's
job search is no longer needed; what is left becomes learning on the job)."""

from __future__ import annotations

from coach.engine.answers import Answer, with_sources
from coach.engine.progress import done_through
from coach.i18n import t
from coach.schemas import Plan


def answer_got_job(plan: Plan, week: int) -> Answer:
    """Congratulations, what the rest of the plan becomes, and how to drop the job search."""
    lang = plan.language
    done = done_through(plan.progress, week)
    left = [
        i for i in plan.items() if i.week_end > done and i.skill_id not in plan.progress.skills_done
    ]
    core = [i.title for i in left if i.skill_id in set(plan.core_skills)][:3]
    lines = [t(lang, "coach.a.got_job", role=plan.target_name)]
    if left:
        hours = f"{sum(i.hours for i in left):g}"
        lines.append(t(lang, "coach.a.got_job_left", count=len(left), hours=hours))
        if core:
            sep = "；" if lang == "zh" else "; "
            lines.append(t(lang, "coach.a.got_job_core", items=sep.join(core)))
    if any(ph.kind == "job_search" for ph in plan.phases):
        lines.append(t(lang, "coach.a.got_job_search"))
    return with_sources(lang, lines, [])

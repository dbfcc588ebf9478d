"""Three everyday questions after approval, answered from the plan and the profile: "should I
quit my job to study full time?" (no need: the plan fits beside it; what full time would buy
and cost), "what's the hardest part of this plan?" (its heaviest core item and the project),
and "how do I explain this career change in an interview?" (the story: what they did, what
carries over, what they built). Pure: data in, text out."""

from __future__ import annotations

import math
import re

from coach.engine.answers import Answer, with_sources
from coach.engine.answers_plan import next_step
from coach.engine.progress import done_through
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile

FULL_TIME_HOURS = 30.0
"""Study hours a week taken as full time (a working week's share for real learning)."""

_QUIT = re.compile(
    r"\b(?:quit|leave|give\s+up)\s+(?:my|the)\s+(?:day\s+)?(?:job|work)\b|\bstudy\s+full[- ]?time\b|"
    r"\bgo\s+full[- ]?time\s+on\s+(?:this|it|studying|learning)\b|\btake\s+a\s+(?:career\s+)?break\s+to\s+study\b"
    r"|辞职|裸辞|辞掉工作|全职(?:学习|学|备考|转行)|脱产(?:学习)?",
    re.I,
)
_HARDEST = re.compile(
    r"\b(?:hardest|toughest|most\s+difficult|most\s+challenging|biggest\s+challenge)\b"
    r"|最难|难点|最有挑战|最大的挑战|最费劲|哪里最难|哪部分最难",
    re.I,
)
_STORY = re.compile(
    r"\b(?:explain|tell|present|pitch|justify)\s+(?:my|this|the)\s+(?:career\s+)?(?:change|switch|transition|move)\b|"
    r"\bwhy\s+i'?m\s+(?:switching|changing\s+careers?|moving)\b|\bmy\s+(?:career\s+)?story\b"
    r"|怎么(?:解释|讲|说)(?:我的)?转行|为什么转行|转行的(?:原因|理由|故事)|讲(?:清楚)?(?:我的)?转型(?:经历|故事)",
    re.I,
)


def quit_question(text: str) -> bool:
    return bool(_QUIT.search(text))


_ASKED = re.compile(
    r"\?|？|吗|么|要不要|该不该|是否|好不好|值不值|\b(?:should|would|could|is\s+it|do\s+you\s+think)\b",
    re.I,
)


def asked_quitting(text: str) -> bool:
    """Quitting asked about ("should I quit?", "要不要辞职？"), not done ("I quit my job")."""
    return quit_question(text) and bool(_ASKED.search(text))


def hardest_question(text: str) -> bool:
    return bool(_HARDEST.search(text))


def story_question(text: str) -> bool:
    return bool(_STORY.search(text))


def answer_quit(plan: Plan, week: int) -> Answer:
    """No need: the plan fits beside the job; full time, the rest would take fewer weeks; what
    it costs; say the new hours to re-plan."""
    lang = plan.language
    done = done_through(plan.progress, week)
    items_left = sum(i.hours for i in plan.items() if i.week_end > done)
    left: float = round(sum(plan.weekly_hours[done:])) or items_left
    weeks_now = max(1, plan.horizon_weeks - done)
    weeks_full = max(1, math.ceil(left / FULL_TIME_HOURS)) if left else 1
    lines = [
        t(lang, "coach.q.quit_no", hours=f"{plan.hours_per_week:g}", weeks=weeks_now),
        t(
            lang,
            "coach.q.quit_full",
            full=f"{FULL_TIME_HOURS:g}",
            left=f"{left:g}",
            weeks=weeks_full,
        ),
        t(lang, "coach.q.quit_cost"),
        next_step(plan, week),
    ]
    return with_sources(lang, lines, [])


def answer_hardest(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """The heaviest core item still ahead (most hours to a working level or above) and the
    project; how to get through them."""
    lang = plan.language
    done = done_through(plan.progress, week)
    core = set(plan.core_skills)
    ahead = [i for i in plan.items() if i.week_end > done] or plan.items()
    heavy = max(ahead, key=lambda i: (i.skill_id in core, i.level_to, i.hours), default=None)
    lines: list[str] = []
    if heavy is not None:
        span = f"{heavy.week_start}-{heavy.week_end}"
        lines.append(
            t(lang, "coach.q.hardest", title=heavy.title, hours=f"{heavy.hours:g}", weeks=span)
        )
    if plan.portfolio_projects:
        p = plan.portfolio_projects[0]
        lines.append(
            t(lang, "coach.q.hardest_project", title=p.title, weeks=f"{p.week_start}-{p.week_end}")
        )
    lines.append(t(lang, "coach.q.hardest_how"))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [])


def answer_story(plan: Plan, profile: Profile, week: int, kb: KnowledgeBase) -> Answer:
    """The career-change story for an interview: what they did, what carries over (their
    strengths), what they built (the project), why this role."""
    lang = plan.language
    role, years = profile.current_role, profile.years_experience
    sep = "、" if lang == "zh" else ", "
    carried = sep.join(
        kb.skills[s.skill_id].name.get(lang) for s in plan.strengths[:3] if s.skill_id in kb.skills
    )
    lines = [t(lang, "coach.q.story_head")]
    if role:
        lines.append(
            t(lang, "coach.q.story_past", role=role, years=f"{years:g}" if years else "")
            if years
            else t(lang, "coach.q.story_past_role", role=role)
        )
    if carried:
        lines.append(t(lang, "coach.q.story_carry", skills=carried))
    if plan.portfolio_projects:
        lines.append(t(lang, "coach.q.story_built", project=plan.portfolio_projects[0].title))
    lines.append(t(lang, "coach.q.story_why", target=plan.target_name))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [])

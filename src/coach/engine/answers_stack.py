"""A language asked about because the person's workplace runs on it ("我需要学Java吗？我们公司的核心
系统都是Java写的", "do I need C#? our whole stack is .NET"): the AI part does not need it, since
an LLM service is called over its web API like any other service; reading it is enough to wire
the AI part in; learning it in full is for later, at its cost. Pure: data in, text out."""

from __future__ import annotations

import re

from coach.engine.answers import Answer, with_sources
from coach.engine.answers_help import name_of
from coach.engine.answers_plan import next_step
from coach.engine.turns_fit import languages_named
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile

_AT_WORK = re.compile(
    r"\b(?:our|my\s+(?:company'?s|team'?s|employer'?s))\s+(?:\w+\s+){0,2}(?:systems?|stack|code\s*base|"
    r"codebase|back\s*-?ends?|services?|apps?|platform|software)\b|\b(?:at\s+work|at\s+my\s+job|in\s+my\s+team)\s+"
    r"(?:we|everything|all)\b|\b(?:written|built|runs?)\s+(?:in|on)\b|\bwe\s+(?:use|run|write)\b"
    r"|(?:我们|公司|单位|团队|部门)(?:的)?.{0,8}(?:系统|项目|代码|后端|平台|服务|技术栈)?.{0,6}(?:都是|全是|全用|都用|用的是|基于)"
    r"|(?:都是|全是)\S{0,12}写的",
    re.I,
)


def answer_work_stack(
    text: str, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer | None:
    """The answer when a language the plan does not teach is asked about as the workplace's."""
    if not _AT_WORK.search(text):
        return None
    planned = {i.skill_id for i in plan.items()}
    named = [(said, sid) for said, sid in languages_named(text, kb) if sid not in planned]
    if not named:
        return None
    lang = plan.language
    said, skill_id = named[0]
    known = any(s.skill_id == skill_id and s.level >= 2 for s in profile.skills)
    mine = next(
        (
            i.skill_id
            for i in plan.items()
            if i.skill_id in kb.skills and kb.skills[i.skill_id].category == "programming"
        ),
        None,
    )
    build = name_of(kb, mine, lang) if mine else t(lang, "coach.f.stack_plan_tools")
    key = "coach.f.stack_known" if known else "coach.f.stack_not_needed"
    lines = [t(lang, key, language=said, build=build)]
    skill = kb.skills.get(skill_id)
    if skill is not None and not known:
        lines.append(t(lang, "coach.f.stack_later", language=said, hours=skill.hours.get(2, 0)))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [], kb)

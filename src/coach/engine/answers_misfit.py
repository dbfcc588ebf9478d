"""A plan item the person says does not fit them ("the DFT thing makes no sense for me", "为什么
要学向量数据库？跟我的工作没关系"): taken seriously, not read as being stuck. Why the plan has it
(the role's core, a support for what comes after, the project's), and how to have it taken out
or swapped (the mentor decides). Pure: data in, text out."""

from __future__ import annotations

import re

from coach.engine.answers import Answer, with_sources
from coach.engine.answers_plan import next_step
from coach.engine.turns import skill_mentions
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan

_MISFIT = re.compile(
    r"\b(?:makes?\s+no\s+sense|does(?:n'?t|\s+not)\s+make\s+(?:any\s+)?sense|(?:is\s+)?not\s+relevant|"
    r"irrelevant|does(?:n'?t|\s+not)\s+(?:fit|apply))\s+(?:for|to)\s+(?:me|my\s+(?:work|job|field|case))\b"
    r"|\b(?:i\s+)?(?:don'?t|do\s+not)\s+see\s+(?:why|how)\s+i\s+(?:need|would\s+use)\b|\bwhy\s+(?:do|would)\s+i\s+need\b"
    r"|为什么(?:要|得|还要)学|跟我(?:的工作|的行业)?(?:没|没有|毫无)关系|和我(?:的工作|的行业)?(?:没|没有)关系|"
    r"对我(?:来说)?(?:没用|没什么用|用处不大)|我(?:根本)?用不上|不适合我的工作",
    re.I,
)


def misfit(text: str) -> bool:
    """Whether ``text`` says a part of the plan does not fit the person's work."""
    return bool(_MISFIT.search(text))


def answer_misfit(text: str, plan: Plan, week: int, kb: KnowledgeBase) -> Answer | None:
    """Why the plan has the item named, and how to have it changed; None when no planned item
    is named (the answer for a plan criticised as a whole stands)."""
    planned = {i.skill_id: i for i in plan.items()}
    named = [m.id for m in skill_mentions(text, kb) if m.id in planned]
    by_word = [  # "the DFT thing": the item whose title names it
        i.skill_id
        for i in plan.items()
        for w in re.findall(r"[A-Za-z]{2,}|[\u4e00-\u9fff]{2,6}", text)
        if len(w) >= 2 and w.lower() in i.title.lower() and w.lower() not in _PLAIN
    ]
    found = named or by_word
    if not found:
        return None
    subject = found[0]
    lang = plan.language
    name = kb.skills[subject].name.get(lang) if subject in kb.skills else subject
    hours = sum(i.hours for i in plan.items() if i.skill_id == subject)
    if subject in plan.core_skills:
        why = t(lang, "coach.f.misfit_core", skill=name, role=plan.target_name)
    elif any(subject in p.skill_ids for p in plan.portfolio_projects):
        why = t(
            lang, "coach.f.misfit_project", skill=name, project=plan.portfolio_projects[0].title
        )
    else:
        why = t(lang, "coach.f.misfit_support", skill=name)
    lines = [t(lang, "coach.f.misfit_head"), why]
    lines.append(t(lang, "coach.f.misfit_change", skill=name, hours=f"{hours:g}"))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [], kb)


_PLAIN = frozenset(
    {"the", "thing", "this", "that", "for", "me", "my", "makes", "no", "sense", "learn", "to"}
)

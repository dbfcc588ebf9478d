"""Two skills named in one question after approval (en/zh): two names of one planned skill
("LangChain还是LangGraph先学哪个？") and two skills at once ("RAG and agents at the same time?")."""

from __future__ import annotations

import re

from coach.engine.answers import Answer, with_sources
from coach.engine.answers_help import item_lines, items_of, name_of, sep
from coach.engine.turns_fit import at_once
from coach.i18n import t
from coach.knowledge.lexicon import Mention
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan

_COMPARE = re.compile(r"\b(?:or|vs\.?|versus|better|which)\b|哪个|还是|先学哪|更适合|区别", re.I)


def same_item(text: str, mentions: list[Mention], plan: Plan, kb: KnowledgeBase) -> Answer | None:
    """Two names the plan teaches as one skill ("LangChain和LangGraph先学哪个？"): taught together;
    the sources do not rank them."""
    said = list(dict.fromkeys(text[m.start : m.end] for m in mentions))
    ids = {m.id for m in mentions}
    if len(said) < 2 or len(ids) != 1 or not _COMPARE.search(text):
        return None
    skill = next(iter(ids))
    items = items_of(plan, skill)
    if not items:
        return None
    lang = plan.language
    names = sep(lang).join(said[:3])
    lines = [t(lang, "coach.f.same_item", names=names, skill=name_of(kb, skill, lang))]
    more, sources = item_lines(plan, items[:1], kb)
    lines += [*more, t(lang, "coach.f.same_item_order")]
    return with_sources(lang, lines, sources, kb)


def together(text: str, mentions: list[Mention], plan: Plan, kb: KnowledgeBase) -> Answer | None:
    """Two planned skills at once: where the plan has each, and whether one builds on the other
    (then in that order) or they can overlap."""
    ids = list(dict.fromkeys(m.id for m in mentions if items_of(plan, m.id)))
    if len(ids) < 2 or not at_once(text):
        return None
    lang = plan.language
    first, second = sorted(ids[:2], key=lambda s: items_of(plan, s)[0].week_start)
    builds = first in (kb.skills[second].prerequisites if second in kb.skills else [])
    span = {
        s: (items_of(plan, s)[0].week_start, items_of(plan, s)[-1].week_end)
        for s in (first, second)
    }
    lines = [
        t(
            lang,
            "coach.f.together_order" if builds else "coach.f.together_overlap",
            first=name_of(kb, first, lang),
            second=name_of(kb, second, lang),
            a=f"{span[first][0]}-{span[first][1]}",
            b=f"{span[second][0]}-{span[second][1]}",
        )
    ]
    lines.append(t(lang, "coach.f.together_tip"))
    return with_sources(lang, lines, [], kb)


_EXPLAIN = re.compile(
    r"^\W*(?:(?:what|wat|wht)(?:'s|\s+is|\s+are)\b|whats\b)|\bexplain\b|\bmeaning\s+of\b|\bin\s+(?:simple|plain)\s+(?:terms|words)\b"
    r"|什么是|是什么|讲讲|解释|通俗|简单(?:说|讲)",
    re.I,
)


def explain_line(text: str, skill_id: str, plan: Plan, kb: KnowledgeBase) -> str | None:
    """For "what is X?": what X means in practice, the thing one can build with it (the sources
    define skills by what you build, not by a glossary)."""
    skill = kb.skills.get(skill_id)
    if skill is None or skill.deliverable is None or not _EXPLAIN.search(text):
        return None
    lang = plan.language
    build = skill.deliverable.get("zh" if lang == "zh" else "en").rstrip(".。")
    return t(lang, "coach.f.explain", skill=name_of(kb, skill_id, lang), build=build)


def compare_roles(text: str, plan: Plan, kb: KnowledgeBase) -> Answer | None:
    """Two roles of the sources compared ("MLOps engineer vs AI infra engineer?",
    "智能体工程师和AI应用工程师有什么区别？"): what each does, and which one the plan aims at."""
    from coach.knowledge.lexicon import get_lexicon

    roles = list(dict.fromkeys(m.id for m in get_lexicon(kb).find_roles(text) if m.id in kb.roles))
    asks = _COMPARE.search(text) or re.search(r"不同|差别|区别|\bdiffer", text, re.I)
    if len(roles) < 2 or not asks:
        return None
    lang = plan.language
    colon = "：" if lang == "zh" else ": "
    lines = [t(lang, "coach.f.roles_head")]
    lines += [
        f"- {kb.roles[r].name.get(lang)}{colon}{kb.roles[r].summary.get(lang)}" for r in roles[:2]
    ]
    ours = plan.target if plan.target in roles else None
    key = "coach.f.roles_ours" if ours else "coach.f.roles_other"
    lines.append(t(lang, key, role=plan.target_name))
    sources = [s for r in roles[:2] for s in list(kb.roles[r].source_ids)[:1]]
    return with_sources(lang, lines, sources, kb)

"""One knowledge-base hit as an answer line, tied to the user's plan (the coach's fallback)."""

from __future__ import annotations

from coach.i18n import t
from coach.knowledge import KnowledgeBase
from coach.schemas import Language, Plan


def _lang(lang: str) -> Language:
    return "zh" if lang == "zh" else "en"


def _skill_line(kb: KnowledgeBase, plan: Plan, record_id: str, lang: Language) -> str:
    skill = kb.skills[record_id]
    items = [i for i in plan.items() if i.skill_id == record_id]
    titles = [kb.resources[r].title_in(lang) for r in skill.resources[:3] if r in kb.resources]
    reading = (
        t(lang, "render.hit.reading", titles=t(lang, "render.sources_sep").join(titles))
        if titles
        else ""
    )
    if items:
        first, last = items[0], items[-1]
        where = t(
            lang,
            "render.hit.in_plan",
            a=first.week_start,
            b=last.week_end,
            hours=f"{sum(i.hours for i in items):g}",
        )
        return t(
            lang,
            "render.hit.skill",
            name=skill.name.get(lang),
            where=where,
            what=first.deliverable,
            reading=reading,
        )
    missing = t(lang, "render.hit.not_in_plan", hours=skill.hours[2])
    return t(
        lang, "render.hit.skill_missing", name=skill.name.get(lang), where=missing, reading=reading
    )


def describe_hit(kb: KnowledgeBase, plan: Plan, kind: str, record_id: str, lang: str) -> str:
    """One knowledge-base hit as an answer line, tied to the user's plan where it can be; its
    source named by title, every word in the user's language."""
    language = _lang(lang)
    if kind == "skill":
        return _skill_line(kb, plan, record_id, language)
    if kind == "fact":
        fact = kb.facts[record_id]
        source = kb.source_title(fact.source_id, language)
        return t(language, "render.hit.fact", text=fact.text.get(language), source=source)
    if kind == "role":
        role = kb.roles[record_id]
        return f"- {role.name.get(language)}: {role.summary.get(language)}"
    resource = kb.resources[record_id]
    taught = t(language, "render.sources_sep").join(
        kb.skills[s].name.get(language) for s in resource.skills[:3] if s in kb.skills
    )
    return t(
        language,
        "render.hit.resource",
        title=resource.title_in(language),
        kind=t(language, f"render.kind.{resource.kind}"),
        hours=resource.hours,
        taught=taught,
        source=kb.source_title(resource.source_id, language),
    )

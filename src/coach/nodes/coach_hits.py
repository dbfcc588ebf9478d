"""One knowledge-base hit as an answer line, tied to the user's plan (the coach's fallback)."""

from __future__ import annotations

from coach.knowledge import KnowledgeBase
from coach.schemas import Plan


def describe_hit(kb: KnowledgeBase, plan: Plan, kind: str, record_id: str, lang: str) -> str:
    """One knowledge-base hit as an answer line, tied to the user's plan where it can be."""
    zh = lang == "zh"
    if kind == "skill":
        skill = kb.skills[record_id]
        name = skill.name.get("zh" if zh else "en")
        items = [i for i in plan.items() if i.skill_id == record_id]
        titles = [kb.resources[r].title for r in skill.resources[:3] if r in kb.resources]
        reading = (
            (("；资料：" if zh else "; resources: ") + ("、" if zh else "; ").join(titles))
            if titles
            else ""
        )
        if items:
            first, last = items[0], items[-1]
            hours = sum(i.hours for i in items)
            where = (
                f"在你的计划第 {first.week_start}-{last.week_end} 周（{hours:g} 小时）"
                if zh
                else f"in your plan in weeks {first.week_start}-{last.week_end} ({hours:g} h)"
            )
            sep = "；" if zh else "; "
            return f"- {name}: {where}{sep}{first.deliverable}{reading}"
        hours = skill.hours[2]
        missing = (
            f"不在你的计划里（从零到熟练约 {hours} 小时）"
            if zh
            else f"not in your plan (about {hours} h from zero to working level)"
        )
        return f"- {name}: {missing}{reading}"
    if kind == "fact":
        fact = kb.facts[record_id]
        return f"- {fact.text.get('zh' if zh else 'en')} [{fact.source_id}]"
    if kind == "role":
        role = kb.roles[record_id]
        return f"- {role.name.get('zh' if zh else 'en')}: {role.summary.get('zh' if zh else 'en')}"
    resource = kb.resources[record_id]
    taught = "、".join(kb.skills[s].name.get("zh" if zh else "en") for s in resource.skills[:3])
    about = (
        f"（{resource.kind}，约 {resource.hours} 小时，讲{taught}）"
        if zh
        else (f" ({resource.kind}, about {resource.hours} h; teaches {taught})")
    )
    return f"- {resource.title}{about} [{resource.source_id}]"

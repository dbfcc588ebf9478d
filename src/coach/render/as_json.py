"""The plan as JSON: the full detail (every field of the plan and the review), and what the
Markdown shows made readable: the level-and-pay lines, the skills' names, each resource's title,
kind and source, each source's title and date (the plan itself stores ids)."""

from __future__ import annotations

import json
from typing import Any

from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.render.capped import item_title
from coach.render.common import item_resource
from coach.render.pay import pay_lines
from coach.schemas import Plan, Review


def _skill_ids(plan: Plan) -> list[str]:
    ids = [g.skill_id for g in plan.gaps]
    ids += [i.skill_id for ph in plan.phases for i in ph.items]
    ids += [s for p in plan.portfolio_projects for s in p.skill_ids]
    ids += [d.skill_id for d in plan.deferred] + [s.skill_id for s in plan.strengths]
    ids += list(plan.core_skills)
    return list(dict.fromkeys(ids))


def readable(plan: Plan, kb: KnowledgeBase, region: str | None = None) -> dict[str, Any]:
    """Names, titles and the pay lines for the ids ``plan`` stores, in its language."""
    lang = plan.language
    skills = {s: kb.skills[s].name.get(lang) for s in _skill_ids(plan) if s in kb.skills}
    used = [r for ph in plan.phases for i in ph.items for r in i.resource_ids]
    resources: dict[str, dict[str, str | None]] = {
        r: {
            "title": kb.resources[r].title_in(lang),
            "kind": kb.resources[r].kind,
            "source_id": kb.resources[r].source_id,
            "url": kb.resources[r].url,
        }
        for r in dict.fromkeys(used)
        if r in kb.resources
    }
    items = []
    for ph in plan.phases:
        for i in ph.items:
            text, material = item_resource(kb, i, lang)
            items.append(
                {
                    "skill_id": i.skill_id,
                    "title": item_title(plan, i, kb),
                    "week_start": i.week_start,
                    "week_end": i.week_end,
                    "resource" if material else "practise": text,
                }
            )
    cited = {b.source_id for b in plan.salary_bands} | {e.source_id for e in plan.expectations}
    cited |= {kb.resources[r].source_id for r in resources}
    sources = {
        s: {"title": kb.sources[s].title.get(lang), "date": kb.sources[s].date}
        for s in sorted(cited)
        if s in kb.sources
    }
    return {
        "pay_lines": pay_lines(plan, kb, region),
        "skill_names": skills,
        "resources": resources,
        "items": items,
        "sources": sources,
    }


def plan_json(
    plan: Plan,
    review: Review | None,
    status: str,
    *,
    kb: KnowledgeBase | None = None,
    region: str | None = None,
    **extra: Any,
) -> str:
    doc: dict[str, Any] = {
        "status": status,
        "plan": plan.model_dump(mode="json"),
        "review": review.model_dump(mode="json") if review else None,
        "readable": readable(plan, kb if kb is not None else load_kb(), region),
        **extra,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)

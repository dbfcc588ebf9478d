"""Grounding: every skill, resource, fact, source and role the plan names is in the KB."""

from __future__ import annotations

from coach.engine.checks.common import finding
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Finding, Plan


def check_grounding(plan: Plan, kb: KnowledgeBase) -> list[Finding]:
    """Every skill, resource, fact, source and role the plan names exists in the KB, and every
    resource teaches the skill it is listed for."""
    lang = plan.language
    check = "grounding"
    out: list[Finding] = []

    def skill(ref: str, where: str) -> None:
        if ref not in kb.skills:
            out.append(
                finding(check, "error", t(lang, "checks.unknown_skill", ref=ref, where=where), ref)
            )

    def source(ref: str, where: str) -> None:
        if ref not in kb.sources:
            out.append(
                finding(check, "error", t(lang, "checks.unknown_source", ref=ref, where=where), ref)
            )

    if plan.target not in kb.roles:
        out.append(
            finding(
                check,
                "error",
                t(
                    lang,
                    "checks.unknown_role",
                    ref=plan.target,
                    where=t(lang, "checks.where.target"),
                ),
                plan.target,
            )
        )
    for gap in plan.gaps:
        skill(gap.skill_id, t(lang, "checks.where.gaps"))
    for d in plan.deferred:
        skill(d.skill_id, t(lang, "checks.where.deferred"))
    for it in plan.items():
        skill(it.skill_id, it.title)
        for rid in it.resource_ids:
            res = kb.resources.get(rid)
            if res is None:
                out.append(
                    finding(check, "error", t(lang, "checks.unknown_resource", ref=rid), rid)
                )
            elif it.skill_id not in res.skills:
                name = kb.skills[it.skill_id].name.get(lang) if it.skill_id in kb.skills else ""
                title = res.title_in(lang)
                msg = t(lang, "checks.resource_mismatch", ref=title, skill=name or it.skill_id)
                out.append(finding(check, "error", msg, rid))
    for pp in plan.portfolio_projects:
        for sid in pp.skill_ids:
            skill(sid, pp.title)
    for fact in plan.expectations:
        kb_fact = kb.facts.get(fact.fact_id)
        if kb_fact is None:
            out.append(
                finding(
                    check, "error", t(lang, "checks.unknown_fact", ref=fact.fact_id), fact.fact_id
                )
            )
        elif kb_fact.source_id != fact.source_id:
            msg = t(
                lang,
                "checks.fact_source",
                ref=fact.fact_id,
                source=fact.source_id,
                expected=kb_fact.source_id,
            )
            out.append(finding(check, "error", msg, fact.fact_id))
        source(fact.source_id, fact.fact_id)
    for band in plan.salary_bands:
        level = band.level_zh if lang == "zh" and band.level_zh else band.level
        source(band.source_id, t(lang, "checks.where.band", level=level))
    for opt in plan.options:
        if opt.role_id is not None and opt.role_id not in kb.roles:
            where = t(lang, "checks.where.options")
            msg = t(lang, "checks.unknown_role", ref=opt.role_id, where=where)
            out.append(finding(check, "error", msg, opt.role_id))
    return out

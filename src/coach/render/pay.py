"""At most three level-and-pay lines: the band for the person's level (in their region's
currency when a source gives one), a fact about pay in their region, and one about the role."""

from __future__ import annotations

from coach.i18n import MESSAGES, t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.resource_rules import REGION_CURRENCY
from coach.schemas import Language, Plan, SalaryBand

MAX_PAY_LINES = 3


def cite(source_id: str) -> str:
    """A short citation: the source's number ("[001]"); the JSON keeps the full id."""
    return f"[{source_id.split('_', 1)[0]}]"


PAY_TOPICS = frozenset({"salary", "experience"})
"""Fact topics that say something about pay or the level asked for."""


def _label(lang: Language, prefix: str, code: str) -> str:
    key = f"{prefix}.{code}"
    return t(lang, key) if key in MESSAGES else code


def _amount(lang: Language, value: float) -> str:
    return t(lang, "render.amount", value=value, wan=value / 10000)


def _band_line(band: SalaryBand, lang: Language, region: str | None) -> str:
    level = band.level_zh if lang == "zh" and band.level_zh else band.level
    values = {
        "level": level[:1].upper() + level[1:] if lang == "en" else level,
        "low": _amount(lang, band.low),
        "high": _amount(lang, band.high) if band.high else "",
        "currency": _label(lang, "render.currency", band.currency),
        "period": _label(lang, "render.period", band.period),
    }
    line = t(lang, "render.band" if band.high else "render.band_open", **values)
    notes = []
    if band.region != region:
        notes.append(_label(lang, "render.region", band.region))
    local = REGION_CURRENCY.get(region or "")
    if local is not None and band.currency != local:
        notes.append(
            t(
                lang,
                "render.no_local_band",
                currency=_label(lang, "render.currency_name", local),
                region=_label(lang, "render.region", region or ""),
            )
        )
    if notes:
        line += t(lang, "render.band_note", note=t(lang, "render.note_sep").join(notes))
    return f"{line} {cite(band.source_id)}"


def _pick_band(bands: list[SalaryBand], region: str | None) -> SalaryBand | None:
    """The band for the person: their region's if there is one, a level band before an
    all-levels one (the research step already kept the bands for their years)."""
    if not bands:
        return None
    local = [b for b in bands if region is not None and b.region == region]
    pool = local or bands
    levelled = [b for b in pool if not b.level.lower().startswith("all")]
    return (levelled or pool)[0]


def pay_lines(plan: Plan, kb: KnowledgeBase, region: str | None) -> list[str]:
    """The level-and-pay lines for ``plan`` (at most :data:`MAX_PAY_LINES`)."""
    lang = plan.language
    out: list[str] = []
    band = _pick_band(list(plan.salary_bands), region)
    if band is not None:
        out.append(_band_line(band, lang, region))
    facts = [kb.facts[f.fact_id] for f in plan.expectations if f.fact_id in kb.facts]
    if region is not None:
        local = [f for f in kb.facts.values() if f.region == region and f.topic in PAY_TOPICS]
        facts = local[:1] + [f for f in facts if f not in local]
    for fact in facts:
        if len(out) >= MAX_PAY_LINES:
            break
        if fact.region not in (None, region) or fact.topic not in PAY_TOPICS:
            continue
        if fact.region is None and plan.target not in fact.roles:
            continue  # about other roles
        if band is not None and fact.topic == "experience" and fact.region is None:
            continue  # the band already says the level
        out.append(f"{fact.text.get(lang)} {cite(fact.source_id)}")
    return out[:MAX_PAY_LINES]

"""At most three level-and-pay lines (pure: a plan and the knowledge base in, text out): the person's level in the target role (from the years
that count toward it), the pay range for that level with its source, region and currency, and
one fact about pay where the person lives when a source gives one."""

from __future__ import annotations

from coach.engine.seniority import LANGUAGE_REGION, band_years
from coach.i18n import MESSAGES, t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.resource_rules import REGION_CURRENCY
from coach.schemas import Language, PayLevel, Plan, SalaryBand

MAX_PAY_LINES = 3

PAY_TOPICS = frozenset({"salary", "experience"})
"""Fact topics that say something about pay or the level asked for."""


def cite(kb: KnowledgeBase, source_id: str, lang: Language) -> str:
    """A citation people can read: the source document's title in ``lang`` (the JSON keeps
    the id); the id itself only for a source the knowledge base does not know."""
    return t(lang, "render.source", title=kb.source_title(source_id, lang))


def _label(lang: Language, prefix: str, code: str) -> str:
    key = f"{prefix}.{code}"
    return t(lang, key) if key in MESSAGES else code


def _num(value: float) -> str:
    return f"{value:g}"


def _amount(lang: Language, value: float) -> str:
    return t(lang, "render.amount", value=value, wan=value / 10000)


def _level_name(band: SalaryBand | None, lang: Language) -> str:
    if band is None:
        return t(lang, "render.level.all")
    level = band.level_zh if lang == "zh" and band.level_zh else band.level
    return level[:1].upper() + level[1:] if lang == "en" else level


def _level_line(plan: Plan, band: SalaryBand | None, level: PayLevel | None) -> str:
    lang = plan.language
    name = _level_name(band, lang)
    if level is not None and level.years is None and level.relevant_years == 0:
        current = level.current_role or t(lang, "render.level.your_work")
        return t(lang, "render.level.unrelated_any", level=name, current=current)
    if level is None or level.years is None or level.relevant_years is None:
        return t(lang, "render.level.unknown", level=name.lower() if band else name)
    values = {
        "level": name,
        "years": _num(level.years),
        "relevant": _num(level.relevant_years),
        "current": level.current_role or t(lang, "render.level.your_work"),
        "role": plan.target_name,
    }
    span = band_years(band) if band is not None else None
    if span is not None and level.relevant_years < span[0]:  # the role's bands start higher
        return t(lang, "render.level.entry", **values)
    if level.field == "target":
        return t(lang, "render.level.full", **values)
    if level.share > 0 and level.relevant_years < round(level.years * level.share * 2) / 2:
        return t(lang, "render.level.capped", **values)  # a long career outside AI
    if level.share > 0:
        return t(lang, "render.level.partly", **values)
    return t(lang, "render.level.unrelated", **values)


_GENERIC_REGIONS = frozenset({"unspecified", "global"})
_ANY_MARKET = frozenset({"REMOTE"})
"""What a person may name instead of a country (engine/understand/region.py): no one market,
so a band that names no region is shown with that said."""


def _region_name(lang: Language, region: str) -> str:
    """A region's name in ``lang`` (the code itself for a region the catalog does not name)."""
    return _label(lang, "render.region", region)


def band_applies(band: SalaryBand, region: str | None) -> bool:
    """Whether ``band`` may be shown as the pay where the person works: the region's own band,
    or a band that names no region in that region's currency (a dollar band for the US). A band
    in another currency, or for a region whose money no band uses, is never shown as theirs."""
    if region is None or band.region == region or region.upper() in _ANY_MARKET:
        return True
    return band.region in _GENERIC_REGIONS and REGION_CURRENCY.get(region) == band.currency


def _band_line(band: SalaryBand, kb: KnowledgeBase, lang: Language, role: str) -> str:
    """The range with its source and region; a figure the source gives for AI engineers in
    general is said to be that (not this role's own), so three roles never read as sharing
    one role's pay."""
    values = {
        "role": role,
        "level": _level_name(band, lang) if lang == "zh" else _level_name(band, lang).lower(),
        "low": _amount(lang, band.low),
        "high": _amount(lang, band.high) if band.high else "",
        "currency": _label(lang, "render.currency", band.currency),
        "period": _label(lang, "render.period", band.period),
    }
    key = "render.band" if band.high else "render.band_open"
    if band.scope == "ai_engineers":
        key += ".general"
    notes = [cite(kb, band.source_id, lang)]
    if band.scope == "ai_engineers":
        notes.insert(0, t(lang, "render.band.not_role", role=role))
    if band.region in _GENERIC_REGIONS:
        notes.append(_label(lang, "render.region", band.region))
    line = t(lang, key, **values)
    return line + t(lang, "render.band_note", note=t(lang, "render.note_sep").join(notes))


def _no_band_here(band: SalaryBand, lang: Language, region: str, how: str) -> str:
    """Said plainly once: the sources have no pay figure for the person's region (the range
    they do give, in another currency or for no stated region, is not shown as theirs)."""
    key = "render.pay.no_region" + (".assumed" if how == "language" else "")
    return t(
        lang,
        key,
        region=_region_name(lang, region),
        currency=_label(lang, "render.currency_name", band.currency),
    )


def _is_all(band: SalaryBand) -> bool:
    return band.level.lower().startswith(("all", "any"))


def _pick_band(bands: list[SalaryBand], region: str | None, years_known: bool) -> SalaryBand | None:
    """The band for the person: their region's if there is one; a level band before an
    all-levels one (research put the band for their relevant years first), the all-levels
    band first when their years are not known."""
    if not bands:
        return None
    local = [b for b in bands if region is not None and b.region == region]
    pool = local or bands
    levelled = [b for b in pool if not _is_all(b)]
    every = [b for b in pool if _is_all(b)]
    return ((levelled or pool) if years_known else (every or pool))[0]


def _region(plan: Plan, region: str | None) -> tuple[str | None, str]:
    """The region pay is shown for, and how it was known: the caller's (the profile's), the
    plan's research, or the conversation language as a weak default."""
    if region is not None:
        return region.upper(), "profile"
    level = plan.pay_level
    if level is not None and level.region is not None:
        return level.region, level.region_from
    default = LANGUAGE_REGION.get(plan.language)
    return default, "language" if default else "none"


def _fact_lines(plan: Plan, kb: KnowledgeBase, region: str | None, has_band: bool) -> list[str]:
    """A fact about pay in the person's region; with no band, the role's own pay facts first."""
    lang = plan.language
    role = kb.roles.get(plan.target)
    coding = role is not None and role.family != "non_coding"
    local = [
        f
        for f in kb.facts.values()
        if region is not None
        and f.region == region
        and f.topic in PAY_TOPICS
        and (not f.roles or plan.target in f.roles or coding)  # AI engineers' pay, not theirs
    ]
    local.sort(key=lambda f: (plan.target not in f.roles, f.id))
    facts = local[:1]
    if not has_band:  # the role's own facts about pay (salary first) come before the region's
        own = [
            f
            for f in kb.facts.values()
            if f.topic in PAY_TOPICS and f.region is None and plan.target in f.roles
        ]
        own.sort(key=lambda f: (f.topic != "salary", f.id))
        facts = own + facts
    return [
        f.text.get(lang) + t(lang, "render.band_note", note=cite(kb, f.source_id, lang))
        for f in facts
    ]


def _guessed(band: SalaryBand, how: str) -> bool:
    """A band naming no country, for a person whose region was only guessed from the language
    they write in: not shown as their pay (English is not a country)."""
    return how == "language" and band.region in _GENERIC_REGIONS


def band_shown(plan: Plan, region: str | None = None) -> bool:
    """Whether the pay lines show a figure (a band that applies where the person works)."""
    where, _ = _region(plan, region)
    level = plan.pay_level
    known = level is not None and level.relevant_years is not None
    band = _pick_band(list(plan.salary_bands), where, known)
    return band is not None and band_applies(band, where)  # a guessed region's: labelled


def pay_lines(plan: Plan, kb: KnowledgeBase, region: str | None = None) -> list[str]:
    """The level-and-pay lines for ``plan`` (at most :data:`MAX_PAY_LINES`). ``region``
    overrides the region the plan's research used (the profile's, e.g. "CN"). A posting's own
    figure is the pay: the person's level follows it, and no general range from the sources
    (another figure, often for other roles, that would undercut or overrule it)."""
    lang = plan.language
    if plan.posting_pay is not None:
        said = plan.posting_pay.text.rstrip(" .。;；,，")  # the message ends the sentence
        own = t(lang, "fit.plan_pay", pay=said, yearly=_yearly(plan, lang))
        return [own, *_source_lines(plan, kb, region, ranges=False)][:MAX_PAY_LINES]
    return _source_lines(plan, kb, region, ranges=True)[:MAX_PAY_LINES]


def _source_lines(plan: Plan, kb: KnowledgeBase, region: str | None, ranges: bool) -> list[str]:
    """The person's level, the sources' range for it (with ``ranges``) and a pay fact."""
    lang = plan.language
    where, how = _region(plan, region)
    level = plan.pay_level
    known = level is not None and level.relevant_years is not None
    band = _pick_band(list(plan.salary_bands), where, known)
    level_band = band if band is not None and not _is_all(band) else None
    out = [_level_line(plan, level_band, level)] if plan.salary_bands else []
    if not ranges:
        return out
    if band is not None and band_applies(band, where) and not _guessed(band, how):
        out.append(_band_line(band, kb, lang, plan.target_name))
    elif band is not None and _guessed(band, how) and band_applies(band, where):
        # the range for their level meanwhile, said to be for no stated country, and the ask
        out.append(_band_line(band, kb, lang, plan.target_name) + t(lang, "render.pay.ask_region"))
    elif band is not None and where is not None:
        out.append(_no_band_here(band, lang, where, how))
    out += _fact_lines(plan, kb, where, band is not None)
    if not plan.salary_bands:
        role = kb.roles.get(plan.target)
        key = "render.no_band" + (".non_coding" if role and role.family == "non_coding" else "")
        out.insert(0, t(lang, key, role=plan.target_name))
    return out


def _yearly(plan: Plan, lang: Language) -> str:
    """ " (about 350,000–560,000 CNY a year)" for a posting that states a month's pay."""
    from coach.engine.posting_pay import pay_words

    pay = plan.posting_pay
    return pay_words(pay, lang)[len(pay.text) :] if pay is not None else ""

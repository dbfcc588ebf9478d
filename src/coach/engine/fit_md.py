"""A fit report (and a posting read before coach knows the person) as short Markdown, in the
person's language (pure: the report in, text out)."""

from __future__ import annotations

from typing import Any

from coach.i18n import t


def _kb() -> Any:
    from coach.knowledge.loader import load_kb

    return load_kb()


def _num(value: float) -> str:
    return f"{value:g}"


def _words(item: Any, name: str) -> list[str]:
    """The posting's words for the item that its name does not already say."""
    words = [w.strip() for w in str(item.words or "").split(", ") if w.strip()]
    initials = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
    return [
        w
        for w in words
        if w.lower() not in name.lower() and not (w.isupper() and initials.startswith(w))
    ]


def _name(item: Any, lang: str) -> str:
    name = str(item.name_zh if lang == "zh" else item.name_en)
    said = _words(item, name)
    quoted = (
        "、".join(f"“{w}”" for w in said) if lang == "zh" else ", ".join(f"'{w}'" for w in said)
    )
    words = (f"（{quoted}）" if lang == "zh" else f" ({quoted})") if said else ""
    gap = "" if lang == "zh" else " "
    return name + words + (gap + t(lang, "fit.preferred") if not item.required else "")


def _clip(text: str, limit: int = 90) -> str:
    """``text`` cut at a word (or, in Chinese, anywhere) before ``limit``, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,，;；") + "…"


def _alternatives(kb: Any, item: Any, lang: str) -> str:
    """ " (or Java)": what the posting accepts instead of this item."""
    names = [
        kb.skills[s].name.zh if lang == "zh" else kb.skills[s].name.en
        for s in getattr(item, "alternatives", [])
        if s in kb.skills
    ]
    gap = "" if lang == "zh" else " "
    below = getattr(item, "shown_below", None)
    shown = gap + t(lang, "fit.or_shown_below", skill=below) if below else ""
    if not names:
        return shown
    return gap + t(lang, "fit.or", skills=", ".join(names)) + shown


def _pay(report: Any, lang: str) -> str:
    """The posting's pay as it says it, with the figure a year for a month's or an hour's pay."""
    from coach.engine.posting_pay import pay_words

    pay_range = getattr(report, "pay_range", None)
    return pay_words(pay_range, lang) if pay_range is not None else str(report.pay)


def _years_line(report: Any, lang: str) -> list[str]:
    """ "Years: the posting asks for 3+ years; your CV shows 11.9 years of work." """
    asked = getattr(report, "years_asked", None)
    if not asked:
        return []
    shown = getattr(report, "years_shown", None)
    if shown is None:
        return [t(lang, "fit.years_unknown", asked=_num(asked))]
    return [t(lang, "fit.years", asked=_num(asked), shown=_num(round(shown, 1)))]


def _item_years(item: Any, lang: str) -> str:
    """ " — 3+ years asked; your CV names it in jobs of 7.9 years"."""
    asked = getattr(item, "years_asked", None)
    if not asked:
        return ""
    shown = getattr(item, "years_shown", None)
    said = (
        t(lang, "fit.item_years", asked=_num(asked), shown=_num(round(shown, 1)))
        if shown
        else t(lang, "fit.item_years_none", asked=_num(asked))
    )
    return ("；" if lang == "zh" else " — ") + said


def _skill_names(
    kb: Any,
    ids: list[str],
    lang: str,
    items: dict[str, Any] | None = None,
    line_alts: dict[str, list[str]] | None = None,
) -> str:
    """The skills' names, each with what the line (else the posting) accepts instead
    (" (or Java)")."""
    gap = "" if lang == "zh" else " "
    names = []
    for s in ids:
        name = kb.skills[s].name.zh if lang == "zh" else kb.skills[s].name.en
        item = (items or {}).get(s)
        if item is not None and 0 < item.have < item.need:  # "Python (level 1 of 2)"
            name += t(lang, "fit.level_of", have=item.have, need=item.need)
        others = [o for o in (line_alts or {}).get(s, []) if o in kb.skills]
        if others:
            name += gap + t(lang, "fit.or", skills=_skill_names(kb, others, lang))
        elif items and s in items:
            name += _alternatives(kb, items[s], lang)
        names.append(name)
    return ("、" if lang == "zh" else ", ").join(names)


def _line_state(kb: Any, line: Any, lang: str, items: dict[str, Any] | None = None) -> str:
    """What the person has and lacks of one posting line, in a few words."""
    sep = "；" if lang == "zh" else "; "
    parts: list[str] = []
    status = line.status
    if status == "have":
        only_years = line.years_met and not line.have
        parts.append(t(lang, "fit.line_years_met" if only_years else "fit.line_have"))
    elif status == "judge":
        parts.append(t(lang, "fit.line_judge"))
    else:
        if line.have:
            parts.append(t(lang, "fit.line_partly", skills=_skill_names(kb, line.have, lang)))
        if line.missing:
            names = _skill_names(kb, line.missing, lang, items, line.alternatives)
            parts.append(t(lang, "fit.line_missing", skills=names))
    if line.shown and status != "have":
        parts.append(t(lang, "fit.line_shown", terms=", ".join(line.shown)))
    if line.not_covered:
        parts.append(t(lang, "fit.line_not_covered", terms=", ".join(line.not_covered)))
    return sep.join(parts)


def _by_line(kb: Any, report: Any, lang: str) -> list[str]:
    """Every line of the posting's requirements: have / missing / not covered."""
    rows = getattr(report, "lines", [])
    if not rows:
        return []
    out = [f"\n**{t(lang, 'fit.lines')}**"]
    items = {i.skill_id: i for i in getattr(report, "missing", [])}
    gap = "" if lang == "zh" else " "
    for line in rows:
        plus = "" if line.required else gap + t(lang, "fit.preferred")
        out.append(f"- “{_clip(line.text, 110)}”{plus} — {_line_state(kb, line, lang, items)}")
    return out


def render_fit_md(report: Any, lang: str) -> str:
    """A fit report as short Markdown."""
    from coach.engine.fit import FAR_ROLE_COVERAGE

    kb = _kb()
    lines = [f"## {t(lang, 'fit.title', title=report.title or t(lang, 'fit.untitled'))}"]
    lines.append(t(lang, "fit.score", fit=round(report.fit * 100), hours=report.gap_hours))
    if report.pay:
        lines.append(t(lang, "fit.pay", pay=_pay(report, lang)))
    lines += _years_line(report, lang)
    lines += _by_line(kb, report, lang)
    lines.append(f"\n**{t(lang, 'fit.have')}**")
    for item in report.have or []:
        evidence = f" — “{_clip(item.evidence)}”" if item.evidence else ""
        other = kb.skills.get(item.met_by or "")
        if other is not None or item.met_by:  # a KB skill, or a name it lacks ("Ansible")
            name = (other.name.zh if lang == "zh" else other.name.en) if other else item.met_by
            evidence = " " + t(lang, "fit.met_by", skill=name) + evidence
        lines.append(f"- {_name(item, lang)}{evidence}{_item_years(item, lang)}")
    if not report.have:
        lines.append(f"- {t(lang, 'fit.none')}")
    lines.append(f"\n**{t(lang, 'fit.missing')}**")
    for item in report.missing or []:
        gap = t(lang, "fit.gap", have=item.have, need=item.need, hours=item.gap_hours)
        colon = "：" if lang == "zh" else ": "
        years = _item_years(item, lang)
        lines.append(f"- {_name(item, lang)}{_alternatives(kb, item, lang)}{colon}{gap}{years}")
    if not report.missing:
        lines.append(f"- {t(lang, 'fit.none')}")
    carried = getattr(report, "carries_over", [])
    if carried:
        lines.append(f"\n**{t(lang, 'fit.carries')}**")
        for item in carried:
            level = t(lang, "fit.level", level=item.have)
            name = item.name_zh if lang == "zh" else item.name_en
            said = f"（{level}）" if lang == "zh" else f" ({level})"
            lines.append(f"- {name}{said} — “{_clip(item.evidence)}”")
    if report.degree:
        lines.append("\n" + t(lang, "fit.degree", degree=report.degree))
    if report.uncovered:
        lines.append("\n" + t(lang, "fit.uncovered", terms=", ".join(report.uncovered)))
    if getattr(report, "uncovered_shown", None):
        shown = ", ".join(report.uncovered_shown)
        lines.append("\n" + t(lang, "fit.uncovered_shown", terms=shown))
    for line in getattr(report, "years_met", []):
        lines.append("\n" + t(lang, "fit.years_met", line=line))
    listed = {line.text[:140] for line in getattr(report, "lines", [])}
    unmapped = [u for u in report.unmapped if u not in listed]  # said line by line above
    if unmapped:
        lines.append("\n" + t(lang, "fit.unmapped"))
        lines += [f"- {line}" for line in unmapped]
    role = kb.roles.get(report.closest_role or "")
    if role is not None:
        from coach.engine.posting_roles import role_name

        name = role_name(kb, role.id, getattr(report, "closest_track", None), lang)
        sep = "、" if lang == "zh" else ", "
        extra = sep.join(
            f"{_name(i, lang)}{t(lang, 'fit.about_hours', hours=i.gap_hours)}"
            for i in report.role_also[:5]
        )
        key = "fit.closest" if extra else "fit.closest_only"
        if getattr(report, "closest_role_coverage", 1.0) < FAR_ROLE_COVERAGE:
            key, extra = "fit.closest_far", ""  # a nearest role that shares little of the job
        lines.append("\n" + t(lang, key, role=name, extra=extra))
    return "\n".join(lines)


def render_posting_md(report: Any, lang: str) -> str:
    """What a posting asks, before coach knows the person: no fit figure, no "you have"."""
    head = f"## {t(lang, 'fit.title', title=report.title or t(lang, 'fit.untitled'))}"
    lines = [head, t(lang, "fit.pay", pay=_pay(report, lang))] if report.pay else [head]
    items = [*report.have, *report.missing]
    sep = "、" if lang == "zh" else ", "
    kb = _kb()
    for required, key in ((True, "fit.asks"), (False, "fit.asks_plus")):
        names = [
            str(i.name_zh if lang == "zh" else i.name_en) + _alternatives(kb, i, lang)
            for i in items
            if i.required == required
        ]
        if names:
            lines.append(t(lang, key, skills=sep.join(names)))
    asked = getattr(report, "years_asked", None)
    if asked:
        lines.append(t(lang, "fit.years_asked", asked=_num(asked)))
    if report.degree:
        lines.append(t(lang, "fit.degree", degree=report.degree))
    if report.uncovered:
        lines.append(t(lang, "fit.uncovered", terms=", ".join(report.uncovered)))
    lines.append(t(lang, "fit.fit_after_background"))
    return "\n".join(lines)

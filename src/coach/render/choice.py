"""The words of the role choice and of the "what I understood" summary, from the catalog."""

from __future__ import annotations

import re

from coach.engine.coding import needs_coding
from coach.engine.fields import FIELD_BY_ID, avoids_coding
from coach.engine.planner.beyond import wanted_beside
from coach.engine.planner.sequence import ancestors
from coach.engine.ranking import programming_hours
from coach.engine.research import effective_skills
from coach.engine.understand.role_questions import what_kb_says
from coach.i18n import t
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language, Profile, RoleChoice, RoleOption

MAX_SUMMARY_SKILLS = 6
DEMAND_CHARS = 160
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*")


_LATER = re.compile(r"^(\d+(?:\.\d+)?) hours a week from (\d{4}-\d{2}-\d{2})$")
"""A later weekly-hours figure the understanding step recorded as a profile constraint."""


def _lang(lang: str) -> Language:
    return "zh" if lang == "zh" else "en"


def skill_name(kb: KnowledgeBase, skill_id: str, lang: str) -> str:
    skill = kb.skills.get(skill_id)
    return skill.name.get(_lang(lang)) if skill is not None else skill_id


def role_name(kb: KnowledgeBase, role_id: str, lang: str) -> str:
    role = kb.roles.get(role_id)
    return role.name.get(_lang(lang)) if role is not None else role_id


def _first_sentence(text: str) -> str:
    first = _SENTENCE.split(text.strip(), maxsplit=1)[0]
    return first if len(first) <= DEMAND_CHARS else first[: DEMAND_CHARS - 1].rstrip() + "…"


def _basis(profile: Profile, lang: str) -> str:
    facts: list[str] = []
    if profile.current_role:
        facts.append(_now(profile, lang))
    if profile.hours_per_week and profile.horizon_weeks:
        facts.append(
            t(lang, "choose.basis_hours", hours=profile.hours_per_week, weeks=profile.horizon_weeks)
        )
    if not facts:
        return ""
    return t(lang, "choose.basis", facts=t(lang, "choose.sep").join(facts))


_MARKUP = re.compile(r"\*\*|__|`|^#+\s*")


def _now(profile: Profile, lang: str) -> str:
    """The person's current role as they said it (without the Markdown a pasted CV brings),
    with their years ("1 year", not "1 years")."""
    said = _MARKUP.sub("", profile.current_role or "").strip()
    role = said or t(lang, "understood.unknown")
    if profile.years_experience is None:
        return role
    key = "understood.summary.year" if profile.years_experience == 1 else "understood.summary.years"
    return t(lang, key, role=role, years=profile.years_experience)


def _strength_items(kb: KnowledgeBase, o: RoleOption, lang: str) -> str:
    """The option's strengths, the person's words said once for every skill they show
    ("structured thinking, communication ("teacher, 9 years")"), a transferred one with its own."""
    sep = t(lang, "choose.sep")
    by_words: dict[str, list[str]] = {}
    order: list[str] = []  # a quote (its skills share it) or a finished item
    for s in o.strengths:
        name = skill_name(kb, s.skill_id, lang)
        if s.via:
            via = skill_name(kb, s.via, lang)
            order.append(t(lang, "choose.strength_via", skill=name, via=via, words=s.words))
            continue
        if s.words not in by_words:
            order.append("\0" + s.words)
        by_words.setdefault(s.words, []).append(name)
    return sep.join(
        t(lang, "choose.strength", skill=sep.join(by_words[x[1:]]), words=x[1:])
        if x.startswith("\0")
        else x
        for x in order
    )


def _option_lines(
    kb: KnowledgeBase, profile: Profile, n: int, o: RoleOption, lang: str
) -> list[str]:
    pct = round(o.fit * 100)
    key = "choose.option" if pct > 0 else "choose.option_zero"
    lines = [t(lang, key, n=n, name=o.role_name, pct=pct)]
    if o.strengths:
        lines.append(t(lang, "choose.strengths", items=_strength_items(kb, o, lang)))
    else:
        lines.append(t(lang, "choose.no_strengths"))
    if o.gap_skill:
        pace = ""
        if o.weeks_needed is not None:
            over = profile.horizon_weeks is not None and o.weeks_needed > profile.horizon_weeks
            pace = t(
                lang,
                "choose.pace_over" if over else "choose.pace",
                weeks=o.weeks_needed,
                horizon=profile.horizon_weeks,
            )
        lines.append(
            t(
                lang,
                "choose.gap",
                skill=skill_name(kb, o.gap_skill, lang),
                hours=o.gap_skill_hours,
                total=o.gap_hours,
                pace=pace,
            )
        )
    else:
        lines.append(t(lang, "choose.no_gap"))
    if profile.target_not_in_kb:  # why it is close to the role asked for that the KB lacks
        lines.append(_shares_line(kb, profile.target_not_in_kb, o.role_id, lang))
    notes: list[str] = []
    if o.uses_field and o.uses_field in FIELD_BY_ID:
        work = FIELD_BY_ID[o.uses_field]
        notes.append(t(lang, "choose.field", field=work.name_zh if lang == "zh" else work.name_en))
    programming = programming_hours(kb, profile, o.role_id) if o.needs_coding else 0
    if o.needs_coding and avoids_coding(profile):
        key = "choose.coding_hours" if programming else "choose.coding"
        notes.append(t(lang, key, hours=programming))
    elif programming:  # someone who does not code: the programming comes first, in hours
        notes.append(t(lang, "choose.programming_first", hours=programming))
    elif not o.needs_coding:
        notes.append(t(lang, "choose.no_coding"))
    if notes:  # one line: what it builds on, and whether it needs code
        joined = t(lang, "choose.notes_sep").join(notes) + t(lang, "choose.notes_end")
        lines.append("   " + joined[:1].upper() + joined[1:])
    for fact in o.demand[:1]:
        lines.append(
            t(
                lang,
                "choose.demand",
                text=_first_sentence(fact.text),
                source=t(
                    lang, "render.source_title", title=kb.source_title(fact.source_id, _lang(lang))
                ),
            )
        )
    return lines


_CORE = 0.8
"""A requirement this heavy is among the role's core skills (as the planner's core)."""


def _shares_line(kb: KnowledgeBase, asked: str, role_id: str, lang: str) -> str:
    """What the option shares with the role asked for that the KB lacks: the KB skills the
    person's words name that this role requires (or that it shares none, and why it is here)."""
    named = what_kb_says(asked, kb, get_lexicon(kb)).skill_ids
    role = kb.roles.get(role_id)
    required = {r.skill_id for r in role.required} if role is not None else set()
    shared = [skill_name(kb, s, lang) for s in named if s in required]
    weights = {r.skill_id: r.weight for r in role.required} if role is not None else {}
    core = any(weights.get(s, 0.0) >= _CORE for s in named)
    if shared:
        key = "choose.shares_core" if core else "choose.shares"
        return t(lang, key, asked=asked, skills=t(lang, "choose.sep").join(shared))
    return t(lang, "choose.shares_none", asked=asked)


def option_why(kb: KnowledgeBase, option: RoleOption, lang: str) -> str:
    """Why an option fits, in one line (kept on the plan's choice record)."""
    names = [skill_name(kb, s.skill_id, lang) for s in option.strengths]
    none = t(lang, "choose.why_none")
    return t(
        lang,
        "choose.why",
        pct=round(option.fit * 100),
        strengths=t(lang, "choose.sep").join(names) or none,
        gap=skill_name(kb, option.gap_skill, lang) if option.gap_skill else none,
        total=option.gap_hours,
    )


def choice_message(
    kb: KnowledgeBase,
    profile: Profile,
    choice: RoleChoice,
    lang: str,
    *,
    close_call: bool,
    intro: str | None = None,
) -> str:
    """The numbered options with why each fits, and the question."""
    intro = intro or (
        "choose.intro_not_in_kb"
        if profile.target_not_in_kb and choice.asked <= 1
        else "choose.intro_close"
        if close_call
        else "choose.intro_again"
        if choice.asked > 1
        else "choose.intro"
    )
    raw = profile.target_not_in_kb or ""
    lines = [t(lang, intro, basis=_basis(profile, lang), raw=raw), ""]
    for n, option in enumerate(choice.alternatives, start=1):
        lines += _option_lines(kb, profile, n, option, lang)
    lines += ["", t(lang, "choose.ask")]
    return "\n".join(lines)


def reask_message(choice: RoleChoice, lang: str, *, sorry: bool = True) -> str:
    names = [
        t(lang, "choose.option_short", n=n, name=o.role_name)
        for n, o in enumerate(choice.alternatives, start=1)
    ]
    options = t(lang, "choose.sep").join(names[:-1]) + t(lang, "choose.or") + names[-1]
    key = "choose.reask" if sorry else "choose.ask_again"
    return t(lang, key, options=options if len(names) > 1 else names[0])


def compare_message(
    profile: Profile, choice: RoleChoice, role_ids: list[str], lang: str, *, ask: bool = True
) -> str:
    """How the options asked about compare (fit, hours to close the gaps, coding), then the
    question again (unless ``ask`` is False: the options are offered anew after it)."""
    lines = [t(lang, "choose.compare_intro")]
    for n, o in enumerate(choice.alternatives, start=1):
        if o.role_id not in role_ids:
            continue
        pace = ""
        if o.weeks_needed is not None:
            pace = t(lang, "choose.pace", weeks=o.weeks_needed)
        coding = t(lang, "choose.compare_code" if o.needs_coding else "choose.no_coding")
        lines.append(
            t(
                lang,
                "choose.compare_line",
                n=n,
                name=o.role_name,
                pct=round(o.fit * 100),
                total=o.gap_hours,
                pace=pace,
                coding=coding,
            )
        )
    if ask:
        lines.append(t(lang, "choose.ask"))
    return "\n".join(lines)


def how_text(choice: RoleChoice, lang: str) -> str:
    """How the role was chosen, in words (for the summary and the plan's record)."""
    if choice.how is None or choice.chosen is None:
        return ""
    ids = [o.role_id for o in choice.alternatives]
    n = ids.index(choice.chosen) + 1 if choice.chosen in ids else 0
    return t(lang, f"understood.how.{choice.how}", n=n, count=len(ids))


_JOB_WORDS = re.compile(
    r"engineer|developer|scientist|architect|analyst|manager|designer|researcher|specialist|"
    r"consultant|工程师|开发|架构师|经理|科学家|分析师|研究员|专家|顾问",
    re.I,
)


def _own_words(kb: KnowledgeBase, profile: Profile) -> str:
    """The user's words for the target when the role's name does not contain them ("machine
    learning engineer" read as MLOps / LLMOps engineer), so the reading is visible."""
    role = kb.roles.get(profile.target_role or "")
    raw = " ".join((profile.target_raw or "").split())
    if role is None or not raw:
        return ""

    def norm(x: str) -> str:
        return "".join(ch for ch in x.lower() if ch.isalnum())

    names = {norm(role.name.en), norm(role.name.zh)}
    if any(norm(raw) in n for n in names) or not _JOB_WORDS.search(raw):
        return ""  # "用AI", "something with agents": no job title to set apart
    return raw[:60]


def summary_conflict(kb: KnowledgeBase, profile: Profile) -> bool:
    """Whether the summary holds a conflict the person must settle before a plan: a coding
    role for someone who said they do not want to code."""
    role = kb.roles.get(profile.target_role or "")
    return role is not None and avoids_coding(profile) and needs_coding(kb, role)


def understood_summary(
    kb: KnowledgeBase,
    profile: Profile,
    lang: str,
    choice: RoleChoice | None = None,
    *,
    wait: bool = False,
) -> str:
    """What the coach understood, before it plans: now, target, hours, horizon, skills. With
    ``wait`` it asks and waits for the answer before any plan."""
    lines = [t(lang, "understood.summary.now", now=_now(profile, lang))]
    target = role_name(kb, profile.target_role or "", lang)
    how = (
        how_text(choice, lang)
        if choice is not None and choice.chosen == profile.target_role
        else ""
    )
    raw = _own_words(kb, profile)
    if how:
        lines.append(t(lang, "understood.summary.target_how", target=target, how=how))
    elif raw:
        lines.append(t(lang, "understood.summary.target_from", target=target, raw=raw))
    else:
        lines.append(t(lang, "understood.summary.target", target=target))
    # A range (when the understanding step kept its upper end): the plan uses the lower end,
    # said next to the figure it is about.
    ends = []
    for low, high in (
        (profile.hours_per_week, getattr(profile, "hours_per_week_high", None)),
        (profile.horizon_weeks, getattr(profile, "horizon_weeks_high", None)),
    ):
        ranged = low is not None and isinstance(high, int | float) and high > low
        ends.append(t(lang, "understood.summary.low_end", low=low, high=high) if ranged else "")
    for said in profile.constraints:  # new hours from a later day ("in 3 months it goes up to 15")
        if later := _LATER.match(said):
            ends[0] += t(lang, "understood.summary.later", hours=float(later[1]), day=later[2])
    time = t(
        lang,
        "understood.summary.time",
        hours=profile.hours_per_week or 0,
        weeks=profile.horizon_weeks or 0,
        hours_end=ends[0],
        weeks_end=ends[1],
    )
    lines.append(time)
    lines.append(_skills_line(kb, profile, lang))
    role = kb.roles.get(profile.target_role or "")
    required = {r.skill_id for r in role.required} if role is not None else set()
    required |= {a for s in required if s in kb.skills for a in ancestors(s, kb)}  # its basics
    had = {c.skill_id for c in profile.skills if c.skill_id and c.level > 0}
    also = [skill_name(kb, s, lang) for s in wanted_beside(profile, kb, required | had)]
    if also:  # "也想学点Python": heard, and in the plan beside the role's own skills
        lines.append(
            t(lang, "understood.summary.also_wants", skills=t(lang, "choose.sep").join(also))
        )
    if profile.evidence.get("worry"):  # "a bit scared of AI making me redundant": heard
        lines.append(t(lang, "understood.summary.worry", words=profile.evidence["worry"][:120]))
    if avoids_coding(profile):
        role = kb.roles.get(profile.target_role or "")
        conflict = role is not None and needs_coding(kb, role)
        key = "understood.summary.no_coding"
        if conflict:
            key = "understood.summary.coding_conflict" + ("_wait" if wait else "")
        lines.append(t(lang, key))
    return t(
        lang, "understood.summary.wait" if wait else "understood.summary", lines="\n".join(lines)
    )


def _skills_line(kb: KnowledgeBase, profile: Profile, lang: str) -> str:
    claimed = []
    for claim in profile.skills:
        if claim.level <= 0:
            continue
        name = skill_name(kb, claim.skill_id, lang) if claim.skill_id else (claim.raw or "")
        if name and name not in claimed:
            claimed.append(name)
    role = kb.roles.get(profile.target_role or "")
    required = {r.skill_id for r in role.required} if role is not None else set()
    own = {c.skill_id for c in profile.skills}
    have = effective_skills(profile, kb)
    background = [
        skill_name(kb, s, lang)
        for s in sorted(have)
        if s in required and s not in own and have[s][0] > 0
    ]
    sep = t(lang, "choose.sep")
    parts = claimed[:MAX_SUMMARY_SKILLS]
    room = MAX_SUMMARY_SKILLS - len(parts)
    if not parts:
        if not background:
            return t(lang, "understood.summary.no_skills")
        return t(lang, "understood.summary.background_only", skills=sep.join(background[:room]))
    skills = sep.join(parts)
    if background and room > 0:
        skills += t(lang, "understood.summary.background", skills=sep.join(background[:room]))
    return t(lang, "understood.summary.skills", skills=skills)


def plan_choice_line(choice: RoleChoice, lang: str) -> str:
    """One line for the plan: how its role was chosen and the alternatives shown, with fit."""
    options = t(lang, "choose.sep").join(
        t(lang, "understood.plan_option", name=o.role_name, pct=round(o.fit * 100))
        for o in choice.alternatives
    )
    return t(
        lang, "understood.plan_line", how=choice.reason or how_text(choice, lang), options=options
    )

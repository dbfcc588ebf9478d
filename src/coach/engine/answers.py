"""Grounded answers after approval, one per kind of turn, from the plan, the profile, the role's
research and the knowledge base, with source ids, in the plan's language (COACHING.md D)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from pydantic import BaseModel, Field

from coach.engine.pay import pay_lines
from coach.engine.planner.experience import hours_factor, read_experience
from coach.engine.progress import done_through
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.schemas import Language, Level, Plan, PlanItem, Profile, RoleResearch

_LEVEL_TOPICS = frozenset({"experience", "skills_demand", "career_levels", "interview"})


_PLURALS = (
    (re.compile(r"\b(\w+)\(s\) (\d+)\s*[-–]\s*(\d+)"), r"\1s \2-\3"),  # "weeks 1-3"
    (re.compile(r"\b(\w+)\(s\) (\d+)\b"), r"\1 \2"),  # "week 5"
    (re.compile(r"\b1 (\w+)\(s\)"), r"1 \1"),  # "1 week"
    (re.compile(r"\b(\d+(?:\.\d+)?) (\w+)\(s\)"), r"\1 \2s"),  # "4 weeks"
)


def plurals(text: str) -> str:
    """English "week(s)" said as the number makes it ("weeks 1-2", "1 week", "4 weeks")."""
    for rx, repl in _PLURALS:
        text = rx.sub(repl, text)
    return text


class Answer(BaseModel):
    text: str
    sources: list[str] = Field(default_factory=list)
    proposal: dict[str, float | int] | None = None


def _sep(lang: str) -> str:
    return "；" if lang == "zh" else "; "


def with_sources(
    lang: str, lines: list[str], sources: list[str], kb: KnowledgeBase | None = None
) -> Answer:
    """The answer's text with its sources named by title (the ids stay in ``sources``); ``kb``
    defaults to the shipped knowledge base."""
    unique = list(dict.fromkeys(s for s in sources if s))
    text = "\n".join(line for line in lines if line)
    if unique:
        kb = kb if kb is not None else load_kb()
        language: Language = "zh" if lang == "zh" else "en"
        titles = t(lang, "render.sources_sep").join(
            t(lang, "render.source_title", title=kb.source_title(s, language)) for s in unique
        )
        text += "\n" + t(lang, "coach.a.sources", ids=titles)
    return Answer(text=text, sources=unique)


def _resources(item: PlanItem, kb: KnowledgeBase, lang: Language) -> tuple[str, list[str]]:
    found = [kb.resources[r] for r in item.resource_ids[:3] if r in kb.resources]
    if not found:  # what to build: the item's practice, else the skill's own deliverable
        skill = kb.skills.get(item.skill_id)
        own = skill.deliverable.get(lang) if skill is not None and skill.deliverable else ""
        return t(lang, "coach.a.practise", deliverable=item.practice or own or item.deliverable), []
    titles = ("、" if lang == "zh" else "; ").join(r.title_in(lang) for r in found)
    return t(lang, "coach.a.read", titles=titles), [r.source_id for r in found]


def _item_line(item: PlanItem, kb: KnowledgeBase, lang: Language) -> tuple[str, list[str]]:
    reading, sources = _resources(item, kb, lang)
    line = t(
        lang,
        "coach.a.item_one" if item.week_start == item.week_end else "coach.a.item",
        title=item.title,
        start=item.week_start,
        end=item.week_end,
        hours=f"{item.hours:g}",
        deliverable=item.deliverable.rstrip(".。"),
    )
    return f"- {line}{_sep(lang)}{reading}", sources


def current_items(plan: Plan, week: int) -> list[PlanItem]:
    return [i for i in plan.items() if i.week_start <= week <= i.week_end]


def open_items(plan: Plan, week: int) -> list[PlanItem]:
    """The items of ``week`` not reported done ("done with CI/CD": skipped); when all of that
    week's work is done, the next items not done."""
    done = set(plan.progress.skills_done)
    items = [i for i in current_items(plan, week) if i.skill_id not in done]
    if items or not done:
        return items
    ahead = [i for i in plan.items() if i.week_start > week and i.skill_id not in done]
    first = min((i.week_start for i in ahead), default=None)
    return [i for i in ahead if i.week_start == first]


def answer_this_week(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """This week's items (the first week not done, when the user is behind)."""
    lang = plan.language
    focus = min(plan.horizon_weeks, done_through(plan.progress, week) + 1)
    items = open_items(plan, focus) or open_items(plan, week)
    hours = _week_hours(plan, focus)  # "3.4 h planned" reads as false precision: whole hours
    head = t(lang, "coach.a.week", week=focus, hours=f"{round(hours) if hours >= 1 else hours:g}")
    if focus < week:
        head += " " + t(lang, "coach.a.catch_up", behind=week - focus, week=week)
    lines, sources = [head], []
    for item in items:
        line, src = _item_line(item, kb, lang)
        lines.append(line)
        sources += src
    if not items:
        phase = next((p for p in plan.phases if p.week_start <= focus <= p.week_end), None)
        lines.append(t(lang, "coach.a.phase", name=phase.name if phase else "-"))
    return with_sources(lang, lines, sources, kb)


def _week_hours(plan: Plan, week: int) -> float:
    return plan.weekly_hours[week - 1] if 0 < week <= len(plan.weekly_hours) else 0.0


def _alike(skill_ids: list[str], said: Sequence[str], plan: Plan, kb: KnowledgeBase) -> list[str]:
    """The skills named, each unplanned one joined by the planned skills its words also name
    ("quantization": the plan's "Quantisation for edge devices")."""
    planned = {i.skill_id for i in plan.items()}
    out = list(skill_ids)
    for words in (w.lower() for w in said if len(w) >= 2):
        for skill_id in planned - set(out):
            skill = kb.skills.get(skill_id)
            names = (
                [skill.name.en.lower(), skill.name.zh, *(a.lower() for a in skill.aliases)]
                if skill
                else []
            )
            if any(words in n for n in names):
                out.append(skill_id)
    return out


def answer_resources(
    plan: Plan, skill_ids: list[str], week: int, kb: KnowledgeBase, said: Sequence[str] = ()
) -> Answer:
    """Learning material for the skills named (``said``: the words naming them, which may name
    a planned skill too), else for the items of the first week not done."""
    lang = plan.language
    skill_ids = _alike(skill_ids, said, plan, kb)
    named = [i for i in plan.items() if i.skill_id in skill_ids]
    focus = min(plan.horizon_weeks, done_through(plan.progress, week) + 1)  # the work now
    items = named if named or skill_ids else current_items(plan, focus) or current_items(plan, week)
    if not named and not skill_ids and not any(i.resource_ids for i in items):
        # "有什么书推荐吗" in a week of practice only: the next items that have material
        later = [i for i in plan.items() if i.week_start > focus and i.resource_ids]
        items += list({i.skill_id: i for i in reversed(later)}.values())[::-1][:2]
    lines, sources = [t(lang, "coach.a.resources_head")], []
    for item in items[:3]:
        line, src = _item_line(item, kb, lang)
        lines.append(line)
        sources += src
    planned = {i.skill_id for i in plan.items()}
    for skill_id in skill_ids:
        if (
            skill_id in kb.skills
            and skill_id not in planned
            and all(i.skill_id != skill_id for i in items)
        ):
            skill = kb.skills[skill_id]
            res = [kb.resources[r] for r in skill.resources[:3] if r in kb.resources]
            names = ("、" if lang == "zh" else "; ").join(r.title_in(lang) for r in res)
            if not names:  # no bare dash: say the sources list none, and how to practise it
                deliverable = skill.deliverable.get(lang) if skill.deliverable else ""
                names = t(lang, "coach.a.no_material", deliverable=deliverable.rstrip(".。") or "-")
            lines.append(f"- {skill.name.get(lang)}: {names}")
            sources += [r.source_id for r in res]
    return with_sources(lang, lines, sources, kb)


def _cost_line(plan: Plan, profile: Profile, skill_id: str, have: Level, kb: KnowledgeBase) -> str:
    """What learning a skill the plan leaves out would cost this person (their experience
    shortens it as it shortens the plan's own items), and what it would displace: the plan's
    last items outside the core, the first to give way."""
    lang = plan.language
    skill = kb.skills[skill_id]
    base = max(0, skill.hours.get(2, 0) - (skill.hours.get(have, 0) if have else 0))
    scale = hours_factor(skill, read_experience(profile, kb))
    cost = max(1, round(base * scale)) if base else 0
    weeks = math.ceil(cost / plan.hours_per_week) if plan.hours_per_week else 0
    core = set(plan.core_skills)
    last = [i.title for i in reversed(plan.items()) if i.skill_id not in core]
    instead = ("、" if lang == "zh" else "; ").join(list(dict.fromkeys(last))[:2]) or "-"
    values = {"skill": skill.name.get(lang), "hours": cost, "weeks": weeks, "instead": instead}
    if scale < 1 and cost < base:
        return t(
            lang, "coach.a.cost_yours", base=base, per_week=f"{plan.hours_per_week:g}", **values
        )
    return t(lang, "coach.a.cost", per_week=f"{plan.hours_per_week:g}", **values)


def answer_skill(
    plan: Plan, profile: Profile, research: RoleResearch, skill_id: str, kb: KnowledgeBase
) -> Answer:
    """Whether ``skill_id`` matters for the target, where it is in the plan, what it costs."""
    lang = plan.language
    skill = kb.skills[skill_id]
    name = skill.name.get(lang)
    items = [i for i in plan.items() if i.skill_id == skill_id]
    required = next((r for r in research.required_skills if r.skill_id == skill_id), None)
    role = research.role_name
    known = next((s for s in profile.skills if s.skill_id == skill_id), None)
    deferral = next((d for d in plan.deferred if d.skill_id == skill_id), None)
    sources = [required.source_id] if required else []
    lines: list[str] = []
    if required:
        key = "coach.a.core" if required.weight >= 0.7 else "coach.a.required"
        lines.append(t(lang, key, skill=name, role=role))
    if items and required is None:  # planned as a support for the core, not asked for itself
        lines.append(t(lang, "coach.t.skill_planned", skill=name, role=role))
    if items:
        for item in items:
            line, src = _item_line(item, kb, lang)
            lines.append(line)
            sources += src
    elif known is not None and (required is None or known.level >= required.level):
        lines.append(t(lang, "coach.a.known", skill=name, evidence=known.evidence))
    elif deferral is not None:
        lines.append(t(lang, "coach.a.deferred", skill=name, reason=deferral.reason))
    else:
        if required is None:
            lines.append(t(lang, "coach.a.not_needed", skill=name, role=role))
        lines.append(_cost_line(plan, profile, skill_id, known.level if known else 0, kb))
        lines.append(t(lang, "coach.a.ask_mentor"))
        sources += (
            list(kb.roles[research.role_id].source_ids[:1]) if research.role_id in kb.roles else []
        )
    return with_sources(lang, lines, sources, kb)


def answer_realistic(
    plan: Plan,
    profile: Profile,
    research: RoleResearch,
    employer: str | None,
    kb: KnowledgeBase,
    errors: Sequence[str] = (),
) -> Answer:
    """Is the goal (or an employer the user names) realistic: the plan's verdict (the
    reviewer's errors first: a plan that fits its hours can still aim too high), the hours,
    what the sources say about the role's level and pay; never a promise."""
    lang = plan.language
    lines: list[str] = []
    hours = f"{plan.total_hours:g}"
    if errors:
        lines.append(t(lang, "coach.a.not_realistic"))
        lines += [f"- {e}" for e in errors[:3]]
    elif plan.feasible:
        lines.append(
            t(
                lang,
                "coach.a.feasible",
                role=plan.target_name,
                weeks=plan.horizon_weeks,
                per_week=f"{plan.hours_per_week:g}",
                hours=hours,
            )
        )
    else:
        lines.append(t(lang, "coach.a.infeasible", role=plan.target_name, count=len(plan.deferred)))
        for option in plan.options[:2]:
            lines.append(f"- {option.description}")
    sources: list[str] = []
    role = kb.roles.get(research.role_id)
    if role is not None:
        lines.append(t(lang, "coach.a.experience", text=role.experience.get(lang)))
        sources += role.source_ids[:1]
    if plan.salary_bands and employer:  # the level at that employer; pay is not asked
        lines += [f"- {line}" for line in pay_lines(plan, kb, profile.region)[:2]]
        sources += [b.source_id for b in plan.salary_bands[:1]]
    about_level = [
        f
        for f in research.facts
        if f.fact_id in kb.facts and kb.facts[f.fact_id].topic in _LEVEL_TOPICS
    ]
    for fact in about_level[:1]:
        lines.append(f"- {fact.text}")
        sources.append(fact.source_id)
    if employer:
        lines.insert(0, t(lang, "coach.a.employer", employer=employer))
    lines.append(t(lang, "coach.a.no_promise"))
    return with_sources(lang, lines, sources, kb)


def with_setting(answer: Answer, plan: Plan, others: list[str], kb: KnowledgeBase) -> Answer:
    """A skill question that also names the person's setting ("端侧部署的话TensorRT有用吗"):
    after the answer on the skill asked, where the plan teaches the setting's skill and with
    what, so the answer ends on what they will use."""
    lang = plan.language
    lines: list[str] = []
    sources: list[str] = []
    for skill in dict.fromkeys(others):
        items = [i for i in plan.items() if i.skill_id == skill]
        if not items or skill not in kb.skills:
            continue
        lines.append(t(lang, "coach.a.setting", skill=kb.skills[skill].name.get(lang)))
        for item in items[:2]:
            line, src = _item_line(item, kb, lang)
            lines.append(line)
            sources += src
    if not lines:
        return answer
    return answer.model_copy(
        update={
            "text": answer.text + "\n" + "\n".join(lines),
            "sources": list(dict.fromkeys([*answer.sources, *sources])),
        }
    )

"""Answers to a choice the person weighs after approval (COACHING.md D1), from the plan, the
profile and the sources: a tool or platform ("Copilot instead of Zapier?", "扣子能直接读Excel
吗", "用什么工具搭智能客服") and another path ("a master's instead of this plan?"). Each opens with
a clear yes / no / it depends, then ties both sides to the plan's skill and weeks."""

from __future__ import annotations

import math
import re

from coach.engine.answers import Answer, _item_line, with_sources
from coach.engine.answers_plan import next_step
from coach.engine.progress import done_through
from coach.engine.turns_tools import Tool, ToolTurn
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language, Plan, PlanItem, Profile

_BUILDERS = ("low_code_automation", "agent_frameworks", "conversational_ux", "rag")
"""Skills a "what tool do I build it with" question falls back to, in order."""


def _join(lang: str, names: list[str]) -> str:
    return ("、" if lang == "zh" else ", ").join(dict.fromkeys(names))


def _items_for(plan: Plan, skill_ids: list[str]) -> list[PlanItem]:
    return [i for i in plan.items() if i.skill_id in skill_ids]


def _skill_name(kb: KnowledgeBase, skill_id: str | None, lang: Language) -> str:
    if skill_id and skill_id in kb.skills:
        return kb.skills[skill_id].name.get(lang)
    return skill_id or ""


def _own_work(profile: Profile, tool: Tool) -> bool:
    """Whether the person's own work already names the tool (an SAP consultant and "SAP BTP")."""
    said = " ".join([profile.current_role or "", *profile.evidence.values()]).lower()
    words = [w for w in tool.name.lower().split() if len(w) >= 3]
    return any(w in said for w in words)


def _plan_lines(plan: Plan, skills: list[str], kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    lang = plan.language
    lines: list[str] = []
    sources: list[str] = []
    for item in _items_for(plan, skills)[:2]:
        line, src = _item_line(item, kb, lang)
        lines.append(line)
        sources += src
    return lines, sources


def _switch_head(turn: ToolTurn, plan: Plan, profile: Profile, kb: KnowledgeBase) -> list[str]:
    lang = plan.language
    own, others = turn.own, turn.others
    if own:
        skill = next((x.skill_id for x in turn.others if x.skill_id), own[0].skill_id)
        return [
            t(
                lang,
                "coach.t.use_own" if others else "coach.t.use_own_only",
                own=own[0].name,
                other=_join(lang, [x.name for x in others]),
            ),
            t(lang, "coach.t.carries_over", skill=_skill_name(kb, skill, lang) or "-"),
        ]
    known = [x for x in turn.tools if x.skill_id]
    unknown = [x for x in turn.tools if x.skill_id is None]
    if unknown:
        both = " / ".join(x.name for x in unknown[:2])
        new = Tool(name=both, skill_id=None)
        old = known[0] if known else None
        lines = [t(lang, "coach.t.unknown_tool", tool=new.name)]
        if old is not None:
            skill = _skill_name(kb, old.skill_id, lang)
            lines.append(t(lang, "coach.t.plan_keeps", tool=old.name, skill=skill))
        if _own_work(profile, new):
            lines.append(t(lang, "coach.t.own_work", tool=new.name, role=profile.current_role))
        else:
            lines.append(t(lang, "coach.t.if_asked", tool=new.name))
        return lines
    skills = list(dict.fromkeys(x.skill_id for x in known))
    if len(skills) == 1:
        names = _join(lang, [x.name for x in known])
        return [t(lang, "coach.t.same_skill", tools=names, skill=_skill_name(kb, skills[0], lang))]
    a, b = known[0], known[1]
    return [
        t(
            lang,
            "coach.t.different",
            a=a.name,
            a_skill=_skill_name(kb, a.skill_id, lang),
            b=b.name,
            b_skill=_skill_name(kb, b.skill_id, lang),
        )
    ]


def _can_do_week(turn: ToolTurn, plan: Plan, week: int) -> int:
    """The week to try a tool in: when the plan teaches its skill, else the next week."""
    skills = [x.skill_id for x in turn.tools if x.skill_id] or [
        s for s in _BUILDERS if any(i.skill_id == s for i in plan.items())
    ]
    items = _items_for(plan, skills[:1])
    return items[0].week_start if items else done_through(plan.progress, week) + 1


def _can_do_head(turn: ToolTurn, plan: Plan, week: int, kb: KnowledgeBase) -> list[str]:
    lang = plan.language
    tool = next((x for x in turn.tools if x.skill_id in _BUILDERS), turn.tools[0])
    start = _can_do_week(ToolTurn(turn.mode, (tool,)) if tool.skill_id else turn, plan, week)
    return [
        t(lang, "coach.t.can_do", tool=tool.name),
        t(lang, "coach.t.can_do_test", tool=tool.name, week=start),
    ]


def _which_head(turn: ToolTurn, plan: Plan, kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    """Their own platform first; then the tools the plan's building skill reads about."""
    lang = plan.language
    lines: list[str] = []
    if turn.own:
        lines.append(t(lang, "coach.t.which_own", own=_join(lang, [x.name for x in turn.own])))
    planned = {i.skill_id for i in plan.items()}
    asked = [x.skill_id for x in turn.tools if x.skill_id in planned]
    skill = next(iter(asked), None) or next((s for s in _BUILDERS if s in planned), None)
    if skill is None or skill not in kb.skills:
        lines.append(t(lang, "coach.t.which_none"))
        return lines, []
    found = [kb.resources[r] for r in kb.skills[skill].resources[:3] if r in kb.resources]
    titles = _join(lang, [r.title_in(lang) for r in found]) or "-"
    key = "coach.t.which_plan_after" if turn.own else "coach.t.which_plan"
    lines.append(t(lang, key, skill=kb.skills[skill].name.get(lang), tools=titles))
    return lines, [r.source_id for r in found]


def answer_tool(
    turn: ToolTurn, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer:
    """A tool question answered first (yes / it depends / which), then where the plan teaches
    the skill behind the tools, and the next step."""
    lang = plan.language
    sources: list[str] = []
    if turn.mode == "which":
        lines, sources = _which_head(turn, plan, kb)
    elif turn.mode == "can_do" and turn.own:  # their employer's tool: use it where it can
        own = turn.own[0].name
        lines = [t(lang, "coach.t.use_own_only", own=own)]
        lines.append(t(lang, "coach.t.can_do_test", tool=own, week=_can_do_week(turn, plan, week)))
    elif turn.mode == "can_do" and turn.tools:
        lines = _can_do_head(turn, plan, week, kb)
    else:
        lines = _switch_head(turn, plan, profile, kb)
    skills = list(dict.fromkeys(x.skill_id for x in turn.tools if x.skill_id))
    if turn.mode == "which":
        skills = skills or [s for s in _BUILDERS if any(i.skill_id == s for i in plan.items())][:1]
    more, src = _plan_lines(plan, skills, kb)
    if more:
        lines.append(t(lang, "coach.t.in_plan"))
        lines += more
        sources += src
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, sources, kb)


# --- another path ------------------------------------------------------------------------------

_PATH_FACTS = (
    "domain_insiders_know_what_to_automate",
    "experience_years_by_level",
    "project_quality_over_quantity",
    "china_education_levels",
    "case_java_backend_transition",
)
_DEGREE_FAMILIES = frozenset({"science", "research"})
"""Role families where the sources put a degree (a scientific background) first."""


_BOOTCAMP = re.compile(
    r"\b(?:bootcamp|boot\s+camp|course|certificates?|certifications?|coursera|udemy|edx)\b"
    r"|训练营|培训班|报班|报个班|课程|证书|认证",
    re.I,
)
_PHD = re.compile(r"\bph\.?d\b|\bdoctorate\b|读博|博士", re.I)


_CERTIFICATE = re.compile(r"\b(?:certificates?|certifications?|exam)\b|证书|认证|考证|考个", re.I)


def _path_cost(text: str) -> str:
    if _CERTIFICATE.search(text):
        return "coach.t.path_cost_cert"
    if _BOOTCAMP.search(text):
        return "coach.t.path_cost_bootcamp"
    return "coach.t.path_cost_phd" if _PHD.search(text) else "coach.t.path_cost"


def answer_alternative(
    plan: Plan, profile: Profile, week: int, kb: KnowledgeBase, text: str = ""
) -> Answer:
    """Another path (a master's, a bootcamp) against the plan: time and cost, what employers
    ask for in the sources, and a way to decide later without losing time."""
    lang = plan.language
    role = kb.roles.get(plan.target)
    family = role.family if role is not None else ""
    key = "coach.t.path_degree_role" if family in _DEGREE_FAMILIES else "coach.t.path_head"
    done = done_through(plan.progress, week)
    left = round(sum(plan.weekly_hours[done:]), 1)
    lines = [
        t(lang, key, role=plan.target_name),
        t(lang, _path_cost(text)),
        t(
            lang,
            "coach.t.path_plan",
            weeks=plan.horizon_weeks - done,
            per_week=f"{plan.hours_per_week:g}",
            hours=f"{left:g}",
        ),
    ]
    sources: list[str] = []
    if role is not None:
        lines.append(
            t(lang, "coach.t.path_asks", role=plan.target_name, text=role.experience.get(lang))
        )
        sources += role.source_ids[:1]
    zh_market = lang == "zh" or (profile.region or "").lower() in {"cn", "china"}
    for fid in _PATH_FACTS:
        fact = kb.facts.get(fid)
        if fact is None or (fid == "china_education_levels" and not zh_market):
            continue
        if fact.roles and plan.target not in fact.roles:  # what the sources say of other roles
            continue
        lines.append(f"- {fact.text.get(lang)}")
        sources.append(fact.source_id)
    if plan.portfolio_projects:
        project = plan.portfolio_projects[0]
        lines.append(t(lang, "coach.t.path_decide", week=project.week_end, title=project.title))
    else:
        lines.append(t(lang, "coach.t.path_decide_plain"))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, sources, kb)


# --- a pace weighed --------------------------------------------------------------------------

NEAR_PACE = 0.8
"""A pace at least this share of the plan's weekly hours is close enough to keep the plan."""


def answer_pace(plan: Plan, week: int, weekly: float) -> Answer:
    """ "Is an hour a day enough?": that pace against the plan's hours, what the rest would
    take at it, and a re-plan at that pace to confirm when it falls short."""
    lang = plan.language
    done = done_through(plan.progress, week)
    left = round(sum(plan.weekly_hours[done:]), 1)
    weeks_left = max(1, plan.horizon_weeks - done)
    need = max(1, math.ceil(left / weekly)) if weekly > 0 else weeks_left
    values = {
        "pace": f"{weekly:g}",
        "plan": f"{plan.hours_per_week:g}",
        "left": f"{left:g}",
        "need": need,
        "weeks": weeks_left,
    }
    if weekly >= plan.hours_per_week:
        return Answer(text=t(lang, "coach.t.pace_yes", **values) + "\n" + next_step(plan, week))
    key = "coach.t.pace_near" if weekly >= NEAR_PACE * plan.hours_per_week else "coach.t.pace_short"
    text = (
        t(lang, key, **values)
        + ("" if lang == "zh" else " ")
        + t(lang, "coach.t.pace_offer", **values)
    )
    return Answer(text=text, proposal={"hours_per_week": weekly, "horizon_weeks": done + need})

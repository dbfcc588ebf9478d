"""Everyday help after approval (en/zh), answered first, from the plan: a week asked about ("what
does week 5 look like?"), being ill ("I'm sick this week"), stuck on an exercise ("couldn't get
the embeddings exercise to work"), whether to tell their manager. Shared helpers of
:mod:`coach.engine.answers_fit` live here too."""

from __future__ import annotations

import re

from coach.engine.answers import (
    Answer,
    _item_line,
    answer_this_week,
    current_items,
    with_sources,
)
from coach.engine.answers_plan import next_step
from coach.engine.progress import done_through
from coach.engine.turns import skill_mentions
from coach.engine.turns_help import (
    about_telling_work,
    write_for_me,
)
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, PlanItem


def sep(lang: str) -> str:
    return "、" if lang == "zh" else ", "


def name_of(kb: KnowledgeBase, skill_id: str, lang: str) -> str:
    skill = kb.skills.get(skill_id)
    return skill.name.get("zh" if lang == "zh" else "en") if skill is not None else skill_id


def items_of(plan: Plan, skill_id: str) -> list[PlanItem]:
    return [i for i in plan.items() if i.skill_id == skill_id]


def item_lines(plan: Plan, items: list[PlanItem], kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    lines: list[str] = []
    sources: list[str] = []
    for item in items[:2]:
        line, src = _item_line(item, kb, plan.language)
        lines.append(line)
        sources += src
    return lines, sources


def core_skills(plan: Plan, kb: KnowledgeBase, count: int = 3) -> list[str]:
    """The skills the plan spends most hours on (the core the person builds)."""
    hours: dict[str, float] = {}
    for item in plan.items():
        hours[item.skill_id] = hours.get(item.skill_id, 0.0) + item.hours
    ranked = sorted(hours, key=lambda s: -hours[s])[:count]
    return [name_of(kb, s, plan.language) for s in ranked]


def project_line(plan: Plan) -> str | None:
    if not plan.portfolio_projects:
        return None
    p = plan.portfolio_projects[0]
    return t(plan.language, "coach.f.project", title=p.title, start=p.week_start, end=p.week_end)


def answer_week(plan: Plan, asked: int, week: int, kb: KnowledgeBase) -> Answer:
    """What a given week of the plan holds (the last week when the plan is shorter)."""
    at = min(asked, plan.horizon_weeks)
    shown = answer_this_week(plan.model_copy(update={"progress": type(plan.progress)()}), at, kb)
    hours = plan.weekly_hours[at - 1] if at <= len(plan.weekly_hours) else 0.0
    head = t(plan.language, "coach.f.week", week=at, hours=f"{hours:g}")
    rest = shown.text.split("\n", 1)[1] if "\n" in shown.text else ""
    shown = shown.model_copy(update={"text": head + ("\n" + rest if rest else "")})
    if asked > plan.horizon_weeks:
        lead = t(plan.language, "coach.f.week_past", asked=asked, weeks=plan.horizon_weeks)
        return shown.model_copy(update={"text": lead + "\n" + shown.text})
    return shown


def answer_unwell(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """Ill: rest first; a week or two off needs no re-plan; where to pick up again."""
    lang = plan.language
    lines = [t(lang, "coach.f.unwell")]
    focus = min(plan.horizon_weeks, done_through(plan.progress, week) + 1)
    items = [i for i in current_items(plan, focus) if i.skill_id not in plan.progress.skills_done]
    if items:
        lines.append(t(lang, "coach.f.unwell_back", title=items[0].title))
    lines.append(t(lang, "coach.b.temporary_longer"))
    return with_sources(lang, lines, [], kb)


def answer_stuck(text: str, plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """Stuck on an exercise: normal; make it smaller; where to read again; what coach cannot do
    (run or debug code)."""
    lang = plan.language
    planned = {i.skill_id: i for i in reversed(plan.items())}  # the first item of each skill
    named = [m.id for m in skill_mentions(text, kb) if m.id in planned]
    focus = min(plan.horizon_weeks, done_through(plan.progress, week) + 1)
    now = [i for i in current_items(plan, focus)]
    item = planned[named[0]] if named else (now[0] if now else None)
    lines = [t(lang, "coach.f.stuck", skill=name_of(kb, item.skill_id, lang) if item else "-")]
    sources: list[str] = []
    if item is not None:
        deliverable = kb.skills[item.skill_id].deliverable if item.skill_id in kb.skills else None
        goal = deliverable.get("zh" if lang == "zh" else "en") if deliverable else item.deliverable
        lines.append("- " + t(lang, "coach.f.stuck_smaller", goal=goal.rstrip(".。")))
        more, sources = item_lines(plan, [item], kb)
        lines += more
    lines.append("- " + t(lang, "coach.f.stuck_error"))
    lines.append("- " + t(lang, "coach.f.stuck_time"))
    return with_sources(lang, lines, sources, kb)


def answer_telling_work(text: str, plan: Plan, kb: KnowledgeBase) -> Answer | None:
    """Whether to tell their manager: for a plan in their own job, yes (the project is built on
    their work); for a move out, their call, with what usually works; the sources do not say."""
    if not about_telling_work(text):
        return None
    lang = plan.language
    role = kb.roles.get(plan.target)
    project = plan.portfolio_projects[0].title if plan.portfolio_projects else "-"
    in_job = role is not None and role.family == "non_coding"
    lines = [t(lang, "coach.f.tell_in_job" if in_job else "coach.f.tell_move", project=project)]
    lines.append(t(lang, "coach.f.tell_unknown"))
    return with_sources(lang, lines, [], kb)


def answer_banned(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """Their employer does not allow the AI tool: follow the rule; what they can still do; the
    plan's own items on data and rules, when it has them."""
    lang = plan.language
    lines = [
        t(lang, "coach.f.banned"),
        "- " + t(lang, "coach.f.banned_ask"),
        "- " + t(lang, "coach.f.banned_practise"),
    ]
    rules = [i for i in plan.items() if i.skill_id in {"data_privacy", "ai_ethics_governance"}]
    sources: list[str] = []
    if rules:
        more, sources = item_lines(plan, rules[:1], kb)
        lines += [t(lang, "coach.f.banned_plan"), *more]
    lines.append(t(lang, "coach.f.banned_unknown"))
    return with_sources(lang, lines, sources, kb)


def answer_criticised(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """A complaint about the plan's content: taken seriously; what the plan has them build this
    week; how to change it (a skill cut or swapped through the mentor, or a lighter load)."""
    lang = plan.language
    focus = min(plan.horizon_weeks, done_through(plan.progress, week) + 1)
    items = current_items(plan, focus)
    skill = kb.skills.get(items[0].skill_id) if items else None
    build = (
        skill.deliverable.get("zh" if lang == "zh" else "en")
        if skill and skill.deliverable
        else "-"
    )
    lines = [t(lang, "coach.f.criticised", build=build.rstrip(".。"))]
    lines.append(t(lang, "coach.f.criticised_change"))
    return with_sources(lang, lines, [], kb)


def answer_life_change(plan: Plan, week: int, good: bool = False) -> Answer:
    """News in their life (a move, a new job, a baby): congratulated when it is good news;
    nothing has to change; the hours are what re-plans."""
    lang = plan.language
    line = t(lang, "coach.f.life")
    if good:
        line = t(lang, "coach.f.congrats") + ("" if lang == "zh" else " ") + line
    return with_sources(lang, [line, next_step(plan, week)], [])


def answer_milestone(plan: Plan, week: int) -> Answer:
    """The next milestone of the plan (from the first week not done), with how it is checked."""
    lang = plan.language
    focus = done_through(plan.progress, week) + 1
    ahead = [m for m in plan.milestones if m.week >= focus] or plan.milestones[-1:]
    if not ahead:
        return with_sources(lang, [t(lang, "coach.f.no_milestone"), next_step(plan, week)], [])
    m = ahead[0]
    lines = [t(lang, "coach.f.milestone", week=m.week, deliverable=m.deliverable.rstrip(".。"))]
    if m.how_checked:
        lines.append(t(lang, "coach.f.milestone_check", how=m.how_checked.rstrip(".。")))
    if len(ahead) > 1:
        lines.append(
            t(
                lang,
                "coach.f.milestone_after",
                week=ahead[1].week,
                deliverable=ahead[1].deliverable.rstrip(".。"),
            )
        )
    return with_sources(lang, lines, [])


def answer_tired_today(plan: Plan, week: int) -> Answer:
    """Tired today: rest; one small step if they want one; a lighter plan if it is most days."""
    lang = plan.language
    return with_sources(lang, [t(lang, "coach.f.tired_today"), next_step(plan, week)], [])


def answer_wished_resources(
    plan: Plan, week: int, kb: KnowledgeBase, free: bool, language: str | None
) -> Answer:
    """The plan's material filtered as asked: free kinds (documentation, tutorials, community;
    the sources do not mark prices) and/or a language; said plainly when none fits."""
    lang = plan.language
    focus = min(plan.horizon_weeks, done_through(plan.progress, week) + 1)
    items = [i for i in plan.items() if i.week_end >= focus]
    seen: dict[str, str] = {}
    for item in items:
        for rid in item.resource_ids:
            r = kb.resources.get(rid)
            if r is None or rid in seen:
                continue
            if free and r.kind not in {"docs", "tutorial", "community", "paper", "practice"}:
                continue
            if language is not None and r.language not in {language, "mixed"}:
                continue
            seen[rid] = item.title
    head = "coach.f.res_free" if free else "coach.f.res_lang"
    lines = [t(lang, head, language=t(lang, f"coach.f.lang_{language or lang}"))]
    if not seen:
        lines = [t(lang, "coach.f.res_none", language=t(lang, f"coach.f.lang_{language or lang}"))]
    for rid, title in list(seen.items())[:5]:
        shown = kb.resources[rid].title_in(lang)
        lines.append(f"- {shown}（{title}）" if lang == "zh" else f"- {shown} ({title})")
    if free:
        lines.append(t(lang, "coach.f.res_prices"))
    sources = [kb.resources[r].source_id for r in seen]
    return with_sources(lang, lines, sources[:3], kb)


def answer_setback(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """A rejection: it is part of the search; ask for feedback; the topics to prepare; go on."""
    lang = plan.language
    role = kb.roles.get(plan.target)
    topics = [x.zh if lang == "zh" else x.en for x in (role.interview_topics if role else [])][:3]
    lines = [t(lang, "coach.f.setback")]
    lines.append("- " + t(lang, "coach.f.setback_feedback"))
    if topics:
        lines.append(
            "- "
            + t(
                lang, "coach.f.setback_topics", topics=("；" if lang == "zh" else "; ").join(topics)
            )
        )
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, list(role.source_ids[:1]) if role else [], kb)


def answer_internal_move(plan: Plan, week: int) -> Answer:
    """An internal move into AI work: often the shortest way in; what to ask; the plan follows."""
    lang = plan.language
    return with_sources(
        lang,
        [t(lang, "coach.f.internal"), t(lang, "coach.f.internal_plan"), next_step(plan, week)],
        [],
    )


def answer_skip(plan: Plan, week: int) -> Answer:
    """Skipping a week or an item: fine for what they already know (say so, it counts as done);
    otherwise the later items build on it."""
    lang = plan.language
    return with_sources(lang, [t(lang, "coach.f.skip"), next_step(plan, week)], [])


def answer_daily(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """A day-by-day split of this week's hours, and the items in the order to do them."""
    lang = plan.language
    focus = min(plan.horizon_weeks, done_through(plan.progress, week) + 1)
    hours = plan.weekly_hours[focus - 1] if focus <= len(plan.weekly_hours) else plan.hours_per_week
    five, three = round(hours / 5 * 2) / 2, round(hours / 3 * 2) / 2
    lines = [
        t(lang, "coach.f.daily", hours=f"{round(hours):g}", five=f"{five:g}", three=f"{three:g}")
    ]
    items = current_items(plan, focus)
    if items:
        order = ("；" if lang == "zh" else "; ").join(i.title for i in items[:3])
        lines.append(t(lang, "coach.f.daily_order", items=order))
    lines.append(t(lang, "coach.f.daily_habit"))
    return with_sources(lang, lines, [], kb)


def answer_not_finishing(plan: Plan, week: int) -> Answer:
    """Not finishing in time: nothing breaks; what happens (a re-plan from where they are)."""
    lang = plan.language
    return with_sources(lang, [t(lang, "coach.f.not_finishing"), next_step(plan, week)], [])


def for_me(text: str, plan: Plan, answer: Answer) -> Answer:
    """A request to write their CV or letter: coach does not write it; what goes in it (the
    job-search answer, without its yes to "should I put it on my CV?")."""
    if not write_for_me(text):
        return answer
    lang = plan.language
    body = answer.text.split("\n", 1)
    rest = body[1] if len(body) > 1 and re.match(r"(?:Yes|可以)", body[0]) else answer.text
    return answer.model_copy(update={"text": t(lang, "coach.f.for_me") + "\n" + rest})


def _rules_items(plan: Plan) -> list[PlanItem]:
    return [i for i in plan.items() if i.skill_id in {"ai_ethics_governance", "data_privacy"}]


def answer_legal(plan: Plan, kb: KnowledgeBase) -> Answer:
    """Whether a use of AI is legal: it depends on the country; what the plan covers; who to ask."""
    lang = plan.language
    lines = [t(lang, "coach.f.legal")]
    more, sources = item_lines(plan, _rules_items(plan)[:1], kb)
    if more:
        lines += [t(lang, "coach.f.banned_plan"), *more]
    lines.append(t(lang, "coach.f.legal_ask"))
    return with_sources(lang, lines, sources, kb)


def answer_presentation(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """Ideas to present at work, from the plan: the project, tasks AI drafts with a person
    checking, and the rules."""
    lang = plan.language
    lines = [t(lang, "coach.f.present")]
    if plan.portfolio_projects:
        lines.append(
            "- " + t(lang, "coach.f.present_project", title=plan.portfolio_projects[0].title)
        )
    lines.append("- " + t(lang, "coach.f.present_tasks"))
    if _rules_items(plan):
        lines.append("- " + t(lang, "coach.f.present_rules"))
    lines.append(t(lang, "coach.f.present_shape"))
    return with_sources(lang, lines, [], kb)


_MACHINE_FACT = re.compile(r"\bRTX\b|graphics\s+card|\bmachine\b", re.I)


def answer_machine(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """Is their machine enough: what the sources say about a machine, that they give no minimum,
    and what usually decides it (model size; training large models goes to rented GPUs)."""
    lang = plan.language
    facts = [f for f in kb.facts.values() if _MACHINE_FACT.search(f.text.en) and f.topic != "pay"][
        :1
    ]
    lines = [t(lang, "coach.f.machine")]
    sources: list[str] = []
    for fact in facts:
        lines.append(t(lang, "coach.f.machine_fact", text=fact.text.get(lang)))
        sources.append(fact.source_id)
    lines.append(t(lang, "coach.f.machine_rent"))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, sources, kb)


def answer_networking(plan: Plan, week: int) -> Answer:
    """Meeting people in the field: the sources do not cover it; shipped work opens doors; where."""
    lang = plan.language
    title = plan.portfolio_projects[0].title if plan.portfolio_projects else "-"
    lines = [t(lang, "coach.f.network"), t(lang, "coach.f.network_how", project=title)]
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [])


def answer_motivation(plan: Plan, week: int) -> Answer:
    """Keeping going: common in the middle; what the plan has for it; what to say if it drags."""
    lang = plan.language
    start = plan.portfolio_projects[0].week_start if plan.portfolio_projects else None
    key = "coach.f.bored_project" if start else "coach.f.bored"
    lines = [t(lang, key, week=start or 0), t(lang, "coach.f.bored_tell"), next_step(plan, week)]
    return with_sources(lang, lines, [])

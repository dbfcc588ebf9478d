"""More grounded answers after approval (COACHING.md D): small talk, off-topic questions, the
timeline, pay, the job search, the mentor's requests, self-doubt and "I already know X". Each
answers from the plan, the profile and the knowledge base, cites its sources and ends with the
person's next step, in the plan's language."""

from __future__ import annotations

import re
from datetime import timedelta

from coach.engine.answers import Answer, open_items, with_sources
from coach.engine.pay import pay_lines
from coach.engine.progress import done_through
from coach.engine.research import level_for_years
from coach.i18n import MESSAGES, t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language, Plan, RoleResearch, SalaryBand

_IMPLIED = re.compile(r"^\s*(?:implied\s+by\s+[^:]{1,80}?:|由\s*[^：]{1,40}?推断：)\s*", re.I)
_INTERVIEW_TOPICS = frozenset({"interview", "job_search", "hiring"})


def _sep(lang: str) -> str:
    return "、" if lang == "zh" else "; "


def next_step(plan: Plan, week: int) -> str:
    """One line: the first week not done and what it holds."""
    lang = plan.language
    focus = min(plan.horizon_weeks, done_through(plan.progress, week) + 1)
    items = open_items(plan, focus)
    if not items:
        phase = next((p for p in plan.phases if p.week_start <= focus <= p.week_end), None)
        name = phase.name if phase else "-"
        return t(lang, "coach.b.next_phase", week=focus, name=name)
    titles = _sep(lang).join(i.title for i in items[:3])
    return t(lang, "coach.b.next", week=focus, items=titles)


def _with_next(plan: Plan, week: int, lines: list[str], sources: list[str]) -> Answer:
    return with_sources(plan.language, [*lines, next_step(plan, week)], sources)


def week_span(start: int, end: int) -> str:
    return str(start) if start == end else f"{start}-{end}"


def answer_greeting(plan: Plan, week: int) -> Answer:
    """Small talk: a short hello, where the person is, what they can ask."""
    lang = plan.language
    done = done_through(plan.progress, week)
    head = t(lang, "coach.b.hello", week=week, weeks=plan.horizon_weeks, done=done)
    return _with_next(plan, week, [head, t(lang, "coach.b.can_ask")], [])


def answer_ack(plan: Plan, week: int) -> Answer:
    """A nod ("ok", "好的"): one line and the next step, not the greeting again."""
    return _with_next(plan, week, [t(plan.language, "coach.b.ack")], [])


def answer_off_topic(plan: Plan, week: int) -> Answer:
    """Outside coaching: say so plainly, then back to the plan."""
    lang = plan.language
    return _with_next(plan, week, [t(lang, "coach.b.off_topic", role=plan.target_name)], [])


def _phase_lines(plan: Plan) -> list[str]:
    lang = plan.language
    out: list[str] = []
    for phase in plan.phases:
        if phase.kind == "buffer":
            continue
        out.append(
            "- "
            + t(
                lang,
                "coach.b.phase",
                name=phase.name,
                weeks=week_span(phase.week_start, phase.week_end),
                hours=f"{phase.hours:g}",
            )
        )
    return out


def _lang(lang: str) -> Language:
    return "zh" if lang == "zh" else "en"


def band_text(lang: str, band: SalaryBand, kb: KnowledgeBase | None = None) -> str:
    """One pay band in the plan's language, with its region and source."""
    high = f"–{band.high:,.0f}" if band.high else "+"
    return t(
        lang,
        "coach.b.band",
        level=band.level_zh if lang == "zh" and band.level_zh else band.level,
        low=f"{band.low:,.0f}",
        high=high,
        currency=band.currency,
        period=t(lang, f"coach.b.per_{band.period}"),
        region=region_name(lang, band.region),
        source=band.source_id if kb is None else kb.source_title(band.source_id, _lang(lang)),
    )


def region_name(lang: str, region: str) -> str:
    key = f"render.region.{region}"
    return t(lang, key) if key in MESSAGES else region


def answer_timeline(plan: Plan, week: int) -> Answer:
    """How long, when the project, when it ends: the plan's weeks and phases."""
    lang = plan.language
    end = plan.start_date + timedelta(weeks=plan.horizon_weeks) - timedelta(days=1)
    lines = [
        t(
            lang,
            "coach.b.timeline",
            weeks=plan.horizon_weeks,
            start=plan.start_date.isoformat(),
            end=end.isoformat(),
            hours=f"{plan.total_hours:g}",
            per_week=f"{plan.hours_per_week:g}",
        ),
        *_phase_lines(plan),
    ]
    for project in plan.portfolio_projects[:1]:
        lines.append(
            t(
                lang,
                "coach.b.project_when",
                title=project.title,
                start=project.week_start,
                end=project.week_end,
            )
        )
    done = done_through(plan.progress, week)
    now = max(week, min(plan.horizon_weeks, done + 1))  # ahead of the calendar: where they are
    lines.append(t(lang, "coach.b.where", week=now, done=done, left=plan.horizon_weeks - done))
    return _with_next(plan, week, lines, [])


def answer_pay(
    plan: Plan, years: float | None, place: str | None = None, kb: KnowledgeBase | None = None
) -> Answer:
    """Pay: the person's level in the target role and its band, as the plan says them (only
    years relevant to the role count, engine/seniority.py), then the bands the sources give
    for the role (all levels, dated by their source), never a promise."""
    lang = plan.language
    lines: list[str] = []
    sources: list[str] = []
    said = kb is not None and plan.pay_level is not None and bool(plan.salary_bands)
    if said and kb is not None:  # the plan's own level and band, with their source named
        lines = [f"- {line}" for line in pay_lines(plan, kb)[:2]]
        sources.append(plan.salary_bands[0].source_id)
        years = None  # the level line counts the relevant years, not all of them
    if place and plan.salary_bands:  # no figures anywhere: the line below says so
        regions = sorted({region_name(lang, b.region) for b in plan.salary_bands})
        lines.append(t(lang, "coach.b.no_place", place=place, regions=_sep(lang).join(regions)))
    if not plan.salary_bands:
        lines.append(t(lang, "coach.b.no_pay", role=plan.target_name))
    elif not said:
        lines.append(t(lang, "coach.b.pay_head", role=plan.target_name))
        for band in plan.salary_bands[:4]:
            lines.append("- " + band_text(lang, band, kb))
            sources.append(band.source_id)
    seniority = level_for_years(years)
    if seniority is not None and years is not None and plan.salary_bands:
        lines.append(t(lang, f"coach.b.level_{seniority}", years=f"{years:g}"))
    lines.append(t(lang, "coach.a.no_promise"))
    return with_sources(lang, lines, sources, kb)


def answer_job_search(
    plan: Plan,
    research: RoleResearch | None,
    kb: KnowledgeBase,
    current: str | None = None,
    in_job: bool = False,
) -> Answer:
    """CV, interviews, applications: the plan's last phase as planned (a job search, or AI
    brought into the job the person keeps, ``in_job``), the project to lead with, the interview
    topics of the sources."""
    lang = plan.language
    lines: list[str] = []
    sources: list[str] = []
    phase = next((p for p in plan.phases if p.kind == "job_search"), None)
    if in_job and phase is not None:  # staying in the job: the CV records AI work done there
        key = "coach.t.cv_in_job" if current else "coach.t.cv_in_job_plain"
        lines.append(t(lang, key, role=current or ""))
    if phase is not None and phase.steps:  # the phase as planned ("Bring it into your work")
        steps = ("" if lang == "zh" else " ").join(
            x if x.endswith((".", "。")) else x + "." for x in phase.steps
        )
        lines.append(
            t(
                lang,
                "coach.t.job_phase_steps",
                name=phase.name,
                start=phase.week_start,
                end=phase.week_end,
                steps=steps,
            )
        )
    elif phase is not None:
        lines.append(t(lang, "coach.b.job_phase", start=phase.week_start, end=phase.week_end))
    else:
        lines.append(t(lang, "coach.b.no_job_phase"))
    for project in plan.portfolio_projects[:1]:
        lines.append(t(lang, "coach.b.lead_with", title=project.title))
    if plan.interview_prep and not in_job:
        # topics hold commas and 、 of their own: "；" between them, no doubled full stop
        sep = "；" if lang == "zh" else "; "
        topics = sep.join(x.rstrip("。.") for x in plan.interview_prep[:4])
        lines.append(t(lang, "coach.b.interview", topics=topics))
    facts = [
        f
        for f in (research.facts if research else [])
        if f.fact_id in kb.facts and kb.facts[f.fact_id].topic in _INTERVIEW_TOPICS
    ]
    for fact in facts[:1]:
        title = kb.source_title(fact.source_id, _lang(lang))  # a title, never the file name
        lines.append(t(lang, "coach.b.source_says", text=fact.text, source=title))
        sources.append(fact.source_id)
    if research is not None and research.role_id in kb.roles:
        sources += list(kb.roles[research.role_id].source_ids[:1])
    return with_sources(lang, lines, sources)


def answer_mentor(plan: Plan, notes: list[str], not_applied: list[str], week: int) -> Answer:
    """What the mentor asked for and how the plan honours it (and what was not applied)."""
    lang = plan.language
    mentor = [c for c in plan.constraint_records if c.source == "mentor" and c.kind != "note"]
    if not notes and not mentor:
        return _with_next(plan, week, [t(lang, "coach.b.mentor_none", version=plan.version)], [])
    lines = [t(lang, "coach.b.mentor_head", version=plan.version)]
    lines += [f"- “{c.text}” → {c.display}" for c in mentor[:6]]
    lines += [f"- {t(lang, 'coach.b.mentor_not_applied', text=text)}" for text in not_applied]
    return _with_next(plan, week, lines, [])


def answer_known(plan: Plan, skill_id: str, kb: KnowledgeBase, week: int) -> Answer:
    """ "I already know SQL" about a skill the plan does not teach: nothing to change, and
    what it is good for (a skill the plan teaches is a check-in: it is marked done)."""
    lang = plan.language
    skill = kb.skills.get(skill_id)
    name = skill.name.get(lang) if skill else skill_id
    return _with_next(plan, week, [t(lang, "coach.b.known_not_planned", skill=name)], [])


def answer_temporary(plan: Plan, week: int, hours: float, kb: KnowledgeBase) -> Answer:
    """A short dip in hours ("this week only 5 hours"): no re-plan; what matters most this
    week, the plan's light weeks absorb the rest, and when to ask for a re-plan."""
    lang = plan.language
    focus = min(plan.horizon_weeks, done_through(plan.progress, week) + 1)
    items = open_items(plan, focus)
    more = hours > plan.hours_per_week  # "8 hours that month" instead of 4: a chance to get ahead
    key = "coach.b.temporary_more" if more else "coach.b.temporary"
    lines = [t(lang, key, hours=f"{hours:g}", usual=f"{plan.hours_per_week:g}")]
    if items:
        first = items[0]
        lines.append(t(lang, "coach.b.temporary_first", title=first.title))
    lines.append(t(lang, "coach.b.temporary_ahead" if more else "coach.b.temporary_longer"))
    return with_sources(lang, lines, [])


def answer_compare(
    plan: Plan, research: RoleResearch | None, skill_ids: list[str], kb: KnowledgeBase
) -> Answer:
    """ "X or Y, which first?": where each is in the plan (or why not), what the role asks
    for, and which to learn first (the one the plan schedules first)."""
    lang = plan.language
    lines: list[str] = []
    sources: list[str] = []
    starts: dict[str, tuple[int, int]] = {}  # name -> (first week, place in the plan)
    order = {i.skill_id: n for n, i in reversed(list(enumerate(plan.items())))}
    for_project: list[str] = []  # not taught, but the project uses it
    for skill_id in skill_ids[:3]:
        skill = kb.skills.get(skill_id)
        name = skill.name.get(lang) if skill else skill_id
        items = [i for i in plan.items() if i.skill_id == skill_id]
        need = next(
            (r for r in (research.required_skills if research else []) if r.skill_id == skill_id),
            None,
        )
        if need is not None:
            sources.append(need.source_id)
        if items:
            starts[name] = (items[0].week_start, order[skill_id])
            lines.append(
                "- "
                + t(
                    lang,
                    "coach.b.cmp_planned",
                    skill=name,
                    weeks=week_span(items[0].week_start, items[-1].week_end),
                    hours=f"{sum(i.hours for i in items):g}",
                )
            )
        elif any(skill_id in p.skill_ids for p in plan.portfolio_projects):
            title = next(p.title for p in plan.portfolio_projects if skill_id in p.skill_ids)
            lines.append("- " + t(lang, "coach.b.cmp_in_project", skill=name, project=title))
            for_project.append(skill_id)
        else:
            deferred = any(d.skill_id == skill_id for d in plan.deferred)
            key = (
                "coach.b.cmp_needed"
                if deferred
                else "coach.b.cmp_known"
                if need is not None
                else "coach.b.cmp_not_needed"
            )
            lines.append("- " + t(lang, key, skill=name, role=plan.target_name))
    if starts or for_project:  # the difference matters only for what they will use
        lines += _what_each_is(skill_ids[:3], kb, lang)
    if starts:
        first = min(starts, key=lambda n: starts[n])
        key = "coach.b.cmp_first" if len(starts) > 1 else "coach.b.cmp_only"
        lines.insert(0, t(lang, key, skill=first))
    elif for_project:  # none taught, the project uses one: each line says so
        return with_sources(lang, lines, sources)
    elif research is not None:  # none planned: the one the role asks for more comes first
        weight = {r.skill_id: r.weight for r in research.required_skills}
        ranked = sorted(skill_ids[:3], key=lambda s: -weight.get(s, 0.0))
        if ranked and weight.get(ranked[0], 0.0) > 0:
            skill = kb.skills.get(ranked[0])
            name = skill.name.get(lang) if skill else ranked[0]
            lines.insert(0, t(lang, "coach.b.cmp_first_later", skill=name, role=plan.target_name))
        else:  # "do i need python or sql?" for a plan that needs neither: a plain no
            lines.insert(0, t(lang, "coach.b.cmp_neither", role=plan.target_name))
    return with_sources(lang, lines, sources)


def _what_each_is(skill_ids: list[str], kb: KnowledgeBase, lang: Language) -> list[str]:
    """The difference, in what each one has a learner build (the KB's deliverable)."""
    out = []
    for skill_id in skill_ids:
        skill = kb.skills.get(skill_id)
        if skill is not None and skill.deliverable is not None:
            what = skill.deliverable.get(lang).rstrip(".。")
            out.append("- " + t(lang, "coach.b.cmp_builds", skill=skill.name.get(lang), what=what))
    return [t(lang, "coach.b.cmp_difference"), *out] if len(out) > 1 else []


def answer_project(plan: Plan, week: int, kb: KnowledgeBase, own: str | None = None) -> Answer:
    """Questions about the portfolio project: what it is, when, what it uses; ``own``: what of
    their own the person asks to build it on ("my protein embedding model"): yes, and how."""
    lang = plan.language
    if not plan.portfolio_projects:
        return _with_next(plan, week, [t(lang, "coach.b.no_project")], [])
    project = plan.portfolio_projects[0]
    names = _sep(lang).join(
        kb.skills[s].name.get(lang) for s in project.skill_ids[:5] if s in kb.skills
    )
    if own:
        line = t(
            lang,
            "coach.b.project_use_own",
            own=own,
            title=project.title,
            weeks=week_span(project.week_start, project.week_end),
            skills=names or "-",
        )
        return _with_next(plan, week, [line, project.description], [])
    lines = [
        t(
            lang,
            "coach.b.project",
            title=project.title,
            weeks=week_span(project.week_start, project.week_end),
            skills=names or "-",
        ),
        project.description,
        t(lang, "coach.b.project_own"),
    ]
    return _with_next(plan, week, lines, [])

"""Candid answers to an ambition or a fear after approval (COACHING.md D1), from the sources'
pay bands and experience asks, the profile and the plan: a pay figure or a top employer ("$400k
like the FDEs at OpenAI?", "Anthropic by September?"), a credential that seems to rule the
person out ("只要名校硕士，物理博士是不是没戏"), and a fear of not managing that is not about the
load ("我年纪大了，怕学不会"): a smaller, concrete next step rather than fewer hours."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from coach.engine.answers import Answer, current_items, with_sources
from coach.engine.answers_plan import next_step
from coach.engine.numbers.approx import MONTH_NAMES, MONTHS
from coach.engine.numbers.dates import deadline_date
from coach.engine.progress import done_through
from coach.engine.turns_more import pay_figure, reconsidering, top_employer
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Band
from coach.schemas import Plan, PlanItem, Profile

_LAB_FACTS = ("ai_company_pay_premium",)
LAB_YEARS = 2
"""Years of AI work below which a top lab named is a goal for later, not the first step."""
_LEVEL_FACTS = ("ai_engineer_career_levels", "experience_years_by_level")
_YEARS = re.compile(
    r"(\d+)\s*(?:-|–|to)\s*(\d+)\+?\s*years|(\d+)\+\s*years|至少\s*(\d+)\s*年|(\d+)\s*[-–~]\s*(\d+)\s*年"
)


def _bands(plan: Plan, kb: KnowledgeBase) -> list[Band]:
    """The target's pay bands, else those of its nearest role (FDE -> application engineer)."""
    role = kb.roles.get(plan.target)
    if role is None:
        return []
    if role.salary_bands:
        return list(role.salary_bands)
    for near in role.stepping_stones:
        if near in kb.roles and kb.roles[near].salary_bands:
            return list(kb.roles[near].salary_bands)
    return []


def _years_asked(text: str) -> int | None:
    """The fewest years of experience a source's sentence asks for ("2-5 years" -> 2)."""
    m = _YEARS.search(text)
    if m is None:
        return None
    return int(next(g for g in m.groups() if g))


def _relevant_years(plan: Plan) -> float:
    level = plan.pay_level
    return float(level.relevant_years or 0) if level is not None else 0.0


def _level_of(bands: list[Band], figure: float, lang: str) -> Band | None:
    """The first band whose range reaches ``figure`` (in the band's currency)."""
    for band in sorted(bands, key=lambda b: b.low):
        if figure <= (band.high or band.low):
            return band
    return bands[-1] if bands else None


def _band_words(band: Band, lang: str) -> str:
    level = band.level_zh if lang == "zh" and band.level_zh else band.level
    high = f"{band.high / 1000:g}K" if band.high else "+"
    return t(lang, "coach.t.band", level=level, low=f"{band.low / 1000:g}K", high=high)


def _by_date(text: str, plan: Plan, week: int) -> str | None:
    """ "by September": whether the plan ends by then (None when no month is named)."""
    m = re.search(
        rf"\b(?:by|before|until|in)\s+({MONTH_NAMES})\b|(\d{{1,2}})\s*月(?:前|之前|份)?", text, re.I
    )
    if m is None:
        return None
    month = MONTHS.get((m.group(1) or "").lower()) or int(m.group(2) or 0)
    if not 1 <= month <= 12:
        return None
    today = plan.start_date + timedelta(weeks=max(0, week - 1))
    day = deadline_date(today, month=month, edge="start")
    end = plan.start_date + timedelta(weeks=plan.horizon_weeks)
    if day is None:
        return None
    lang = plan.language
    key = "coach.t.by_date_ok" if end <= day else "coach.t.by_date_late"
    return t(lang, key, day=_month(day, lang), end=_month(end, lang))


def _month(day: date, lang: str) -> str:
    return f"{day.year}年{day.month}月" if lang == "zh" else day.strftime("%B %Y")


def answer_ambition(
    text: str,
    plan: Plan,
    profile: Profile,
    week: int,
    kb: KnowledgeBase,
    errors: Sequence[str] = (),
) -> Answer:
    """Pay or employer aimed at, candidly: where the figure sits in the sources' bands, the
    experience those employers ask for against the person's, and a realistic first step."""
    lang = plan.language
    role = kb.roles.get(plan.target)
    relevant = _relevant_years(plan)
    asked = _years_asked(role.experience.en) if role is not None else None
    figure = pay_figure(text)
    employer = top_employer(text)
    bands = _bands(plan, kb)
    lines: list[str] = []
    sources: list[str] = []
    # the years asked, or for a top lab named, at least LAB_YEARS of AI work shipped
    gap = asked is not None and relevant < asked
    gap = gap or (employer is not None and relevant < max(asked or 0, LAB_YEARS))
    band = None
    if figure is not None:
        same = [b for b in bands if b.currency == figure[1]]
        band = _level_of(same, figure[0], lang) if same else None
    above_start = band is not None and band.low > min(b.low for b in bands)
    if errors:  # the reviewer's errors first: the plan itself falls short
        lines.append(t(lang, "coach.a.not_realistic"))
        lines += [f"- {e}" for e in errors[:3]]
    elif gap or above_start:
        lines.append(t(lang, "coach.t.ambition_not_yet", role=plan.target_name))
    else:
        lines.append(t(lang, "coach.t.ambition_stretch", role=plan.target_name))
    if figure is not None and band is not None:
        lines.append(t(lang, "coach.t.figure_band", band=_band_words(band, lang)))
        sources.append(band.source_id)
    elif figure is not None and bands:  # "60万" and bands in USD only: said, not converted
        money = (
            {"CNY": "人民币", "USD": "美元"}.get(figure[1], figure[1])
            if lang == "zh"
            else figure[1]
        )
        lines.append(t(lang, "coach.t.figure_no_band", currency=money))
    if bands:
        lines.append(
            t(lang, "coach.t.start_band", band=_band_words(min(bands, key=lambda b: b.low), lang))
        )
        sources.append(bands[0].source_id)
    if employer is not None or figure is not None:
        for fid in _LAB_FACTS:
            if fid in kb.facts:
                lines.append(f"- {kb.facts[fid].text.get(lang)}")
                sources.append(kb.facts[fid].source_id)
    if role is not None:
        key = "coach.t.asks_years" if gap else "coach.t.asks"
        lines.append(t(lang, key, text=role.experience.get(lang), years=f"{relevant:g}"))
        sources += role.source_ids[:1]
    if when := _by_date(text, plan, week):
        lines.append(when)
    lines.append(_first_step(plan, profile, kb, gap))
    lines.append(t(lang, "coach.a.no_promise"))
    return with_sources(lang, lines, sources, kb)


def _first_step(plan: Plan, profile: Profile, kb: KnowledgeBase, gap: bool) -> str:
    """A realistic first step: AI work shipped in their current job, then the nearer role (the
    target itself when their experience already meets its ask)."""
    lang = plan.language
    role = kb.roles.get(plan.target)
    stones = role.stepping_stones if role is not None and gap else []
    near = [kb.roles[r].name.get(lang) for r in stones if r in kb.roles]
    project = plan.portfolio_projects[0].title if plan.portfolio_projects else None
    current = profile.current_role or t(lang, "coach.t.your_job")
    key = "coach.t.first_step_project" if project else "coach.t.first_step"
    return t(
        lang,
        key,
        current=current,
        project=project or "",
        near=near[0] if near else plan.target_name,
    )


# --- credentials ------------------------------------------------------------------------------

_PHD = re.compile(r"\bph\.?d\b|\bdoctorate\b|博士", re.I)
_MASTER = re.compile(r"\bmasters?\b|\bmaster'?s\b|\bmsc\b|硕士|研究生", re.I)
_NO_DEGREE = re.compile(
    r"\b(?:no|without|don'?t\s+have\s+a)\s+(?:cs\s+|computer\s+science\s+)?degree\b|self[- ]taught|"
    r"\bnever\s+(?:finished|completed|got)\s+(?:my|a)\s+(?:\w+\s+)?(?:degree|diploma)|dropped\s+out|"
    r"没有(?:学历|文凭|学位|本科)|没学历|大专|专科|高中",
    re.I,
)


_MINE = re.compile(r"\b(?:i|i'?m|my|as\s+an?|with\s+(?:my|an?))\b|我", re.I)
_THE_BAR = re.compile(
    r"\b(?:only|require\w*|want\w*|ask\w*\s+for|need\w*)\b|只要|只招|要求|门槛", re.I
)


def _held(text: str, degree: re.Pattern[str]) -> bool:
    """Whether ``text`` says the person holds ``degree`` ("我一个物理博士", "as a chemistry
    PhD"), not that postings ask for it ("only PhDs get hired")."""
    for m in degree.finditer(text):
        before = text[max(0, m.start() - 24) : m.start()]
        mine = list(_MINE.finditer(before))
        if mine and not _THE_BAR.search(before[mine[-1].end() :]):
            return True
    return False


def answer_credential(
    text: str, plan: Plan, profile: Profile, week: int, kb: KnowledgeBase
) -> Answer:
    """ "Only top-school master's?": no, not ruled out; what the person holds against the bar,
    what the sources ask for instead, and what to show."""
    lang = plan.language
    said = " ".join([profile.current_role or "", *profile.evidence.values()])
    role = kb.roles.get(plan.target)
    if _held(text, _PHD) or _PHD.search(said):
        head = "coach.t.cred_phd"
    elif role is not None and role.family == "science":  # the sources put a science degree first
        head = "coach.t.cred_science"
    elif _NO_DEGREE.search(text):
        head = "coach.t.cred_none"
    elif _held(text, _MASTER) or _MASTER.search(said):
        head = "coach.t.cred_master"
    else:
        head = "coach.t.cred_other"
    lines = [t(lang, head, role=plan.target_name)]
    sources: list[str] = []
    years, current = profile.years_experience, profile.current_role
    if years and current:
        lines.append(t(lang, "coach.t.cred_years", years=f"{years:g}", role=current))
    if role is not None:
        lines.append(t(lang, "coach.t.asks", text=role.experience.get(lang), years=""))
        sources += role.source_ids[:1]
    for fid in ("china_education_levels", "project_quality_over_quantity"):
        fact = kb.facts.get(fid)
        if fact is not None and (fid != "china_education_levels" or lang == "zh"):
            lines.append(f"- {fact.text.get(lang)}")
            sources.append(fact.source_id)
    if plan.portfolio_projects:
        project = plan.portfolio_projects[0]
        lines.append(t(lang, "coach.t.cred_show", title=project.title, week=project.week_end))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, sources, kb)


# --- fear, not load -----------------------------------------------------------------------------


def answer_fear(
    plan: Plan, profile: Profile, week: int, kb: KnowledgeBase, text: str = ""
) -> Answer:
    """A fear of not managing: taken seriously; what they already bring; the next step made
    small (one item, one first hour, its deliverable); fewer hours only if the load is it."""
    lang = plan.language
    lines = [t(lang, "coach.t.fear_head")]
    if reconsidering(text):  # staying where they are is a real option, said so
        project = plan.portfolio_projects[0].title if plan.portfolio_projects else None
        current = profile.current_role or t(lang, "coach.t.your_job")
        key = "coach.t.stay_project" if project else "coach.t.stay"
        lines.append(t(lang, key, current=current, project=project or ""))
    names = [
        kb.skills[s.skill_id].name.get(lang) for s in plan.strengths if s.skill_id in kb.skills
    ]
    if names:
        lines.append(
            t(lang, "coach.t.fear_have", skills=("、" if lang == "zh" else ", ").join(names[:4]))
        )
    focus = min(plan.horizon_weeks, done_through(plan.progress, week) + 1)
    items = current_items(plan, focus)
    if items:
        item = items[0]
        skill = kb.skills.get(item.skill_id)  # a real piece of work, not "progress check: ..."
        own = skill.deliverable.get(lang) if skill is not None and skill.deliverable else ""
        lines.append(
            t(
                lang,
                "coach.t.fear_small",
                week=focus,
                title=item.title,
                deliverable=(item.practice or own or item.deliverable).rstrip(".。"),
            )
        )
    lines.append(t(lang, "coach.t.fear_pace"))
    lines.append(t(lang, "coach.t.fear_load", hours=f"{plan.hours_per_week:g}"))
    return with_sources(lang, lines, [], kb)


# --- where the work is going ---------------------------------------------------------------------

_OUTLOOK_TOPICS = ("trend", "market", "talent_pyramid", "skills_demand")
MAX_OUTLOOK = 3


def answer_outlook(plan: Plan, week: int, kb: KnowledgeBase) -> Answer:
    """Where the target's work is going, in the sources' words (their trends and market notes
    for the role), and the part of it the plan aims at; never a forecast of its own."""
    lang = plan.language
    facts = [
        f
        for topic in _OUTLOOK_TOPICS
        for f in kb.facts.values()
        if f.topic == topic and (not f.roles or plan.target in f.roles)
    ][:MAX_OUTLOOK]
    lines = [t(lang, "coach.t.outlook_head", role=plan.target_name)]
    lines += [f"- {f.text.get(lang)}" for f in facts]
    core = [kb.skills[s].name.get(lang) for s in plan.core_skills[:3] if s in kb.skills]
    if core:
        sep = "、" if lang == "zh" else ", "
        lines.append(t(lang, "coach.t.outlook_plan", skills=sep.join(core)))
    lines.append(next_step(plan, week))
    return with_sources(lang, lines, [f.source_id for f in facts], kb)


# --- an interview on a date -------------------------------------------------------------------

MAX_FOCUS = 3


def interview_focus(plan: Plan, week: int) -> list[PlanItem]:
    """The core items still ahead, first of each skill, in plan order (what to put first
    before an interview)."""
    done = done_through(plan.progress, week)
    core = set(plan.core_skills)
    ahead = [i for i in plan.items() if i.week_end > done and i.skill_id in core]
    first = {i.skill_id: i for i in reversed(ahead)}
    return sorted(first.values(), key=lambda i: i.week_start)[:MAX_FOCUS]


def answer_interview(plan: Plan, week: int, day: date, kb: KnowledgeBase) -> Answer:
    """ "I got an interview on January 15!": congratulations, the weeks until then, what to
    put first in them (the core still ahead, the project as a demo, the interview topics), and
    a re-plan toward that date to confirm."""
    lang = plan.language
    today = plan.start_date + timedelta(weeks=max(0, week - 1))
    weeks = max(1, -(-(day - today).days // 7))
    done = done_through(plan.progress, week)
    focus = [i.title for i in interview_focus(plan, week)]
    lines = [t(lang, "coach.t.interview_head", day=day.isoformat(), weeks=weeks)]
    sep = "；" if lang == "zh" else "; "
    if focus:
        lines.append(t(lang, "coach.t.interview_focus", items=sep.join(focus)))
    if plan.portfolio_projects:
        lines.append(t(lang, "coach.t.interview_demo", title=plan.portfolio_projects[0].title))
    if plan.interview_prep:
        topics = sep.join(x.rstrip("。.") for x in plan.interview_prep[:3])
        lines.append(t(lang, "coach.t.interview_topics", topics=topics))
    lines.append(t(lang, "coach.t.interview_offer", weeks=weeks))
    answer = with_sources(lang, lines, [], kb)
    # the plan keeps its end; the work they will ask about moves before that day
    proposal = {
        "hours_per_week": plan.hours_per_week,
        "horizon_weeks": plan.horizon_weeks,
        "interview_week": min(plan.horizon_weeks, done + weeks),
    }
    return answer.model_copy(update={"proposal": proposal})

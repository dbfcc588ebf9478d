"""The ambition check: goals the sources say are not realistic from the person's start.

Read from the user's own words (``experience.profile_words``: role, skill evidence, constraints
and, from the planner node, what they said). Four kinds, each named kindly with a realistic
alternative (COACHING.md B3):

- ``top_lab``: a top AI lab or big-tech LLM team within a year, from no working engineering base
  (seed 001: OpenAI / Anthropic start at $300K+, the 4-7-year band);
- ``pay``: a pay figure above every band the sources give for the person's level, in the same
  currency (no band in that currency: no judgement);
- ``burnout``: more than ``HUMANE_HOURS_PER_WEEK`` a week;
- ``seniority``: a role every band of which asks for years (an architect: 4-7 years, seed 001)
  that the person's relevant years (engine/seniority.py) will not reach by the plan's end;
- ``timeline``: a horizon under a third of the sources' staged path for the person's start
  (an engineer with a base: ~12 months, seed 003 and seed 001's case study; from no base:
  ~18 months, seed 001's graduate path over three semesters).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coach.engine.planner.budget import HUMANE_HOURS_PER_WEEK
from coach.engine.planner.common import num
from coach.engine.planner.experience import Experience, wanted_words
from coach.engine.seniority import band_years
from coach.i18n import t
from coach.knowledge.models import Band, Role
from coach.schemas import AmbitionFlag, Language, Profile

TOP_LABS = re.compile(
    # "FAIR", "xAI", "Mistral" as written: "models that are fair" names no lab (U6-2)
    r"\b(?:OpenAI|Anthropic|DeepMind|Google Brain|Meta AI|(?-i:FAIR|xAI|Mistral)|top (?:AI )?labs?|"
    r"frontier labs?|FAANG|MAANG)\b|大厂|字节|阿里|腾讯|百度|华为|月之暗面|智谱|DeepSeek|深度求索",
    re.I,
)
ENGINEER_PATH_MONTHS = 12
BEGINNER_PATH_MONTHS = 18
TIMELINE_SHARE = 1 / 3
TOP_LAB_MAX_WEEKS = 52
SUSTAINABLE_HOURS = 20.0
"""The pace the staged paths assume at most (seed 001: 2-3 h a day): a core that fits only at
more than this does not make a short timeline realistic."""

_PAY = (
    (re.compile(r"年薪\s*(\d+(?:\.\d+)?)\s*万"), 10_000, "CNY", "year"),
    (re.compile(r"月薪\s*(\d+(?:\.\d+)?)\s*万"), 10_000, "CNY", "month"),
    (re.compile(r"月薪\s*(\d+(?:\.\d+)?)\s*[kK千]"), 1_000, "CNY", "month"),
    (re.compile(r"(\d+(?:\.\d+)?)\s*万\s*(?:年薪|一年|/年|每年)"), 10_000, "CNY", "year"),
    (re.compile(r"\$\s*(\d+(?:\.\d+)?)\s*[kK]\b"), 1_000, "USD", "year"),
    (re.compile(r"\$\s*(\d{2,3}(?:,\d{3})+)"), 1, "USD", "year"),
    (
        re.compile(r"(\d+(?:\.\d+)?)\s*[kK]\s*(?:USD|dollars|a year|per year|salary)", re.I),
        1_000,
        "USD",
        "year",
    ),
)
_YEARS = re.compile(r"\((\d+)\s*(?:-\s*(\d+)|\+)\s*years?\)")


@dataclass(frozen=True)
class AmbitionInput:
    words: str
    exp: Experience
    role: Role | None
    role_name: str
    hours_asked: float | None
    horizon: int
    lang: Language
    relevant_years: float | None = None
    """Years that count toward the target role (engine/seniority.py), None when unknown."""
    core_fits: bool = False
    """The plan's core fits the horizon at the person's hours: their timeline is realistic for
    them, however short the sources' staged path for a typical start."""
    goal: str = ""
    """The person's own words for their target (:func:`goal_words`): "an internship"."""


def goal_words(profile: Profile) -> str:
    """What the person said about their target, from the profile (the reviewer has no
    transcript): the raw target and the words that gave it."""
    said = [profile.target_raw or "", profile.evidence.get("target_role", "")]
    return " \n".join(w for w in said if w)


def pay_figure(words: str) -> tuple[float, str, str] | None:
    """(amount a year, currency, the words) for the first pay figure in ``words``."""
    for pattern, unit, currency, period in _PAY:
        m = pattern.search(words)
        if m:
            amount = float(m.group(1).replace(",", "")) * unit
            return (amount * 12 if period == "month" else amount), currency, m.group(0)
    return None


def _level_bands(bands: Sequence[Band], years: float) -> list[Band]:
    out = []
    for b in bands:
        m = _YEARS.search(b.level)
        if m is None:
            continue
        low = float(m.group(1))
        high = float(m.group(2)) if m.group(2) else 99.0
        if low <= years < high or (years < low and low == 0):
            out.append(b)
    return out


def _top_lab(inp: AmbitionInput) -> AmbitionFlag | None:
    m = TOP_LABS.search(wanted_words(inp.words))  # "I work at 大厂" is not the goal
    if m is None or inp.exp.experienced_engineer or inp.horizon > TOP_LAB_MAX_WEEKS:
        return None
    company = m.group(0)
    months = num(max(1, round(inp.horizon * 12 / 52)))
    return AmbitionFlag(
        kind="top_lab",
        message=t(inp.lang, "plan.ambition.top_lab", company=company, months=months),
        alternative=t(inp.lang, "plan.ambition.top_lab.alt", role=inp.role_name, company=company),
    )


def _pay(inp: AmbitionInput) -> AmbitionFlag | None:
    figure = pay_figure(wanted_words(inp.words))  # what they earn now is not the goal
    if figure is None or inp.role is None:
        return None
    amount, currency, said = figure
    years = inp.exp.years if inp.exp.engineer else 0.0
    bands = [b for b in _level_bands(inp.role.salary_bands, years) if b.currency == currency]
    bands = [b for b in bands if b.period == "year"]
    if not bands:
        return None
    top = max(bands, key=lambda b: b.high or b.low)
    if amount <= (top.high or top.low):
        return None
    band = f"{currency} {num(top.low)}-{num(top.high or top.low)}"
    return AmbitionFlag(
        kind="pay",
        message=t(inp.lang, "plan.ambition.pay", figure=said, level=top.level, band=band),
        alternative=t(inp.lang, "plan.ambition.pay.alt", band=band),
    )


def _burnout(inp: AmbitionInput) -> AmbitionFlag | None:
    if inp.hours_asked is None or inp.hours_asked <= HUMANE_HOURS_PER_WEEK:
        return None
    return AmbitionFlag(
        kind="burnout",
        message=t(inp.lang, "plan.ambition.burnout", asked=num(inp.hours_asked)),
        alternative=t(inp.lang, "plan.ambition.burnout.alt", hours=num(HUMANE_HOURS_PER_WEEK)),
    )


FULL_TIME_LEARNER = re.compile(
    r"\b(?:(?:cs|computer science|engineering|final[- ]year|grad(?:uate)?|phd|master'?s|"
    r"university|college)\s+student|undergrad\w*|final[- ]year|senior year|full[- ]time student|"
    r"(?:cs|computer science) (?:senior|junior|major|undergrad))\b|"
    r"在读|大[三四]|研[一二三]|本科生|研究生|学生",
    re.I,
)
"""Someone whose days are study, not a job: a pace up to the humane limit is theirs to keep."""
ENTRY_GOAL = re.compile(
    r"\b(?:internships?|intern|entry[- ]level|junior (?:role|position|job))\b|实习|入门|校招|应届",
    re.I,
)
"""A first step (an internship, an entry role, getting started), not the sources' full switch."""


def _keepable_pace(inp: AmbitionInput) -> float:
    """The most hours a week the staged paths' pace allows this person: next to a job, or
    as a student or between jobs (no job to keep up with)."""
    free = inp.exp.out_of_work or bool(FULL_TIME_LEARNER.search(inp.words))
    return HUMANE_HOURS_PER_WEEK if free else SUSTAINABLE_HOURS


def _timeline(inp: AmbitionInput) -> AmbitionFlag | None:
    if inp.role is None or inp.role.family == "non_coding":
        return None
    if inp.core_fits and (inp.hours_asked or 0.0) <= _keepable_pace(inp):
        return None  # their core fits at a pace they can keep
    if inp.core_fits and ENTRY_GOAL.search(wanted_words(inp.words) + "\n" + inp.goal):
        return None  # a first step the plan reaches, not a full switch
    base = (
        inp.exp.engineer and inp.exp.level("programming_fundamentals") >= 2 and inp.exp.years >= 1
    )
    path = ENGINEER_PATH_MONTHS if base else BEGINNER_PATH_MONTHS
    months = inp.horizon * 12 / 52
    if months >= path * TIMELINE_SHARE:
        return None
    return AmbitionFlag(
        kind="timeline",
        message=t(inp.lang, "plan.ambition.timeline", months=num(round(months)), path=path),
        alternative=t(inp.lang, "plan.ambition.timeline.alt", months=num(round(months)), path=path),
    )


SENIOR_ENTRY_YEARS = 3.0
"""A role whose lowest band asks for at least this many years is entered by seniority."""


def _seniority(inp: AmbitionInput) -> AmbitionFlag | None:
    if inp.role is None or inp.relevant_years is None:
        return None
    lows = [years[0] for b in inp.role.salary_bands if (years := band_years(b)) is not None]
    if not lows or min(lows) < SENIOR_ENTRY_YEARS:
        return None
    entry = min(lows)
    at_end = inp.relevant_years + inp.horizon / 52
    if at_end >= entry:
        return None
    values = {"role": inp.role_name, "entry": num(entry), "years": num(round(at_end, 1))}
    return AmbitionFlag(
        kind="seniority",
        message=t(inp.lang, "plan.ambition.seniority", **values),
        alternative=t(inp.lang, "plan.ambition.seniority.alt", **values),
    )


def assess_ambitions(inp: AmbitionInput) -> list[AmbitionFlag]:
    """Every ambition the sources say is not realistic from this start, in a fixed order."""
    checks = (_top_lab, _pay, _burnout, _seniority, _timeline)
    return [flag for check in checks if (flag := check(inp)) is not None]

"""How a person fits a job posting (pure): what they have, what is missing with the hours to
close it, what the posting names that the knowledge base does not cover, and what the closest
curated role adds that the posting does not say."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from coach.engine.fit_lines import FitLine, carries_over, excused_everywhere, fit_lines
from coach.engine.fit_years import (
    met_by_years,
    years_shown,
)
from coach.engine.posting import JobPosting
from coach.engine.posting_roles import required_levels, track_of
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import PostingPay, Profile

FAR_ROLE_COVERAGE = 0.25
"""Below this share of its requirements named, the closest curated role is only the nearest one:
said so, and what it usually needs is not listed as if the posting needed it."""
WORKING_LEVEL = 2
"""Of "A or B", one the person already works in (this level or more) is their route."""
PREFERRED_WEIGHT = 0.4
"""A preferred ("a plus") requirement counts this much of a required one in the fit."""


class FitItem(BaseModel):
    skill_id: str
    name_en: str
    name_zh: str
    words: str = Field(description="The posting's words for it.")
    required: bool
    need: int
    have: int
    gap_hours: int = 0
    evidence: str = Field(default="", description="The CV's (or chat's) words that show it.")
    met_by: str | None = Field(
        default=None, description="The alternative the posting accepts that the person has."
    )
    alternatives: list[str] = Field(
        default_factory=list,
        description="Other skills the posting accepts instead (this one is the nearest to close).",
    )
    by_years: int | None = Field(
        default=None, description="Met by years of the work: the level the person shows."
    )
    years_asked: float | None = Field(default=None, description="The years the posting asks.")
    years_shown: float | None = Field(
        default=None,
        description="The years of the CV's jobs whose lines show it (an upper bound), or of the "
        "work itself for a skill the work teaches.",
    )
    shown_below: str | None = Field(
        default=None,
        description="A name outside the KB the posting accepts instead, that the person shows "
        "below the level asked ('Ansible (a little)' for 'Ansible or Terraform').",
    )


class FitReport(BaseModel):
    title: str | None
    fit: float = Field(ge=0, le=1)
    gap_hours: int
    have: list[FitItem]
    missing: list[FitItem]
    uncovered: list[str]
    closest_role: str | None
    closest_role_coverage: float = Field(
        default=0.0, description="How much of the closest role's requirements the posting names."
    )
    closest_track: str | None = Field(
        default=None, description="The closest role's track the posting fits, if any."
    )
    pay: str | None = Field(default=None, description="The posting's pay line, as it says it.")
    pay_range: PostingPay | None = Field(default=None, description="The posting's pay, as figures.")
    unmapped: list[str] = Field(
        default_factory=list, description="Requirement lines that name no KB skill, as written."
    )
    role_also: list[FitItem] = Field(
        default_factory=list, description="What the closest role requires that the posting omits."
    )
    degree: str | None = Field(default=None, description="The degree the posting asks for.")
    uncovered_shown: list[str] = Field(
        default_factory=list,
        description="Of the terms the KB does not cover, those the person's own words show.",
    )
    years_met: list[str] = Field(
        default_factory=list,
        description="Requirement lines asking only for years, that the person's years meet.",
    )
    years_asked: float | None = Field(default=None, description="The most years any line asks.")
    years_shown: float | None = Field(default=None, description="The person's years of work.")
    lines: list[FitLine] = Field(
        default_factory=list, description="The posting's requirement lines, each as met or not."
    )
    carries_over: list[FitItem] = Field(
        default_factory=list,
        description="What the person shows at working level that the posting builds on but does "
        "not name (a data analyst's SQL for an ML posting).",
    )


def hours_between(
    kb: KnowledgeBase, skill_id: str, have: int, need: int, factor: float = 1.0
) -> int:
    """Hours from level ``have`` to ``need`` (the KB's cumulative hours per level, times the
    person's ``factor``)."""
    skill = kb.skills.get(skill_id)
    if skill is None or have >= need:
        return 0
    hours = {0: 0, **{int(k): v for k, v in skill.hours.items()}}
    return max(0, round((hours.get(need, 0) - hours.get(have, 0)) * factor))


def _item(
    kb: KnowledgeBase,
    skill_id: str,
    words: str,
    required: bool,
    need: int,
    levels: dict[str, tuple[int, str]],
    factor: float = 1.0,
) -> FitItem:
    have, evidence = levels.get(skill_id, (0, ""))
    skill = kb.skills[skill_id]
    return FitItem(
        skill_id=skill_id,
        name_en=skill.name.en,
        name_zh=skill.name.zh,
        words=words,
        required=required,
        need=need,
        have=have,
        gap_hours=hours_between(kb, skill_id, have, need, factor),
        evidence=evidence,
    )


def _best_alternative(
    kb: KnowledgeBase, alternatives: list[str], need: int, levels: dict[str, tuple[int, str]]
) -> str | None:
    """An alternative the person already has at the level asked, if any."""
    for skill_id in alternatives:
        if skill_id in kb.skills and levels.get(skill_id, (0, ""))[0] >= need:
            return skill_id
    return None


def _initials(role: str) -> str:
    """ "HR Business Partner" -> "HRBP": a title's acronym (capitals kept whole)."""
    words = re.findall(r"[A-Za-z]+", role)
    return "".join(w if w.isupper() else w[0] for w in words).upper()


def _shown_terms(terms: list[str], profile: Profile) -> list[str]:
    """The terms (the KB does not cover) that the person's own lines name ("Ansible (a little)",
    "InfiniBand cabling" in a CV), or that abbreviate their job ("HRBP" for an HR Business
    Partner): they have them, though coach cannot plan them."""
    said = " ".join([profile.current_role or "", *(s.evidence for s in profile.skills)])
    said += " " + " ".join(s.raw or "" for s in profile.skills)
    initials = _initials(profile.current_role or "")
    return [
        term
        for term in terms
        if re.search(rf"(?<![\w+#]){re.escape(term)}(?![\w+#])", said, re.IGNORECASE)
        or (len(term) >= 3 and term.isupper() and term == initials)
    ]


def _shown_alternative(terms: list[str], need: int, profile: Profile) -> tuple[str, str] | None:
    """Of the names outside the knowledge base a requirement accepts ("Ansible or Terraform"),
    one the person has at the level asked: a skill their CV lists by that name ("Ansible"), at
    its level words; else one their own lines name in their work (the working level)."""
    for term in terms:
        word = re.compile(rf"(?<![\w+#]){re.escape(term)}(?![\w+#])", re.IGNORECASE)
        listed = [c for c in profile.skills if c.skill_id is None and c.raw and word.search(c.raw)]
        if listed:
            if max(int(c.level) for c in listed) >= need:
                return term, listed[0].evidence
            continue
        said = [c.evidence for c in profile.skills if word.search(c.evidence)]
        if said and need <= WORKING_LEVEL:
            return term, said[0]
    return None


def _share(item: FitItem) -> float:
    return min(item.have, item.need) / item.need


def _one_per_choice(items: dict[str, tuple[FitItem, list[str]]]) -> list[tuple[FitItem, float]]:
    """ "Python or Java" is one requirement: the alternative nearest to close stands for it (the
    others named on it), so a choice is neither counted nor charged twice; it is met as far as
    the best of them is."""
    out: list[tuple[FitItem, float]] = []
    done: set[str] = set()
    for skill_id, (item, alternatives) in items.items():
        if skill_id in done:
            continue
        group = [skill_id, *(a for a in alternatives if a in items and a not in done)]
        done.update(group)
        if len(group) == 1:
            out.append((item, _share(item)))
            continue
        choices = [items[s][0] for s in group]
        # the one the person has (not one met through another) stands, else one they already
        # work in ("精通Go或Python" for three years of Go: Go), else the nearest to close
        best = min(
            choices,
            key=lambda i: (
                i.gap_hours > 0,
                i.met_by is not None,
                i.have < WORKING_LEVEL,
                i.gap_hours,
                i.skill_id,
            ),
        )
        others = [s for s in group if s != best.skill_id]
        share = max(_share(i) for i in choices)
        out.append((best.model_copy(update={"alternatives": others}), share))
    return out


def fit_report(
    profile: Profile,
    posting: JobPosting,
    kb: KnowledgeBase,
    skill_years: dict[str, float] | None = None,
) -> FitReport:
    """Levels and hours as the planner counts them (what the person's field shows; hours scaled
    by experience, "Python x0.3 for someone who programs"), so the fit and the plan agree;
    ``skill_years``: the years of the CV's jobs that show each skill, said beside the years a
    requirement asks."""
    from coach.engine.planner.experience import hours_factor, read_experience

    exp = read_experience(profile, kb)
    skill_years = skill_years if skill_years is not None else posting.cv_years
    levels = dict(exp.levels)
    items: dict[str, tuple[FitItem, list[str]]] = {}
    for req in posting.requirements:
        if req.skill_id not in kb.skills:
            continue
        factor = hours_factor(kb.skills[req.skill_id], exp)
        words = ", ".join(req.named_as) or req.words
        item = _item(kb, req.skill_id, words, req.required, req.level, levels, factor)
        years_of = None
        if req.years is not None:
            years_of = years_shown(kb, req.skill_id, skill_years or {}, levels, profile)
            item = item.model_copy(update={"years_asked": req.years, "years_shown": years_of})
        if met_by_years(req, item, years_of):
            item = item.model_copy(
                update={"have": req.level, "gap_hours": 0, "by_years": item.have}
            )
        other = _best_alternative(kb, req.alternatives, req.level, levels)
        if other is not None and not excused_everywhere(posting, req.skill_id, other):
            other = None  # "(PHP or JavaScript)" here, "PHP and Node back ends" there: Node is due
        if other is not None and item.gap_hours > 0:
            # "Java or Python": the person's Python meets it; nothing to close.
            item = item.model_copy(
                update={
                    "have": req.level,
                    "gap_hours": 0,
                    "evidence": levels[other][1],
                    "met_by": other,
                }
            )
        accepted = _shown_alternative(req.alternative_terms, req.level, profile)
        if accepted is None and item.gap_hours > 0:
            below = _shown_alternative(req.alternative_terms, 1, profile)
            item = item.model_copy(update={"shown_below": below[0] if below else None})
        if accepted is not None and not excused_everywhere(posting, req.skill_id, accepted[0]):
            accepted = None
        if accepted is not None and item.gap_hours > 0:
            # "Ansible or Terraform": the Ansible their CV lists meets it, though unplanned.
            term, evidence = accepted
            update = {"have": req.level, "gap_hours": 0, "evidence": evidence, "met_by": term}
            item = item.model_copy(update=update)
        items[req.skill_id] = (item, [a for a in req.alternatives if a in kb.skills])
    have: list[FitItem] = []
    missing: list[FitItem] = []
    earned = total = 0.0
    for item, share in _one_per_choice(items):
        weight = 1.0 if item.required else PREFERRED_WEIGHT
        total += weight
        earned += weight * share
        (have if item.gap_hours == 0 else missing).append(item)
    role_also: list[FitItem] = []
    role = kb.roles.get(posting.closest_role or "")
    if role is not None:  # through the track the posting fits, if any
        asked = {r.skill_id for r in posting.requirements}
        track = track_of(role, posting.closest_track)
        for skill_id, need in required_levels(role, track).items():
            if skill_id not in asked and skill_id in kb.skills:
                factor = hours_factor(kb.skills[skill_id], exp)
                item = _item(kb, skill_id, "", True, need, levels, factor)
                if item.gap_hours > 0:
                    role_also.append(item)
    missing.sort(key=lambda i: (not i.required, -i.gap_hours, i.skill_id))
    from coach.engine.posting_lines import years as years_asked

    shown = _shown_terms(posting.uncovered, profile)
    have_years = profile.years_experience or 0.0
    met = [u for u in posting.unmapped if (years_asked(u) or 99) <= have_years]
    return FitReport(
        title=posting.title,
        fit=round(earned / total, 3) if total else 0.0,
        gap_hours=sum(i.gap_hours for i in missing if i.required),
        have=have,
        missing=missing,
        uncovered=[u for u in posting.uncovered if u not in shown],
        uncovered_shown=shown,
        closest_role=posting.closest_role,
        closest_role_coverage=posting.closest_role_coverage,
        closest_track=posting.closest_track,
        pay=posting.pay,
        pay_range=posting.pay_range,
        unmapped=[u for u in posting.unmapped if u not in met],
        years_met=met,
        role_also=role_also,
        degree=posting.degree,
        **_said_too(kb, profile, posting, levels, [*have, *missing], shown),
    )


def _said_too(
    kb: KnowledgeBase,
    profile: Profile,
    posting: JobPosting,
    levels: dict[str, tuple[int, str]],
    items: list[FitItem],
    shown: list[str],
) -> dict[str, Any]:
    """The report's years (asked, shown), its lines as met or not, and what carries over."""
    from coach.engine.posting_lines import years as years_asked

    role = kb.roles.get(posting.closest_role or "")
    role_skills = (
        set(required_levels(role, track_of(role, posting.closest_track))) if role else set()
    )
    carried = [
        _item(kb, skill_id, "", False, level, levels).model_copy(update={"evidence": evidence})
        for skill_id, level, evidence in carries_over(kb, posting, levels, role_skills)
    ]
    asked = [r.years for r in posting.requirements] + [years_asked(u) for u in posting.unmapped]
    asked += [line.years for line in posting.lines]
    known = [y for y in asked if y]
    return {
        "years_asked": max(known) if known else None,
        "years_shown": profile.years_experience,
        "lines": fit_lines(posting, items, shown, profile.years_experience),
        "carries_over": carried,
    }

"""Lay the selection out: the work in order, the phases it forms and the portfolio project."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coach.engine.constraints import to_tenths
from coach.engine.planner.assemble import PhaseKind, job_mode
from coach.engine.planner.experience import Experience
from coach.engine.planner.needs import Needs
from coach.engine.planner.projects import ProjectChoice, capstone, choose_project, is_ai_skill
from coach.engine.planner.select import HoursFn, Learn, Selection
from coach.engine.planner.selection import DEFINING_SPAN
from coach.engine.planner.sequence import Ordered, ancestors, order_skills, spiral
from coach.engine.schedule import Slot, Work
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import Role, Text
from coach.knowledge.projects import ProjectTemplate
from coach.schemas import Language, PortfolioProject

Segment = tuple[PhaseKind, str, list[str]]
"""(phase kind, phase name key, work keys)"""


@dataclass(frozen=True)
class Layout:
    work: list[Work]
    segments: list[Segment]
    project: ProjectChoice | None
    parts: dict[str, Learn]
    """Work key -> what it learns (a core skill may have a basic and a deepening part)."""


def layout_work(
    sel: Selection,
    needs: Needs,
    exp: Experience,
    project_t: int,
    job_t: int,
    early_t: int,
    role: Role | None,
    templates: Sequence[ProjectTemplate],
    kb: KnowledgeBase,
    role_name: Text,
    hours: HoursFn,
    by_week: bool = False,
) -> Layout:
    """The work in order and the phases it forms: foundations, core, project, supporting
    (production-readying), job search; with ``early_t`` (an earlier project), a project built
    from what the first ``early_t`` tenths teach, right after those skills (``by_week``: a
    mentor's week for it, so with no template that small, the capstone of those skills)."""
    early = early_t > 0
    # what the person has at the level the role asks (a gap they start on counts once taught)
    gap_ids = {g.skill_id for g in needs.gaps}
    known = [s for s, (lv, _) in exp.levels.items() if lv > 0 and s not in gap_ids]
    ordered = order_skills(sel.chosen, needs.core, needs.weights, kb, first=needs.first)
    before = [*ordered.foundations, *ordered.core]
    pool = _first_share(ordered.all, sel, early_t) if early else before
    top = max((needs.own.get(s, 0.0) for s in needs.core), default=0.0)
    heavy = [s for s in needs.core if needs.own.get(s, 0.0) >= top - 1e-9]
    project = choose_project(
        role, templates, exp.fields, [*pool, *known], needs.core, kb, heavy, ordered.supporting
    )
    if project is None and early and not by_week:  # nothing small enough: after the core
        project = choose_project(
            role, templates, exp.fields, [*before, *known], needs.core, kb, heavy, []
        )
    if project is None and project_t and (ordered.core or before):
        pool_ids = (
            ((pool or ordered.all[:1]) if early and by_week else None) or ordered.core or before
        )
        ai_first = sorted(pool_ids, key=lambda s: not is_ai_skill(kb.skills[s]))  # stable
        project = capstone(ai_first, kb, role_name)
    if early and project is not None:
        first = [*needs.first, *project.skills]
        ordered = order_skills(sel.chosen, needs.core, needs.weights, kb, first=first)
    parts: dict[str, Learn] = dict(sel.chosen)
    if not early:
        defining = [s for s in needs.core if needs.own.get(s, 0.0) >= top - DEFINING_SPAN]
        lead = set(defining).union(*(ancestors(s, kb) for s in defining), needs.first)
        ordered, parts = spiral(ordered, sel.chosen, hours, needs.first, needs.core, defining, lead)
    segments = _segments(ordered, project, early, kb, needs.by_week)
    if role is not None and role.family == "non_coding":  # nothing goes to production
        segments = [
            (k, n + ".non_coding" if n == "plan.phase.supporting" else n, ks)
            for k, n, ks in segments
        ]
    learn = {k: Work(k, "learn", to_tenths(p.hours)) for k, p in parts.items()}
    work: list[Work] = []
    for kind, _, keys in segments:
        for k in keys:
            if kind == "project" and project is not None and project_t:
                work.append(Work(project.key, "project", project_t))
            elif kind != "project":
                work.append(learn[k])
    if job_t:
        work.append(Work("job_search", "job_search", job_t))
        name = "plan.phase.job_search" + job_mode(role, exp.out_of_work)
        segments.append(("job_search", name, ["job_search"]))
    if not project_t:
        segments = [sg for sg in segments if sg[0] != "project"]
    return Layout(work, segments, project if project_t else None, parts)


EARLY_SHARE = 0.2
"""An earlier project (mentor's request) is built from what the first ~20 % of the hours teach."""


def _first_share(order: Sequence[str], sel: Selection, limit_t: int) -> list[str]:
    """The skills of ``order`` that are learned within the first ``limit_t`` tenths."""
    out: list[str] = []
    spent = 0
    for s in order:
        spent += to_tenths(sel.chosen[s].hours)
        if spent > limit_t:
            break
        out.append(s)
    return out


def _builds_only_on(skill: str, base: set[str], seq: Sequence[str], kb: KnowledgeBase) -> bool:
    """Whether everything ``skill`` builds on comes, in ``seq``, no later than the last of
    ``base`` (so it can start as soon as the project could)."""
    if skill not in kb.skills:
        return False
    last = max((i for i, s in enumerate(seq) if s in base), default=-1)
    place = {s: i for i, s in enumerate(seq)}
    return all(place[a] <= last for a in ancestors(skill, kb) if a in place)


def _segments(
    ordered: Ordered,
    project: ProjectChoice | None,
    early: bool,
    kb: KnowledgeBase,
    by_week: Sequence[str] = (),
) -> list[Segment]:
    key = [project.key] if project else []
    if early and project is not None:
        seq = ordered.all
        used = set(project.skills)
        # a skill to start by a week that builds only on what the project is built from comes
        # before the project too (it is ready as soon; one with a longer chain would push the
        # project far back)
        used |= {s for s in by_week if _builds_only_on(s, used, seq, kb)}
        last = max((i for i, s in enumerate(seq) if s in used), default=-1)
        head, tail = seq[: last + 1], seq[last + 1 :]
        return [
            ("core", "plan.phase.core_project", head),
            ("project", "plan.phase.project", key),
            ("core", "plan.phase.core", tail),
        ]
    return [
        ("foundations", "plan.phase.foundations", ordered.foundations),
        ("core", "plan.phase.core", ordered.core),
        ("project", "plan.phase.project", key),
        ("core", "plan.phase.supporting", ordered.supporting),
    ]


def portfolio_of(
    project: ProjectChoice | None, slots: dict[str, Slot], lang: Language
) -> list[tuple[ProjectChoice, PortfolioProject]]:
    if project is None or project.key not in slots:
        return []
    sl = slots[project.key]
    return [
        (
            project,
            PortfolioProject(
                title=project.title.get(lang),
                description=project.description.get(lang),
                skill_ids=list(project.skills),
                week_start=sl.week_start,
                week_end=sl.week_end,
            ),
        )
    ]

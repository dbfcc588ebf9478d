"""Lay the selection out: the work in order, the phases it forms and the portfolio project."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from coach.engine.constraints import to_tenths
from coach.engine.planner.assemble import PhaseKind, job_mode
from coach.engine.planner.experience import Experience
from coach.engine.planner.needs import Needs
from coach.engine.planner.projects import ProjectChoice, capstone, choose_project, is_ai_skill
from coach.engine.planner.select import HoursFn, Learn, Selection
from coach.engine.planner.selection import DEFINING_SPAN
from coach.engine.planner.sequence import DEEPEN, Ordered, ancestors, order_skills, spiral
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
    mentor's week for it, so with no template that small, the capstone of those skills).

    Without a mentor's request the project is still due by mid-plan (``MID_SHARE``): built from
    what the first half of the learning teaches, right after it; each skill is learned in one
    pass to the level the plan takes it to (COACHING.md B1: no basic pass of everything and a
    second pass after it, with the project last)."""
    asked = early_t > 0
    # what the person has at the level the role asks (a gap they start on counts once taught)
    gap_ids = {g.skill_id for g in needs.gaps}
    known = [s for s, (lv, _) in exp.levels.items() if lv > 0 and s not in gap_ids]
    guards = [
        s for s in needs.guards if s in sel.chosen and s not in needs.first
    ]  # people's data: before the project (a mentor's "start with it" wins)
    ordered = order_skills(sel.chosen, needs.core, needs.weights, kb, first=needs.first)
    top = max((needs.own.get(s, 0.0) for s in needs.core), default=0.0)
    parts: dict[str, Learn] = dict(sel.chosen)
    defining: list[str] = []
    if not asked:  # one pass each (the defining skills in a spiral), the project by mid-plan
        defining = _defining(needs, top)
        ordered, parts = _spiralled(ordered, sel, needs, defining, hours, kb)
        early_t = _mid_plan(sel, project_t, job_t)
    if role is not None and role.family != "non_coding":
        ordered = _tools_first(ordered, parts, hours, needs.first)
    early = early_t > 0
    before = [*ordered.foundations, *ordered.core]
    pool = _first_share(ordered.all, parts, early_t) if early else before
    heavy = [s for s in needs.core if needs.own.get(s, 0.0) >= top - 1e-9]
    reach = ({_skill_of(k) for k in before}, {_skill_of(k) for k in ordered.all})
    project = choose_project(
        role,
        templates,
        exp.fields,
        [*pool, *known],
        needs.core,
        kb,
        heavy,
        ordered.supporting,
        reach,
    )
    if early and not by_week and not _has_ai(project, kb):  # nothing small enough (or with
        # no AI in it, no portfolio for an AI role): after the core
        whole = [_skill_of(k) for k in before]
        later = choose_project(
            role, templates, exp.fields, [*whole, *known], needs.core, kb, heavy, []
        )
        project = later if project is None or _has_ai(later, kb) else project
    if project is not None and not _has_ai(project, kb) and _teaches_ai(before, kb):
        project = None  # the capstone of what it teaches shows the AI work instead
    if project is None and project_t and (ordered.core or before):
        pool_ids = (
            ((pool or ordered.all[:1]) if early and by_week else None) or ordered.core or before
        )
        pool_ids = list(dict.fromkeys(_skill_of(k) for k in pool_ids))
        ai_first = sorted(pool_ids, key=lambda s: not is_ai_skill(kb.skills[s]))  # stable
        project = capstone(ai_first, kb, role_name)
    if asked and project is not None:  # the mentor's early project: what it needs first
        first = [*needs.first, *project.skills]
        ordered = order_skills(sel.chosen, needs.core, needs.weights, kb, first=first)
    cut = len(_first_keys(ordered.all, parts, early_t)) if early else 0
    # never between the first passes of the defining skills
    floor = max((i + 1 for i, k in enumerate(ordered.all) if k in defining), default=0)
    segments = _segments(ordered, project, early, kb, needs.by_week, asked, (cut, floor))
    segments = _guarded(segments, guards)
    if role is not None and role.family == "non_coding":  # nothing goes to production
        segments = [
            (k, n + ".non_coding" if n == "plan.phase.supporting" else n, ks)
            for k, n, ks in segments
        ]
    work = _work_of(segments, parts, project, project_t)
    if job_t:
        work.append(Work("job_search", "job_search", job_t))
        name = "plan.phase.job_search" + job_mode(role, exp.out_of_work)
        segments.append(("job_search", name, ["job_search"]))
    if not project_t:
        segments = [sg for sg in segments if sg[0] != "project"]
    return Layout(work, segments, project if project_t else None, parts)


def _spiralled(
    ordered: Ordered,
    sel: Selection,
    needs: Needs,
    defining: Sequence[str],
    hours: HoursFn,
    kb: KnowledgeBase,
) -> tuple[Ordered, dict[str, Learn]]:
    """:func:`sequence.spiral` for these needs: what leads is the defining skills, what they
    build on and a request's focus; a foundation's first share serves what builds on it."""
    lead = set(defining).union(*(ancestors(s, kb) for s in defining), needs.first)
    below = {c: ancestors(c, kb) for c in needs.core if c in kb.skills}
    return spiral(ordered, sel.chosen, hours, needs.first, needs.core, defining, lead, below)


PROJECT_TOOLS = ("git",)
"""What a code project is kept and delivered in (a repository): its basic level comes before
the project, with the foundations; its depth waits in its place (a data analyst's Git is not
left for week 41 after the portfolio project was pushed)."""


def _tools_first(
    ordered: Ordered, parts: dict[str, Learn], hours: HoursFn, leads: Sequence[str] = ()
) -> Ordered:
    """``ordered`` with each project tool learned from zero among the supporting skills moved
    to the foundations at basic level, its deepening left in its place. When a request leads
    with skills ("start with prompt engineering"), the tool comes right after their first
    passes instead: nothing they do not build on goes before them."""
    supporting = list(ordered.supporting)
    foundations = list(ordered.foundations)
    core = list(ordered.core)
    firsts = [
        next(i for i, k in enumerate(core) if _skill_of(k) == lead)
        for lead in leads
        if any(_skill_of(k) == lead for k in core)
    ]
    after = max(firsts) + 1 if firsts else None
    for tool in PROJECT_TOOLS:
        learn = parts.get(tool)
        if tool not in supporting or learn is None or learn.level_from != 0 or learn.part:
            continue
        basic = hours(tool, 0, 1)
        at = supporting.index(tool)
        if learn.level_to > 1 and learn.hours - basic >= 1:
            parts[tool] = Learn(tool, 0, 1, basic)
            parts[tool + DEEPEN] = Learn(tool, 1, learn.level_to, learn.hours - basic)
            supporting[at] = tool + DEEPEN
        else:
            supporting.pop(at)
        if after is None:
            foundations.append(tool)
        else:
            core.insert(after, tool)
            after += 1
    return Ordered(foundations, core, supporting)


def _defining(needs: Needs, top: float) -> list[str]:
    """The core skills at the top, by the person's goal or by the role's own weights."""
    plain = needs.role_own or needs.own
    top_role = max((plain.get(s, 0.0) for s in needs.core), default=0.0)
    return [
        s
        for s in needs.core
        if needs.own.get(s, 0.0) >= top - DEFINING_SPAN
        or plain.get(s, 0.0) >= top_role - DEFINING_SPAN
    ]


EARLY_SHARE = 0.2
"""An earlier project (mentor's request) is built from what the first ~20 % of the hours teach."""
MID_SHARE = 0.5
"""Otherwise the project starts by mid-plan: it is built from what the first half teaches."""


def _mid_plan(sel: Selection, project_t: int, job_t: int) -> int:
    """The tenths of learning before mid-plan (of learning, project and job search together)."""
    learn_t = sum(to_tenths(c.hours) for c in sel.chosen.values())
    if not learn_t or not project_t:
        return 0
    return max(1, int((learn_t + project_t + job_t) * MID_SHARE))


def _work_of(
    segments: Sequence[Segment],
    parts: Mapping[str, Learn],
    project: ProjectChoice | None,
    project_t: int,
) -> list[Work]:
    learn = {k: Work(k, "learn", to_tenths(p.hours)) for k, p in parts.items()}
    work: list[Work] = []
    for kind, _, keys in segments:
        for k in keys:
            if kind == "project" and project is not None and project_t:
                work.append(Work(project.key, "project", project_t))
            elif kind != "project":
                work.append(learn[k])
    return work


def project_last(layout: Layout) -> Layout:
    """The layout with the project after all the learning (a mentor's "the project in the last
    two months": everything it could use comes before it)."""
    kinds = [sg[0] for sg in layout.segments]
    if "project" not in kinds:
        return layout
    project = [sg for sg in layout.segments if sg[0] == "project"]
    job = [sg for sg in layout.segments if sg[0] == "job_search"]
    rest = [sg for sg in layout.segments if sg[0] not in ("project", "job_search")]
    order = {"project": 1, "job_search": 2}
    work = sorted(layout.work, key=lambda w: order.get(w.kind, 0))  # stable
    return replace(layout, work=work, segments=[*rest, *project, *job])


def _has_ai(project: ProjectChoice | None, kb: KnowledgeBase) -> bool:
    return project is not None and any(is_ai_skill(kb.skills[s]) for s in project.skills)


def _guarded(segments: list[Segment], guards: Sequence[str]) -> list[Segment]:
    """The rules for people's data (``Needs.guards``) right before the project, never after
    it: a pharmacist's or a teacher's project runs on real cases."""
    kinds = [k for k, _, _ in segments]
    if not guards or "project" not in kinds:
        return segments
    at = kinds.index("project")
    moved = [k for _, _, keys in segments for k in keys if _skill_of(k) in guards]
    out: list[Segment] = []
    for i, (kind, name, keys) in enumerate(segments):
        kept = [k for k in keys if k not in moved]
        if i == max(0, at - 1) and at > 0:
            kept += moved
        out.append((kind, name, kept))
    return out


def _teaches_ai(keys: Sequence[str], kb: KnowledgeBase) -> bool:
    return any(is_ai_skill(kb.skills[_skill_of(k)]) for k in keys)


def _skill_of(key: str) -> str:
    """The skill a work key learns (a first share, a rest or a deepening of it)."""
    return key.split("#", 1)[0]


def _first_share(order: Sequence[str], parts: Mapping[str, Learn], limit_t: int) -> list[str]:
    """The skills of ``order`` (work keys) started within the first ``limit_t`` tenths."""
    return list(dict.fromkeys(_skill_of(k) for k in _first_keys(order, parts, limit_t)))


def _first_keys(order: Sequence[str], parts: Mapping[str, Learn], limit_t: int) -> list[str]:
    """The work keys of ``order`` done within the first ``limit_t`` tenths."""
    out: list[str] = []
    spent = 0
    for k in order:
        spent += to_tenths(parts[k].hours)
        if spent > limit_t:
            break
        out.append(k)
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
    asked: bool = True,
    cut: tuple[int, int] = (0, 0),
) -> list[Segment]:
    key = [project.key] if project else []
    if early and project is not None:
        seq = ordered.all
        used = set(project.skills)
        # a skill to start by a week that builds only on what the project is built from comes
        # before the project too (it is ready as soon; one with a longer chain would push the
        # project far back)
        used |= {s for s in by_week if _builds_only_on(s, used, seq, kb)}
        at = [i for i, s in enumerate(seq) if _skill_of(s) in used]
        # a mentor's early project after all it uses; else after what it uses by mid-plan
        named = set(project.named)  # what its own words name, wherever it is in the order
        last = max(
            (i for i in at if asked or i < cut[0] or _skill_of(seq[i]) in named),
            default=max(at, default=-1),
        )
        if not asked:  # after each first pass of what it uses, and of the defining skills
            starts = [min(i for i in at if _skill_of(seq[i]) == u) for u in used if u in seq]
            last = max([last, cut[1] - 1, *starts])
        head, tail = seq[: last + 1], seq[last + 1 :]
        if asked:
            return [
                ("core", "plan.phase.core_project", head),
                ("project", "plan.phase.project", key),
                ("core", "plan.phase.core", tail),
            ]
        support, basics = set(ordered.supporting), set(ordered.foundations)
        return [
            ("foundations", "plan.phase.foundations", [s for s in head if s in basics]),
            ("core", "plan.phase.core_project", [s for s in head if s not in basics]),
            ("project", "plan.phase.project", key),
            ("core", "plan.phase.core_after", [s for s in tail if s not in support]),
            ("core", "plan.phase.supporting", [s for s in tail if s in support]),
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

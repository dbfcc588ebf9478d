"""What the core gets when it does not fit: the project and the job search give way first.

A plan whose core does not fit the hours (COACHING.md B3: infeasible) still spends them on the
core (B1): the job search is cut to its shortest, then the portfolio project, then the job
search itself, as long as each cut lets more of the role's defining skills start. A cut that
starts no further defining skill (the heaviest first) is not made: the project and the job
search keep their hours. The options then say what would fit them all (weeks, hours).
"""

from __future__ import annotations

from dataclasses import replace

from coach.engine.constraints import to_tenths
from coach.engine.planner.budget import Budget
from coach.engine.planner.budgeted import select, select_learning_only
from coach.engine.planner.experience import Experience
from coach.engine.planner.needs import Needs
from coach.engine.planner.selection import DEFINING_SPAN, HIRE_LEVEL, WEIGHT_EPS, Selection
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language

JOB_SEARCH_MIN_HOURS = 15.0
"""The shortest job search a plan keeps (CV, project write-up, one mock interview, applications):
when the core misses by less than what a full job search takes, the job search gives way first."""


def defining_started(needs: Needs, sel: Selection) -> tuple[int, int]:
    """(how many of the heaviest skills, how many of the role's defining skills) the selection
    starts: takes a level further than the person has. Only starting counts: depth never costs
    the project its hours."""
    gaps = {g.skill_id: g for g in needs.gaps if g.skill_id not in needs.excluded}
    core = [s for s in needs.core if s in gaps]
    top = max((needs.own.get(s, 0.0) for s in core), default=0.0)

    def started(span: float) -> int:
        heavy = [s for s in core if needs.own.get(s, 0.0) >= top - span - WEIGHT_EPS]
        return sum(
            1 for s in heavy if s in sel.chosen and sel.chosen[s].level_to > int(gaps[s].have)
        )

    return started(0.0), started(DEFINING_SPAN)


def first_step(needs: Needs, exp: Experience) -> bool:
    """A plan that is a first step (a non-coding target or only a start, ``Needs.hire`` below
    the hiring level) for someone who has a job: its last phase is bringing the work into it."""
    return needs.hire < HIRE_LEVEL and not exp.out_of_work


def select_shortening_job_search(
    needs: Needs,
    exp: Experience,
    budget: Budget,
    kb: KnowledgeBase,
    lang: Language,
    shorten: bool = True,
) -> tuple[Selection, int, Budget]:
    """:func:`needs.select`; when the core does not fit, again with the job search at its
    shortest (unless ``shorten`` is off: a request sized it), then without the project, then
    without the job search; a cut is kept when the core then fits or more of the defining
    skills start. Returns the selection, the project tenths and the budget it used."""
    sel, project_t = select(needs, exp, budget, kb, lang)
    if sel.core_fits or not budget.reserve_t:
        return sel, project_t, budget
    short_t = to_tenths(JOB_SEARCH_MIN_HOURS)
    best = (sel, project_t, budget)
    score = defining_started(needs, sel)
    cuts: list[tuple[Budget, bool]] = []
    if shorten and budget.job_t > short_t:
        cuts.append((replace(budget, job_t=short_t), True))
    if shorten and budget.job_t and first_step(needs, exp):  # a first step (no code, or
        # only a start) keeps its project and gives up the last phase when the core then fits;
        # someone changing jobs keeps the job search
        cuts.append((replace(budget, job_t=0), True))
    job = min(short_t, budget.job_t) if shorten else budget.job_t  # never longer than it was
    cuts.append((replace(budget, job_t=job), False))
    if shorten:  # a job search a request sized is theirs: it is never dropped
        cuts.append((replace(budget, job_t=0), False))
    for cut, with_project in cuts:
        if with_project:
            sel2, project2 = select(needs, exp, cut, kb, lang)
        else:
            sel2, project2 = _without_project(needs, exp, cut, kb, lang), 0
        score2 = defining_started(needs, sel2)
        if sel2.core_fits and with_project:
            return sel2, project2, cut
        if score2 > score:  # the heaviest skills first, then the other defining ones
            best, score = (sel2, project2, cut), score2
    return best


def _without_project(
    needs: Needs, exp: Experience, budget: Budget, kb: KnowledgeBase, lang: Language
) -> Selection:
    """The selection with every hour but the job search's going to learning."""
    room = max(0, budget.capacity_t - budget.job_t)
    return select_learning_only(needs, exp, budget, room, kb, lang)

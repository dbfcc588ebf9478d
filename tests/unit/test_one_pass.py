"""One pass per skill to the level the plan takes it (COACHING.md B1), the project by mid-plan.

Only the role's defining skills (and what they build on) get a basic pass first and their
deepening after every defining skill has started; every other skill is learned once, in its
place. The portfolio project is built from what the first half of the plan teaches, right
after it, not after a second pass over everything."""

from __future__ import annotations

from collections import Counter

import pytest

from coach.engine.planner import build_plan
from coach.engine.planner.selection import Learn
from coach.engine.planner.sequence import DEEPEN, Ordered, ancestors, spiral
from coach.engine.research import research_role
from coach.schemas import Plan
from tests.unit.plan_helpers import KB, START, person

PEOPLE = [
    (["Pricing analyst at an insurer, 6 years. R and SQL every day, a little Python."],
     "mlops_engineer", 12, 78),
    (["Backend developer, 5 years of Java and Spring, some Python scripts."],
     "agent_engineer", 8, 52),
    (["Support engineer, 4 years: Linux servers, bash, a bit of Python, Jira."],
     "mlops_engineer", 10, 52),
]  # fmt: skip


def _plan(turns: list[str], role: str, hours: float, weeks: int) -> Plan:
    p = person(turns, role, hours, weeks)
    return build_plan(p, research_role(KB, p, role), KB, start_date=START, said=turns)


def _defining_and_below(role: str) -> set[str]:
    req = {r.skill_id: r.weight for r in KB.roles[role].required}
    top = max(req.values())
    defining = {s for s, w in req.items() if w >= top - 0.1}
    return defining.union(*(ancestors(s, KB) for s in defining))


@pytest.mark.parametrize(("turns", "role", "hours", "weeks"), PEOPLE)
def test_only_what_the_defining_skills_build_on_is_learned_twice(
    turns: list[str], role: str, hours: float, weeks: int
) -> None:
    plan = _plan(turns, role, hours, weeks)
    twice = [s for s, n in Counter(it.skill_id for it in plan.items()).items() if n > 1]
    lead = _defining_and_below(role)
    assert not [s for s in twice if s not in lead], twice


@pytest.mark.parametrize(("turns", "role", "hours", "weeks"), PEOPLE)
def test_the_project_starts_by_mid_plan(
    turns: list[str], role: str, hours: float, weeks: int
) -> None:
    plan = _plan(turns, role, hours, weeks)
    assert plan.portfolio_projects
    start = plan.portfolio_projects[0].week_start
    assert start <= plan.horizon_weeks * 0.6, (start, plan.horizon_weeks)


@pytest.mark.parametrize(("turns", "role", "hours", "weeks"), PEOPLE)
def test_second_passes_come_before_the_other_skills_first_pass(
    turns: list[str], role: str, hours: float, weeks: int
) -> None:
    """A deepening follows the defining skills' first passes; it never waits behind cloud or
    Kubernetes taught from zero."""
    plan = _plan(turns, role, hours, weeks)
    lead = _defining_and_below(role)
    items = sorted(plan.items(), key=lambda it: it.week_start)
    others = [it.week_start for it in items if it.skill_id not in lead]
    seen: set[str] = set()
    for it in items:
        if it.skill_id in seen:
            assert not others or it.week_start <= max(others), it.skill_id
            assert not [w for w in others if w < it.week_start and w > 0] or all(
                o.skill_id in lead
                for o in items
                if o.week_start < it.week_start and o.level_from == 0 and o.skill_id not in seen
            ), it.skill_id
        seen.add(it.skill_id)


def _hours(skill: str, frm: int, to: int) -> float:
    return 10.0 * (to - frm)


def test_a_core_skill_that_is_not_defining_is_one_pass_in_its_place() -> None:
    chosen = {
        "mlops": Learn("mlops", 0, 2, 40.0),
        "cloud": Learn("cloud", 0, 2, 40.0),
        "kubernetes": Learn("kubernetes", 0, 2, 40.0),
    }
    ordered = Ordered([], ["mlops", "cloud", "kubernetes"], [])
    core = ["mlops", "cloud", "kubernetes"]
    out, parts = spiral(ordered, chosen, _hours, core=core, defining=["mlops"], lead={"mlops"})
    assert out.core == ["mlops", "mlops" + DEEPEN, "cloud", "kubernetes"]
    assert parts["cloud"].level_from == 0 and parts["cloud"].level_to == 2


def test_a_first_share_serves_a_skill_that_builds_on_it() -> None:
    """Maths is never 'just enough to start Python': its first share serves what needs it."""
    chosen = {
        "math_for_ml": Learn("math_for_ml", 0, 1, 40.0),
        "python": Learn("python", 0, 2, 40.0),
        "ml_fundamentals": Learn("ml_fundamentals", 0, 2, 40.0),
    }
    ordered = Ordered(["math_for_ml"], ["python", "ml_fundamentals"], [])
    core = ["python", "ml_fundamentals"]
    below = {c: ancestors(c, KB) for c in core}
    _, parts = spiral(
        ordered, chosen, _hours, core=core, defining=core, lead=set(core), below=below
    )
    assert parts["math_for_ml"].serves == "ml_fundamentals"

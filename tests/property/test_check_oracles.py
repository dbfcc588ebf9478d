"""Each hard check against an independent oracle: corrupt a valid plan in exactly the way the
check exists for, and that check, and no other, newly reports an error.

The corruptions are written here from the plan's meaning (a week over the hours, a milestone
after the horizon, a prerequisite started too early...), never with the checks' own code, so a
weakened check fails these tests. Valid plans come from ``plans.valid_plans`` (no error at all).
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from coach.engine.checks import HARD_CHECKS
from coach.engine.checks.coverage import reached_levels
from coach.engine.constraints import Constraint
from coach.schemas import Milestone, Plan, Profile
from tests.property.plans import Valid, errors_by_check, valid_plans

ORACLE = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))

# Deferred: the pool is built when a test first draws from it, not when the module is collected
# (every pytest-xdist worker collects every module).
pools = st.deferred(lambda: st.sampled_from(valid_plans()))


def _newly(
    v: Valid,
    plan: Plan,
    person: Profile | None = None,
    constraints: list[Constraint] | None = None,
) -> set[str]:
    """The hard checks that report an error on the corrupted plan (or for the corrupted person
    or request) and did not on the valid plan as it was made. Each test asserts this is exactly
    the one check that exists for its corruption."""
    before = v.errors
    after = errors_by_check(plan, person or v.profile, v.kb, constraints)
    newly = {name for name in after if name not in before}
    assert newly <= set(HARD_CHECKS)
    return newly


def _edit(plan: Plan, change: Callable[[dict[str, object]], None]) -> Plan:
    data = plan.model_dump(mode="json")
    change(data)
    return Plan.model_validate(data)


def _items(data: dict[str, object]) -> list[dict[str, object]]:
    return [it for ph in data["phases"] for it in ph["items"]]  # type: ignore[attr-defined, index]


def _reached(plan: Plan) -> dict[str, int]:
    out: dict[str, int] = {}
    for ph in plan.phases:
        for it in ph.items:
            out[it.skill_id] = max(out.get(it.skill_id, 0), it.level_to)
    return out


TEXT = {
    "en": "This waits until after the switch, when it matters at work.",
    "zh": "这项技能等转岗之后再在工作中深入。",
}


# ----------------------------------------------------------------------------- hours
@ORACLE
@given(pools, st.data())
def test_a_week_over_the_weekly_hours_is_caught(v: Valid, data: st.DataObject) -> None:
    weeks = list(v.plan.weekly_hours)
    week = data.draw(st.integers(0, len(weeks) - 1))
    extra = data.draw(st.sampled_from([0.5, 1.0, 2.5]))
    need = v.plan.hours_per_week - weeks[week] + extra
    others = [i for i in range(len(weeks)) if i != week and weeks[i] > 0]
    assume(sum(weeks[i] for i in others) >= need)
    for i in others:  # moved from other weeks: the total stays the same
        take = min(weeks[i], need)
        weeks[i] -= take
        weeks[week] += take
        need -= take
        if need <= 1e-9:
            break
    assert _newly(v, v.plan.model_copy(update={"weekly_hours": weeks})) == {"weekly_hours"}, v.label


@ORACLE
@given(pools, st.data())
def test_totals_that_do_not_add_up_are_caught(v: Valid, data: st.DataObject) -> None:
    delta = data.draw(st.sampled_from([0.5, 3.0, 20.0]))
    assert _newly(v, v.plan.model_copy(update={"total_hours": v.plan.total_hours + delta})) == {
        "total_within_horizon"
    }, v.label


@ORACLE
@given(pools, st.data())
def test_items_holding_more_hours_than_the_plan_are_caught(v: Valid, data: st.DataObject) -> None:
    """One item is given more hours than the plan has left: its items add up to more than the
    plan's total (the weeks and the total stay as they were)."""
    assume(v.plan.items())
    over = data.draw(st.sampled_from([0.5, 3.0, 20.0]))
    spare = v.plan.total_hours - sum(it.hours for it in v.plan.items())
    which = data.draw(st.integers(0, len(v.plan.items()) - 1))

    def change(doc: dict[str, object]) -> None:
        item = _items(doc)[which]
        item["hours"] = float(item["hours"]) + spare + over  # type: ignore[arg-type]

    assert _newly(v, _edit(v.plan, change)) == {"total_within_horizon"}, v.label


@ORACLE
@given(pools, st.integers(1, 10))
def test_a_milestone_after_the_horizon_is_caught(v: Valid, late: int) -> None:
    assume(v.plan.milestones)
    last = v.plan.milestones[-1]
    extra = Milestone(
        week=v.plan.horizon_weeks + late, deliverable=last.deliverable, how_checked=last.how_checked
    )
    assert _newly(v, v.plan.model_copy(update={"milestones": [*v.plan.milestones, extra]})) == {
        "total_within_horizon"
    }, v.label


# ----------------------------------------------------------------------------- coverage, order
@ORACLE
@given(pools, st.sampled_from(["", "   ", "\n"]))
def test_a_deferral_without_a_reason_is_caught(v: Valid, blank: str) -> None:
    reached = reached_levels(v.plan, v.kb)  # what the coverage check counts as reached
    short = {g.skill_id for g in v.plan.gaps if reached.get(g.skill_id, 0) < g.need}
    hit = [i for i, d in enumerate(v.plan.deferred) if d.skill_id in short]
    assume(hit)
    deferred = [
        d.model_copy(update={"reason": blank}) if i == hit[0] else d
        for i, d in enumerate(v.plan.deferred)
    ]
    assert _newly(v, v.plan.model_copy(update={"deferred": deferred})) == {"gap_coverage"}, v.label


@ORACLE
@given(pools, st.data())
def test_a_gap_neither_planned_nor_deferred_is_caught(v: Valid, data: st.DataObject) -> None:
    reached = reached_levels(v.plan, v.kb)  # what the coverage check counts as reached
    short = {g.skill_id for g in v.plan.gaps if reached.get(g.skill_id, 0) < g.need}
    hit = [d for d in v.plan.deferred if d.skill_id in short]
    assume(hit)
    dropped = data.draw(st.sampled_from(hit))
    kept = [d for d in v.plan.deferred if d is not dropped]
    assert _newly(v, v.plan.model_copy(update={"deferred": kept})) == {"gap_coverage"}, v.label


def _prerequisite_pairs(v: Valid) -> list[tuple[int, int]]:
    """(index of a prerequisite's first item, index of an item that needs it)."""
    items = v.plan.items()
    first: dict[str, int] = {}
    for i, it in enumerate(items):
        first.setdefault(it.skill_id, i)
    return [
        (first[pre], j)
        for j, it in enumerate(items)
        for pre in (v.kb.skills[it.skill_id].prerequisites if it.skill_id in v.kb.skills else [])
        if pre in first
        and first[pre] < j
        and items[first[pre]].week_end > 1
        # a prerequisite the person has at basic level is enough to start on (COACHING B1)
        and items[first[pre]].level_from == 0
    ]


@ORACLE
@given(pools, st.data())
def test_an_item_started_before_its_prerequisite_ends_is_caught(
    v: Valid, data: st.DataObject
) -> None:
    pairs = _prerequisite_pairs(v)
    assume(pairs)
    pre, item = data.draw(st.sampled_from(pairs))
    week = v.plan.items()[pre].week_end - 1

    def change(d: dict[str, object]) -> None:
        _items(d)[item]["week_start"] = week

    assert _newly(v, _edit(v.plan, change)) == {"prerequisite_order"}, v.label


# ----------------------------------------------------------------------------- judgement
@ORACLE
@given(pools)
def test_the_core_cut_short_while_a_lighter_skill_goes_deep_is_caught(v: Valid) -> None:
    role = v.kb.roles[v.plan.target]
    weight = {r.skill_id: r.weight for r in role.required}
    reached = _reached(v.plan)
    needed_by = {p for s in v.kb.skills.values() for p in s.prerequisites}
    listed = {g.skill_id for g in v.plan.gaps} | {x.skill_id for x in v.plan.strengths}
    for s in list(weight):  # a skill that teaches a requirement the plan dropped carries it
        for imp in v.kb.skills[s].implies if s in v.kb.skills else []:
            if imp.skill_id in weight and imp.skill_id not in listed:
                weight[s] = max(weight[s], weight[imp.skill_id])
    heavy = [g for g in v.plan.gaps if g.need >= 2 and reached.get(g.skill_id, 0) >= g.need]
    assume(heavy)
    core = max(heavy, key=lambda g: (weight.get(g.skill_id, 0.0), g.skill_id))
    w = weight.get(core.skill_id, 0.0)
    light = [
        s
        for s, lv in reached.items()
        if lv >= 2
        and s in weight
        and weight[s] <= w - 0.2
        and s not in needed_by
        # a core skill may come before a foundation that is not core itself
        and (s not in v.plan.core_skills or core.skill_id in v.plan.core_skills)
    ]
    assume(light)

    def change(d: dict[str, object]) -> None:
        for it in _items(d):
            if it["skill_id"] == core.skill_id and int(it["level_to"]) >= 2:  # type: ignore[call-overload]
                it["level_to"] = 1
                it["level_from"] = min(int(it["level_from"]), 0)  # type: ignore[call-overload]
        reason = TEXT[v.plan.language]
        d["deferred"] = [
            *d["deferred"],
            {"skill_id": core.skill_id, "reason": reason, "kind": "after_switch"},
        ]  # type: ignore[list-item]

    assert _newly(v, _edit(v.plan, change)) == {"core_first"}, v.label


@ORACLE
@given(pools, st.data())
def test_a_project_using_a_skill_nobody_teaches_is_caught(v: Valid, data: st.DataObject) -> None:
    assume(v.plan.portfolio_projects)
    # a skill the plan itself says the person lacks (a gap at level 0) and no item teaches
    taught = set(_reached(v.plan))
    candidates = sorted(g.skill_id for g in v.plan.gaps if g.have == 0 and g.skill_id not in taught)
    assume(candidates)
    skill = data.draw(st.sampled_from(candidates))
    pp = v.plan.portfolio_projects[0]
    moved = pp.model_copy(update={"skill_ids": [*pp.skill_ids, skill]})
    assert _newly(
        v, v.plan.model_copy(update={"portfolio_projects": [moved, *v.plan.portfolio_projects[1:]]})
    ) == {"project_coherence"}, v.label


@ORACLE
@given(pools, st.data())
def test_a_project_started_before_its_skill_is_taught_is_caught(
    v: Valid, data: st.DataObject
) -> None:
    assume(v.plan.portfolio_projects)
    pp = v.plan.portfolio_projects[0]
    lacking = {g.skill_id for g in v.plan.gaps if g.have == 0}
    ends = {
        s: min(it.week_end for it in v.plan.items() if it.skill_id == s)
        for s in pp.skill_ids
        if s in lacking and any(it.skill_id == s for it in v.plan.items())
    }
    ends = {s: e for s, e in ends.items() if e >= 2}
    assume(ends)
    skill = data.draw(st.sampled_from(sorted(ends)))
    start = data.draw(st.integers(1, ends[skill] - 1))  # while it is still being taught
    moved = pp.model_copy(update={"week_start": start})
    others = v.plan.portfolio_projects[1:]
    assert _newly(v, v.plan.model_copy(update={"portfolio_projects": [moved, *others]})) == {
        "project_coherence"
    }, v.label


# ----------------------------------------------------------------------------- deliverables
@ORACLE
@given(pools, st.data())
def test_an_item_without_a_deliverable_is_caught(v: Valid, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(v.plan.items()) - 1))
    blank = data.draw(st.sampled_from(["", "  "]))

    def change(d: dict[str, object]) -> None:
        _items(d)[index]["deliverable"] = blank

    assert _newly(v, _edit(v.plan, change)) == {"deliverables"}, v.label


@ORACLE
@given(pools, st.data())
def test_a_milestone_nobody_checks_is_caught(v: Valid, data: st.DataObject) -> None:
    assume(v.plan.milestones)
    index = data.draw(st.integers(0, len(v.plan.milestones) - 1))
    milestones = list(v.plan.milestones)
    milestones[index] = milestones[index].model_copy(update={"how_checked": " "})
    assert _newly(v, v.plan.model_copy(update={"milestones": milestones})) == {"deliverables"}, (
        v.label
    )


@ORACLE
@given(pools)
def test_a_plan_without_milestones_is_caught(v: Valid) -> None:
    assert _newly(v, v.plan.model_copy(update={"milestones": []})) == {"deliverables"}, v.label


@ORACLE
@given(pools, st.data())
def test_an_item_listed_before_its_prerequisite_is_caught(v: Valid, data: st.DataObject) -> None:
    """An item moved up the list to just before its prerequisite's first item, its weeks kept
    (still after the prerequisite ends): the plan reads in the wrong order."""
    pairs = _prerequisite_pairs(v)
    assume(pairs)
    pre, item = data.draw(st.sampled_from(pairs))

    def change(d: dict[str, object]) -> None:
        phases: list[dict[str, list[object]]] = d["phases"]  # type: ignore[assignment]
        where = [(p, k) for p, ph in enumerate(phases) for k in range(len(ph["items"]))]
        (pre_phase, pre_at), (item_phase, item_at) = where[pre], where[item]
        moved = phases[item_phase]["items"].pop(item_at)
        phases[pre_phase]["items"].insert(pre_at, moved)

    assert _newly(v, _edit(v.plan, change)) == {"prerequisite_order"}, v.label

"""Independent oracles, continued: grounding, promises, language, constraints, feasibility,
ambition (see ``test_check_oracles``)."""

from __future__ import annotations

import re
from datetime import timedelta

from hypothesis import assume, given
from hypothesis import strategies as st

from coach.engine.constraints import Constraint
from coach.schemas import AmbitionFlag, Deferral, Plan
from tests.property.plans import Valid, valid_plans
from tests.property.test_check_oracles import ORACLE, TEXT, _edit, _items, _newly, _reached, pools


# ----------------------------------------------------------------------------- grounding
@ORACLE
@given(pools, st.data())
def test_a_resource_that_does_not_teach_its_skill_is_caught(v: Valid, data: st.DataObject) -> None:
    items = v.plan.items()
    index = data.draw(st.integers(0, len(items) - 1))
    skill = items[index].skill_id
    others = sorted(r.id for r in v.kb.resources.values() if skill not in r.skills)
    assume(others)
    rid = data.draw(st.sampled_from(others))

    def change(d: dict[str, object]) -> None:
        _items(d)[index]["resource_ids"] = [*_items(d)[index]["resource_ids"], rid]  # type: ignore[misc]

    assert _newly(v, _edit(v.plan, change)) == {"grounding"}, v.label


@ORACLE
@given(pools, st.data())
def test_an_invented_resource_is_caught(v: Valid, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(v.plan.items()) - 1))
    rid = data.draw(st.sampled_from(["res-made-up", "coursera-ml-9999", "book_nonexistent"]))
    assume(rid not in v.kb.resources)

    def change(d: dict[str, object]) -> None:
        _items(d)[index]["resource_ids"] = [rid]

    assert _newly(v, _edit(v.plan, change)) == {"grounding"}, v.label


@ORACLE
@given(pools, st.data())
def test_a_fact_quoted_with_the_wrong_source_is_caught(v: Valid, data: st.DataObject) -> None:
    assume(v.plan.expectations)
    index = data.draw(st.integers(0, len(v.plan.expectations) - 1))
    fact = v.plan.expectations[index]
    wrong = sorted(s for s in v.kb.sources if s != v.kb.facts[fact.fact_id].source_id)
    assume(wrong)
    source = data.draw(st.sampled_from(wrong))
    facts = list(v.plan.expectations)
    facts[index] = fact.model_copy(update={"source_id": source})
    assert _newly(v, v.plan.model_copy(update={"expectations": facts})) == {"grounding"}, v.label


# ----------------------------------------------------------------------------- promises, language
PROMISES = {
    "en": [
        "This plan guarantees you a job offer.",
        "You will definitely get an offer by the end.",
        "Graduates enjoy 100% job placement.",
        "After it, you will earn $150,000 a year.",
    ],
    "zh": [
        "完成计划包就业。",
        "学完保证拿到录用通知。",
        "按计划一定能拿到大厂的岗位。",
        "百分之百找到新工作。",
    ],
}


@ORACLE
@given(pools, st.data())
def test_a_promise_of_a_job_or_pay_is_caught(v: Valid, data: st.DataObject) -> None:
    promise = data.draw(st.sampled_from(PROMISES[v.plan.language]))
    where = data.draw(st.sampled_from(["risks", "rationale", "message"]))
    if where == "risks":
        update: dict[str, object] = {"risks": [*v.plan.risks, promise]}
    else:
        update = {where: f"{getattr(v.plan, where)} {promise}".strip()}
    assert _newly(v, v.plan.model_copy(update=update)) == {"no_promises"}, v.label


WRONG_LANGUAGE = {
    "en": "先学核心技能，再做一个完整的项目，最后准备简历和面试。",
    "zh": "Build a small service end to end and write a short report about what you learned.",
}


_WORDS = re.compile(r"[A-Za-z]+")
_HANZI = re.compile(r"[\u4e00-\u9fff]")


_PROSE = {"name", "title", "deliverable", "how_checked", "description", "reason", "rationale"}
_PROSE |= {"message"}
_PROSE_LISTS = {"interview_prep", "risks", "assumptions"}


def _sprinkle(node: object, counts: list[int], key: str = "") -> object:
    """The planner's prose (names, deliverables, descriptions, reasons, risks, rationale...; not
    the sourced expectations) gets a few Chinese characters wherever a text has six English
    words or more: one per five words, so no single text is more than a sixth Chinese.
    ``counts`` adds up [Chinese characters, English words] over all of that prose."""
    if isinstance(node, dict):
        return {k: _sprinkle(v, counts, k) for k, v in node.items()}
    if isinstance(node, list):
        if key in _PROSE_LISTS:
            return [_sprinkle(v, counts, "name") for v in node]
        if key in ("expectations", "constraints"):
            return node
        return [_sprinkle(v, counts, "") for v in node]
    if not isinstance(node, str) or key not in _PROSE:
        return node
    words = len(_WORDS.findall(node))
    extra = "学" * (words // 5) if words >= 6 else ""
    counts[0] += len(_HANZI.findall(node)) + len(extra)
    counts[1] += words
    return f"{node} {extra}" if extra else node


@ORACLE
@given(pools)
def test_an_english_plan_with_chinese_sprinkled_through_it_is_caught(v: Valid) -> None:
    """No text is mostly Chinese, but a tenth or so of the whole plan is: an English reader
    meets Chinese in every paragraph."""
    assume(v.plan.language == "en")
    counts = [0, 0]
    doc = _sprinkle(v.plan.model_dump(mode="json"), counts)
    assume(counts[0] / sum(counts) >= 0.08)
    assert _newly(v, Plan.model_validate(doc)) == {"language"}, v.label


@ORACLE
@given(pools, st.data())
def test_text_in_the_other_language_is_caught(v: Valid, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(v.plan.items()) - 1))
    text = WRONG_LANGUAGE[v.plan.language]

    def change(d: dict[str, object]) -> None:
        _items(d)[index]["deliverable"] = text

    assert _newly(v, _edit(v.plan, change)) == {"language"}, v.label


@ORACLE
@given(pools)
def test_a_plan_for_a_user_of_the_other_language_is_caught(v: Valid) -> None:
    other = "zh" if v.profile.language == "en" else "en"
    person = v.profile.model_copy(update={"language": other})
    assert _newly(v, v.plan, person=person) == {"language"}, v.label


# ----------------------------------------------------------------------------- constraints
@ORACLE
@given(pools, st.data())
def test_a_planned_skill_the_mentor_excluded_is_caught(v: Valid, data: st.DataObject) -> None:
    skill = data.draw(st.sampled_from(sorted(_reached(v.plan))))
    asked = [Constraint(kind="exclude_skill", text=f"skip {skill}", skill_id=skill)]
    assert _newly(v, v.plan, constraints=asked) == {"constraints"}, v.label


@ORACLE
@given(pools, st.data())
def test_a_resource_of_an_excluded_kind_is_caught(v: Valid, data: st.DataObject) -> None:
    kinds = sorted(
        {
            v.kb.resources[r].kind
            for it in v.plan.items()
            for r in it.resource_ids
            if r in v.kb.resources
        }
    )
    assume(kinds)
    kind = data.draw(st.sampled_from(kinds))
    asked = [Constraint(kind="exclude_resource_kind", text=f"no {kind}", resource_kind=kind)]  # type: ignore[arg-type]
    assert _newly(v, v.plan, constraints=asked) == {"constraints"}, v.label


@ORACLE
@given(pools, st.data())
def test_weeks_over_the_hours_the_mentor_allowed_from_a_date_are_caught(
    v: Valid, data: st.DataObject
) -> None:
    """ "From <date>, at most H hours a week", where only the week that date falls in (the last
    week with more than the rest) has more than H: that very week is over the limit."""
    weeks = v.plan.weekly_hours[: v.plan.horizon_weeks]
    tops = [k for k in range(len(weeks)) if weeks[k] > max(weeks[k + 1 :], default=0.0) + 1]
    assume(tops)
    k = data.draw(st.sampled_from(tops))  # 0-based: plan week k + 1
    limit = (weeks[k] + max(weeks[k + 1 :], default=0.0)) / 2
    day = v.plan.start_date + timedelta(days=7 * k + data.draw(st.integers(0, 6)))
    asked = [
        Constraint(
            kind="hours_from",
            text=f"from {day} at most {limit}h",
            hours_per_week=limit,
            from_date=day,
        )
    ]
    # The weekly-hours check reads the mentor's limit too: both see that week.
    assert _newly(v, v.plan, constraints=asked) == {"constraints", "weekly_hours"}, v.label


def _certification_titles(v: Valid) -> list[str]:
    """The resources of the plan whose English title is about a certification."""
    return [
        rid
        for it in v.plan.items()
        for rid in it.resource_ids
        if rid in v.kb.resources and "certif" in v.kb.resources[rid].title.lower()
    ]


@ORACLE
@given(st.deferred(lambda: st.sampled_from([v for v in valid_plans() if _certification_titles(v)])))
def test_a_resource_titled_on_a_topic_the_mentor_excluded_is_caught(v: Valid) -> None:
    """ "No certifications": a resource called "... Certified ... course" is one, whatever its
    id says."""
    asked = [Constraint(kind="exclude_topic", text="no certifications", topic="certification")]
    assert _newly(v, v.plan, constraints=asked) == {"constraints"}, v.label


@ORACLE
@given(pools, st.data())
def test_a_skill_the_mentor_added_but_missing_is_caught(v: Valid, data: st.DataObject) -> None:
    planned = set(_reached(v.plan)) | {d.skill_id for d in v.plan.deferred}
    missing = sorted(s for s in v.kb.skills if s not in planned)
    assume(missing)
    skill = data.draw(st.sampled_from(missing))
    asked = [Constraint(kind="include_skill", text=f"add {skill}", skill_id=skill)]
    assert _newly(v, v.plan, constraints=asked) == {"constraint_kinds"}, v.label


@ORACLE
@given(pools, st.data())
def test_a_skill_over_the_hours_the_mentor_allowed_is_caught(v: Valid, data: st.DataObject) -> None:
    hours: dict[str, float] = {}
    for it in v.plan.items():
        hours[it.skill_id] = hours.get(it.skill_id, 0.0) + it.hours
    big = sorted(s for s, h in hours.items() if h >= 4)
    assume(big)
    skill = data.draw(st.sampled_from(big))
    cap = hours[skill] - data.draw(st.sampled_from([1.0, 2.0, hours[skill] / 2]))
    asked = [
        Constraint(
            kind="skill_hours",
            text=f"{skill} at most {cap:g} h",
            skill_id=skill,
            hours=cap,
            op="max",
        )
    ]
    assert _newly(v, v.plan, constraints=asked) == {"constraint_kinds"}, v.label


# ----------------------------------------------------------------------------- feasibility
@ORACLE
@given(pools, st.data())
def test_a_feasible_plan_that_cuts_a_skill_for_time_is_caught(
    v: Valid, data: st.DataObject
) -> None:
    gaps = sorted(g.skill_id for g in v.plan.gaps)
    assume(gaps)
    skill = data.draw(st.sampled_from(gaps))
    kind = data.draw(st.sampled_from(["capacity", "partial", "prerequisite"]))
    cut = Deferral(skill_id=skill, reason=TEXT[v.plan.language], kind=kind)  # type: ignore[arg-type]
    kept = [d for d in v.plan.deferred if d.skill_id != skill]
    assert _newly(v, v.plan.model_copy(update={"deferred": [*kept, cut]})) == {"feasibility"}, (
        v.label
    )


@ORACLE
@given(pools)
def test_an_infeasible_plan_without_options_is_caught(v: Valid) -> None:
    assert _newly(v, v.plan.model_copy(update={"feasible": False, "options": []})) == {
        "feasibility"
    }, v.label


@ORACLE
@given(pools)
def test_an_infeasible_plan_that_cuts_the_core_but_offers_no_way_out_is_caught(v: Valid) -> None:
    core = sorted(set(v.plan.core_skills) & {g.skill_id for g in v.plan.gaps})
    assume(core)
    cut = Deferral(skill_id=core[0], reason=TEXT[v.plan.language], kind="capacity")
    infeasible = v.plan.model_copy(
        update={"feasible": False, "options": [], "deferred": [*v.plan.deferred, cut]}
    )
    assert _newly(v, infeasible) == {"feasibility"}, v.label


@ORACLE
@given(pools, st.data())
def test_a_feasible_plan_leaving_a_core_skill_unstarted_is_caught(
    v: Valid, data: st.DataObject
) -> None:
    taught = set(_reached(v.plan))
    unstarted = sorted(
        d.skill_id
        for d in v.plan.deferred
        if d.kind == "after_switch"
        and d.skill_id not in taught
        and any(g.skill_id == d.skill_id and g.have == 0 for g in v.plan.gaps)
    )
    assume(unstarted)
    skill = data.draw(st.sampled_from(unstarted))
    # the plan calls it core, yet leaves all of it for after the switch
    assert _newly(v, v.plan.model_copy(update={"core_skills": [*v.plan.core_skills, skill]})) == {
        "feasibility"
    }, v.label


# ----------------------------------------------------------------------------- ambition
@ORACLE
@given(pools, st.sampled_from([45.0, 60.0, 80.0]))
def test_a_person_asking_for_burnout_hours_is_caught(v: Valid, asked: float) -> None:
    person = v.profile.model_copy(update={"hours_per_week": asked})
    assert _newly(v, v.plan, person=person) == {"ambition"}, v.label


@ORACLE
@given(pools, st.sampled_from(["top_lab", "pay", "burnout", "timeline"]))
def test_an_ambition_the_planner_flagged_is_caught(v: Valid, kind: str) -> None:
    flag = AmbitionFlag(kind=kind, message=TEXT[v.plan.language], alternative=TEXT[v.plan.language])  # type: ignore[arg-type]
    assert _newly(v, v.plan.model_copy(update={"ambitions": [*v.plan.ambitions, flag]})) == {
        "ambition"
    }, v.label


@ORACLE
@given(pools, st.data())
def test_a_plan_breaking_only_a_mentor_constraint_goes_back_to_the_planner(
    v: Valid, data: st.DataObject
) -> None:
    from coach.engine.checks import review_plan

    skill = data.draw(st.sampled_from(sorted(_reached(v.plan))))
    asked = [Constraint(kind="exclude_skill", text=f"skip {skill}", skill_id=skill)]
    review = review_plan(v.plan, v.profile, v.kb, asked, 0)
    errors = {f.check for f in review.findings if f.severity == "error"}
    assert (review.verdict, errors) == ("revise", {"constraints"}), v.label

"""The reviewer's hard checks: each passes on a planner-built plan and catches a broken one."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.checks import (
    check_deliverables,
    check_feasibility,
    check_gap_coverage,
    check_grounding,
    check_language,
    check_no_promises,
    check_prerequisite_order,
    check_total_within_horizon,
    check_weekly_hours,
    review_plan,
)
from coach.engine.planner import build_plan
from coach.schemas import Deferral, Plan, SourcedFact
from tests.unit.kb_fixture import make_kb, profile, research_for

KB = make_kb()
START = date(2025, 1, 6)


def _plan(lang: str = "en", hours: float = 10, weeks: int = 60) -> Plan:
    p = profile({"java": 2}, hours=hours, weeks=weeks, language=lang)
    return build_plan(p, research_for(KB, "ai_application_engineer"), KB, start_date=START)


GOOD = _plan()
GOOD_ZH = _plan("zh")


def _edit_item(plan: Plan, index: int, **changes: object) -> Plan:
    data = plan.model_dump()
    flat = [(i, j) for i, ph in enumerate(data["phases"]) for j, _ in enumerate(ph["items"])]
    i, j = flat[index]
    data["phases"][i]["items"][j].update(changes)
    return Plan.model_validate(data)


def test_the_fixture_plan_is_feasible_and_passes_review() -> None:
    assert GOOD.feasible
    review = review_plan(GOOD, profile({"java": 2}), KB, [], 0)
    assert review.verdict == "pass", review.findings
    assert all(f.severity != "error" for f in review.findings)


def test_weekly_hours_flags_a_week_over_budget() -> None:
    assert check_weekly_hours(GOOD) == []
    hours = list(GOOD.weekly_hours)
    hours[2] = GOOD.hours_per_week + 1
    bad = GOOD.model_copy(update={"weekly_hours": hours})
    assert [f.ref for f in check_weekly_hours(bad)] == ["week 3"]


def test_total_within_horizon_flags_work_after_the_horizon() -> None:
    assert check_total_within_horizon(GOOD) == []
    bad = _edit_item(GOOD, 0, week_end=GOOD.horizon_weeks + 2)
    assert any(f.severity == "error" for f in check_total_within_horizon(bad))


def test_total_within_horizon_flags_totals_that_do_not_add_up() -> None:
    bad = GOOD.model_copy(update={"total_hours": GOOD.total_hours + 10})
    assert any(f.severity == "error" for f in check_total_within_horizon(bad))


def test_total_within_horizon_warns_about_a_thin_buffer() -> None:
    full = [GOOD.hours_per_week] * GOOD.horizon_weeks
    bad = GOOD.model_copy(update={"weekly_hours": full, "total_hours": sum(full)})
    findings = check_total_within_horizon(bad)
    assert [f.severity for f in findings] == ["warning"]


def test_gap_coverage_flags_a_gap_neither_planned_nor_deferred() -> None:
    assert check_gap_coverage(GOOD) == []
    index = next(i for i, it in enumerate(GOOD.items()) if it.level_to >= 2)
    weaker = _edit_item(GOOD, index, level_to=1)
    skill = weaker.items()[index].skill_id
    assert [f.ref for f in check_gap_coverage(weaker)] == [skill]
    deferred = weaker.model_copy(update={"deferred": [Deferral(skill_id=skill, reason="later")]})
    assert check_gap_coverage(deferred) == []
    no_reason = weaker.model_copy(update={"deferred": [Deferral(skill_id=skill, reason=" ")]})
    assert check_gap_coverage(no_reason)


def test_prerequisite_order_flags_an_item_before_its_prerequisite() -> None:
    assert check_prerequisite_order(GOOD, KB) == []
    items = GOOD.items()
    dependent = next(
        i for i, it in enumerate(items)
        if any(p in {x.skill_id for x in items} for p in KB.skills[it.skill_id].prerequisites)
    )  # fmt: skip
    bad = _edit_item(GOOD, dependent, week_start=1)
    assert any(f.ref == items[dependent].skill_id for f in check_prerequisite_order(bad, KB))


def test_prerequisite_order_flags_a_skipped_prerequisite_gap() -> None:
    data = GOOD.model_dump()
    for ph in data["phases"]:
        ph["items"] = [it for it in ph["items"] if it["skill_id"] != "llm_basics"]
    bad = Plan.model_validate(data)
    # the finding names the prerequisite as people read it, not by its id
    name = KB.skills["llm_basics"].name.en
    assert any(name in f.message for f in check_prerequisite_order(bad, KB))
    assert not any("llm_basics" in f.message for f in check_prerequisite_order(bad, KB))


def test_deliverables_flags_an_item_without_one() -> None:
    assert check_deliverables(GOOD) == []
    bad = _edit_item(GOOD, 0, deliverable="  ")
    assert [f.severity for f in check_deliverables(bad)] == ["error"]


def test_deliverables_warns_about_long_stretches_without_milestones() -> None:
    bad = GOOD.model_copy(update={"milestones": GOOD.milestones[-1:]})
    assert any(f.severity == "warning" for f in check_deliverables(bad))


def test_grounding_flags_unknown_and_mismatched_resources() -> None:
    assert check_grounding(GOOD, KB) == []
    unknown = _edit_item(GOOD, 0, resource_ids=["made_up_course"])
    assert [f.ref for f in check_grounding(unknown, KB)] == ["made_up_course"]
    mismatched = _edit_item(GOOD, 0, resource_ids=["agent_course"])  # teaches agents only
    assert [f.ref for f in check_grounding(mismatched, KB)] == ["agent_course"]


def test_grounding_flags_invented_facts_and_wrong_sources() -> None:
    invented = GOOD.model_copy(
        update={"expectations": [SourcedFact(fact_id="nope", text="x", source_id="nowhere")]}
    )
    refs = {f.ref for f in check_grounding(invented, KB)}
    assert refs == {"nope", "nowhere"}
    wrong = GOOD.model_copy(
        update={
            "expectations": [
                SourcedFact(fact_id="fact_demand", text="x", source_id="003_62c5cef43482909b.txt")
            ]
        }
    )
    assert [f.ref for f in check_grounding(wrong, KB)] == ["fact_demand"]


def test_grounding_flags_an_unknown_skill() -> None:
    bad = _edit_item(GOOD, 0, skill_id="telepathy", resource_ids=[])
    assert "telepathy" in {f.ref for f in check_grounding(bad, KB)}


@pytest.mark.parametrize(
    "text",
    [
        "We guarantee you a job.",
        "Comes with a job guarantee.",
        "保证你找到工作",
        "You will get an offer within a year.",
        "You'll earn $200k.",
        "100% placement rate",
        "保证拿到 offer",
        "包就业",
        "学完一定能拿到大厂 offer",
        "确保年薪翻倍",
    ],
)
def test_no_promises_flags_job_and_pay_promises(text: str) -> None:
    bad = GOOD.model_copy(update={"risks": [text]})
    assert [f.ref for f in check_no_promises(bad)] == ["risks[0]"]


@pytest.mark.parametrize(
    "text",
    [
        "There is no guarantee of an offer.",
        "市场数据不保证个人结果。",
        "You will get feedback.",
        "The controller guarantees bounded latency.",
        "以 RGB 与深度信息为输入，并保证延迟和抖动有界。",
    ],
)
def test_no_promises_allows_honest_statements(text: str) -> None:
    assert check_no_promises(GOOD.model_copy(update={"risks": [text]})) == []


def test_planner_text_makes_no_promises_in_either_language() -> None:
    assert check_no_promises(GOOD) == []
    assert check_no_promises(GOOD_ZH) == []


def test_language_passes_for_plans_in_the_users_language() -> None:
    assert check_language(GOOD, profile(language="en")) == []
    assert check_language(GOOD_ZH, profile(language="zh")) == []


def test_language_flags_english_text_in_a_chinese_plan() -> None:
    bad = GOOD_ZH.model_copy(update={"rationale": "Foundations first, then the core skills."})
    assert [f.ref for f in check_language(bad)] == ["rationale"]


def test_language_flags_an_english_plan_for_a_chinese_user() -> None:
    findings = check_language(GOOD, profile(language="zh"))
    assert findings and findings[0].severity == "error"


def test_language_flags_chinese_text_in_an_english_plan() -> None:
    bad = GOOD.model_copy(update={"message": "你的计划已经准备好了"})
    assert [f.ref for f in check_language(bad)] == ["message"]


def test_feasibility_flags_an_infeasible_plan_without_options() -> None:
    tight = _plan(hours=3, weeks=10)
    assert not tight.feasible
    assert [f.severity for f in check_feasibility(tight, KB)] == ["warning"]
    bad = tight.model_copy(update={"options": []})
    assert "error" in [f.severity for f in check_feasibility(bad, KB)]


def test_an_infeasible_plan_must_leave_out_skills_or_the_project_and_job_search() -> None:
    assert {"project", "job_search"} <= {ph.kind for ph in GOOD.phases}
    everything = GOOD.model_copy(
        update={"feasible": False, "options": _plan(hours=3, weeks=10).options}
    )
    assert "error" in [f.severity for f in check_feasibility(everything, KB)]
    no_project = everything.model_copy(
        update={"phases": [ph for ph in GOOD.phases if ph.kind not in {"project", "job_search"}]}
    )
    assert [f.severity for f in check_feasibility(no_project, KB)] == ["warning"]


def test_feasibility_flags_a_feasible_plan_that_defers_for_lack_of_time() -> None:
    assert check_feasibility(GOOD, KB) == []
    bad = GOOD.model_copy(update={"deferred": [Deferral(skill_id="rag", reason="no time")]})
    assert [f.severity for f in check_feasibility(bad, KB)] == ["error"]


def test_review_verdicts() -> None:
    p = profile({"java": 2})
    broken = _edit_item(GOOD, 0, deliverable="")
    assert review_plan(broken, p, KB, [], 1).verdict == "revise"
    assert review_plan(broken, p, KB, [], 1).round == 1
    tight = _plan(hours=3, weeks=10)
    assert review_plan(tight, p, KB, [], 0).verdict == "infeasible"
    warned = GOOD.model_copy(update={"milestones": GOOD.milestones[-1:]})
    assert review_plan(warned, p, KB, [], 0).verdict == "pass"  # warnings do not block

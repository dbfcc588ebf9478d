"""Part B checks on hand-made plans: each passes on a good plan and fails on a bad one."""

from __future__ import annotations

import copy

from coach.evals.personas.registry import evaluate
from tests.personas.helpers import ITEMS, plan, run, stage


def _with(plan_doc: dict[str, object], **extra: object) -> object:
    doc = stage(plan_doc, **extra)
    return run(stages={"draft": doc, "final": doc})


def test_must_schedule_and_must_not_schedule() -> None:
    r = run()
    assert evaluate(r, "must_schedule", ["python", "rag"]).ok
    assert not evaluate(r, "must_schedule", ["agents"]).ok
    assert evaluate(r, "must_not_schedule", ["agents"]).ok
    assert not evaluate(r, "must_not_schedule", ["python"]).ok


def test_item_hours_caps_and_floors() -> None:
    r = run()
    assert evaluate(r, "max_item_hours", {"python": 30}).ok
    assert not evaluate(r, "max_item_hours", {"rag": 30}).ok
    assert evaluate(r, "min_item_hours", {"rag": 30}).ok
    assert not evaluate(r, "min_item_hours", {"agents": 10}).ok


def test_starts_by_week_and_before() -> None:
    r = run()
    assert evaluate(r, "starts_by_week", {"rag": 4}).ok
    assert not evaluate(r, "starts_by_week", {"evaluation": 4}).ok
    assert not evaluate(r, "starts_by_week", {"agents": 40}).ok
    assert evaluate(r, "before", [["python", "rag"]]).ok
    assert not evaluate(r, "before", [["evaluation", "rag"]]).ok
    assert not evaluate(r, "before", [["python", "agents"]]).ok


def test_feasible_reads_the_plan_and_the_verdict() -> None:
    assert evaluate(run(), "feasible", True).ok
    assert not evaluate(run(), "feasible", False).ok
    infeasible = {"verdict": "infeasible", "findings": []}
    assert not evaluate(_with(plan(), review=infeasible), "feasible", True).ok


def test_ambition_flagged_needs_a_finding_and_no_pass() -> None:
    named = {"verdict": "revise", "findings": [{"check": "ambition", "message": "too fast"}]}
    passed = {"verdict": "pass", "findings": [{"check": "ambition", "message": "too fast"}]}
    assert evaluate(_with(plan(), review=named), "ambition_flagged", True).ok
    assert not evaluate(_with(plan(), review=passed), "ambition_flagged", True).ok
    assert not evaluate(run(), "ambition_flagged", True).ok


def test_project_uses_only_scheduled() -> None:
    assert evaluate(run(), "project_uses_only_scheduled", True).ok
    late = plan()
    late["portfolio_projects"][0]["skill_ids"] = ["rag", "evaluation"]
    late["portfolio_projects"][0]["week_start"] = 5
    assert not evaluate(_with(late), "project_uses_only_scheduled", True).ok
    deferred = plan()
    deferred["portfolio_projects"][0]["skill_ids"] = ["docker"]
    assert not evaluate(_with(deferred), "project_uses_only_scheduled", True).ok
    known = plan()
    known["portfolio_projects"][0]["skill_ids"] = ["sql"]  # not a gap: the person has it
    assert evaluate(_with(known), "project_uses_only_scheduled", True).ok
    assert not evaluate(_with(plan(portfolio_projects=[])), "project_uses_only_scheduled", 1).ok


def test_project_mentions() -> None:
    assert evaluate(run(), "project_mentions", ["contract", "clause"]).ok
    assert not evaluate(run(), "project_mentions", ["patient"]).ok


def test_max_plan_words_counts_chinese_characters() -> None:
    assert evaluate(_with(plan(), markdown="one two three"), "max_plan_words", 3).ok
    assert not evaluate(_with(plan(), markdown="一二三四 five"), "max_plan_words", 4).ok
    assert not evaluate(_with(plan(), markdown=""), "max_plan_words", 100).ok


def test_plan_language_reads_the_markdown_lines() -> None:
    zh_plan = plan(language="zh")
    zh_md = "\n".join(["# 计划 v1：AI 应用工程师"] + ["- Python：20 小时"] * 20)
    mixed = zh_md + "\n" + "\n".join(["- Status: waiting for a mentor"] * 3)
    assert evaluate(_with(zh_plan, markdown=zh_md), "plan_language", "zh").ok
    assert not evaluate(_with(zh_plan, markdown=mixed), "plan_language", "zh").ok
    assert not evaluate(_with(plan(), markdown=zh_md), "plan_language", "zh").ok
    mostly_en = zh_md + "\n" + "\n".join(["- 第 1 周 **学习**：Write a technical blog post"] * 3)
    assert not evaluate(_with(zh_plan, markdown=mostly_en), "plan_language", "zh").ok


def test_max_pay_lines() -> None:
    md = "# Plan\n## Level and pay\n- junior: 80k\n- mid: 120k\n## Next\n- x\n- y\n"
    assert evaluate(_with(plan(), markdown=md), "max_pay_lines", 2).ok
    assert not evaluate(_with(plan(), markdown=md), "max_pay_lines", 1).ok


def test_strengths_include_cannot_pass_without_the_field() -> None:
    result = evaluate(run(), "strengths_include", ["sql"])
    assert not result.ok and "strengths missing" in result.detail
    has = plan(strengths=[{"skill_id": "sql", "evidence": "I write SQL"}])
    assert evaluate(_with(has), "strengths_include", ["sql"]).ok
    assert not evaluate(_with(has), "strengths_include", ["communication"]).ok


def test_resources_are_learning_material() -> None:
    course = plan()
    items = copy.deepcopy(ITEMS)
    for item in items:
        item["resource_ids"] = ["andrew_ng_machine_learning"]  # a course in the shipped KB
    course["phases"] = [{"kind": "core", "items": items}]
    assert evaluate(_with(course), "resources_are_learning_material", True).ok
    assert not evaluate(run(), "resources_are_learning_material", True).ok  # nothing at all
    project = copy.deepcopy(course)
    project["phases"][0]["items"][0]["resource_ids"] = ["cli_todo_project"]
    assert not evaluate(_with(project), "resources_are_learning_material", True).ok
    practised = copy.deepcopy(course)
    practised["phases"][0]["items"][0] = {**items[0], "resource_ids": [], "practice": "Do X"}
    assert evaluate(_with(practised), "resources_are_learning_material", True).ok


def test_a_stage_suffix_reads_that_stage() -> None:
    r = run(stages={"draft": stage(), "revised": stage(plan(hours_per_week=4.0))})
    assert evaluate(r, "hours_per_week@revised", 4).ok
    assert not evaluate(r, "hours_per_week", 4).ok
    assert not evaluate(r, "hours_per_week@after9", 4).ok


def test_core_first_fails_when_the_core_is_deferred_or_late() -> None:
    # ai_application_engineer: python, llm_api_integration and rag weigh 1.0; docker 0.5.
    core = plan(gaps=[{"skill_id": s} for s in ("python", "rag", "docker")])
    core["phases"][0]["items"] = [
        {"skill_id": "python", "hours": 20, "week_start": 1, "week_end": 3},
        {"skill_id": "rag", "hours": 40, "week_start": 3, "week_end": 8},
    ]
    assert evaluate(_with(core), "core_first", True).ok
    deferred = copy.deepcopy(core)
    deferred["phases"][0]["items"][1] = {
        "skill_id": "docker",
        "hours": 10,
        "week_start": 3,
        "week_end": 4,
    }
    assert not evaluate(_with(deferred), "core_first", True).ok
    late = copy.deepcopy(core)
    late["phases"][0]["items"][1]["week_start"] = 30
    assert not evaluate(_with(late), "core_first", True).ok
    nothing = plan(gaps=[{"skill_id": "cuda"}])  # not a required skill of the role
    assert not evaluate(_with(nothing), "core_first", True).ok
    # With the 1.0 skills known, the heaviest gaps are the core: docker (0.5) must not wait
    # behind git (0.5 too, so it may share) nor behind a 0-weight foundation.
    lighter = plan(gaps=[{"skill_id": s} for s in ("docker", "git")])
    lighter["phases"][0]["items"] = [
        {"skill_id": "programming_fundamentals", "hours": 30, "week_start": 1, "week_end": 5},
        {"skill_id": "git", "hours": 10, "week_start": 5, "week_end": 6},
    ]
    assert not evaluate(_with(lighter), "core_first", True).ok

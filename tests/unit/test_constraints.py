"""Mentor change requests (en/zh) -> typed constraints, and the planner honouring them."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.checks import check_constraints, check_weekly_hours
from coach.engine.constraints import (
    Constraint,
    parse_constraints,
    resolve_from_date,
    weekly_limits,
)
from coach.engine.planner import build_plan
from tests.unit.kb_fixture import make_kb, profile, research_for

KB = make_kb()
START = date(2025, 1, 6)  # a Monday


def _one(text: str) -> Constraint:
    found = parse_constraints(text, KB)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text", ["Only 5 hours a week from March", "从3月起每周只有5小时", "3月开始每周五个小时"]
)
def test_hours_from_a_month(text: str) -> None:
    c = _one(text)
    assert (c.kind, c.hours_per_week, c.from_month) == ("hours_from", 5, 3)


def test_hours_from_an_iso_date() -> None:
    c = _one("6 hours per week from 2025-02-10")
    assert (c.kind, c.hours_per_week, c.from_date) == ("hours_from", 6, date(2025, 2, 10))


@pytest.mark.parametrize("text", ["at most 6 hours a week", "每周最多6小时", "6h/week max"])
def test_max_hours_per_week(text: str) -> None:
    c = _one(text)
    assert (c.kind, c.hours_per_week) == ("max_hours_per_week", 6)


@pytest.mark.parametrize(
    ("text", "horizon", "add"),
    [
        ("Extend the plan to 12 months", 52, None),
        ("give her 3 more months", None, 13),
        ("延长到一年", 52, None),
        ("延长3个月", None, 13),
    ],
)
def test_extend_horizon(text: str, horizon: int | None, add: int | None) -> None:
    c = _one(text)
    assert (c.kind, c.horizon_weeks, c.add_weeks) == ("extend_horizon", horizon, add)


def test_hours_a_week_is_not_read_as_a_horizon() -> None:
    assert [c.kind for c in parse_constraints("give her 5 hours a week", KB)] == [
        "max_hours_per_week"
    ]


@pytest.mark.parametrize(
    "text", ["No cloud certificates", "不要考云认证", "skip the AWS certification"]
)
def test_no_cloud_certificates_is_a_topic_not_the_cloud_skill(text: str) -> None:
    c = _one(text)
    assert (c.kind, c.topic) == ("exclude_topic", "cloud_certification")


@pytest.mark.parametrize("text", ["Skip Docker", "Docker不用学了", "don't spend time on docker"])
def test_exclude_skill(text: str) -> None:
    c = _one(text)
    assert (c.kind, c.skill_id) == ("exclude_skill", "docker")


@pytest.mark.parametrize("text", ["Focus on RAG", "重点加强检索增强生成", "prioritise rag"])
def test_focus_skill(text: str) -> None:
    c = _one(text)
    assert (c.kind, c.skill_id) == ("focus_skill", "rag")


@pytest.mark.parametrize(
    ("text", "kind"),
    [("no books please", "book"), ("不要看书", "book"), ("No video courses", "course")],
)
def test_exclude_resource_kind(text: str, kind: str) -> None:
    c = _one(text)
    assert (c.kind, c.resource_kind) == ("exclude_resource_kind", kind)


@pytest.mark.parametrize("text", ["Start the portfolio project earlier", "项目提前开始"])
def test_project_earlier(text: str) -> None:
    assert _one(text).kind == "project_earlier"


def test_unread_text_is_kept_verbatim_as_a_note() -> None:
    c = _one("Talk to her about salary expectations")
    assert (c.kind, c.text) == ("note", "Talk to her about salary expectations")


def test_several_sentences_give_several_constraints() -> None:
    found = parse_constraints("Skip Docker. Only 5 hours a week from March。重点加强RAG", KB)
    assert [c.kind for c in found] == ["exclude_skill", "hours_from", "focus_skill"]


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2025, 1, 6), date(2025, 3, 1)),
        (date(2025, 3, 10), date(2025, 3, 10)),  # already March: from the start
        (date(2025, 4, 7), date(2026, 3, 1)),  # next March
    ],
)
def test_month_means_the_next_occurrence_on_or_after_the_start(start: date, expected: date) -> None:
    c = Constraint(kind="hours_from", text="", hours_per_week=5, from_month=3)
    assert resolve_from_date(c, start) == expected


def test_hours_from_lowers_the_weeks_from_the_one_containing_the_date() -> None:
    c = Constraint(kind="hours_from", text="", hours_per_week=5, from_month=3)
    limits = weekly_limits(10, 12, START, [c])
    # 2025-03-01 is in week 8 (2025-02-24 .. 2025-03-02)
    assert limits[:7] == [10] * 7
    assert limits[7:] == [5] * 5


# --------------------------------------------------------------------------- planner honours
def _plan(text: str, **kw: object):  # type: ignore[no-untyped-def]
    p = profile({"java": 2}, hours=10, weeks=60, language="en")
    cons = parse_constraints(text, KB)
    plan = build_plan(p, research_for(KB, "ai_application_engineer"), KB, start_date=START,
                      constraints=cons, **kw)  # type: ignore[arg-type]  # fmt: skip
    return plan, cons


def test_planner_honours_hours_from() -> None:
    plan, cons = _plan("Only 5 hours a week from March")
    assert max(plan.weekly_hours[7:]) <= 5
    assert max(plan.weekly_hours[:7]) > 5
    assert check_weekly_hours(plan, cons) == []
    assert check_constraints(plan, KB, cons) == []


def test_planner_honours_exclude_skill_and_defers_it_with_a_reason() -> None:
    plan, cons = _plan("Skip Docker")
    assert "docker" not in {it.skill_id for it in plan.items()}
    assert "linux" not in {g.skill_id for g in plan.gaps}  # only docker needed it
    assert [d.skill_id for d in plan.deferred] == ["docker"]
    assert check_constraints(plan, KB, cons) == []


def test_planner_honours_no_cloud_certificates() -> None:
    p = profile({"cpp": 2}, hours=10, weeks=104)
    cons = parse_constraints("No cloud certificates", KB)
    plan = build_plan(p, research_for(KB, "ai_infra_engineer"), KB, start_date=START,
                      constraints=cons)  # fmt: skip
    cloud = next(it for it in plan.items() if it.skill_id == "cloud")
    assert "aws_cert_course" not in cloud.resource_ids
    assert cloud.resource_ids == ["cloud_docs"]  # the skill stays, the certificate goes
    assert check_constraints(plan, KB, cons) == []


def test_planner_honours_excluded_resource_kinds() -> None:
    plan, cons = _plan("no books")
    assert all(KB.resources[r].kind != "book" for it in plan.items() for r in it.resource_ids)
    assert check_constraints(plan, KB, cons) == []


def test_planner_moves_the_project_before_the_core_skills_it_does_not_use() -> None:
    plan, cons = _plan("Start the project earlier")
    project = next(ph for ph in plan.phases if ph.kind == "project")
    used = {s for pp in plan.portfolio_projects for s in pp.skill_ids}
    needed = set(used)  # ...and what they build on
    for s in list(used):
        stack = [s]
        while stack:
            for pre in KB.skills[stack.pop()].prerequisites:
                if pre not in needed:
                    needed.add(pre)
                    stack.append(pre)
    core = [it for ph in plan.phases if ph.kind == "core" for it in ph.items]
    assert all(it.week_start >= project.week_end - 1 for it in core if it.skill_id not in needed)
    # ...but never before the skills it is built with
    assert all(it.week_end <= project.week_start for it in core if it.skill_id in used)
    assert check_constraints(plan, KB, cons) == []


def test_planner_extends_the_horizon() -> None:
    plan, cons = _plan("Extend the plan to 80 weeks")
    assert plan.horizon_weeks == 80
    assert check_constraints(plan, KB, cons) == []


def test_planner_puts_a_focus_skill_first_among_equals() -> None:
    plain, _ = _plan("")
    focused, cons = _plan("Focus on docker")
    order = [it.skill_id for it in focused.items()]
    assert order.index("docker") < [it.skill_id for it in plain.items()].index("docker")
    assert check_constraints(focused, KB, cons) == []


def test_check_constraints_catches_a_plan_that_ignores_them() -> None:
    plan, _ = _plan("")
    # a project that uses none of the core skills but still comes after them was not moved
    projects = [pp.model_copy(update={"skill_ids": []}) for pp in plan.portfolio_projects]
    plan = plan.model_copy(update={"portfolio_projects": projects})
    cons = parse_constraints("Skip Docker. At most 3 hours a week. Start the project earlier", KB)
    errors = [f for f in check_constraints(plan, KB, cons) if f.severity == "error"]
    assert any(f.ref == "docker" for f in errors)
    assert any((f.ref or "").startswith("week") for f in errors)
    assert any("project" in f.message for f in errors)


def test_notes_reach_the_mentor_as_info() -> None:
    plan, cons = _plan("Talk to her about salary expectations")
    findings = check_constraints(plan, KB, cons)
    assert [(f.severity, "salary expectations" in f.message) for f in findings] == [("info", True)]


def test_focus_on_a_skill_the_user_masters_needs_no_item() -> None:
    p = profile({"docker": 3}, hours=10, weeks=60)
    cons = parse_constraints("Focus on docker", KB)
    plan = build_plan(p, research_for(KB, "ai_application_engineer"), KB, start_date=START,
                      constraints=cons)  # fmt: skip
    assert "docker" not in {it.skill_id for it in plan.items()}
    assert check_constraints(plan, KB, cons, p) == []
    assert check_constraints(plan, KB, cons)  # without the profile it cannot tell

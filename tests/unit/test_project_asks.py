"""A mentor's "add a project" and "make the project X" (issue 11 part C, findings M5-1, M5-5):
read as typed constraints in en and zh, applied by the planner, checked by the reviewer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coach.engine.checks.constraint_kinds import check_constraint_kinds
from coach.engine.constraints import Constraint, parse_constraints
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.evals.constraints import load_corpus, score_corpus
from coach.knowledge import load_kb
from coach.schemas import Plan, Profile

KB = load_kb()
START = date(2027, 1, 4)
CORPUS = Path(__file__).resolve().parents[2] / "evals" / "constraints" / "project_asks.jsonl"


def _kinds(text: str) -> list[Constraint]:
    return [c for c in parse_constraints(text, KB) if c.kind != "note"]


def test_an_added_project_keeps_the_mentors_words_hours_and_week() -> None:
    zh = _kinds("加一个作品集项目，第7周开始，大概25小时，做一个电商客服知识库问答机器人")
    add = next(c for c in zh if c.kind == "add_project")
    assert (add.hours, add.project_topic) == (25.0, "电商客服知识库问答机器人")
    assert any(c.kind == "week_anchor" and c.block == "project" and c.from_week == 7 for c in zh)
    en = _kinds("add a small project (~15h) from week 10")
    assert next((c.kind, c.hours, c.from_week) for c in en) == ("add_project", 15.0, 10)
    coze = _kinds("加一个作品集项目：用扣子做一个车队油耗和排班的周报助手，大概20小时")
    assert [(c.kind, c.hours, c.project_topic) for c in coze] == [
        ("add_project", 20.0, "用扣子做一个车队油耗和排班的周报助手")
    ]  # no "operations" field and no skill hours read from the project's 20 hours


def test_a_topic_is_the_mentors_words_and_a_bare_field_stays_a_field() -> None:
    (c,) = _kinds("make the project a lapse or claims model served and monitored in production")
    assert (c.kind, c.project_topic) == (
        "project_topic",
        "lapse or claims model served and monitored in production",
    )
    (z,) = _kinds("项目改成加速机器学习势函数的推理")
    assert (z.kind, z.project_topic) == ("project_topic", "加速机器学习势函数的推理")
    assert [c.kind for c in _kinds("项目换成金融方向的")] == ["project_field"]
    assert [c.kind for c in _kinds("swap the project for one on healthcare data")] == [
        "project_field"
    ]


def test_the_corpus_of_project_asks_is_half_chinese_and_read() -> None:
    rows = load_corpus([CORPUS])
    zh = [r for r in rows if any("\u4e00" <= ch <= "\u9fff" for ch in str(r["text"]))]
    assert len(rows) >= 20 and len(zh) >= len(rows) // 2
    assert score_corpus(rows, KB).accuracy >= 0.95


def _fleet(hours: int, weeks: int) -> Profile:
    return Profile(
        current_role="fleet manager",
        years_experience=10,
        target_role="ai_augmented_professional",
        hours_per_week=hours,
        horizon_weeks=weeks,
        language="zh",
    )


def _plan(person: Profile, text: str) -> tuple[Plan, list[Constraint]]:
    cons = parse_constraints(text, KB)
    research = research_role(KB, person, person.target_role or "")
    return build_plan(person, research, KB, start_date=START, constraints=cons), cons


def test_a_project_is_added_to_a_plan_without_one() -> None:
    person = _fleet(4, 14)
    bare, _ = _plan(person, "")
    assert bare.portfolio_projects == []  # "no time for a project": the case the mentor fixes
    text = "加一个作品集项目：用扣子做一个车队油耗和排班的周报助手，大概20小时"
    plan, cons = _plan(person, text)
    (project,) = plan.portfolio_projects
    assert project.title == "用扣子做一个车队油耗和排班的周报助手"
    assert "车队油耗和排班的周报助手" in project.description
    before = {i.skill_id for i in plan.items() if i.week_start < project.week_start}
    known = {s.skill_id for s in person.skills}
    assert set(project.skill_ids) <= before | known | {"domain_expertise", "structured_thinking"}
    assert check_constraint_kinds(plan, KB, cons, person) == []
    review = check_constraint_kinds(bare, KB, cons, person)
    assert any("作品集项目" in f.message for f in review if f.severity == "error")


def test_a_topic_renames_the_project_and_keeps_its_skills_and_weeks() -> None:
    person = Profile(
        current_role="actuary",
        years_experience=8,
        target_role="mlops_engineer",
        hours_per_week=12,
        horizon_weeks=52,
        language="en",
    )
    before, _ = _plan(person, "")
    text = "make the project a lapse or claims model served and monitored in production"
    plan, cons = _plan(person, text)
    (old,), (new,) = before.portfolio_projects, plan.portfolio_projects
    assert new.title == "Lapse or claims model served and monitored in production"
    assert (new.skill_ids, new.week_start, new.week_end) == (
        old.skill_ids,
        old.week_start,
        old.week_end,
    )
    assert check_constraint_kinds(plan, KB, cons, person) == []
    assert any(f.severity == "error" for f in check_constraint_kinds(before, KB, cons, person))


def test_a_field_request_stands_when_the_project_is_the_mentors_own_topic() -> None:
    person = Profile(
        current_role="hospital pharmacist",
        years_experience=9,
        target_role="ai_augmented_professional",
        hours_per_week=5,
        horizon_weeks=26,
        language="en",
    )
    text = (
        "Make the project about healthcare. Make the project a tool that drafts "
        "medication-reconciliation notes for the pharmacist to verify."
    )
    plan, cons = _plan(person, text)
    assert {c.kind for c in cons} >= {"project_field", "project_topic"}
    assert plan.portfolio_projects
    assert check_constraint_kinds(plan, KB, cons, person) == []

"""Rendering, round 3: CNY said plainly where no source gives it, progress checks on one line,
the JSON carries what the Markdown shows in readable form, and the portfolio project is about the
person's own field (the domain rule, seen through the real planner)."""

from __future__ import annotations

import json
import re

from coach.engine.checks import review_plan
from coach.render import plan_json, plan_markdown
from coach.render.pay import pay_lines
from tests.unit.plan_helpers import KB, plan_for


def test_a_chinese_plan_without_a_pay_band_says_the_sources_give_none() -> None:
    plan, _ = plan_for(
        "我是小学语文老师，教了10年书，不会编程。", "ai_augmented_professional", 5, "zh"
    )
    assert not plan.salary_bands
    lines = pay_lines(plan, KB, "CN")
    assert len(lines) <= 3
    assert any("没有给出" in x for x in lines), lines
    assert not any(re.search(r"[A-Za-z]{4,}", x) for x in lines), lines


def test_no_cny_claim_is_true_of_the_knowledge_base() -> None:
    bands = [b for r in KB.roles.values() for b in r.salary_bands]
    assert bands and not any(b.currency == "CNY" for b in bands)


def test_progress_checks_share_one_line() -> None:
    plan, profile = plan_for(
        "I've been a Java backend developer for 6 years.", "ai_application_engineer", 10, "en"
    )
    md = plan_markdown(plan, review_plan(plan, profile, KB), "awaiting_mentor", kb=KB)
    assert "Progress check on" not in md
    checks = [ln for ln in md.splitlines() if ln.startswith("- Progress checks in weeks")]
    assert len(checks) <= 1


def test_the_json_carries_pay_lines_names_and_resource_titles() -> None:
    plan, _ = plan_for(
        "我做了5年安卓开发，用Kotlin，会一点Python。", "ai_application_engineer", 10, "zh"
    )
    doc = json.loads(plan_json(plan, None, "awaiting_mentor", kb=KB, region="CN"))
    readable = doc["readable"]
    assert readable["pay_lines"] == pay_lines(plan, KB, "CN")
    assert set(readable["skill_names"]) >= {i.skill_id for i in plan.items()}
    assert all(re.search(r"[\u4e00-\u9fff]", r["title"]) for r in readable["resources"].values())
    assert len(readable["items"]) == len(list(plan.items()))
    assert all(s["title"] for s in readable["sources"].values())


def test_a_biologist_gets_a_biology_project_and_a_chemist_a_chemistry_one() -> None:
    bio, _ = plan_for(
        "Molecular biologist, 6 years of CRISPR screens in a wet lab, postdoc, R and Python.",
        "ai_for_science_engineer",
        10,
        "en",
    )
    chem, _ = plan_for(
        "Computational chemist, PhD and postdoc, 5 years of DFT on catalysts in Python.",
        "ai_for_science_engineer",
        10,
        "en",
    )
    bio_text = " ".join(p.title + p.description for p in bio.portfolio_projects)
    chem_text = " ".join(p.title + p.description for p in chem.portfolio_projects)
    assert "DFT" not in bio_text, bio_text
    assert "DFT" in chem_text, chem_text


def test_a_lawyer_who_does_not_code_gets_a_legal_project() -> None:
    plan, _ = plan_for(
        "I'm a paralegal, 5 years reviewing contracts at a law firm; I have never coded.",
        "ai_augmented_professional",
        5,
        "en",
        40,
    )
    text = " ".join(p.title + p.description for p in plan.portfolio_projects).lower()
    assert "contract" in text, text


def test_a_reason_or_finding_shared_by_many_skills_is_said_once() -> None:
    from coach.render.grouping import deferred_lines, grouped_findings
    from coach.schemas import Deferral, Finding

    plan, _ = plan_for("data analyst, 3 years, SQL", "ai_infra_engineer", 40, "en", 9)
    lines = deferred_lines(plan, KB)
    assert len(lines) == len(set(lines))
    assert len(lines) < len(plan.deferred)  # grouped
    msg = "{s} is deferred or cut short while the less important C++ is scheduled: the core must come first."
    findings = [
        Finding(check="core_first", severity="error", message=msg.format(s=s), ref=s)
        for s in ("CUDA", "Linux")
    ]
    out = grouped_findings("en", findings)
    assert out == [
        "- Error: CUDA, Linux are deferred or cut short while the less important C++ is "
        "scheduled: the core must come first."
    ]
    zh = plan.model_copy(
        update={
            "language": "zh",
            "deferred": [
                Deferral(
                    skill_id="cuda",
                    reason="转型之后再学：优先级较低，约 30 小时。",
                    kind="after_switch",
                ),
                Deferral(
                    skill_id="linux",
                    reason="转型之后再学：优先级较低，约 20 小时。",
                    kind="after_switch",
                ),
            ],
        }
    )
    assert deferred_lines(zh, KB) == [
        "- CUDA 编程（约 30 小时）、Linux 系统（约 20 小时）：转型之后再学（优先级较低）"
    ]


def test_a_physics_teacher_gets_a_teaching_project_not_a_science_one() -> None:
    plan, _ = plan_for(
        "我是中学物理老师，教了12年书，不会编程。", "ai_augmented_professional", 6, "zh"
    )
    text = " ".join(p.title + p.description for p in plan.portfolio_projects)
    assert "教" in text or "课" in text, text
    assert "文献" not in text, text


def test_a_dba_who_also_runs_ops_gets_a_database_project() -> None:
    plan, _ = plan_for(
        "我是做Oracle和MySQL数据库运维的DBA，干了8年，平时写SQL和shell脚本。",
        "ai_application_engineer",
        10,
        "zh",
    )
    text = " ".join(p.title + p.description for p in plan.portfolio_projects)
    assert "库" in text or "SQL" in text, text


def test_hr_and_research_are_read_as_words_not_letters_inside_words() -> None:
    from coach.engine.fields import fields_in

    def ids(text: str) -> set[str]:
        return {f.id for f in fields_in(text)}

    assert "hr" not in ids("Civil engineer, 8 years, through three bridge projects")
    assert "hr" in ids("我在上海做招聘HR五年了") and "hr" in ids("HR business partner")
    assert "research" not in ids("retail data analyst doing market research")
    assert "research" not in ids("UX designer, user research and prototypes")
    assert "research" in ids("postdoc researcher in structural biology")


def test_a_china_plan_never_shows_a_dollar_range_as_the_range_for_china() -> None:
    plan, _ = plan_for(
        "我做了5年安卓开发，用Kotlin，会一点Python。", "ai_application_engineer", 10, "zh"
    )
    lines = pay_lines(plan, KB, "CN")
    assert not any(re.search(r"\d+ 万", x) for x in lines), lines  # no dollar figure for China
    assert any(x.startswith("资料中没有中国的薪资数字") for x in lines), lines

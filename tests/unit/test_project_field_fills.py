"""A portfolio project is about the person's own field (COACHING B4): fields that share words
with another (an architect's 建筑设计 vs UX design, an actuary vs an accountant, an SAP
consultant vs sales, a head of school vs a teacher, a fleet manager vs generic operations) each
get inputs, outputs and data of their own work."""

from __future__ import annotations

import pytest

from coach.engine.fields import fields_in
from coach.engine.planner.projects import choose_project
from coach.knowledge.loader import load_kb
from coach.knowledge.projects import project_templates

KB = load_kb()


def project(words: str, role_id: str, lang: str = "en") -> str:
    role = KB.roles[role_id]
    templates = project_templates(words)
    fields = [f.id for f in fields_in(words)]
    every = sorted({s for t in templates for s in t.skills} | set(KB.skills))
    choice = choose_project(role, templates, fields, every, set(), KB)
    assert choice is not None
    return choice.title.get(lang) + " " + choice.description.get(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("words", "role_id", "lang", "wanted", "not_wanted"),
    [
        (
            "室内设计师，做了8年，天天用SketchUp和3ds Max出方案",
            "ai_application_engineer",
            "zh",
            "建筑设计规范",
            "用户研究",
        ),
        (
            "Landscape architect at a small practice, Rhino and Grasshopper daily",
            "agent_engineer",
            "en",
            "design brief",
            "user research",
        ),
        ("在寿险公司做精算，主要做准备金评估和定价", "mlops_engineer", "zh", "死亡率", "凭证"),
        (
            "Pricing actuary, GLMs in R, mortality studies",
            "mlops_engineer",
            "en",
            "mortality",
            "ledger",
        ),
        (
            "SAP MM/SD 实施顾问，做过六个 S/4HANA 项目",
            "forward_deployed_engineer",
            "zh",
            "SAP",
            "客户邮件",
        ),
        (
            "Oracle EBS and NetSuite ERP consultant for manufacturing clients",
            "agent_engineer",
            "en",
            "purchase orders",
            "customer emails",
        ),
        ("我是一所小学的副校长，分管教学和德育", "ai_augmented_professional", "zh", "排课", "测验"),
        (
            "Headteacher of a primary school for six years",
            "ai_augmented_professional",
            "en",
            "timetable",
            "quiz",
        ),
        (
            "物流公司车队调度主管，管着60台货车和司机",
            "ai_augmented_professional",
            "zh",
            "油卡",
            "订单、工单",
        ),
        (
            "I run dispatch for a regional trucking company, 45 lorries",
            "agent_engineer",
            "en",
            "fuel-card",
            "tickets",
        ),
    ],
)
def test_the_project_is_about_the_persons_own_field(
    words: str, role_id: str, lang: str, wanted: str, not_wanted: str
) -> None:
    text = project(words, role_id, lang)
    assert wanted in text, text
    assert not_wanted not in text, text


def test_a_ux_designer_and_a_teacher_keep_their_own_projects() -> None:
    assert "user research" in project(
        "Senior UX designer at a fintech app", "ai_application_engineer"
    )
    assert "测验" in project("初中语文老师，教了十年书", "ai_augmented_professional", "zh")
    assert "ledger" in project("Accountant, month-end close and invoices", "mlops_engineer")


def _plan_project(text: str, target: str, lang: str) -> str:
    from datetime import date

    from coach.engine.planner import build_plan
    from coach.engine.research import research_role
    from coach.engine.understand import extract_profile
    from coach.knowledge.lexicon import get_lexicon

    p = extract_profile(text, None, get_lexicon(KB), KB)
    p = p.model_copy(update={"target_role": target, "hours_per_week": 6, "horizon_weeks": 30})
    plan = build_plan(p, research_role(KB, p, target), KB, start_date=date(2026, 1, 5))
    assert plan.portfolio_projects, plan
    project = plan.portfolio_projects[0]
    return f"{project.title} {project.description}"


@pytest.mark.parametrize(
    ("text", "target", "lang", "own"),
    [
        ("我是一名养蜂人，自己经营蜂场十二年。", "ai_augmented_professional", "zh", "养蜂人"),
        (
            "I'm a sommelier at a wine bar, for nine years.",
            "ai_augmented_professional",
            "en",
            "sommelier",
        ),
    ],
)
def test_a_field_the_table_does_not_know_gets_a_project_in_the_persons_words(
    text: str, target: str, lang: str, own: str
) -> None:
    assert own in _plan_project(text, target, lang)

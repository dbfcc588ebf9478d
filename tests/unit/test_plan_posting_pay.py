"""The plan's pay line uses the targeted posting's own figure over the sources' band, and
says so (en and zh)."""

from __future__ import annotations

from coach.engine.pay import MAX_PAY_LINES, pay_lines
from coach.engine.posting_pay import read_pay
from coach.knowledge.loader import load_kb
from coach.schemas import Plan


def _plan(lang: str, pay: str) -> Plan:
    plan = Plan.model_validate(
        {
            "target": "ai_application_engineer",
            "target_name": "AI application engineer",
            "language": lang,
            "start_date": "2026-12-07",
            "hours_per_week": 8,
            "horizon_weeks": 26,
            "total_hours": 208,
        }
    )
    return plan.model_copy(update={"posting_pay": read_pay(pay)})


def test_the_postings_pay_comes_first_and_says_it_counts() -> None:
    kb = load_kb()
    zh = pay_lines(_plan("zh", "薪资：30-50K·15薪"), kb)
    assert zh[0].startswith("这个职位写明的薪资：30-50K·15薪（约合每年 45 万–75 万 CNY）")
    assert "为准" in zh[0] and len(zh) <= MAX_PAY_LINES
    en = pay_lines(_plan("en", "Salary range: $180k–$220k base"), kb)
    assert "$180k–$220k" in en[0] and "counts over" in en[0]


def test_a_plan_without_a_posting_serialises_as_before() -> None:
    plan = _plan("en", "no figure here")
    assert plan.posting_pay is None and "posting_pay" not in plan.model_dump()

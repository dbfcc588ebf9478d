"""People whose work is with people (a bank teller, a paralegal, a logistics coordinator, an
SAP consultant) already communicate: the plan does not teach them communication from basic."""

from __future__ import annotations

import pytest

from tests.unit.plan_helpers import plan_for


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我是银行柜员，干了6年，不会编程", "zh"),
        ("Paralegal at a law firm for 7 years, I draft contracts and do discovery.", "en"),
        ("Logistics coordinator, 5 years, I schedule carriers and handle delivery issues.", "en"),
        ("SAP FI/CO consultant, 10 years of client projects", "en"),
    ],
)
def test_their_communication_is_working_level_and_not_taught(text: str, lang: str) -> None:
    plan, _ = plan_for(text, "ai_augmented_professional", 5, lang)
    taught = [i for i in plan.items() if i.skill_id == "communication"]
    assert all(i.level_from >= 2 for i in taught), [(i.title, i.level_from) for i in taught]
    assert not any(i.hours >= 20 for i in taught)

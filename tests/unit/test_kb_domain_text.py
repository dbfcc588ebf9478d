"""The domain templates filled for every field read as plain English: no "drafts a draft shift
plan", no "drafts reply drafts" (an output named as a draft inside a sentence that drafts it)."""

from __future__ import annotations

import re

from coach.knowledge.projects import domain_fills, fill_template, written_templates

_TWICE = re.compile(r"\bdrafts?\b(?:\W+\w+){0,6}?\W+drafts?\b", re.IGNORECASE)


def test_no_filled_template_says_draft_twice() -> None:
    filled = [
        f
        for tpl in written_templates()
        if tpl.domain
        for fill in domain_fills()
        if (f := fill_template(tpl, fill)) is not None
    ]
    assert len(filled) > 50
    for f in filled:
        for text in (f.title.en, f.description.en):
            assert not _TWICE.search(text), text


def test_a_clinic_owner_gets_a_clinic_project_and_a_ward_nurse_a_ward_one() -> None:
    """A dentist who runs her own clinic named follow-ups and explaining treatment plans; a
    ward's shift handover is a nurse's work, not hers."""
    from tests.unit.plan_helpers import plan_for

    dentist = "我是牙医，自己开了一家小诊所，想用AI做病历、回访、给病人解释治疗方案，不想写代码。"
    plan, _ = plan_for(dentist, "ai_augmented_professional", 5, "zh", 26)
    titles = " ".join(p.title for p in plan.portfolio_projects)
    assert "回访" in titles and "交接" not in titles, titles
    nurse, _ = plan_for("我是医院的护士，干了8年。", "ai_augmented_professional", 5, "zh", 26)
    assert any("交接" in p.title for p in nurse.portfolio_projects), nurse.portfolio_projects

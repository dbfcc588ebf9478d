"""Level and pay are about the person (their years in the target field, their region and its
currency, a named source), every source is named by title, and the Markdown shows what the
person brings and which goals to adjust, each said once."""

from __future__ import annotations

import re
from datetime import date

import pytest

from coach.engine.checks import review_plan
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import Lexicon, get_lexicon
from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.render import plan_markdown
from coach.render.pay import pay_lines
from coach.schemas import Plan, Profile, Review
from tests.unit.conftest_kb import fixture_kb

KB = load_kb()
START = date(2026, 1, 5)
FILE_ID = re.compile(r"\d{3}_[0-9a-f]{16}\.txt|\[\d{3}\]")


def _plan(
    text: str, role: str, hours: float, lang: str, weeks: int = 52, kb: KnowledgeBase = KB
) -> tuple[Plan, Review, Profile]:
    lex = get_lexicon(kb) if kb is KB else Lexicon.from_kb(kb)
    p = extract_profile(text, None, lex, kb)
    p = p.model_copy(
        update={
            "hours_per_week": hours,
            "horizon_weeks": weeks,
            "target_role": role,
            "language": lang,
        }
    )
    plan = build_plan(p, research_role(kb, p, role), kb, start_date=START)
    return plan, review_plan(plan, p, kb), p


def _pay(md: str, lang: str) -> str:
    head = "## 职级与薪资\n" if lang == "zh" else "## Level and pay\n"
    return md.split(head, 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize(
    ("text", "role", "lang", "level", "not_level"),
    [
        ("我是中学语文老师，教了10年书，在上海。", "ai_application_engineer", "zh", "初级", "资深"),
        ("I've taught high school for 25 years.", "agent_engineer", "en", "Junior", "Principal"),
        ("我做了7年运维，熟悉Linux和Kubernetes。", "mlops_engineer", "zh", "中级", "初级"),
        ("SRE for 7 years: Kubernetes, Linux, Terraform.", "mlops_engineer", "en", "Mid", "Junior"),
    ],
)
def test_the_level_comes_from_years_in_the_target_field(
    text: str, role: str, lang: str, level: str, not_level: str
) -> None:
    plan, review, profile = _plan(text, role, 10, lang)
    pay = _pay(plan_markdown(plan, review, "awaiting_mentor", kb=KB, region=profile.region), lang)
    first = pay.splitlines()[0]
    assert level in first and not_level not in first
    assert plan.pay_level is not None and plan.pay_level.relevant_years is not None


def test_pay_names_its_source_and_shows_a_band_only_where_it_applies() -> None:
    plan, _, _ = _plan("Java backend developer for 6 years.", "ai_application_engineer", 10, "en")
    lines = pay_lines(plan, KB, "US")
    band = next(ln for ln in lines if "USD" in ln)
    assert "range" in band.lower() and KB.sources[plan.salary_bands[0].source_id].title.en in band
    assert "region not stated by the source" in band and "assumed" not in band
    # a region only guessed from the language written in: the range for their level meanwhile,
    # said to be for no stated country, and where they work is asked (lead L8-12)
    guessed = pay_lines(plan, KB)
    shown = next(ln for ln in guessed if "USD a year" in ln)
    assert "region not stated by the source" in shown and "don't know where you work" in shown


@pytest.mark.parametrize(
    ("region", "name"),
    [
        ("CA", "Canada"),
        ("DE", "Germany"),
        ("IN", "India"),
        ("UK", "the United Kingdom"),
        ("EU", "the EU"),
        ("XX", "XX"),
    ],
)
def test_a_region_no_source_covers_gets_no_dollar_range_and_is_said_plainly(
    region: str, name: str
) -> None:
    plan, _, _ = _plan("Java backend developer for 6 years.", "ai_application_engineer", 10, "en")
    lines = pay_lines(plan, KB, region)
    assert len(lines) <= 3
    assert not any(re.search(r"\d{2,3},\d{3}", ln) for ln in lines), lines  # no figure shown
    assert any(f"no pay figure for {name}" in ln for ln in lines), lines


def test_a_chinese_user_gets_no_dollar_range_as_the_range_for_china() -> None:
    zh, _, _ = _plan("我做了6年Java后端开发。", "ai_application_engineer", 10, "zh")
    lines = pay_lines(zh, KB)  # region from the language: said so
    assert not any(re.search(r"\d+ 万", ln) for ln in lines), lines
    assert any("资料中没有中国" in ln and "按对话语言推定" in ln for ln in lines), lines
    stated = pay_lines(zh, KB, "CN")
    assert any("资料中没有中国的薪资数字" in ln for ln in stated), stated
    assert not any(re.search(r"[A-Za-z]{4,}", ln) for ln in stated[1:]), stated


def test_a_chinese_band_is_shown_in_wan_yuan_with_no_missing_currency_note() -> None:
    kb = fixture_kb()
    plan, _, _ = _plan("我在北京做了3年AI应用工程师。", "ai_application_engineer", 10, "zh", kb=kb)
    lines = pay_lines(plan, kb, "CN")
    band = next(ln for ln in lines if "元/年" in ln)
    assert re.search(r"\d+ 万–\d+ 万元/年", band) and "美元" not in band
    assert "没有给出" not in band


@pytest.mark.parametrize(
    ("text", "role", "lang"),
    [
        ("我是中学语文老师，教了10年书。", "ai_application_engineer", "zh"),
        ("I'm a nurse, 12 years in a hospital; I never coded.", "ai_augmented_professional", "en"),
        ("我是C++工程师，做了6年，在深圳。", "ai_infra_engineer", "zh"),
    ],
)
def test_no_source_is_shown_as_a_file_id(text: str, role: str, lang: str) -> None:
    plan, review, profile = _plan(text, role, 8, lang)
    md = plan_markdown(plan, review, "awaiting_mentor", kb=KB, region=profile.region)
    assert not FILE_ID.search(md), FILE_ID.search(md)


def test_strengths_are_shown_with_the_persons_words() -> None:
    plan, review, profile = _plan(
        "SRE for 7 years: Kubernetes, Linux, Terraform.", "mlops_engineer", 8, "en"
    )
    assert plan.strengths
    md = plan_markdown(plan, review, "awaiting_mentor", kb=KB, region=profile.region)
    section = md.split("## What you already bring\n", 1)[1].split("\n## ", 1)[0]
    for strength in plan.strengths:  # each named once, lines grouped by the person's words
        assert section.count(KB.skills[strength.skill_id].name.en + " (") == 1
    assert len(section.splitlines()) <= len(plan.strengths)
    assert "Kubernetes" in section
    assert "Skills you already have are not relearned" not in md  # said once, above


def test_each_ambition_is_said_once_with_its_alternative() -> None:
    plan, review, profile = _plan(
        "零基础，想三个月进大厂做大模型，每周70小时。",
        "ai_application_engineer",
        70,
        "zh",
        weeks=13,
    )
    assert plan.ambitions
    md = plan_markdown(plan, review, "awaiting_mentor", kb=KB, region=profile.region)
    assert "## 需要调整的期望" in md
    for a in plan.ambitions:
        assert md.count(a.message) == 1 and a.alternative in md


def test_a_remote_job_seeker_sees_the_band_with_its_region_unstated() -> None:
    plan, _, _ = _plan("Java backend developer for 6 years.", "ai_application_engineer", 10, "en")
    for region in ("remote", "REMOTE"):
        band = next(ln for ln in pay_lines(plan, KB, region) if "USD" in ln)
        assert "region not stated by the source" in band

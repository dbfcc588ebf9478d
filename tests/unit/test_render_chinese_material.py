"""Chinese plans list Chinese learning material (the curated list, source ``curated_resources``),
English plans never list material only in Chinese, material is linked to its official address,
and one piece of material shared by several skills is named once."""

from __future__ import annotations

import re

import pytest

from coach.knowledge.integrity import check_integrity
from coach.knowledge.models import Fact, Text
from coach.knowledge.resource_rules import CURATED_SOURCE, check_curated
from coach.render import plan_markdown
from coach.schemas import Plan
from tests.unit.plan_helpers import KB, plan_for

PEOPLE = [
    ("我是高中数学老师，教了12年书，会一点Python。", "ai_application_engineer", 10, "zh"),
    ("我在杭州做Java后端开发，5年，Spring Boot、MySQL都熟。", "agent_engineer", 12, "zh"),
    ("本科计算机，做了3年运维，熟悉Linux、Docker、K8s。", "mlops_engineer", 15, "zh"),
    ("我是医院的护士，干了8年，不想写代码。", "ai_augmented_professional", 5, "zh"),
    ("我是计算化学博士后，天天用Python跑DFT。", "ai_for_science_engineer", 8, "zh"),
    ("High-school teacher for 12 years, a little Python.", "ai_application_engineer", 10, "en"),
    ("Nurse for 10 years on a surgical ward, no coding.", "ai_augmented_professional", 4, "en"),
    ("Go developer for 8 years, microservices.", "agent_engineer", 10, "en"),
]
_LINK = re.compile(r"\[([^\]]+)\]\((https://[^)\s]+)\)")


def _md(plan: Plan) -> str:
    return plan_markdown(plan, None, "awaiting_mentor", kb=KB)


@pytest.mark.parametrize(("text", "role", "hours", "lang"), PEOPLE)
def test_an_item_lists_material_in_the_plans_language_first(
    text: str, role: str, hours: int, lang: str
) -> None:
    """Where the knowledge base has material for a skill in the plan's language (or in both),
    the item's first resource is in it; an English plan lists no Chinese-only material."""
    plan, _ = plan_for(text, role, hours, lang)
    for item in plan.items():
        if not item.resource_ids:
            continue
        first = KB.resources[item.resource_ids[0]]
        langs = {KB.resources[r].language for r in item.resource_ids}
        if lang == "en":
            assert "zh" not in langs, (item.skill_id, item.resource_ids)
            continue
        native = [
            r
            for r in KB.learning_resources(item.skill_id)
            if r.language in ("zh", "mixed") and r.id in item.resource_ids
        ]
        if native:
            assert first.language in ("zh", "mixed"), (item.skill_id, item.resource_ids)


@pytest.mark.parametrize(("text", "role", "hours", "lang"), [p for p in PEOPLE if p[3] == "zh"])
def test_a_chinese_plan_names_chinese_material(text: str, role: str, hours: int, lang: str) -> None:
    """Most items of a Chinese plan that name material name Chinese (or bilingual) material."""
    plan, _ = plan_for(text, role, hours, lang)
    firsts = [KB.resources[i.resource_ids[0]] for i in plan.items() if i.resource_ids]
    assert firsts
    native = [r for r in firsts if r.language in ("zh", "mixed")]
    assert len(native) * 3 >= len(firsts) * 2, [r.id for r in firsts]


def test_material_with_an_address_is_a_link_and_named_once_across_skills() -> None:
    plan, _ = plan_for(*PEOPLE[0])
    md = _md(plan)
    links = _LINK.findall(md)
    assert links, md
    for title, url in links:
        assert any(r.url == url and r.title_in("zh") == title for r in KB.resources.values())
    item_lines = [ln for ln in md.splitlines() if ln.startswith("- 第") and " · **" in ln]
    named = [m.group(0) for ln in item_lines for m in _LINK.finditer(ln)]
    assert len(named) == len(set(named)), named  # one tutorial for embeddings, RAG... once
    assert any("资料同第" in ln for ln in item_lines) or len(named) == len(item_lines)


def test_the_plan_json_keeps_each_resources_address() -> None:
    from coach.render.as_json import readable

    plan, _ = plan_for(*PEOPLE[0])
    resources = readable(plan, KB)["resources"]
    assert any(v["url"] for v in resources.values())
    for rid, v in resources.items():
        assert v["url"] == KB.resources[rid].url


def test_curated_material_is_learning_material_with_https_addresses() -> None:
    curated = [r for r in KB.resources.values() if r.source_id == CURATED_SOURCE]
    assert len(curated) >= 20
    assert sum(r.language == "zh" for r in curated) >= 15
    for r in curated:
        assert r.is_learning_material, r.id
        assert r.url is None or r.url.startswith("https://"), r.id
        assert r.kind == "book" or r.url, f"{r.id}: online material names its address"
    assert check_integrity(KB) == []


def test_the_curated_list_backs_no_fact_and_links_must_be_https() -> None:
    fact = Fact(
        id="made_up",
        topic="pay",
        text=Text(en="x", zh="某"),
        source_id=CURATED_SOURCE,
    )
    res = KB.resources["runoob_python"].model_copy(update={"url": "http://www.runoob.com/"})
    bad = KB.model_copy(
        update={
            "facts": {**KB.facts, "made_up": fact},
            "resources": {**KB.resources, "runoob_python": res},
        }
    )
    problems = check_curated(bad)
    assert any("facts[made_up]" in p for p in problems)
    assert any("resources[runoob_python]" in p and "https" in p for p in problems)


@pytest.mark.parametrize(
    ("lang", "want"), [("en", "(5 h from week 4)"), ("zh", "（第 4 周起 5 小时）")]
)
def test_the_header_names_new_hours_from_the_first_week_planned_at_them(
    lang: str, want: str
) -> None:
    """ "5 hours a week from 1 January" read as from week 3, whose days before the date keep
    the old hours: the header says the new hours from week 4, the first week planned at them
    (it said nothing, so a re-planned header read "10 h a week" only)."""
    from coach.schemas import ConstraintRecord

    plan, _ = plan_for(PEOPLE[5][0], "ai_application_engineer", 10, lang)
    weeks = [10.0, 10.0, 10.0] + [5.0] * (plan.horizon_weeks - 3)
    rec = ConstraintRecord(kind="hours_from", value=5.0, from_week=3, text="5 h from 2027-01-01")
    plan = plan.model_copy(update={"weekly_hours": weeks, "constraint_records": [rec]})
    header = _md(plan).splitlines()[2]
    assert want in header, header


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_diff_says_a_users_request_once_and_a_deferral_as_a_sentence(lang: str) -> None:
    """ "New constraint: At your request: At most 5 h" and "now deferred: Waits until..." read
    as one label glued to another; the diff names the user's request once and the reason as
    its own sentence."""
    from coach.i18n import t
    from coach.render.diff import plan_changes

    old, _ = plan_for(PEOPLE[5][0], "ai_application_engineer", 10, lang)
    new, _ = plan_for(PEOPLE[5][0], "ai_application_engineer", 3, lang)
    asked = t(lang, "coach.constraint.user_prefix") + "5 h"
    new = new.model_copy(update={"constraints": [asked]})
    lines = plan_changes(old, new, KB)
    assert t(lang, "render.diff.user_request", text="5 h") in lines, lines
    assert not any(x.count(t(lang, "coach.constraint.user_prefix").strip()) > 0 for x in lines)
    deferred = [x for x in lines if x.startswith("- ")]
    assert deferred, lines
    for x in deferred:
        assert ("): deferred now. " if lang == "en" else "）：改为暂缓。") in x, x


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_programming_language_has_material_in_each_language(lang: str) -> None:
    """A Java, Go, C++ or Rust item names material (an English plan: English or bilingual; a
    Chinese one: Chinese or bilingual first), never an empty line."""
    wanted = {"en", "mixed"} if lang == "en" else {"zh", "mixed"}
    langs = ["python", "java", "javascript", "typescript", "react", "golang", "rust", "kotlin"]
    for skill_id in [*langs, "cpp", "c_lang", "linux", "git", "sql", "docker"]:
        found = [r for r in KB.learning_resources(skill_id) if r.language in wanted]
        assert found, (skill_id, lang)

"""Round 8: items are pointed at real learning material, in the reader's language where it
exists; a seed document's section (an hour or two of reading) is never an item's material."""

from __future__ import annotations

import pytest

from coach.engine.planner.assemble import pick_resources
from coach.knowledge.loader import load_kb

KB = load_kb()
LONG = [s for s in KB.skills.values() if (s.hours.get(2) or 0) >= 20]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("coder", [True, False])
def test_a_long_item_never_starts_with_a_section_of_a_document(lang: str, coder: bool) -> None:
    for skill in LONG:
        ids = pick_resources(skill, KB, lang, [], coder)  # type: ignore[arg-type]
        if ids:
            first = KB.resources[ids[0]]
            assert not first.excerpt, (skill.id, first.id)
            assert first.hours >= 5, (skill.id, first.id, first.hours)


def test_excerpts_are_marked_and_only_follow_full_material() -> None:
    excerpts = [r for r in KB.resources.values() if r.excerpt]
    assert excerpts, "the seed documents' sections are marked as excerpts"
    for skill in KB.skills.values():
        found = KB.learning_resources(skill.id, "zh")
        flags = [r.excerpt for r in found]
        assert flags == sorted(flags), skill.id  # every excerpt after every full resource


@pytest.mark.parametrize(
    "skill_id",
    [
        "agents",
        "evaluation",
        "multi_agent_systems",
        "stateful_agent_workflows",
        "advanced_rag",
        "inference_optimization",
        "model_compression",
        "llmops",
    ],
)
def test_a_chinese_coder_gets_chinese_material_for_the_llm_engineering_core(skill_id: str) -> None:
    ids = pick_resources(KB.skills[skill_id], KB, "zh", [], True)
    assert ids and KB.resources[ids[0]].language in ("zh", "mixed"), (skill_id, ids)


def test_an_english_plan_never_lists_chinese_only_material() -> None:
    for skill in KB.skills.values():
        for coder in (True, False):
            for rid in pick_resources(skill, KB, "en", [], coder):
                assert KB.resources[rid].language != "zh", (skill.id, rid)


# --------------------------------------------------------------------------- capped items
def _capped(request: str, lang: str) -> str:
    from coach.engine.constraints.parse import parse_constraints
    from coach.engine.planner import build_plan
    from coach.engine.research import research_role
    from coach.render import plan_markdown
    from tests.unit.plan_helpers import START, plan_for

    text = "我做了8年会计，不会写代码" if lang == "zh" else "I have been an accountant for 8 years"
    _, profile = plan_for(text, "ai_augmented_professional", 8, lang)
    cons = parse_constraints(request, KB)
    research = research_role(KB, profile, "ai_augmented_professional")
    plan = build_plan(profile, research, KB, start_date=START, constraints=cons, said=[text])
    return plan_markdown(plan, None, "awaiting_mentor", kb=KB)


@pytest.mark.parametrize(
    ("request_text", "lang", "said", "not_said"),
    [
        (
            "提示词工程最多10小时",
            "zh",
            "学到入门水平，再朝熟练水平推进一部分（限定 10 小时内）",
            "提示词工程：学到熟练水平",
        ),
        (
            "prompt engineering at most 10 hours",
            "en",
            "to basic level, then part of the way to working (within the 10 h limit)",
            "Prompt engineering: learn to working level",
        ),
        (
            "提示词工程最多4小时",
            "zh",
            "推进一部分（限定 4 小时内）",
            "提示词工程：学到熟练水平",
        ),
    ],
)
def test_a_capped_item_says_what_its_hours_buy(
    request_text: str, lang: str, said: str, not_said: str
) -> None:
    md = _capped(request_text, lang)
    assert said in md
    assert not_said not in md


def test_a_cap_that_leaves_enough_hours_keeps_the_level() -> None:
    md = _capped("提示词工程最多40小时", "zh")
    assert "限定" not in md.split("## 约束条件")[0]


# --------------------------------------------------------------------------- mentor queue
def test_the_queue_in_chinese_names_the_role_and_the_verdict_in_chinese() -> None:
    from types import SimpleNamespace

    from coach.render.queue import queue_cells

    info = SimpleNamespace(
        user_id="li",
        target="ai_augmented_professional",
        verdict="pass",
        plan_version=2,
        not_applied=[],
        updated_at="2026-12-02T19:05:31.123+00:00",
    )
    user, target, verdict, plan, _, since = queue_cells(info, "zh", KB)
    assert (user, plan, since) == ("li", "v2", "2026-12-02 19:05")
    assert target == KB.roles["ai_augmented_professional"].name.zh
    assert verdict == "通过"
    _, target_en, verdict_en, *_ = queue_cells(info, "en", KB)
    assert (target_en, verdict_en) == (KB.roles["ai_augmented_professional"].name.en, "pass")


def test_a_target_the_knowledge_base_does_not_know_is_shown_as_given() -> None:
    from coach.render.queue import role_label

    assert role_label(KB, "Cluster operations technician", "zh") == "Cluster operations technician"
    assert role_label(KB, None, "zh") == ""


def test_two_or_three_progress_checks_are_listed_by_week() -> None:
    from coach.render.milestones import _progress_line

    zh = _progress_line("zh", ".no_code", [46, 11, 36])
    assert zh.startswith("第 11、36、46 周做进度检查"), zh
    en = _progress_line("en", "", [5, 14])
    assert en.startswith("Progress checks in weeks 5, 14:"), en
    many = _progress_line("en", "", [5, 14, 23, 32, 41])
    assert "about every 9 weeks, weeks 5-41" in many


def test_the_capped_title_is_the_plans_own_for_every_reader() -> None:
    from coach.engine.constraints.parse import parse_constraints
    from coach.engine.planner import build_plan
    from coach.engine.research import research_role
    from coach.render.capped import with_capped_titles
    from tests.unit.plan_helpers import START, plan_for

    text = "我做了8年会计，不会写代码"
    _, profile = plan_for(text, "ai_augmented_professional", 8, "zh")
    cons = parse_constraints("提示词工程最多10小时", KB)
    research = research_role(KB, profile, "ai_augmented_professional")
    plan = build_plan(profile, research, KB, start_date=START, constraints=cons, said=[text])
    titled = with_capped_titles(plan, KB)
    titles = [i.title for i in titled.items() if i.skill_id == "prompt_engineering"]
    assert titles == ["提示词工程：学到入门水平，再朝熟练水平推进一部分（限定 10 小时内）"]
    assert with_capped_titles(titled, KB) == titled  # said once, however often applied
    others = [(i.skill_id, i.title) for i in plan.items() if i.skill_id != "prompt_engineering"]
    assert others == [
        (i.skill_id, i.title) for i in titled.items() if i.skill_id != "prompt_engineering"
    ]


# --------------------------------------------------------------------------- reviewer's line
def test_what_the_reviewer_could_not_fix_is_said_once_and_briefly() -> None:
    from coach.engine.checks import AMBITION_CHECK
    from coach.nodes.reviewer import unfixed_line
    from coach.schemas import Finding, Review

    core = "Python 编程被推迟或未学到要求水平，而没那么重要的计算机系统却已安排：核心技能应当优先。"
    other = "Transformer 架构被推迟或未学到要求水平：核心技能应当优先。"
    findings = [
        Finding(check="core_first", severity="error", message=core),
        Finding(check="core_first", severity="error", message=core),  # said twice by a check
        Finding(check="core_first", severity="error", message=other),
        Finding(check=AMBITION_CHECK, severity="error", message="三个月进大厂并不现实。"),
        Finding(check="hours", severity="warning", message="每周很满。"),
    ]
    line = unfixed_line(Review(verdict="revise", findings=findings), "zh")
    assert line.count("Python 编程被推迟") == 1 and "Transformer" not in line
    assert "2 个问题" in line and "大厂" not in line
    one = unfixed_line(Review(verdict="revise", findings=findings[:1]), "en")
    assert one.startswith(" The reviewer could not fix one problem:")
    assert unfixed_line(Review(verdict="pass", findings=findings[3:]), "zh") == ""

"""Rendering, round 5: a readable plan diff (no field names or ids), a split skill's material
named once, progress checks of every shape on one line, interview topics that fit the plan's
track (an edge plan is not asked about datacentre batching), and the length limit."""

from __future__ import annotations

import re

import pytest

from coach.engine.checks import review_plan
from coach.render import plan_markdown, plan_words
from coach.render.diff import plan_changes
from coach.schemas import Profile
from tests.unit.plan_helpers import KB, plan_for

IDS = re.compile(r"\b[a-z]+_[a-z_]+\b|\{|\[")


@pytest.mark.parametrize(
    ("text", "role", "lang", "hours_word"),
    [
        ("Java backend developer for 6 years.", "agent_engineer", "en", "Hours a week: 10 -> 4"),
        (
            "我做了5年数据分析，会SQL和一点Python。",
            "ai_application_engineer",
            "zh",
            "每周小时数：10 -> 4",
        ),
    ],
)
def test_the_diff_reads_as_changes_to_skills_and_hours_in_the_plans_language(
    text: str, role: str, lang: str, hours_word: str
) -> None:
    old, _ = plan_for(text, role, 10, lang)
    new, _ = plan_for(text, role, 4, lang)
    lines = plan_changes(old, new, KB)
    assert hours_word in lines
    assert any(x.startswith(("~ ", "- ", "+ ")) for x in lines), lines
    for line in lines:
        assert not IDS.search(line), line  # no skill ids, no JSON
    if lang == "zh":
        assert not any(re.search(r"\bW\d|\bh\b|weeks", x) for x in lines), lines
    assert plan_changes(old, old, KB) == []


def test_a_split_skill_names_its_material_once_and_points_back_to_it() -> None:
    plan, profile = plan_for(
        "Data scientist, 5 years: pandas, scikit-learn.", "agent_engineer", 10, "en"
    )
    md = plan_markdown(plan, review_plan(plan, profile, KB), "awaiting_mentor", kb=KB)
    items = [ln for ln in md.splitlines() if re.match(r"- W\d", ln)]
    by_skill: dict[str, list[str]] = {}
    for item in plan.items():
        by_skill.setdefault(item.skill_id, []).append(item.title)
    assert any(len(v) > 1 for v in by_skill.values())  # the person has a split skill
    tails = [ln.split(" · ", 3)[3] for ln in items if ln.count(" · ") >= 3]
    material = [x for x in tails if not x.startswith("practise")]
    # a title shown for two different skills is fine; for one skill's two parts it is not
    for item_list in by_skill.values():
        if len(item_list) > 1:
            shown = [ln for ln in items if any(f"**{title}**" in ln for title in item_list)]
            named = [ln for ln in shown if ln.count(" · ") >= 3 and " · as in W" not in ln]
            assert len(named) <= 1, shown
            assert all(ln.count(" · ") >= 3 for ln in shown), shown  # each says what to use
    assert material


def test_every_progress_check_shares_one_line() -> None:
    plan, profile = plan_for(
        "我做了10年嵌入式C开发，想做端侧AI，把模型跑在NPU上。", "ai_infra_engineer", 8, "zh"
    )
    md = plan_markdown(plan, review_plan(plan, profile, KB), "awaiting_mentor", kb=KB)
    assert "进度检查（" not in md
    assert sum("做进度检查" in ln for ln in md.splitlines()) <= 1


@pytest.mark.parametrize(
    ("text", "lang", "banned"),
    [
        (
            "我做了10年嵌入式C开发，想做端侧AI，把模型跑在NPU上。",
            "zh",
            ("PagedAttention", "KV Cache", "vLLM"),
        ),
        (
            "Embedded C engineer, 9 years; I want edge AI on microcontrollers and NPUs.",
            "en",
            ("PagedAttention", "KV cache", "vLLM"),
        ),
    ],
)
def test_an_edge_plan_gets_edge_interview_topics_and_no_datacentre_material(
    text: str, lang: str, banned: tuple[str, ...]
) -> None:
    plan, _ = plan_for(text, "ai_infra_engineer", 8, lang)
    assert "edge_inference" in {i.skill_id for i in plan.items()}
    shown = " ".join(plan.interview_prep[:3])
    assert not any(b in shown for b in banned), shown
    titles = [KB.resources[r].title_in(lang) for i in plan.items() for r in i.resource_ids]
    assert not any(x in t for t in titles for x in ("vLLM", "TensorRT")), titles
    assert any("NPU" in t or "ONNX" in t or "TFLite" in t for t in titles), titles


def test_interview_topics_with_skills_name_known_skills() -> None:
    for role in KB.roles.values():
        for topic in role.interview_topics:
            assert all(s in KB.skills for s in topic.skills), (role.id, topic.skills)


@pytest.mark.parametrize(
    ("text", "role", "hours", "lang"),
    [
        ("Frontend developer, 2 years, React.", "ai_architect", 10, "en"),
        ("Data scientist, 5 years: pandas, scikit-learn, SQL.", "agent_engineer", 10, "en"),
        ("Robotics ML engineer, 4 years, PyTorch and ROS.", "ai_infra_engineer", 12, "en"),
        ("我做了8年Java后端，想转大模型应用。", "ai_application_engineer", 10, "zh"),
        ("我是运维，做了7年，熟悉Linux和Kubernetes。", "mlops_engineer", 10, "zh"),
    ],
)
def test_a_year_plan_reads_in_at_most_1000_words_or_2000_characters(
    text: str, role: str, hours: float, lang: str
) -> None:
    plan, profile = plan_for(text, role, hours, lang)
    md = plan_markdown(plan, review_plan(plan, profile, KB), "awaiting_mentor", kb=KB)
    assert plan_words(md) <= (2000 if lang == "zh" else 1000), plan_words(md)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'm an ICU nurse, 12 years in a hospital; I never coded.", "en"),
        ("我在成都做物流经理12年，不会写代码，想用AI把调度和报表做得更好。", "zh"),
    ],
)
def test_a_role_without_coding_gets_no_code_first_material(text: str, lang: str) -> None:
    plan, _ = plan_for(text, "ai_augmented_professional", 4, lang, 26)
    listed = [KB.resources[r] for i in plan.items() for r in i.resource_ids]
    assert not any(r.for_coders for r in listed), [r.id for r in listed]
    for item in plan.items():  # every item still says what to use or to practise
        assert item.resource_ids or item.practice, item.skill_id


def test_code_first_material_is_marked_and_still_listed_for_engineers() -> None:
    assert KB.resources["deeplearning_ai_llm_courses"].for_coders
    plan, _ = plan_for("Java backend developer for 6 years.", "ai_application_engineer", 10, "en")
    listed = {r for i in plan.items() for r in i.resource_ids}
    assert "deeplearning_ai_llm_courses" in listed


def test_every_datacentre_interview_topic_of_the_infra_role_names_its_skills() -> None:
    """An untagged topic is asked of every plan: none of the infra role's GPU, batching or
    serving topics may be (an edge plan schedules none of those skills)."""
    role = KB.roles["ai_infra_engineer"]
    words = ("GPU", "batching", "KV", "memory-bound", "Serving", "INT4")
    for topic in role.interview_topics:
        if any(w in topic.en for w in words):
            assert topic.skills, topic.en


def test_the_caveat_about_pay_figures_only_where_a_figure_is_shown() -> None:
    caveat = {"zh": "薪资和市场数据以所引资料", "en": "Pay and market figures are the sources'"}
    for text, lang, region, shown in (
        ("我做了6年Java后端开发。", "zh", "CN", False),
        ("Java backend developer for 6 years.", "en", "US", True),
        ("Java backend developer for 6 years.", "en", "DE", False),
    ):
        plan, _ = plan_for(text, "ai_application_engineer", 10, lang)
        md = plan_markdown(plan, None, "awaiting_mentor", kb=KB, region=region)
        assert (caveat[lang] in md) is shown, (lang, region)


def test_a_role_option_quotes_the_persons_words_once_for_the_skills_they_show() -> None:
    from coach.render.choice import _strength_items
    from coach.schemas import RoleOption, Strength

    words = "高中英语老师，9 年"
    option = RoleOption(
        role_id="ai_augmented_professional",
        role_name="AI 增强型职场人",
        fit=0.4,
        score=0.4,
        strengths=[
            Strength(skill_id="structured_thinking", level=2, words=words),
            Strength(skill_id="communication", level=2, words=words),
            Strength(skill_id="domain_expertise", level=2, words="教英语"),
        ],
    )
    text = _strength_items(KB, option, "zh")
    assert text.count(words) == 1 and text.count("教英语") == 1, text
    assert text.index("结构化思维") < text.index("沟通表达") < text.index(words), text


def test_the_summary_says_one_year_and_drops_markdown_from_a_pasted_role() -> None:
    from coach.render.choice import _now

    one = Profile(current_role="junior react dev", years_experience=1, language="en")
    assert _now(one, "en") == "junior react dev, 1 year"
    cv = Profile(current_role="**Senior Credit Risk Analyst**", years_experience=7, language="en")
    assert _now(cv, "en") == "Senior Credit Risk Analyst, 7 years"


def test_the_integrity_check_catches_a_no_code_skill_with_only_code_first_material() -> None:
    import copy

    from coach.knowledge.resource_rules import check_no_code_paths

    assert check_no_code_paths(KB) == []
    kb = copy.deepcopy(KB)
    role = next(r for r in kb.roles.values() if r.family == "non_coding")
    skill = kb.skills[role.required[0].skill_id]
    kb.skills[skill.id] = skill.model_copy(
        update={"practice": None, "deliverable": None, "resources": ["deeplearning_ai_llm_courses"]}
    )
    for rid, res in list(kb.resources.items()):
        if skill.id in res.skills:
            kb.resources[rid] = res.model_copy(update={"for_coders": True, "kind": "course"})
    problems = check_no_code_paths(kb)
    assert any(skill.id in p for p in problems), problems


@pytest.mark.parametrize(
    ("text", "hours", "weeks"),
    [
        ("Data analyst, 3 years, SQL and Excel.", 10, 52),
        ("Java backend developer for 6 years.", 20, 52),
        ("SRE for 7 years: Kubernetes, Linux, Terraform.", 8, 78),
    ],
)
def test_a_long_plan_is_said_briefly_with_every_item_the_project_and_pay(
    text: str, hours: float, weeks: int
) -> None:
    from coach.render.compact import compact_plan, first_clause
    from coach.render.pay import pay_lines

    plan, profile = plan_for(text, "ai_architect", hours, "en", weeks)
    md = plan_markdown(plan, review_plan(plan, profile, KB), "awaiting_mentor", kb=KB)
    assert plan_words(md) <= 1000, plan_words(md)
    for item in plan.items():
        assert f"**{item.title}**" in md
    assert all(p.title in md for p in plan.portfolio_projects)
    assert all(line in md for line in pay_lines(plan, KB))
    short = compact_plan(plan, KB)
    assert [i.skill_id for i in short.items()] == [i.skill_id for i in plan.items()]
    assert first_clause("Lead a design review: write it; collect feedback.") == (
        "Lead a design review."
    )
    assert first_clause("Build a service with tests.") == "Build a service with tests."


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("I'm a marketing analyst in Toronto, 4 years, SQL.", "en", "no pay figure for Canada"),
        ("Backend dev in London, 6 years of Java.", "en", "no pay figure for the United Kingdom"),
        ("我在新加坡做了5年Java后端。", "zh", "资料中没有新加坡的薪资数字"),
    ],
)
def test_a_region_read_from_the_conversation_gets_no_dollar_range(
    text: str, lang: str, said: str
) -> None:
    plan, profile = plan_for(text, "ai_application_engineer", 10, lang)
    md = plan_markdown(plan, None, "awaiting_mentor", kb=KB, region=profile.region)
    pay = md.split("\n## ", 20)
    section = next(s for s in pay if s.startswith(("Level and pay", "职级与薪资")))
    assert said in section, section
    assert not re.search(r"\d{2,3},\d{3}|\d+ 万", section), section


def test_the_header_and_diff_show_hours_changed_from_a_week_on() -> None:
    from coach.schemas import ConstraintRecord

    plan, _ = plan_for("我做了6年PHP开发，会一点Python。", "ai_application_engineer", 10, "zh")
    weekly = [10.0] * 3 + [5.0] * (plan.horizon_weeks - 3)
    rec = ConstraintRecord(kind="hours_from", value=5.0, from_week=4, text="从下个月每周5小时")
    later = plan.model_copy(update={"weekly_hours": weekly, "constraint_records": [rec]})
    md = plan_markdown(later, None, "awaiting_mentor", kb=KB)
    assert "每周 10 小时（第 4 周起 5 小时）" in md.splitlines()[2]
    assert "每周小时数：10 -> 10（第 4 周起 5 小时）" in plan_changes(plan, later, KB)
    window = [10.0] * 3 + [0.0] * 4 + [10.0] * (plan.horizon_weeks - 7)
    rec0 = rec.model_copy(update={"value": 0.0})
    dip = plan.model_copy(update={"weekly_hours": window, "constraint_records": [rec0]})
    assert "（第 4-7 周 0 小时）" in plan_markdown(dip, None, "approved", kb=KB).splitlines()[2]


def test_an_in_work_plan_has_no_interview_section_and_topics_fit_the_plan() -> None:
    plan, _ = plan_for(
        "我是小学语文老师，教了10年书，不会编程。", "ai_augmented_professional", 5, "zh"
    )
    md = plan_markdown(plan, None, "awaiting_mentor", kb=KB)
    assert "## 面试准备" not in md
    app, _ = plan_for("Java backend developer for 6 years.", "ai_application_engineer", 5, "en", 26)
    scheduled = {i.skill_id for i in app.items()}
    role = KB.roles["ai_application_engineer"]
    for topic in role.interview_topics:
        if topic.en in app.interview_prep and topic.skills:
            assert scheduled & set(topic.skills), topic.en

"""Rendering, round 6 (findings R5-1..R5-6): learning material in the plan's language, interview
topics only about what the plan prepares, pay lines that say whose figure they are, a short
milestone list, whole hours."""

from __future__ import annotations

import re

import pytest

from coach.engine.checks import review_plan
from coach.engine.pay import pay_lines
from coach.engine.planner.narrative import interview_prep
from coach.engine.posting_pay import read_pay
from coach.knowledge.models import InterviewTopic
from coach.render import plan_markdown
from coach.render.milestones import MAX_MILESTONES
from coach.schemas import Milestone, Plan
from tests.unit.plan_helpers import KB, plan_for

PEOPLE = [
    ("我是前端开发，React 写了6年。", "forward_deployed_engineer", 8, "zh"),
    ("Embedded C engineer, 10 years, firmware for cars.", "mlops_engineer", 10, "en"),
    ("我做了5年数据分析，会SQL和一点Python。", "ai_application_engineer", 10, "zh"),
    ("SAP ABAP consultant for 15 years.", "agent_engineer", 6, "en"),
    ("我是药剂师，在医院药房工作了10年。", "ai_augmented_professional", 4, "zh"),
    (
        "I run GPU clusters for an HPC centre, 6 years, Slurm and Kubernetes.",
        "ai_infra_engineer",
        8,
        "en",
    ),
]


def _md(plan: Plan) -> str:
    return plan_markdown(plan, None, "awaiting_mentor", kb=KB)


def _section(md: str, heading: str) -> list[str]:
    lines = md.splitlines()
    at = next((i for i, ln in enumerate(lines) if ln.startswith(f"## {heading}")), None)
    if at is None:
        return []
    out = []
    for ln in lines[at + 1 :]:
        if ln.startswith("## "):
            break
        if ln.startswith("- "):
            out.append(ln)
    return out


@pytest.mark.parametrize(("text", "role", "hours", "lang"), PEOPLE)
def test_hours_people_read_are_whole(text: str, role: str, hours: int, lang: str) -> None:
    plan, _ = plan_for(text, role, hours, lang, weeks=78)
    # totals and item hours; a weekly figure in the options ("10.5 h a week") may keep its half
    options = {f"- {o.description}" for o in plan.options}
    md = "\n".join(ln for ln in _md(plan).splitlines() if ln not in options)
    assert not re.search(r"\d+\.\d+ ?(?:h\b|小时)", md), re.findall(
        r".{30}\d+\.\d+ ?(?:h|小时)", md
    )
    assert not re.search(r"(?:合计|in all,?) \d+\.\d", plan.message), plan.message


@pytest.mark.parametrize(("text", "role", "hours", "lang"), PEOPLE)
def test_milestones_are_a_short_list_with_progress_checks_said_once(
    text: str, role: str, hours: int, lang: str
) -> None:
    plan, _ = plan_for(text, role, hours, lang, weeks=78)
    lines = _section(_md(plan), "Milestones" if lang == "en" else "里程碑")
    checks = [ln for ln in lines if "progress check" in ln.lower() or "进度检查" in ln]
    assert len(lines) - len(checks) <= MAX_MILESTONES, lines
    assert len(checks) <= 1
    for ln in checks:  # briefly: not a list of every week
        assert len(re.findall(r"\d+", ln)) <= 3, ln
    # the project's delivery is never the one left out (nor when due in the job-search weeks)
    due = {
        m.week
        for m in plan.milestones
        for p in plan.portfolio_projects
        if p.description and p.description in m.deliverable
    }
    shown = {int(w) for ln in lines for w in re.findall(r"(?:W|第 )(\d+)", ln)}
    assert due <= shown, (due, lines)


def test_a_milestone_never_repeats_the_projects_name() -> None:
    plan, _ = plan_for("我是药剂师，在医院药房工作了10年。", "ai_augmented_professional", 4, "zh")
    project = plan.portfolio_projects[0]
    doubled = Milestone(
        week=project.week_end,
        deliverable=f"{project.title}：{project.title}：把处方整理成核查结果。",
        how_checked="x",
    )
    plan = plan.model_copy(update={"milestones": [*plan.milestones, doubled]})
    lines = _section(_md(plan), "里程碑")
    assert not any(f"{project.title}：" in ln for ln in lines), lines


@pytest.mark.parametrize(("text", "role", "hours", "lang"), PEOPLE)
def test_every_item_has_its_material_or_a_practise_line(
    text: str, role: str, hours: int, lang: str
) -> None:
    plan, _ = plan_for(text, role, hours, lang, weeks=78)
    md = _md(plan)
    for ln in md.splitlines():
        if not re.match(r"^- (?:W\d|第 \d)", ln) or "**" not in ln:
            continue
        if ln.count(" · ") < 3 and not any(p.kind == "project" for p in plan.phases):
            continue
        tail = ln.rsplit(" · ", 1)[-1]
        assert tail and not tail.endswith(("h", "小时")), ln
    for item in plan.items():
        if item.skill_id == "python":
            assert "pydata_docs" not in item.resource_ids
        if item.skill_id == "embeddings":
            assert "vector_database_docs" not in item.resource_ids


def test_a_chinese_plan_names_chinese_material_where_a_source_gives_it() -> None:
    plan, _ = plan_for(
        "我做了5年数据分析，会SQL和一点Python。", "ai_application_engineer", 10, "zh"
    )
    first = {i.skill_id: i.resource_ids[:1] for i in plan.items() if i.resource_ids}
    zh = [s for s, ids in first.items() if KB.resources[ids[0]].language == "zh"]
    assert {"rag", "agents"} <= set(zh), first
    for skill_id, ids in first.items():  # the resource teaches that item
        assert skill_id in KB.resources[ids[0]].skills


def test_an_english_plan_never_lists_chinese_only_material() -> None:
    for text, role, hours, lang in PEOPLE:
        if lang != "en":
            continue
        plan, _ = plan_for(text, role, hours, lang)
        for item in plan.items():
            assert all(KB.resources[r].language != "zh" for r in item.resource_ids), item


def test_seed_reading_names_its_own_source_document() -> None:
    seeds = [r for r in KB.resources.values() if r.id.startswith("seed_")]
    assert len(seeds) >= 5
    for r in seeds:
        assert r.language == "zh" and r.is_learning_material
        assert KB.sources[r.source_id].title.zh in r.title_zh


def test_interview_topics_are_about_what_the_plan_prepares() -> None:
    role = KB.roles["ai_application_engineer"]
    lora = InterviewTopic(en="How LoRA works", zh="LoRA 的原理", skills=["fine_tuning"])
    rag = InterviewTopic(en="RAG design", zh="RAG 设计", skills=["rag"])
    topics = interview_prep(
        role, True, ["rag", "python"], {}, KB, "en", [lora, rag], prepared={"python"}
    )
    assert "How LoRA works" not in topics and "RAG design" not in topics
    topics = interview_prep(role, True, ["rag"], {}, KB, "en", [lora, rag], prepared={"rag"})
    assert "RAG design" in topics and "How LoRA works" not in topics


def test_a_plan_with_basic_cuda_is_not_asked_to_write_kernels() -> None:
    plan, _ = plan_for(
        "I run GPU clusters for an HPC centre, 6 years, Slurm and Kubernetes.",
        "ai_infra_engineer",
        5,
        "en",
    )
    working = {i.skill_id for i in plan.items() if i.level_to >= 2}
    if not working & {"gpu_programming", "cuda", "triton_kernels"}:
        assert not any("GPU kernel" in x for x in plan.interview_prep), plan.interview_prep


def test_staying_in_the_job_has_no_interview_section() -> None:
    plan, profile = plan_for(
        "I'm a pharmacist, 12 years in hospital pharmacy.", "ai_augmented_professional", 5, "en"
    )
    md = plan_markdown(plan, review_plan(plan, profile, KB), "awaiting_mentor", kb=KB)
    assert "## Interview" not in md


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_general_band_says_it_is_not_the_roles_own(lang: str) -> None:
    text = "Java backend developer for 6 years." if lang == "en" else "我做了6年Java后端开发。"
    lines_by_role = {}
    for role in ("agent_engineer", "mlops_engineer"):
        plan, _ = plan_for(text, role, 10, lang)
        plan = plan.model_copy(update={"pay_level": plan.pay_level})
        lines = pay_lines(plan, KB, "US")
        band = next(ln for ln in lines if "USD" in ln or "美元" in ln)
        assert plan.target_name in band
        assert ("in general" in band) if lang == "en" else ("总体" in band)
        lines_by_role[role] = band
    assert len(set(lines_by_role.values())) == 2  # each names its own role


def test_the_architects_own_band_reads_as_the_roles() -> None:
    plan, _ = plan_for("Staff engineer for 12 years, led platform teams.", "ai_architect", 10, "en")
    band = next(ln for ln in pay_lines(plan, KB, "US") if "USD" in ln)
    assert band.startswith("Pay range:") and "in general" not in band


def test_a_postings_figure_is_not_followed_by_a_general_range() -> None:
    plan, _ = plan_for("SRE for 7 years on GPU clusters.", "ai_infra_engineer", 10, "en")
    plan = plan.model_copy(update={"posting_pay": read_pay("Salary: $115k-$145k per year.")})
    lines = pay_lines(plan, KB, "US")
    assert "$115k" in lines[0] and ".." not in lines[0], lines[0]
    assert not any("Pay range" in ln or "180,000" in ln for ln in lines[1:]), lines


@pytest.mark.parametrize(("text", "role", "hours", "lang"), PEOPLE)
def test_no_doubled_stops(text: str, role: str, hours: int, lang: str) -> None:
    plan, profile = plan_for(text, role, hours, lang)
    md = plan_markdown(plan, review_plan(plan, profile, KB), "awaiting_mentor", kb=KB)
    assert not re.search(r"(?<!\.)\.\.(?!\.)|。。|。\.|\.。|：：|::", md), re.findall(
        r".{20}(?:\.\.|。。).{5}", md
    )


@pytest.mark.parametrize(
    "text",
    [
        "SAP ABAP consultant for 15 years.",
        "Mainframe COBOL developer for 20 years.",
        "Civil engineer for 8 years, some Excel VBA.",
        "QA tester for 8 years, some Selenium.",
    ],
)
def test_the_level_and_the_experience_note_agree(text: str) -> None:
    plan, _ = plan_for(text, "agent_engineer", 6, "en")
    level = pay_lines(plan, KB, "US")[0]
    credits_software = any("years of software work" in a for a in plan.assumptions)
    assert not (credits_software and "another field" in level), (level, plan.assumptions)


def test_an_architects_field_is_architecture_not_civil_engineering() -> None:
    from coach.engine.fields import fields_in

    assert [f.id for f in fields_in("我是建筑设计师，做了12年")] == ["architecture"]
    assert [f.id for f in fields_in("建筑结构工程师，做施工管理")] == ["engineering"]


def test_a_sentence_put_into_a_message_keeps_one_stop() -> None:
    from coach.render.markdown import single_stops

    assert single_stops("per year.. For this job") == "per year. For this job"
    assert single_stops("好。。然后") == "好。然后" and single_stops("wait...") == "wait..."


def test_a_project_delivered_in_the_last_week_is_still_a_milestone() -> None:
    plan, _ = plan_for("SAP ABAP consultant for 15 years.", "agent_engineer", 6, "en")
    end = next(p.week_end for p in plan.phases if p.kind == "job_search")
    project = plan.portfolio_projects[0]
    moved = [
        m.model_copy(update={"week": end}) if project.description in m.deliverable else m
        for m in plan.milestones
    ]
    plan = plan.model_copy(update={"milestones": moved})
    lines = _section(_md(plan), "Milestones")
    assert any(ln.startswith(f"- W{end}:") for ln in lines), lines


@pytest.mark.parametrize(("text", "role", "hours", "lang"), PEOPLE)
def test_a_practice_pointing_at_a_milestone_points_at_one_shown(
    text: str, role: str, hours: int, lang: str
) -> None:
    plan, _ = plan_for(text, role, hours, lang, weeks=78)
    # more milestones than the list shows: each pointer must still find its milestone
    md = _md(plan)
    shown = _section(md, "Milestones" if lang == "en" else "里程碑")
    pointers = re.findall(r"practise: the W(\d+) milestone|练习：见第 (\d+) 周里程碑", md)
    for en, zh in pointers:
        week = en or zh
        assert any(ln.startswith((f"- W{week}:", f"- 第 {week} 周")) for ln in shown), (week, shown)


def test_chinese_material_must_come_from_a_chinese_source() -> None:
    from coach.knowledge.integrity import check_integrity

    records = dict(KB.resources)
    records["git_docs"] = records["git_docs"].model_copy(update={"language": "zh"})
    records["git_docs"] = records["git_docs"].model_copy(update={"source_id": "missing"})
    assert any(
        "git_docs" in p for p in check_integrity(KB.model_copy(update={"resources": records}))
    )
    sources = dict(KB.sources)
    sid = "002_bdd773b3ad5d238c.txt"
    sources[sid] = sources[sid].model_copy(update={"language": "en"})
    problems = check_integrity(KB.model_copy(update={"sources": sources}))
    assert any("seed_002_agent_engineering" in p and "not in Chinese" in p for p in problems)


@pytest.mark.parametrize(
    "text",
    [
        "I am a pharmacist, 12 years in hospital pharmacy.",
        "我是医院药剂师，工作10年",
        "Nurse for 10 years in an ICU.",
    ],
)
def test_no_role_the_person_covers_none_of_is_suggested(text: str) -> None:
    from coach.engine.ranking import role_options
    from coach.engine.understand import extract_profile
    from coach.knowledge.lexicon import get_lexicon

    options = role_options(KB, extract_profile(text, None, get_lexicon(KB), KB))
    assert len(options) == 3 and all(o.fit > 0 for o in options), options


@pytest.mark.parametrize(
    "text", ["I am a pharmacist, 12 years in hospital pharmacy.", "我是医院药剂师，工作10年"]
)
def test_a_pharmacists_science_counts_toward_scientific_domain_knowledge(text: str) -> None:
    from coach.engine.fields import field_skills
    from coach.engine.understand import extract_profile
    from coach.knowledge.lexicon import get_lexicon

    shown = field_skills(extract_profile(text, None, get_lexicon(KB), KB))
    assert shown.get("scientific_domain_knowledge") == 1  # studied, not a researcher's level


def test_a_deferral_reason_reads_as_the_rest_of_its_line() -> None:
    from coach.render.grouping import deferred_lines

    plan, _ = plan_for(
        "I run GPU clusters for an HPC centre, 6 years, Slurm and Kubernetes, some C++.",
        "ai_infra_engineer",
        10,
        "en",
    )
    for line in deferred_lines(plan, KB):
        reason = line.rsplit(": ", 1)[-1]
        assert not reason.endswith("."), line
        assert not (reason[:1].isupper() and reason[1:2].islower()), line


def test_round6_a_non_coding_plan_never_pushes_to_a_code_repository() -> None:
    plan, _ = plan_for(
        "我是记者，做了9年，我不想写代码。", "ai_augmented_professional", 4, "zh", weeks=78
    )
    md = _md(plan)
    assert "代码仓库" not in md
    checks = [ln for ln in md.splitlines() if "进度检查" in ln]
    assert all("导师" in ln for ln in checks), checks


def test_round6_the_chat_total_and_the_plan_total_are_one_figure() -> None:
    from coach.engine.whole_hours import whole

    assert whole(52.5) == "53" and whole(337.5) == "338" and whole(60.3) == "60"
    for text, role, hours, lang in PEOPLE:
        plan, _ = plan_for(text, role, hours, lang, weeks=78)
        assert whole(plan.total_hours) in plan.message, (plan.total_hours, plan.message)


def test_round6_no_essay_or_api_list_as_material_and_no_pointer_for_practice() -> None:
    for text, role, hours, lang in PEOPLE:
        plan, _ = plan_for(text, role, hours, lang, weeks=78)
        for item in plan.items():
            if item.skill_id in {"structured_thinking", "human_ai_workflow_design"}:
                assert not any(r.startswith("seed_") for r in item.resource_ids), item
            if item.skill_id == "embeddings":
                assert "llm_api_docs" not in item.resource_ids
        md = _md(plan)
        assert "practise: the W" not in md and "练习：见第" not in md


def test_round6_no_output_reads_as_drafting_a_draft() -> None:
    import yaml

    from coach.knowledge.loader import DATA_DIR

    for fill in yaml.safe_load((DATA_DIR / "domains.yaml").read_text(encoding="utf-8")):
        outputs = fill["slots"].get("outputs")
        if outputs:
            assert not outputs["en"].lower().startswith(("a draft", "draft ")), outputs

"""A CV or a job posting pasted into the chat is told from an ordinary long message (both ways),
and read through the same importers as --cv / --job."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from langgraph.store.memory import InMemoryStore

from coach.cli_input import group_blocks
from coach.engine.pasted import pasted_document
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.nodes.documents import read_pasted
from coach.schemas import Profile
from coach.text import clean

DOCS = Path(__file__).resolve().parents[2] / "evals" / "personas" / "documents"
TODAY = date(2026, 3, 2)

CV_PLAIN = """Marcus Oyelaran
marcus.o@example.org | Rotterdam

Mechanical design engineer, 2014 - 2019, Van Leeuwen Pumps
Controls engineer, 2019 - present, Dutch Harbour Automation
PLC programming (Siemens), Python scripts for test rigs, MATLAB
BSc Mechanical Engineering, TU Delft
"""
CV_LINKEDIN = """Experience
QA Engineer
Zalando · Full-time
Mar 2020 - Present
Berlin, Germany
Test automation with Selenium and pytest, CI pipelines in Jenkins.
Software Tester
Rocket Internet
2017 - 2020
Manual and exploratory testing, SQL checks on order data.
Education
Humboldt University of Berlin, BA Linguistics
"""
CV_ZH_ANALYST = """简历
王晓雯 | 上海 | 138****5678
教育背景
2013 - 2017 上海财经大学 统计学 本科
工作经历
2017.07 - 2021.05 某连锁超市集团 数据分析专员
负责门店销售日报，使用 Excel 和 SQL
2021.06 - 至今 某互联网金融公司 高级数据分析师
搭建风控指标看板（Tableau），用 Python 做用户分群
"""
POSTING_BOLD = """**Senior MLOps Engineer** - Remote (EU)

**About the role**
Our ML platform team serves 40 models in production. You will own the path from notebook to
monitored endpoint.

**What you'll do**
- Build and maintain CI/CD for model training and deployment
- Run Kubernetes clusters for model serving

**What we're looking for**
- 4+ years of experience with Python and Docker
- Hands-on Kubernetes and Terraform
- MLflow or Kubeflow is a plus
"""
POSTING_NO_HEADINGS = """We're hiring a Forward Deployed Engineer in Singapore!
You will work on-site with our enterprise customers to ship agent workflows.
- 3+ years of software engineering in Python or TypeScript
- Experience with LLM APIs and prompt engineering
- Familiarity with SQL; experience with vector databases a plus
Competitive salary and equity. Apply now.
"""
POSTING_ZH = """职位描述
我们正在寻找一位大模型推理优化工程师。
岗位要求：
- 熟悉 CUDA 编程，3年以上 C++ 开发经验
- 熟悉 vLLM、TensorRT 等推理框架者优先
- 了解 Transformer 模型结构
工作地点：北京
"""

NOT_DOCUMENTS = [
    # people talking over several lines, some with dates, skills, "experience", "requirements"
    "Hi coach,\nI've been a nurse in an ICU for six years, since 2019.\nBefore that I worked "
    "2015-2019 in a care home.\nI'd like to move into something with AI, maybe data.\nI have "
    "about 8 hours a week, evenings mostly.\nI'd like to switch by next summer. Is that realistic?",
    "So here's my situation.\nBackend dev, Java and Spring, 7 years at a bank.\nExperience with "
    "Kafka, Oracle, some Docker.\nI want to become an AI agent engineer.\n10 hours a week, within "
    "9 months.",
    "我现在是一名Java开发，做了五年。\n主要用Spring Boot和MySQL。\n想转做大模型应用开发，尤其是"
    "RAG。\n每周能投入10个小时。\n希望一年内完成转型，可以吗？",
    "Quick question about a posting I saw.\nIt says 3+ years of Python and experience with vector "
    "databases a plus.\nI have 2 years of Python and none of the vector stuff.\nShould I still "
    "apply?\nAlso, how long would vector databases take to learn?",
    "Requirements for me: remote work only.\nI can do 6 hours a week.\nSkills: Python, SQL, "
    "Excel.\nExperience: 4 years as an analyst.\nTarget: data scientist, by December.",
    "A few corrections to the plan:\n- I already know Docker well, drop it\n- I'd rather learn "
    "RAG before agents\n- weeks 10-12 I'm on holiday (2026.07 - 2026.08)\n- and I can do 12 "
    "hours, not 8",
    "老师您好：\n我2016年毕业，本科计算机。\n2016-2020在外包公司写Java，\n2020年到现在在银行做测试。"
    "\n想转AI应用开发，每周8小时，半年内，行吗？",
    "Week 3 done!\nFinished the SQL course and the first notebook.\nThe pandas part was hard but "
    "ok.\nNext week I'll start on embeddings.\nI'm a bit tired though, work was crazy.",
    "I teach math at a high school, 14 years.\nI'm good with Python from teaching the computing "
    "club.\nI've always been curious about machine learning.\nNo idea which job fits though.\n"
    "Maybe 5 hours a week? Over a year or so.",
    "my background:\nDBA 13 yrs, oracle then postgres\nquery tuning, replication, backups\n"
    "want: LLM apps with RAG\n8h/week, 12 months",
]


@pytest.fixture(scope="module")
def lexicon():  # type: ignore[no-untyped-def]
    return get_lexicon(load_kb())


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (CV_PLAIN, "cv"),
        (CV_LINKEDIN, "cv"),
        (CV_ZH_ANALYST, "cv"),
        (POSTING_BOLD, "posting"),
        (POSTING_NO_HEADINGS, "posting"),
        (POSTING_ZH, "posting"),
        *[
            (p.read_text(encoding="utf-8"), p.stem.rsplit("-", 1)[1])
            for p in sorted(DOCS.iterdir())
        ],
    ],
)
def test_a_pasted_document_is_detected(text: str, kind: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    expected = "cv" if kind == "cv" else "posting"
    assert pasted_document(clean(text), lexicon) == expected


@pytest.mark.parametrize("text", NOT_DOCUMENTS)
def test_an_ordinary_long_message_is_not_a_document(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert pasted_document(clean(text), lexicon) is None


def test_a_pasted_cv_is_read_through_the_understanding_with_its_lines_as_evidence() -> None:
    kb = load_kb()
    prior = Profile(hours_per_week=6, horizon_weeks=40)
    read = read_pasted(clean(CV_ZH_ANALYST), prior, "zh", kb, TODAY)
    assert read is not None and read.kind == "cv"
    profile = read.profile
    assert profile.hours_per_week == 6 and profile.horizon_weeks == 40  # never from a CV
    have = {s.skill_id: s for s in profile.skills if s.level > 0}
    assert {"sql", "excel", "python"} <= set(have)
    assert not {"rag", "agents", "vector_databases"} & set(have)
    assert "SQL" in (have["sql"].evidence or "")
    assert "数据分析" in (profile.current_role or "")
    assert profile.years_experience is not None and 8 <= profile.years_experience <= 9.5
    assert "简历" in read.note and "138" not in read.note


def test_a_pasted_posting_becomes_the_target_and_is_kept_for_the_reviewer() -> None:
    kb = load_kb()
    store = InMemoryStore()
    read = read_pasted(clean(POSTING_BOLD), Profile(), "en", kb, TODAY, store, "ana")
    assert read is not None and read.kind == "posting"
    assert read.profile.target_role == "mlops_engineer"
    kept = store.get(("users", "ana"), "posting")
    assert kept is not None
    ids = {r["skill_id"] for r in kept.value["requirements"]}
    assert {"kubernetes", "docker", "python", "ci_cd"} <= ids
    assert "Terraform" not in read.note or "not cover" in read.note
    assert "Senior MLOps Engineer" in read.note and "%" in read.note


def test_an_ordinary_message_is_left_to_the_understanding() -> None:
    assert read_pasted(clean(NOT_DOCUMENTS[1]), None, "en", load_kb(), TODAY) is None


def test_piped_blocks_are_one_turn() -> None:
    turns = ["hi", '"""', "line 1", "line 2", '"""', "10 hours", '"""', "unclosed"]
    assert list(group_blocks(turns)) == ["hi", "line 1\nline 2", "10 hours", "unclosed"]


ONE_LINE_DOCUMENTS = [
    (
        "这是我的简历：刘工 高级嵌入式软件工程师 某智能家居公司 2017至今 负责扫地机器人主控固件（ARM，"
        "FreeRTOS，C语言） 开发Linux驱动 技能：C、嵌入式Linux、Git、Shell、少量Python",
        "cv",
    ),
    (
        "here's my CV: Senior Data Analyst, Acme Freight, 2019 - present. SQL and Tableau dashboards; "
        "Python forecasting. Data Analyst, Boots, 2015 - 2019. Excel reporting. BSc Economics.",
        "cv",
    ),
    (
        "想投这个岗位：大模型应用工程师，负责RAG知识库问答，熟悉Python和提示词工程，有向量数据库经验优先，"
        "薪资25-35K",
        "posting",
    ),
    (
        "here is the job posting: ML Engineer. You will deploy models with Docker and Kubernetes. "
        "3+ years of Python required; MLflow is a plus.",
        "posting",
    ),
]
ONE_LINE_MESSAGES = [
    "here's my CV in short: I'm a nurse, 6 years, want AI, 8 hours a week",
    "The job I want is AI engineer, I have 10 hours a week and a year",
    "我的简历还没写好，我是做Java的，五年，想转大模型应用，每周10小时",
    "这个岗位：AI应用工程师，我能做吗？",
]


@pytest.mark.parametrize(("text", "kind"), ONE_LINE_DOCUMENTS)
def test_a_one_line_paste_announced_as_a_document_is_read(text: str, kind: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert pasted_document(clean(text), lexicon) == kind


@pytest.mark.parametrize("text", ONE_LINE_MESSAGES)
def test_a_short_message_naming_a_cv_or_job_is_not_a_document(text: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert pasted_document(clean(text), lexicon) is None


def test_a_one_line_zh_cv_gives_the_job_title_and_years() -> None:
    read = read_pasted(clean(ONE_LINE_DOCUMENTS[0][0]), None, "zh", load_kb(), TODAY)
    assert read is not None and read.profile.current_role == "高级嵌入式软件工程师"
    assert read.profile.years_experience is not None and read.profile.years_experience >= 8


def test_a_one_line_posting_has_its_title_and_requirements() -> None:
    store = InMemoryStore()
    read = read_pasted(clean(ONE_LINE_DOCUMENTS[2][0]), None, "zh", load_kb(), TODAY, store, "li")
    assert read is not None and read.kind == "posting"
    kept = store.get(("users", "li"), "posting")
    assert kept is not None and kept.value["title"] == "大模型应用工程师"
    ids = {r["skill_id"]: r["required"] for r in kept.value["requirements"]}
    assert ids.get("rag") is True and ids.get("vector_databases") is False
    assert "25-35K" in (kept.value["pay"] or "")


def test_a_posting_for_a_role_coach_lacks_is_said_so_not_turned_into_an_engineering_role() -> None:
    kb = load_kb()
    text = (DOCS / "zh-ai-product-manager-posting.txt").read_text(encoding="utf-8")
    read = read_pasted(clean(text), Profile(current_role="产品经理"), "zh", kb, TODAY)
    assert read is not None and read.kind == "posting"
    assert read.profile.target_role is None
    assert read.profile.target_not_in_kb and "产品经理" in read.profile.target_not_in_kb
    assert read.profile.target_candidates  # the closest curated roles, to choose from
    assert "我会按这个职位来做计划" not in read.note


def test_a_posting_title_naming_a_curated_role_is_the_target() -> None:
    kb = load_kb()
    text = (DOCS / "en-mlops-platform-posting.txt").read_text(encoding="utf-8")
    read = read_pasted(clean(text), Profile(), "en", kb, TODAY)
    assert read is not None and read.profile.target_role == "mlops_engineer"
    assert "I will plan toward it" in read.note


def test_lines_arriving_together_on_a_terminal_are_one_paste() -> None:
    import os

    from coach.cli_input import pasted_lines

    read, write = os.pipe()
    try:
        os.write(write, b"Requirements\n- 3+ years of Python\n")
        assert pasted_lines(read, wait=0.05) == ["Requirements", "- 3+ years of Python"]
        assert pasted_lines(read, wait=0.01) == []  # nothing more: a person typing
    finally:
        os.close(read)
        os.close(write)


def test_the_persons_own_words_around_a_paste_count_as_a_chat_turn() -> None:
    kb = load_kb()
    job = (DOCS / "en-mlops-platform-posting.txt").read_text(encoding="utf-8")
    text = clean("I can do 6 hours a week and want to switch by September, here's the job:\n" + job)
    read = read_pasted(text, None, "en", kb, TODAY)
    assert read is not None and read.kind == "posting"
    assert read.profile.hours_per_week == 6 and read.profile.horizon_weeks is not None
    cv = (DOCS / "en-logistics-analyst-cv.md").read_text(encoding="utf-8")
    read = read_pasted(clean(cv), Profile(), "en", kb, TODAY)
    assert read is not None and read.profile.hours_per_week is None  # never from the CV itself


def test_hours_and_a_wish_written_into_a_pasted_cv_are_kept() -> None:
    text = (
        "简历\n工作经历\n2016.07 - 2020.06 某外包公司 Java开发工程师\n2020.07 - 至今 某银行 测试工程师\n"
        "教育背景\n2012 - 2016 某大学 本科\n技能：Java、SQL\n目标：转AI应用开发，每周10小时，一年内"
    )
    read = read_pasted(clean(text), None, "zh", load_kb(), TODAY)
    assert read is not None and read.kind == "cv"
    assert read.profile.hours_per_week == 10 and read.profile.horizon_weeks is not None
    assert read.profile.current_role == "测试工程师"  # today's job, though listed last


def test_a_long_pasted_cv_is_read_past_the_chat_limit() -> None:
    from langchain_core.messages import HumanMessage

    from coach.nodes.common import MAX_DOCUMENT_CHARS, MAX_MESSAGE_CHARS, last_user_text
    from coach.nodes.documents import message_limit

    filler = "\n".join(
        f"- 2015-2024: maintained reporting job number {i} for the finance team" for i in range(140)
    )
    cv = CV_PLAIN + "\n" + filler + "\nSkills: Kubernetes, Terraform"
    assert MAX_MESSAGE_CHARS < len(cv) < MAX_DOCUMENT_CHARS
    assert message_limit(cv) == MAX_DOCUMENT_CHARS
    assert message_limit("hello " * 2000) == MAX_MESSAGE_CHARS  # not a document: the chat limit
    state = {"messages": [HumanMessage(cv)]}
    whole = last_user_text(state, MAX_DOCUMENT_CHARS)  # type: ignore[arg-type]
    read = read_pasted(whole, None, "en", load_kb(), TODAY)
    assert read is not None and read.kind == "cv"
    assert "kubernetes" in {s.skill_id for s in read.profile.skills}

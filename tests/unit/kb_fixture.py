"""A small, hand-made knowledge base for engine tests, built directly from the models.

Independent of the shipped YAML so that engine tests pin exact numbers. Skill ids follow the
shipped KB's naming.
"""

from __future__ import annotations

from coach.engine.research import required_skills
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.models import (
    Band,
    Fact,
    Implies,
    Project,
    Requirement,
    Resource,
    Role,
    Skill,
    Source,
    Text,
)
from coach.schemas import Profile, RoleResearch, SalaryBand, SkillClaim, SourcedFact

SRC = "001_43c4bb40cca803e1.txt"
SRC2 = "003_62c5cef43482909b.txt"


def _t(en: str, zh: str) -> Text:
    return Text(en=en, zh=zh)


def _skill(
    sid: str,
    en: str,
    zh: str,
    category: str,
    hours: tuple[int, int, int],
    prerequisites: list[str] | None = None,
    resources: list[str] | None = None,
    implies: list[Implies] | None = None,
    aliases: list[str] | None = None,
    deliverable: bool = True,
) -> Skill:
    return Skill(
        id=sid,
        name=_t(en, zh),
        aliases=aliases or [],
        category=category,
        prerequisites=prerequisites or [],
        hours={1: hours[0], 2: hours[1], 3: hours[2]},
        resources=resources or [],
        implies=implies or [],
        deliverable=_t(f"A small project that shows {en}.", f"一个展示{zh}的小项目。")
        if deliverable
        else None,
    )


def make_kb() -> KnowledgeBase:
    sources = {
        s: Source(
            id=s,
            title=_t(f"Source {s}", f"资料 {s}"),
            date="2025-01-01",
            language="zh",
            summary=_t("A source.", "一份资料。"),
        )
        for s in (SRC, SRC2)
    }
    skills = [
        _skill("programming_fundamentals", "Programming fundamentals", "编程基础", "programming",
               (60, 200, 500), resources=["python_crash_course"]),
        _skill("python", "Python", "Python 编程", "programming", (40, 150, 400),
               ["programming_fundamentals"], ["python_crash_course", "python_book"],
               [Implies(skill_id="programming_fundamentals", level=2, min_level=2)]),
        _skill("java", "Java", "Java", "programming", (60, 250, 700),
               ["programming_fundamentals"],
               implies=[Implies(skill_id="programming_fundamentals", level=2, min_level=2)]),
        _skill("cpp", "C++", "C++", "programming", (60, 250, 700), ["programming_fundamentals"]),
        _skill("linux", "Linux", "Linux", "infra", (20, 60, 200), resources=["linux_docs"]),
        _skill("docker", "Docker", "Docker 容器", "infra", (10, 40, 120), ["linux"],
               ["docker_docs"], aliases=["docker", "容器"]),
        _skill("cloud", "Cloud platforms", "云平台", "infra", (20, 80, 200), ["linux"],
               ["aws_cert_course", "cloud_docs"], aliases=["cloud", "aws", "云计算"]),
        _skill("llm_basics", "LLM basics", "大模型基础", "llm_core", (15, 50, 150),
               resources=["llm_course"]),
        _skill("prompt_engineering", "Prompt engineering", "提示工程", "llm_core", (10, 40, 100),
               ["llm_basics"], ["llm_course"]),
        _skill("llm_api_integration", "LLM API integration", "大模型 API 集成", "llm_core",
               (15, 60, 150), ["python", "llm_basics"], ["llm_course"]),
        _skill("embeddings", "Embeddings", "向量嵌入", "llm_core", (10, 30, 80), ["llm_basics"]),
        _skill("rag", "RAG", "检索增强生成", "llm_core", (20, 80, 200),
               ["llm_api_integration", "embeddings"], ["rag_book", "rag_project"],
               aliases=["rag", "retrieval augmented generation"]),
        _skill("evaluation", "LLM evaluation", "大模型评测", "llm_core", (10, 50, 120),
               ["llm_api_integration"], ["rag_project"], deliverable=False),
        _skill("tool_calling", "Tool calling", "工具调用", "llm_core", (10, 30, 80),
               ["llm_api_integration"]),
        _skill("agents", "Agents", "智能体", "llm_core", (20, 90, 250), ["tool_calling"],
               ["agent_course"]),
        _skill("cuda", "CUDA", "CUDA 编程", "infra", (40, 150, 400), ["cpp"]),
        _skill("model_serving", "Model serving", "模型部署", "engineering", (20, 80, 200),
               ["docker", "llm_basics"], ["docker_docs"]),
    ]  # fmt: skip
    resources = [
        Resource(id="python_crash_course", title="Python Crash Course", kind="book",
                 language="en", hours=60, skills=["python", "programming_fundamentals"],
                 source_id=SRC),
        Resource(id="python_book", title="流畅的 Python", kind="book", language="zh", hours=80,
                 skills=["python"], source_id=SRC),
        Resource(id="linux_docs", title="The Linux Command Line", kind="docs", language="en",
                 hours=20, skills=["linux"], source_id=SRC2),
        Resource(id="docker_docs", title="Docker docs: get started", kind="docs",
                 language="en", hours=10, skills=["docker", "model_serving"], source_id=SRC2),
        Resource(id="aws_cert_course", title="AWS Certified Cloud Practitioner course",
                 kind="course", language="en", hours=30, skills=["cloud"], source_id=SRC2),
        Resource(id="cloud_docs", title="Cloud architecture docs", kind="docs", language="mixed",
                 hours=20, skills=["cloud"], source_id=SRC2),
        Resource(id="llm_course", title="大模型应用开发课程", kind="course", language="zh",
                 hours=30, skills=["llm_basics", "prompt_engineering", "llm_api_integration"],
                 source_id=SRC),
        Resource(id="rag_book", title="Building RAG applications", kind="book", language="en",
                 hours=20, skills=["rag"], source_id=SRC),
        Resource(id="rag_project", title="RAG over your own documents", kind="project",
                 language="mixed", hours=30, skills=["rag", "evaluation"], source_id=SRC),
        Resource(id="agent_course", title="LangGraph agents course", kind="course",
                 language="en", hours=20, skills=["agents"], source_id=SRC2),
    ]  # fmt: skip
    interview = [_t("RAG design and evaluation", "RAG 设计与评测"),
                 _t("LLM API cost and latency", "大模型 API 的成本与延迟")]  # fmt: skip
    roles = [
        Role(
            id="ai_application_engineer", family="application",
            name=_t("AI application engineer", "AI 应用工程师"), summary=_t("Builds LLM apps.", "做大模型应用。"),
            required=[
                Requirement(skill_id="python", level=2, weight=0.9, source_id=SRC),
                Requirement(skill_id="llm_api_integration", level=2, weight=1.0, source_id=SRC),
                Requirement(skill_id="rag", level=2, weight=0.9, source_id=SRC),
                Requirement(skill_id="prompt_engineering", level=2, weight=0.7, source_id=SRC),
                Requirement(skill_id="evaluation", level=1, weight=0.6, source_id=SRC),
                Requirement(skill_id="docker", level=1, weight=0.5, source_id=SRC2),
            ],
            projects=[
                Project(id="rag_service", title=_t("Domain RAG service", "领域 RAG 服务"),
                        description=_t("A deployed RAG service over your own documents, with a 20-question eval set.",
                                       "基于自己领域文档、带 20 道评测题的已部署 RAG 服务。"),
                        skills=["rag", "evaluation", "docker", "llm_api_integration"], source_id=SRC),
                Project(id="prompt_tool", title=_t("Prompt playground", "提示词实验台"),
                        description=_t("A small tool to compare prompts.", "一个对比提示词的小工具。"),
                        skills=["prompt_engineering"], source_id=SRC),
            ],
            interview_topics=interview,
            experience=_t("1-3 years of software work is typical.", "通常需要 1-3 年软件开发经验。"),
            salary_bands=[Band(level="junior", low=200000, high=350000, currency="CNY",
                               region="CN", source_id=SRC)],
            stepping_stones=[], source_ids=[SRC],
        ),
        Role(
            id="agent_engineer", family="application", name=_t("Agent engineer", "智能体工程师"),
            summary=_t("Builds agents.", "做智能体。"),
            required=[
                Requirement(skill_id="agents", level=3, weight=1.0, source_id=SRC2),
                Requirement(skill_id="rag", level=2, weight=0.8, source_id=SRC2),
                Requirement(skill_id="evaluation", level=2, weight=0.8, source_id=SRC2),
                Requirement(skill_id="python", level=2, weight=0.7, source_id=SRC2),
                Requirement(skill_id="model_serving", level=1, weight=0.4, source_id=SRC2),
            ],
            projects=[
                Project(id="research_agent", title=_t("Deep research agent", "深度研究助手"),
                        description=_t("An agent that plans, searches and cites, with retries and human review.",
                                       "能拆解问题、检索并给出引用的智能体，带重试和人工审核。"),
                        skills=["agents", "tool_calling", "evaluation"], source_id=SRC2),
            ],
            interview_topics=[_t("Agent state machines", "智能体状态机设计")],
            experience=_t("Strong engineering background expected.", "需要扎实的工程背景。"),
            stepping_stones=["ai_application_engineer"], source_ids=[SRC2],
        ),
        Role(
            id="ai_infra_engineer", family="infra", name=_t("AI infra engineer", "AI 基础设施工程师"),
            summary=_t("Runs models fast.", "让模型跑得快。"),
            required=[
                Requirement(skill_id="cuda", level=2, weight=1.0, source_id=SRC2),
                Requirement(skill_id="model_serving", level=2, weight=0.9, source_id=SRC2),
                Requirement(skill_id="docker", level=2, weight=0.6, source_id=SRC2),
                Requirement(skill_id="cloud", level=1, weight=0.4, source_id=SRC2),
            ],
            projects=[],
            interview_topics=[_t("GPU memory and KV cache", "显存与 KV Cache")],
            experience=_t("Systems experience expected.", "需要系统方向经验。"),
            stepping_stones=["ai_application_engineer"], source_ids=[SRC2],
        ),
    ]  # fmt: skip
    facts = [
        Fact(id="fact_demand", topic="market", text=_t("Demand for AI application engineers grows.",
             "AI 应用工程师需求增长。"), roles=["ai_application_engineer"], source_id=SRC),
        Fact(id="fact_agent", topic="market", text=_t("Agent engineering is a loop of build, test, ship.",
             "智能体工程是构建、测试、上线的循环。"), roles=["agent_engineer"], source_id=SRC2),
    ]  # fmt: skip
    return KnowledgeBase(
        version="test",
        sources=sources,
        roles={r.id: r for r in roles},
        skills={s.id: s for s in skills},
        resources={r.id: r for r in resources},
        facts={f.id: f for f in facts},
    )


def research_for(kb: KnowledgeBase, role_id: str) -> RoleResearch:
    """What the researcher would hand the planner for ``role_id``."""
    role = kb.roles[role_id]
    return RoleResearch(
        role_id=role.id,
        role_name=role.name.en,
        fit=0.8,
        required_skills=required_skills(role),
        facts=[
            SourcedFact(fact_id=f.id, text=f.text.en, source_id=f.source_id)
            for f in kb.facts.values()
            if role.id in f.roles
        ],
        salary_bands=[SalaryBand(**b.model_dump()) for b in role.salary_bands],
    )


def profile(
    skills: dict[str, int] | None = None,
    *,
    hours: float = 10,
    weeks: int = 52,
    years: float | None = 5,
    language: str = "en",
    target: str = "ai_application_engineer",
) -> Profile:
    return Profile.model_validate(
        {
            "current_role": "Java backend developer",
            "years_experience": years,
            "skills": [
                SkillClaim(skill_id=s, level=lv, evidence=f"I use {s} at work")  # type: ignore[arg-type]
                for s, lv in (skills or {}).items()
            ],
            "target_role": target,
            "hours_per_week": hours,
            "horizon_weeks": weeks,
            "language": language,
        }
    )

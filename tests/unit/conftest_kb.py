"""A small knowledge base for tests that must not depend on the shipped data.

Import :func:`fixture_kb` from test modules; it is written to a temp dir, loaded with
``load_kb_from`` (so it is validated exactly like the shipped KB) and cached per process.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from coach.knowledge import KnowledgeBase, load_kb_from

SOURCES = """
- id: src_survey
  title: {en: Developer survey 2025, zh: 2025 开发者调查}
  date: "2025-07"
  language: en
  summary: {en: Survey of developers., zh: 开发者调查。}
- id: src_jobs
  title: {en: Job postings sample, zh: 招聘信息样本}
  date: "2025-05"
  language: en
  summary: {en: Sample of postings., zh: 招聘样本。}
- id: src_cn_salary
  title: {en: China AI salary report, zh: 中国 AI 薪酬报告}
  date: "2025-03"
  language: zh
  summary: {en: Salary report., zh: 薪酬报告。}
"""

SKILLS = """
- id: programming_fundamentals
  name: {en: Programming fundamentals, zh: 编程基础}
  aliases: [coding, programming, 编程, 写代码, 代码]
  category: foundations
  hours: {1: 40, 2: 120, 3: 400}
- id: python
  name: {en: Python, zh: Python}
  aliases: [py]
  category: language
  prerequisites: [programming_fundamentals]
  hours: {1: 30, 2: 100, 3: 300}
  resources: [res_python_book]
  implies: [{skill_id: programming_fundamentals, level: 2, min_level: 2}]
- id: java
  name: {en: Java, zh: Java}
  category: language
  hours: {1: 40, 2: 120, 3: 400}
  implies: [{skill_id: programming_fundamentals, level: 2, min_level: 2}]
- id: kotlin
  name: {en: Kotlin, zh: Kotlin}
  category: language
  hours: {1: 30, 2: 100, 3: 300}
  implies:
    - {skill_id: programming_fundamentals, level: 2, min_level: 2}
    - {skill_id: java, level: 1, min_level: 2}
- id: android
  name: {en: Android development, zh: 安卓开发}
  aliases: [Android, 安卓]
  category: engineering
  hours: {1: 60, 2: 200, 3: 600}
  implies: [{skill_id: programming_fundamentals, level: 2, min_level: 2}]
- id: frontend
  name: {en: Frontend development, zh: 前端开发}
  aliases: [frontend, front-end, 前端, web development]
  category: engineering
  hours: {1: 60, 2: 200, 3: 600}
  implies: [{skill_id: programming_fundamentals, level: 2, min_level: 2}]
- id: react
  name: {en: React, zh: React}
  aliases: [React.js, ReactJS]
  category: engineering
  prerequisites: [typescript]
  hours: {1: 30, 2: 100, 3: 300}
- id: typescript
  name: {en: TypeScript, zh: TypeScript}
  aliases: [TS, JavaScript, JS]
  category: language
  hours: {1: 30, 2: 100, 3: 300}
  implies: [{skill_id: programming_fundamentals, level: 2, min_level: 2}]
- id: go
  name: {en: Go, zh: Go 语言}
  aliases: [Golang, Go]
  category: language
  hours: {1: 30, 2: 100, 3: 300}
- id: r_lang
  name: {en: R, zh: R 语言}
  aliases: [R]
  category: language
  hours: {1: 30, 2: 100, 3: 300}
- id: cpp
  name: {en: C++, zh: C++}
  aliases: [cpp]
  category: language
  hours: {1: 60, 2: 200, 3: 600}
- id: ci_cd
  name: {en: CI/CD, zh: 持续集成与部署}
  aliases: [continuous integration, CI, 持续集成]
  category: infrastructure
  hours: {1: 15, 2: 50, 3: 150}
- id: docker
  name: {en: Docker and containers, zh: Docker 与容器}
  aliases: [Docker, containers, 容器]
  category: infrastructure
  hours: {1: 15, 2: 50, 3: 150}
- id: software_testing
  name: {en: Software testing, zh: 软件测试}
  aliases: [QA, testing, test automation, 测试, 自动化测试, Selenium]
  category: engineering
  hours: {1: 20, 2: 80, 3: 250}
  implies: [{skill_id: evaluation, level: 1, min_level: 2}]
- id: sql
  name: {en: SQL, zh: SQL}
  aliases: [MySQL, PostgreSQL]
  category: data
  hours: {1: 20, 2: 60, 3: 200}
- id: vector_databases
  name: {en: Vector databases, zh: 向量数据库}
  aliases: [vector DB, vector store, pgvector, Milvus, 向量库]
  category: ai
  prerequisites: [python]
  hours: {1: 10, 2: 40, 3: 120}
- id: rag
  name: {en: Retrieval-augmented generation (RAG), zh: 检索增强生成 (RAG)}
  aliases: [RAG, retrieval augmented generation, 检索增强生成, 检索增强]
  category: ai
  prerequisites: [vector_databases, llm_apis]
  hours: {1: 20, 2: 60, 3: 180}
- id: llm_apis
  name: {en: LLM APIs, zh: 大模型 API}
  aliases: [OpenAI API, LLM API, 大模型接口]
  category: ai
  prerequisites: [python]
  hours: {1: 10, 2: 40, 3: 120}
- id: prompt_engineering
  name: {en: Prompt engineering, zh: 提示词工程}
  aliases: [prompting, prompts, 提示词, prompt]
  category: ai
  hours: {1: 5, 2: 25, 3: 80}
- id: evaluation
  name: {en: LLM evaluation, zh: 大模型评测}
  aliases: [evals, 评测]
  category: ai
  hours: {1: 10, 2: 40, 3: 120}
- id: ai_tools
  name: {en: AI productivity tools, zh: AI 效率工具}
  aliases: [ChatGPT, Copilot, AI tools, AI 工具]
  category: ai
  hours: {1: 5, 2: 20, 3: 60}
- id: communication
  name: {en: Stakeholder communication, zh: 沟通协作}
  aliases: [communication, 沟通, stakeholder management]
  category: business
  hours: {1: 10, 2: 40, 3: 150}
- id: process_automation
  name: {en: Workflow automation, zh: 流程自动化}
  aliases: [automation, no-code, Zapier, 流程优化]
  category: business
  hours: {1: 10, 2: 40, 3: 120}
- id: operations
  name: {en: Operations management, zh: 运营管理}
  aliases: [operations, 运营]
  category: business
  hours: {1: 20, 2: 80, 3: 300}
  implies: [{skill_id: communication, level: 2, min_level: 2}]
"""

_REQ = "{{skill_id: {s}, level: {lv}, weight: {w}, source_id: src_jobs}}"


def _reqs(items: list[tuple[str, int, float]]) -> str:
    return "[" + ", ".join(_REQ.format(s=s, lv=lv, w=w) for s, lv, w in items) + "]"


ROLES = f"""
- id: ai_application_engineer
  family: engineering
  name: {{en: AI Application Engineer, zh: AI 应用工程师}}
  aliases: [AI app engineer, LLM application engineer, 大模型应用开发, 大模型应用工程师, AI 应用开发]
  summary: {{en: Builds products on top of large language models with RAG and agents.,
            zh: 基于大模型构建产品，使用 RAG 和智能体。}}
  required: {
    _reqs(
        [
            ("python", 2, 1.0),
            ("llm_apis", 2, 0.9),
            ("rag", 2, 0.8),
            ("vector_databases", 1, 0.6),
            ("prompt_engineering", 2, 0.6),
            ("evaluation", 1, 0.5),
            ("programming_fundamentals", 2, 0.7),
        ]
    )
}
  experience: {{en: 2+ years of software engineering., zh: 两年以上软件开发经验。}}
  salary_bands:
    - {{level: junior, low: 250000, high: 400000, currency: CNY, region: CN, source_id: src_cn_salary}}
    - {{level: mid, low: 400000, high: 700000, currency: CNY, region: CN, source_id: src_cn_salary}}
    - {{level: senior, low: 700000, high: 1100000, currency: CNY, region: CN, source_id: src_cn_salary}}
    - {{level: mid, low: 150000, high: 210000, currency: USD, region: US, source_id: src_survey}}
  stepping_stones: [ai_augmented_professional]
  source_ids: [src_jobs]
- id: forward_deployed_engineer
  family: engineering
  name: {{en: Forward Deployed Engineer, zh: 前线部署工程师}}
  aliases: [FDE, forward deployed, 驻场工程师]
  summary: {{en: Embeds with customers to deploy AI systems in their workflows.,
            zh: 深入客户现场，把 AI 系统部署到客户业务流程中。}}
  required: {
    _reqs(
        [
            ("python", 2, 0.9),
            ("llm_apis", 2, 0.8),
            ("communication", 3, 0.9),
            ("sql", 2, 0.5),
            ("docker", 1, 0.4),
        ]
    )
}
  experience: {{en: Customer-facing engineering., zh: 面向客户的工程经验。}}
  salary_bands:
    - {{level: mid, low: 180000, high: 260000, currency: USD, region: US, source_id: src_survey}}
  source_ids: [src_jobs]
- id: mlops_engineer
  family: infrastructure
  name: {{en: MLOps Engineer, zh: MLOps 工程师}}
  aliases: [ML platform engineer, 机器学习运维]
  summary: {{en: Runs training and serving pipelines in production.,
            zh: 负责训练与推理服务的生产流水线。}}
  required: {
    _reqs(
        [
            ("python", 2, 0.9),
            ("docker", 2, 0.9),
            ("ci_cd", 2, 0.8),
            ("software_testing", 1, 0.4),
            ("go", 1, 0.3),
        ]
    )
}
  experience: {{en: Ops or backend background., zh: 运维或后端背景。}}
  source_ids: [src_jobs]
- id: agent_engineer
  family: engineering
  name: {{en: Agent Engineer, zh: 智能体工程师}}
  aliases: [AI agent engineer, Agent 开发, 智能体开发]
  summary: {{en: Builds tool-using LLM agents., zh: 构建会调用工具的大模型智能体。}}
  required: {
    _reqs(
        [
            ("python", 3, 1.0),
            ("llm_apis", 2, 0.9),
            ("evaluation", 2, 0.7),
            ("rag", 1, 0.5),
        ]
    )
}
  experience: {{en: Strong software engineering., zh: 扎实的软件工程能力。}}
  source_ids: [src_jobs]
- id: ai_augmented_professional
  family: business
  name: {{en: AI-Augmented Professional, zh: AI 赋能型专业人士}}
  aliases: [AI-augmented, AI 赋能]
  summary: {{en: Uses AI tools to multiply output in a non-engineering job.,
            zh: 在非技术岗位上用 AI 工具成倍提升产出。}}
  required: {
    _reqs(
        [
            ("ai_tools", 2, 1.0),
            ("prompt_engineering", 2, 0.8),
            ("process_automation", 1, 0.6),
            ("communication", 2, 0.5),
        ]
    )
}
  experience: {{en: Domain experience., zh: 行业经验。}}
  source_ids: [src_survey]
"""

RESOURCES = """
- id: res_python_book
  title: Python Crash Course
  kind: book
  language: en
  hours: 40
  skills: [python]
  source_id: src_survey
- id: res_rag_course
  title: Building RAG applications
  kind: course
  language: en
  hours: 12
  skills: [rag, vector_databases]
  source_id: src_survey
"""

FACTS = """
- id: fact_salary_cn
  topic: salary
  text: {en: AI application engineer salaries in China rose about 20% in 2024.,
         zh: 2024 年中国 AI 应用工程师薪资上涨约 20%。}
  roles: [ai_application_engineer]
  source_id: src_cn_salary
- id: fact_salary_us
  topic: salary
  text: {en: US forward deployed engineers earn a salary premium over backend engineers.,
         zh: 美国前线部署工程师的薪资高于后端工程师。}
  roles: [forward_deployed_engineer]
  source_id: src_survey
- id: fact_demand_rag
  topic: demand
  text: {en: Most AI application postings ask for RAG experience.,
         zh: 大多数 AI 应用岗位要求 RAG 经验。}
  roles: [ai_application_engineer, agent_engineer]
  source_id: src_jobs
- id: fact_mlops
  topic: demand
  text: {en: MLOps teams value CI/CD and container skills.,
         zh: MLOps 团队看重 CI/CD 与容器技能。}
  roles: [mlops_engineer]
  source_id: src_jobs
- id: fact_augmented
  topic: trend
  text: {en: Non-engineers who master AI tools report large productivity gains.,
         zh: 掌握 AI 工具的非技术人员报告了显著的效率提升。}
  roles: [ai_augmented_professional]
  source_id: src_survey
"""


def write_fixture_kb(data_dir: Path) -> None:
    """Write the fixture YAML files into ``data_dir``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    files = {
        "meta.yaml": "version: fixture-1\n",
        "sources.yaml": SOURCES,
        "skills.yaml": SKILLS,
        "roles.yaml": ROLES,
        "resources.yaml": RESOURCES,
        "facts.yaml": FACTS,
    }
    for name, text in files.items():
        (data_dir / name).write_text(text, encoding="utf-8")


@cache
def fixture_kb() -> KnowledgeBase:
    """The fixture knowledge base, validated by the real loader."""
    with tempfile.TemporaryDirectory(prefix="coach-kb-") as tmp:
        write_fixture_kb(Path(tmp))
        return load_kb_from(Path(tmp))

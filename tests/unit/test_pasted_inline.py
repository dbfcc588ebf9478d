"""A posting pasted on one line with no lead-in is still a posting (its sections named inline),
so its requirements are never counted as the person's skills."""

from __future__ import annotations

from coach.engine.pasted import pasted_document
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

ZH = (
    "岗位职责：1. 负责大模型应用的后端开发与部署 2. 搭建RAG知识库 任职要求：1. 3年以上Java或Python"
    "开发经验 2. 熟悉LangChain、向量数据库 3. 有Agent开发经验者优先 薪资：30-50K"
)
EN = (
    "Senior ML Engineer at Acme. Requirements: 3+ years of Python, experience deploying ML "
    "models, MLflow, Docker. Nice to have: Kubernetes. Salary: $150k-$180k"
)


def test_one_line_postings_without_a_lead_in_are_postings() -> None:
    lexicon = get_lexicon(load_kb())
    assert pasted_document(ZH, lexicon) == "posting"
    assert pasted_document(EN, lexicon) == "posting"


def test_a_person_talking_about_requirements_is_not_a_posting() -> None:
    lexicon = get_lexicon(load_kb())
    said = "I know Python and SQL; the requirements of my job are mostly reporting in Excel."
    assert pasted_document(said, lexicon) is None
    assert pasted_document("我会Python和SQL，工作要求主要是做Excel报表", lexicon) is None


def test_the_chat_does_not_take_a_pasted_postings_skills_as_the_persons() -> None:
    from coach.engine.pasted import document_text
    from coach.engine.posting import parse_posting

    kb = load_kb()
    posting = parse_posting(document_text(EN, "posting"), get_lexicon(kb), kb)
    assert posting.title == "Senior ML Engineer"
    assert "product_sense" not in {r.skill_id for r in posting.requirements}  # "Requirements:"
    assert posting.pay == "$150k-$180k"

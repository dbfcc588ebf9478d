"""A pasted job posting is told by its shape whatever its layout (DOC5-6): no section headings
but a pay line and requirement bullets, lines run together, en and zh; a person's own lines,
also bulleted, stay a chat turn."""

from __future__ import annotations

import pytest

from coach.engine.pasted import pasted_document
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

EN = """Platform Reliability Engineer
Compensation: $140k-$170k + equity
- 4+ years running production Kubernetes
- Strong Go or Python
- Experience with Terraform on AWS
- Knowledge of Prometheus and alerting
- On-call experience is a plus"""
ZH = """大模型平台运维工程师
薪资：25-35K·14薪
1. 3年以上Linux服务器运维经验
2. 熟悉Kubernetes和Docker
3. 熟练使用Python或Go编写自动化脚本
4. 有GPU集群监控（Prometheus）经验者优先"""


@pytest.mark.parametrize(
    "text",
    [EN, ZH, EN.replace("\n", " "), "Requirements " + EN.split("\n", 2)[2].replace("\n", " ")],
)
def test_a_posting_without_headings_is_read_as_one(text: str) -> None:
    assert pasted_document(text, get_lexicon(load_kb())) == "posting"


def test_a_persons_bulleted_lines_stay_a_chat_turn() -> None:
    text = (
        "quick summary of me:\n- 6 hours a week, by June\n- strong Python, experience with SQL\n"
        "- I run Kubernetes at work\n- I want an MLOps role"
    )
    assert pasted_document(text, get_lexicon(load_kb())) is None


def test_a_one_line_posting_keeps_its_title_and_its_pay_range_whole() -> None:
    from coach.engine.pasted import document_text
    from coach.engine.posting import parse_posting

    kb = load_kb()
    line = (
        "Fleet Automation Engineer Location: Austin, TX Salary: $120,000 - $150,000 "
        "Requirements - 3+ years with Linux servers - Kubernetes in production - Python or Go"
    )
    posting = parse_posting(document_text(line, "posting"), get_lexicon(kb), kb)
    assert posting.title == "Fleet Automation Engineer"
    assert posting.pay_range is not None and posting.pay_range.high == 150000
    assert not any("150" in u for u in posting.unmapped)


@pytest.mark.parametrize(
    "text",
    [
        "hi! network tech for 5 years, I patch fiber, run Linux and some Python and Bash, about 7 "
        "hours a week, within a year. here is the job I'd like:",
        "做了4年Java后端，熟悉Spring Boot、MySQL和Redis，每周10小时，希望半年内转型。目标岗位：",
    ],
)
def test_a_turn_announcing_a_posting_still_to_come_is_the_persons_own(text: str) -> None:
    assert pasted_document(text, get_lexicon(load_kb())) is None

"""A question about the job posting asked during the intake ("what does this job need most?",
"how much does it pay?", "这个岗位最看重什么？") is answered from the posting, in the language
asked, and the intake goes on (the next question still follows)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.cli_fit import seed_chat
from coach.context import Context
from coach.graph import build_graph
from coach.runner import SessionRunner

CV = """# Dana Whitfield
## Experience
**Customer Success Manager**, Brightline — Mar 2019 – present
- Run onboarding and technical workshops; write SQL against customers' warehouses
## Skills
SQL, Looker, stakeholder management
"""
JOB = """Solutions Engineer (Remote, US)
## Requirements
- 3+ years in a customer-facing technical role
- Strong Python and SQL
- Experience with LLM APIs and RAG
## Compensation
$120,000 – $150,000 base + equity
"""


def _runner(tmp_path: Path) -> SessionRunner:
    (tmp_path / "cv.md").write_text(CV, encoding="utf-8")
    (tmp_path / "job.md").write_text(JOB, encoding="utf-8")
    store = InMemoryStore()
    today = date(2026, 12, 2)
    seed_chat(store, "dana", tmp_path / "cv.md", tmp_path / "job.md", today)
    context = Context(start_date=date(2027, 1, 4), today=today, user_id="dana")
    return SessionRunner(build_graph(InMemorySaver(), store), "intake-posting-q", context)


def test_a_posting_question_in_the_intake_is_answered_and_the_intake_goes_on(
    tmp_path: Path,
) -> None:
    runner = _runner(tmp_path)
    first = "\n".join(runner.send("what does this job need most?").replies)
    assert "asks for first" in first and "Python" in first
    assert "Is this right?" in first  # the summary to confirm still follows
    pay = "\n".join(runner.send("and how much does it pay?").replies)
    assert "$120,000 – $150,000" in pay and "asks for first" not in pay
    zh = "\n".join(runner.send("这个岗位最看重什么？").replies)
    assert "最先要求" in zh and "Python" in zh

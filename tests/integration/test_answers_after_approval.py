"""Through the graph, after approval (COACHING.md D): a span of days is a window of hours from
its first day, a tool question and a credential fear get their own answers, and a question
about the targeted job posting is answered from that posting."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.engine.posting import JobPosting, PostingRequirement
from coach.graph import build_graph
from coach.nodes.common import MENTORS_NAMESPACE
from coach.runner import SessionRunner
from coach.store import remember_posting
from tests.integration.cli_helpers import ANDROID

ZH = "我做了4年前端，React和TypeScript，想转大模型应用开发，每周8小时，一年内。"


def _approved(first: str, store: InMemoryStore | None = None) -> SessionRunner:
    store = store or InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    context = Context(start_date=date(2027, 1, 4), today=date(2027, 1, 6))
    runner = SessionRunner(build_graph(InMemorySaver(), store), "answers", context)
    runner.send(first)
    runner.resume({"action": "approve", "mentor_id": "mei"})
    return runner


def test_a_span_of_days_starts_on_its_first_day_and_ends() -> None:
    runner = _approved(ZH)
    result = runner.send("暑假从7月5号到8月15号，那段时间每周能学14小时")
    assert result.awaiting_mentor
    reply = result.replies[0]
    assert "2027-07-05" in reply and "持续 6 周" in reply, reply


def test_a_tool_and_a_credential_question_are_answered_first() -> None:
    runner = _approved(ANDROID)
    tool = runner.send("is n8n better than Zapier for the automation part?").replies[-1]
    assert tool.startswith("Either will do"), tool
    cred = runner.send("I never finished my degree, will that rule me out?").replies[-1]
    assert cred.startswith("No, a missing degree does not rule you out"), cred


def test_a_question_about_the_targeted_posting_is_answered_from_it() -> None:
    store = InMemoryStore()
    posting = JobPosting(
        title="LLM platform engineer",
        requirements=[
            PostingRequirement(skill_id="kubernetes", words="K8s", line="K8s", level=2),
            PostingRequirement(skill_id="rag", words="RAG", line="RAG", level=2),
        ],
    )
    remember_posting(store, "local", posting.model_dump(mode="json"))
    reply = _approved(ANDROID, store).send("what matters most for that job?").replies[-1]
    assert reply.startswith("What the LLM platform engineer posting asks for first"), reply
    assert "Kubernetes" in reply and "RAG" in reply

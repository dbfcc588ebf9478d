"""Through the graph, after approval (COACHING.md D): a span of days is a window of hours from
its first day, a tool question and a credential fear get their own answers, a pace question is
answered (not re-planned). A question about the targeted posting is the docs lane's
(``nodes.documents.posting_reply``)."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.nodes.common import MENTORS_NAMESPACE
from coach.runner import SessionRunner
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


def test_is_a_pace_enough_is_answered_not_re_planned() -> None:
    runner = _approved(ANDROID)
    result = runner.send("is 5 hours a week enough?")
    assert not result.awaiting_mentor
    assert result.replies[-1].startswith(("Yes", "Nearly", "Not for the plan")), result.replies


def test_an_employers_platform_beside_a_tool_the_sources_lack() -> None:
    reply = _approved(ANDROID).send(
        "we're on AWS, should I use Bedrock Agents instead of LangGraph?"
    )
    text = reply.replies[-1]
    assert text.startswith("It depends") and "Your employer is on AWS" in text, text

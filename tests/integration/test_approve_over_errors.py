"""Approving a plan the reviewer found errors in is never silent: the mentor sees the errors, a
plain --approve is refused (one line, in the mentor's language, recorded), and --override
approves it with the override in the audit."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from coach.cli_mentor_lang import CHOSEN
from tests.integration.cli_helpers import admin_token, chat, run

UNREALISTIC = (
    "I'm a history student. I want to be an AI application engineer at OpenAI in 2 months, "
    "3 hours a week."
)


@pytest.fixture(autouse=True)
def _fresh_language() -> None:
    CHOSEN.clear()


def _mentor(name: str, lang: str) -> str:
    admin_token()
    added = run("mentor", "add", name, "--lang", lang)
    assert added.exit_code == 0, added.output
    return added.stdout.strip().splitlines()[-1]


def test_approving_over_errors_needs_an_audited_override() -> None:
    session, _ = chat(UNREALISTIC, "yes")
    plan = json.loads(run("plan", session, "--format", "json").stdout)
    errors = [f for f in plan["review"]["findings"] if f["severity"] == "error"]
    assert errors, plan["review"]
    os.environ["COACH_MENTOR_TOKEN"] = _mentor("mei", "en")
    refused = run("mentor", "review", session, "--approve")
    assert refused.exit_code != 0
    assert f"The reviewer could not fix {len(errors)} error(s)" in refused.output
    assert "not approved" in refused.output and "--override" in refused.output
    os.environ["COACH_MENTOR_TOKEN"] = _mentor("wang", "zh")
    CHOSEN.clear()
    zh = run("mentor", "review", session, "--approve")
    assert zh.exit_code != 0 and "未批准" in zh.output and "审核错误" in zh.output
    assert "awaiting" in run("plan", session, "--format", "json").stdout  # still waiting
    CHOSEN.clear()
    approved = run("mentor", "review", session, "--approve", "--override")
    assert approved.exit_code == 0, approved.output
    audit = json.loads(run("mentor", "audit", session, "--json").stdout)
    assert [e["outcome"] for e in audit] == ["refused", "refused", "accepted"]
    accepted = audit[-1]["detail"]
    assert accepted["decision"]["override"] is True
    assert len(accepted["overridden_findings"]) == len(errors)
    CHOSEN.clear()
    assert "OVERRIDE" in run("mentor", "audit", session, "--lang", "en").output


def test_the_hitl_payload_names_the_errors_and_the_node_refuses_a_plain_approve(
    tmp_path: Path,
) -> None:
    from datetime import date

    from langgraph.checkpoint.memory import InMemorySaver
    from langgraph.store.memory import InMemoryStore

    from coach.context import Context
    from coach.graph import build_graph
    from coach.runner import SessionRunner
    from coach.sessions import SessionLog
    from coach.store import register_mentor

    store = InMemoryStore()
    register_mentor(store, "mei")
    context = Context(user_id="ana", start_date=date(2027, 1, 4), today=date(2027, 1, 4))
    log = SessionLog("20270104-err001", tmp_path)
    runner = SessionRunner(build_graph(InMemorySaver(), store), "20270104-err001", context, log)
    runner.send(UNREALISTIC)
    runner.send("yes")
    assert runner.awaiting_mentor()
    request = runner.snapshot().tasks[0].interrupts[0].value
    args = request["action_requests"][0]["args"]
    assert args["review_errors"]
    assert "Reviewer errors" in request["action_requests"][0]["description"]
    result = runner.resume({"action": "approve", "mentor_id": "mei"})
    refused = [e for e in result.events if e.get("type") == "mentor_refused"]
    assert refused and "--override" in str(refused[0]["error"]) and runner.awaiting_mentor()
    runner.resume({"action": "approve", "mentor_id": "mei", "override": True})
    assert not runner.awaiting_mentor()


def test_is_it_realistic_after_an_override_names_the_reviewers_errors(tmp_path: Path) -> None:
    from datetime import date

    from langgraph.checkpoint.memory import InMemorySaver
    from langgraph.store.memory import InMemoryStore

    from coach.context import Context
    from coach.graph import build_graph
    from coach.runner import SessionRunner
    from coach.sessions import SessionLog
    from coach.store import register_mentor

    store = InMemoryStore()
    register_mentor(store, "mei")
    context = Context(user_id="ana", start_date=date(2027, 1, 4), today=date(2027, 1, 4))
    log = SessionLog("20270104-err002", tmp_path)
    runner = SessionRunner(build_graph(InMemorySaver(), store), "20270104-err002", context, log)
    runner.send(UNREALISTIC)
    runner.send("yes")
    runner.resume({"action": "approve", "mentor_id": "mei", "override": True})
    reply = "\n".join(runner.send("is openai realistic for me?").replies)
    assert "Not realistic as it stands" in reply and "Realistic, if you keep" not in reply

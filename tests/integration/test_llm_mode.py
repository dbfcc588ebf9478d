"""Every LLM path through the graph, driven by a scripted chat model (no key, no network)."""

from __future__ import annotations

from datetime import date
from typing import Any

from langchain_core.messages import AIMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.llm.scripted import ScriptedAPIError, ScriptedChatModel
from coach.nodes.assist import USAGE_NAMESPACE
from coach.runner import SessionRunner
from coach.store import register_mentor

FIRST = (
    "I work as a QA lead, 7 years with Selenium and Java. Contact me at ana@example.com. "
    "I want to become an AI application engineer, 10 hours a week, within 9 months."
)


def _runner(model: ScriptedChatModel, **context: Any) -> tuple[SessionRunner, InMemoryStore]:
    store = InMemoryStore()
    register_mentor(store, "mei")
    graph = build_graph(InMemorySaver(), store)
    ctx = Context(
        model="scripted",
        chat_model=model,
        start_date=date(2027, 1, 4),
        retry_backoff_seconds=0,
        **context,
    )
    return SessionRunner(graph, "llm-1", ctx), store


def _profile_draft() -> dict[str, Any]:
    return {
        "current_role": "QA lead",
        "years_experience": 7,
        "skills": [
            {"skill_id": "selenium_made_up", "raw": None, "level": 2, "evidence": "Selenium"},
        ],
        "evidence": [{"field": "current_role", "quote": "QA lead"}],
    }


def test_llm_paths_run_in_every_node_and_engine_stays_authority() -> None:
    model = ScriptedChatModel(
        [
            _profile_draft(),  # profiler: structured output
            AIMessage(
                "",
                tool_calls=[{"name": "kb_search", "args": {"query": "RAG"}, "id": "c1"}],
            ),  # researcher: a tool call
            "QA leads bring testing discipline that LLM evaluation needs.",  # researcher note
            {  # planner: wording; the message invents a number, so it is dropped
                "rationale": "Your testing background makes evaluation your edge.",
                "message": "You will be done in 99999 weeks!",
                "projects": [],
            },
            {"critique": "Solid ordering; watch the load in busy months.", "concerns": []},
        ]
    )
    runner, store = _runner(model, mask_pii_for_local=True)  # scripted counts as local
    result = runner.send(FIRST)
    assert result.awaiting_mentor
    values = runner.values()
    assert values["profile"]["current_role"] == "QA lead"
    plan = values["plan"]
    assert plan["rationale"] == "Your testing background makes evaluation your edge."
    assert "99999" not in plan["message"]  # guard kept the engine's message
    assert values["review"]["critique"].startswith("Solid ordering")
    assert values["research"]["note"].startswith("QA leads")
    # PII never reached the model
    first_request = " ".join(str(m.content) for m in model.requests[0])
    assert "ana@example.com" not in first_request
    kinds = [e["type"] for e in result.events]
    assert kinds.count("model_call") == 5
    assert "llm_rejected" in kinds
    calls = [e for e in result.events if e["type"] == "model_call"]
    assert all(c.get("prompt_hash") for c in calls)
    usage = store.get(USAGE_NAMESPACE, "llm-1")
    assert usage is not None and usage.value["session"]["calls"] == 5


def test_model_failures_fall_back_to_the_engine_and_the_session_goes_on() -> None:
    boom = [ScriptedAPIError("overloaded", 529)] * 40
    model = ScriptedChatModel(list(boom))
    runner, _ = _runner(model)
    from coach.nodes import assist

    result = runner.send(FIRST)
    assert result.awaiting_mentor, result.replies
    fallbacks = [e for e in result.events if e["type"] == "fallback"]
    assert {f["node"] for f in fallbacks} >= {"profiler", "planner", "reviewer"}
    assert runner.values()["plan"]["total_hours"] > 0
    assert assist is not None


def test_per_turn_call_limit_stops_model_calls_but_not_the_session() -> None:
    model = ScriptedChatModel([_profile_draft()])
    runner, _ = _runner(model, max_model_calls_per_turn=1)
    result = runner.send(FIRST)
    assert result.awaiting_mentor
    assert len(model.requests) == 1
    reasons = [e["reason"] for e in result.events if e["type"] == "fallback"]
    assert any("limit" in r for r in reasons)


def test_coach_reply_streams_after_approval() -> None:
    model = ScriptedChatModel(
        [
            _profile_draft(),
            "A research note without citations.",
            {"rationale": "Fine.", "message": "Here is your plan.", "projects": []},
            {"critique": "OK.", "concerns": []},
            "Start with the evaluation module this week.",
        ]
    )
    tokens: list[str] = []
    runner, _ = _runner(model)
    runner.on_token = tokens.append
    runner.send(FIRST)
    runner.resume({"action": "approve", "mentor_id": "mei"})
    result = runner.send("What should I focus on first?")
    assert "".join(tokens).strip() == "Start with the evaluation module this week."
    assert result.replies[-1] == "Start with the evaluation module this week."


def test_cli_with_scripted_model_accounts_calls_in_sessions_and_plan(tmp_path: Any) -> None:
    import json

    from tests.integration.cli_helpers import plan_json, run, session_id

    script = tmp_path / "script.json"
    script.write_text(
        json.dumps(
            [
                _profile_draft(),
                "A research note.",
                {"rationale": "Because.", "message": "Here it is.", "projects": []},
                {"critique": "Fine.", "concerns": []},
            ]
        )
    )
    result = run("chat", "--model", f"scripted:{script}", input=FIRST + "\n")
    assert result.exit_code == 0, result.output
    session = session_id(result)
    listed = json.loads(run("sessions", "--json").stdout)
    assert listed[0]["model_calls"] == 4 and listed[0]["tokens"] > 0
    usage = plan_json(session)["usage"]
    assert usage["calls"] == 4
    assert set(usage["prompts"]) == {"profiler", "researcher", "planner", "reviewer"}
    md = run("plan", session).stdout
    assert "4 calls" in md


def test_unknown_provider_is_a_one_line_error() -> None:
    from tests.integration.cli_helpers import run

    result = run("chat", "--model", "nosuchprovider:model-x", input="hi\n")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "nosuchprovider" in result.output

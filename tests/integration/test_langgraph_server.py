"""The graph on LangGraph Server (`langgraph dev`, in-memory runtime, custom auth from
src/coach/auth.py), driven by the SDK client with bearer tokens: users own their threads, only
mentors resume, nobody writes state around the graph; agent-chat-ui's and Agent Inbox's decision
payloads approve, edit and request changes, "ignore" is refused.

The `dev` extra installs LangGraph Server (`langgraph-cli[inmem]`), so the README's test command
runs this test; a checkout without it skips, except in CI (`COACH_REQUIRE_SERVER_TEST=1`), where a
missing server is a failure.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli_helpers import ANDROID

ROOT = Path(__file__).resolve().parents[2]
LANGGRAPH = shutil.which("langgraph", path=str(Path(sys.executable).parent)) or shutil.which(
    "langgraph"
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.network_loopback,
    pytest.mark.allow_hosts(["127.0.0.1"]),
]
ACCOUNTS = {
    "ana": ("tok-ana", "user"),
    "bob": ("tok-bob", "user"),
    "mei": ("tok-mei", "mentor"),
    "lin": ("tok-lin", "mentor"),
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # find_spec, not import: importing langgraph_api starts its on-disk persistence here.
    installed = all(importlib.util.find_spec(m) for m in ("langgraph_api", "langgraph_sdk"))
    if not installed or LANGGRAPH is None:
        if os.environ.get("COACH_REQUIRE_SERVER_TEST"):
            pytest.fail("LangGraph Server is not installed: pip install -e '.[dev,server]'")
        pytest.skip("LangGraph Server is not installed (the `server` extra)")
    port = _free_port()
    # `langgraph dev` keeps its state in .langgraph_api beside its config: serve the project's
    # graph from a scratch copy of langgraph.json so the repository stays clean.
    workdir = tmp_path_factory.mktemp("server")
    config = json.loads((ROOT / "langgraph.json").read_text(encoding="utf-8"))
    config["dependencies"] = ["."]  # coach itself is installed in this environment
    config["graphs"] = {
        name: str(ROOT / spec.removeprefix("./")) for name, spec in config["graphs"].items()
    }
    config["auth"]["path"] = str(ROOT / config["auth"]["path"].removeprefix("./"))
    (workdir / "langgraph.json").write_text(json.dumps(config), encoding="utf-8")
    env = {
        **os.environ,
        "LANGGRAPH_CLI_NO_ANALYTICS": "1",
        "LANGSMITH_TRACING": "false",
        "COACH_HOME": str(tmp_path_factory.mktemp("server-home")),
        "COACH_AUTH_TOKENS": json.dumps(
            {token: {"identity": who, "role": role} for who, (token, role) in ACCOUNTS.items()}
        ),
    }
    proc = subprocess.Popen(
        [
            LANGGRAPH,
            "dev",
            "--no-browser",
            "--no-reload",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--config",
            str(workdir / "langgraph.json"),
        ],
        cwd=workdir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            with contextlib.suppress(OSError), urllib.request.urlopen(f"{url}/ok", timeout=2) as r:
                if r.status == 200:
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read() if proc.stderr else ""
                pytest.fail(f"langgraph dev did not start:\n{err[-2000:]}")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def _interrupts(state: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = list(state.get("interrupts") or [])
    for task in state.get("tasks") or []:
        found.extend(task.get("interrupts") or [])
    return found


def _client(url: str, who: str) -> Any:
    from langgraph_sdk import get_sync_client

    return get_sync_client(url=url, headers={"Authorization": f"Bearer {ACCOUNTS[who][0]}"})


def _waiting_thread(url: str, who: str = "ana") -> str:
    client = _client(url, who)
    thread: str = client.threads.create()["thread_id"]
    for text in (ANDROID, "yes"):  # a returning user confirms what the coach remembers
        client.runs.wait(thread, "coach", input={"messages": [{"role": "user", "content": text}]})
        state = client.threads.get_state(thread)
        if state["next"]:
            break
    assert state["next"] == ["mentor_review"], state["next"]
    return thread


def _status(error: BaseException) -> int:
    response = getattr(error, "response", None)
    return int(getattr(response, "status_code", 0))


def test_sdk_runs_a_session_to_the_mentor_interrupt_and_resumes_it(server_url: str) -> None:
    thread = _waiting_thread(server_url)
    ana, mei = _client(server_url, "ana"), _client(server_url, "mei")
    state = ana.threads.get_state(thread)
    request = _interrupts(state)[0]["value"]
    assert request["action_requests"][0]["name"] == "approve_plan"
    assert request["review_configs"][0]["allowed_decisions"] == ["approve", "edit", "reject"]
    assert state["values"]["status"] == "awaiting_mentor"

    # the mentor's identity comes from auth: a mentor_id naming someone else is refused
    mei.runs.wait(thread, "coach", command={"resume": {"action": "approve", "mentor_id": "lin"}})
    state = mei.threads.get_state(thread)
    assert state["next"] == ["mentor_review"]
    assert "does not match" in state["values"]["decisions"][-1]["refused"]

    # a HITL-shaped response (agent-chat-ui's approve) from an authenticated mentor approves it
    mei.runs.wait(thread, "coach", command={"resume": {"decisions": [{"type": "approve"}]}})
    state = ana.threads.get_state(thread)
    assert state["next"] == []
    assert state["values"]["status"] == "approved"
    assert state["values"]["decisions"][-1]["mentor_id"] == "mei"


def test_users_see_and_run_only_their_own_threads_and_never_decide(server_url: str) -> None:
    import httpx

    thread = _waiting_thread(server_url, "ana")
    ana, bob = _client(server_url, "ana"), _client(server_url, "bob")
    with pytest.raises(httpx.HTTPStatusError) as seen:
        bob.threads.get_state(thread)
    assert _status(seen.value) in (403, 404)
    assert thread not in [t["thread_id"] for t in bob.threads.search(limit=100)]
    assert thread in [t["thread_id"] for t in ana.threads.search(limit=100)]
    resume = {"resume": {"decisions": [{"type": "approve"}]}}
    for attempt in (
        lambda: ana.runs.wait(thread, "coach", command=resume),  # a user approving their own
        lambda: ana.threads.update_state(thread, {"status": "approved"}, as_node="mentor_review"),
        lambda: ana.runs.wait(thread, "coach", command={"goto": "finalize"}),
        lambda: ana.store.put_item(["mentors"], "ana", {"name": "ana"}),
        lambda: ana.threads.update(thread, metadata={"owner": "bob"}),
    ):
        with pytest.raises(httpx.HTTPStatusError) as refused:
            attempt()
        assert _status(refused.value) in (403, 404)
    with pytest.raises(httpx.HTTPStatusError):
        _client(server_url, "mei").runs.wait(thread, "coach", command={"goto": "__end__"})
    assert ana.threads.get_state(thread)["values"]["status"] == "awaiting_mentor"
    # anyone without a token is turned away
    from langgraph_sdk import get_sync_client

    with pytest.raises(httpx.HTTPStatusError) as anonymous:
        get_sync_client(url=server_url).threads.search()
    assert _status(anonymous.value) == 401


def test_agent_chat_ui_reject_and_edit_and_agent_inbox_ignore(server_url: str) -> None:
    """The resume values agent-chat-ui sends (`{decisions: [...]}`) and Agent Inbox's list."""
    thread = _waiting_thread(server_url)
    mei = _client(server_url, "mei")
    changes = {"decisions": [{"type": "reject", "message": "Only 6 hours a week, please."}]}
    mei.runs.wait(thread, "coach", command={"resume": changes})
    state = mei.threads.get_state(thread)
    assert state["next"] == ["mentor_review"]
    assert state["values"]["plan"]["version"] == 2
    assert state["values"]["decisions"][-1]["action"] == "reject"

    mei.runs.wait(thread, "coach", command={"resume": [{"type": "ignore", "args": None}]})
    state = mei.threads.get_state(thread)
    assert state["next"] == ["mentor_review"]
    assert "ignore" in state["values"]["decisions"][-1]["refused"]

    request = _interrupts(state)[0]["value"]["action_requests"][0]
    bad = dict(request["args"]["plan"]) | {"hours_per_week": 500}
    edited = {"type": "edit", "edited_action": {"name": request["name"], "args": {"plan": bad}}}
    mei.runs.wait(thread, "coach", command={"resume": {"decisions": [edited]}})
    state = mei.threads.get_state(thread)
    assert state["next"] == ["mentor_review"]
    assert "out of bounds" in state["values"]["decisions"][-1]["refused"]

    plan = dict(request["args"]["plan"]) | {"risks": ["Edited in agent-chat-ui."]}
    args = {"plan": plan, "review": request["args"]["review"]}
    edited = {"type": "edit", "edited_action": {"name": request["name"], "args": args}}
    mei.runs.wait(thread, "coach", command={"resume": {"decisions": [edited]}})
    state = mei.threads.get_state(thread)
    assert state["next"] == []
    assert state["values"]["status"] == "approved"
    assert state["values"]["plan"]["risks"] == ["Edited in agent-chat-ui."]
    assert state["values"]["decisions"][-1]["mentor_id"] == "mei"


def test_agent_inbox_accept_and_response(server_url: str) -> None:
    thread = _waiting_thread(server_url)
    lin = _client(server_url, "lin")
    lin.runs.wait(
        thread,
        "coach",
        command={"resume": [{"type": "response", "args": "Extend the plan by 4 weeks."}]},
    )
    state = lin.threads.get_state(thread)
    assert state["next"] == ["mentor_review"] and state["values"]["plan"]["version"] == 2
    request = _interrupts(state)[0]["value"]["action_requests"][0]
    accept = [{"type": "accept", "args": {"action": request["name"], "args": request["args"]}}]
    lin.runs.wait(thread, "coach", command={"resume": accept})
    state = lin.threads.get_state(thread)
    assert state["values"]["status"] == "approved"
    assert state["values"]["decisions"][-1]["mentor_id"] == "lin"


def test_a_mentor_cannot_approve_their_own_plan(server_url: str) -> None:
    thread = _waiting_thread(server_url, "lin")
    lin = _client(server_url, "lin")
    lin.runs.wait(thread, "coach", command={"resume": {"decisions": [{"type": "approve"}]}})
    state = lin.threads.get_state(thread)
    assert state["next"] == ["mentor_review"]
    assert "own plan" in state["values"]["decisions"][-1]["refused"]


def test_nobody_decides_again_from_an_older_checkpoint(server_url: str) -> None:
    """A run from an earlier checkpoint forks the history: a mentor could answer a pause that
    was already decided (a stale second decision). Runs start from the latest state."""
    import httpx

    thread = _waiting_thread(server_url)
    mei = _client(server_url, "mei")
    paused = mei.threads.get_state(thread)["checkpoint"]["checkpoint_id"]
    mei.runs.wait(thread, "coach", command={"resume": {"decisions": [{"type": "approve"}]}})
    assert mei.threads.get_state(thread)["values"]["status"] == "approved"
    again = {"resume": {"decisions": [{"type": "reject", "message": "Fewer hours."}]}}
    for attempt in (
        lambda: mei.runs.wait(thread, "coach", command=again, checkpoint_id=paused),
        lambda: mei.runs.wait(
            thread, "coach", command=again, config={"configurable": {"checkpoint_id": paused}}
        ),
        lambda: _client(server_url, "ana").runs.wait(
            thread,
            "coach",
            input={"messages": [{"role": "user", "content": "hi"}]},
            interrupt_before=["finalize"],
        ),
    ):
        with pytest.raises(httpx.HTTPStatusError) as refused:
            attempt()
        assert _status(refused.value) == 403
    state = mei.threads.get_state(thread)
    assert state["values"]["status"] == "approved"
    assert [d["action"] for d in state["values"]["decisions"] if "refused" not in d] == ["approve"]

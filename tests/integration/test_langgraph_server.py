"""The graph on LangGraph Server (`langgraph dev`, in-memory runtime), driven by the SDK client:
run a session to the mentor interrupt, refuse an unknown mentor, resume with a registered one.

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
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli_helpers import ANDROID

ROOT = Path(__file__).resolve().parents[2]
LANGGRAPH = shutil.which("langgraph", path=str(Path(sys.executable).parent)) or shutil.which(
    "langgraph"
)

pytestmark = [pytest.mark.network_loopback, pytest.mark.allow_hosts(["127.0.0.1"])]


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
    (workdir / "langgraph.json").write_text(json.dumps(config), encoding="utf-8")
    env = {
        **os.environ,
        "LANGGRAPH_CLI_NO_ANALYTICS": "1",
        "LANGSMITH_TRACING": "false",
        "COACH_HOME": str(tmp_path_factory.mktemp("server-home")),
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


def test_sdk_runs_a_session_to_the_mentor_interrupt_and_resumes_it(server_url: str) -> None:
    from langgraph_sdk import get_sync_client

    client = get_sync_client(url=server_url)
    client.store.put_item(["mentors"], "mei", {"name": "mei"})
    thread = client.threads.create()["thread_id"]
    context = {"user_id": f"ana-{uuid.uuid4().hex[:8]}"}

    client.runs.wait(
        thread,
        "coach",
        input={"messages": [{"role": "user", "content": ANDROID}]},
        context=context,
    )
    state = client.threads.get_state(thread)
    assert state["next"] == ["mentor_review"]
    request = _interrupts(state)[0]["value"]
    assert request["action_requests"][0]["name"] == "approve_plan"
    assert request["review_configs"][0]["allowed_decisions"] == ["approve", "edit", "reject"]
    assert state["values"]["status"] == "awaiting_mentor"

    # an unknown mentor is refused: the run pauses again, nothing changes
    client.runs.wait(
        thread,
        "coach",
        command={"resume": {"action": "approve", "mentor_id": "mallory"}},
        context=context,
    )
    state = client.threads.get_state(thread)
    assert state["next"] == ["mentor_review"]
    assert state["values"]["status"] == "awaiting_mentor"

    # a HITL-shaped response from a registered mentor approves it
    client.runs.wait(
        thread,
        "coach",
        command={"resume": {"mentor_id": "mei", "decisions": [{"type": "approve"}]}},
        context=context,
    )
    state = client.threads.get_state(thread)
    assert state["next"] == []
    assert state["values"]["status"] == "approved"
    assert state["values"]["plan"]["target"] == "ai_application_engineer"

"""``coach eval --langsmith`` against a local stub of the LangSmith API on 127.0.0.1.

Without the flag nothing is sent, and with it but without LANGSMITH_API_KEY the command refuses
before replaying. With both, the cases become a dataset (once: a second run adds no examples) and
the run becomes an experiment: one run per case linked to its example, feedback per score.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from typer.testing import CliRunner

from coach.cli import app
from tests.unit.test_eval_fails import record_probe

pytestmark = [pytest.mark.network_loopback, pytest.mark.allow_hosts(["127.0.0.1"])]

CASE_NAME = "ls-probe"


@dataclass
class FakeLangSmith:
    datasets: dict[str, dict[str, Any]] = field(default_factory=dict)
    examples: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)
    feedback: list[dict[str, Any]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _handler(fake: FakeLangSmith) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the fake records what the test needs."""

        def _reply(self, body: Any, status: int = 200) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _body(self) -> Any:
            length = int(self.headers.get("Content-Length", 0))
            return json.loads(self.rfile.read(length) or b"null")

        def do_GET(self) -> None:
            url = urlparse(self.path)
            query = parse_qs(url.query)
            fake.requests.append(f"GET {url.path}")
            if url.path == "/info":
                self._reply({"version": "0.0.0-stub", "instance_flags": {}})
            elif url.path == "/datasets":
                names = query.get("name", [])
                self._reply([d for n, d in fake.datasets.items() if not names or n in names])
            elif url.path == "/examples":
                wanted = query.get("dataset", [])
                found = [e for e in fake.examples if not wanted or e["dataset_id"] in wanted]
                offset = int(query.get("offset", ["0"])[0])
                self._reply(found[offset:])
            else:
                self._reply({"detail": "not found"}, 404)

        def do_POST(self) -> None:
            path = urlparse(self.path).path
            body = self._body()
            fake.requests.append(f"POST {path}")
            if path == "/datasets":
                ds = {
                    "id": str(uuid.uuid4()),
                    "name": body["name"],
                    "description": body.get("description"),
                    "data_type": "kv",
                    "created_at": _now(),
                    "modified_at": _now(),
                }
                fake.datasets[body["name"]] = ds
                self._reply(ds)
            elif path == "/examples/bulk":
                made = []
                for ex in body:
                    made.append(
                        {**ex, "id": str(uuid.uuid4()), "created_at": _now(), "modified_at": _now()}
                    )
                fake.examples.extend(made)
                self._reply(made)
            elif path == "/sessions":
                project = {
                    **body,
                    "id": str(uuid.uuid4()),
                    "start_time": _now(),
                    "tenant_id": str(uuid.uuid4()),
                }
                fake.projects.append(project)
                self._reply(project)
            elif path == "/runs":
                fake.runs.append(body)
                self._reply({})
            elif path == "/feedback":
                fake.feedback.append(body)
                self._reply({**body, "created_at": _now(), "modified_at": _now()})
            else:
                self._reply({"detail": "not found"}, 404)

    return Handler


@pytest.fixture
def fake_langsmith(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLangSmith]:
    fake = FakeLangSmith()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    monkeypatch.setenv("LANGSMITH_ENDPOINT", f"http://127.0.0.1:{server.server_port}")
    monkeypatch.delenv("LANGSMITH_API_KEY", raising=False)
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case recorded from a real in-process session, independent of the committed cases."""
    return record_probe(tmp_path_factory.mktemp("ls-cases"), CASE_NAME, None)


def _eval(probe: Path, *args: str) -> Any:
    baseline = probe.parent / "baseline.json"  # absent: a new case that passes is fine
    return CliRunner().invoke(app, ["eval", str(probe), "--baseline", str(baseline), *args])


def test_without_the_flag_nothing_is_sent(
    fake_langsmith: FakeLangSmith, probe: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGSMITH_API_KEY", "ls-test")
    result = _eval(probe)
    assert result.exit_code == 0, result.output
    assert fake_langsmith.requests == []


def test_the_flag_without_a_key_refuses_and_sends_nothing(
    fake_langsmith: FakeLangSmith, probe: Path
) -> None:
    result = _eval(probe, "--langsmith")
    assert result.exit_code == 2
    assert "LANGSMITH_API_KEY" in result.output
    assert fake_langsmith.requests == []


def test_a_run_becomes_an_experiment_on_a_dataset_of_the_cases(
    fake_langsmith: FakeLangSmith, probe: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGSMITH_API_KEY", "ls-test")
    result = _eval(probe, "--langsmith", "--dataset", "coach-test")
    assert result.exit_code == 0, result.output
    assert "langsmith: experiment coach-eval-" in result.output
    assert list(fake_langsmith.datasets) == ["coach-test"]
    (example,) = fake_langsmith.examples
    assert example["metadata"]["case"] == CASE_NAME
    assert example["inputs"]["steps"] and "expect" in example["outputs"]
    (project,) = fake_langsmith.projects
    assert project["reference_dataset_id"] == fake_langsmith.datasets["coach-test"]["id"]
    (run,) = fake_langsmith.runs
    assert run["name"] == CASE_NAME and run["reference_example_id"] == example["id"]
    assert run["outputs"]["verdict"] == "pass" and run["session_name"] == project["name"]
    keys = {f["key"] for f in fake_langsmith.feedback}
    assert "gate" in keys and "coverage" in keys
    gate = next(f for f in fake_langsmith.feedback if f["key"] == "gate")
    assert gate["score"] == 1.0 and gate["run_id"] == run["id"]
    assert gate["session_id"] == project["id"]

    again = _eval(probe, "--langsmith", "--dataset", "coach-test")
    assert again.exit_code == 0, again.output
    assert len(fake_langsmith.examples) == 1  # the dataset is not duplicated
    assert len(fake_langsmith.projects) == 2

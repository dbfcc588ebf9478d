"""Shared fixtures: every test gets its own COACH_HOME; no network, no model keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def coach_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "coach-home"
    monkeypatch.setenv("COACH_HOME", str(home))
    for var in (
        "COACH_MODEL",
        "COACH_DATABASE_URL",
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "LANGSMITH_TRACING",
        "LANGCHAIN_TRACING_V2",
    ):
        monkeypatch.delenv(var, raising=False)
    # Set (empty), not deleted: tests' helpers set these and monkeypatch restores them after.
    for var in ("COACH_ADMIN_TOKEN", "COACH_MENTOR_TOKEN"):
        monkeypatch.setenv(var, "")
    yield home


# CI runs the property tests derandomized, so a red build is reproducible from its log;
# locally hypothesis explores new examples each run.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if __import__("os").environ.get("CI") else "dev")

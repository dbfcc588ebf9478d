"""make_chat_model: offline, provider specs, one-line errors for what is missing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coach.llm.factory import (
    ModelConfigError,
    is_local_model,
    is_loopback_url,
    make_chat_model,
)
from coach.llm.scripted import ScriptedAPIError, ScriptedChatModel

# ChatOpenAI probes socket options when it is built (it never connects); allow loopback only.
loopback_only = pytest.mark.allow_hosts(["127.0.0.1"])


@pytest.fixture(autouse=True)
def no_openai_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_BASE"):
        monkeypatch.delenv(var, raising=False)


def _one_line(exc: pytest.ExceptionInfo[ModelConfigError]) -> str:
    text = str(exc.value)
    assert "\n" not in text and "Traceback" not in text and len(text) < 300
    return text


@pytest.mark.parametrize("spec", ["offline", "", "  offline  "])
def test_offline_means_no_model(spec: str) -> None:
    assert make_chat_model(spec) is None


def test_unknown_provider_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ModelConfigError) as exc:
        make_chat_model("nosuchprovider:big-model")
    assert "unknown model provider 'nosuchprovider'" in _one_line(exc)


@pytest.mark.parametrize("spec", ["gpt-4o", "openai:", ":gpt-4o"])
def test_a_spec_without_provider_and_model_is_rejected(spec: str) -> None:
    with pytest.raises(ModelConfigError) as exc:
        make_chat_model(spec)
    assert "provider:model" in _one_line(exc)


def test_missing_provider_package_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "langchain_anthropic", None)  # import fails
    with pytest.raises(ModelConfigError) as exc:
        make_chat_model("anthropic:claude-sonnet-4-5")
    text = _one_line(exc)
    assert "langchain-anthropic" in text and "pip install 'coach[anthropic]'" in text


@loopback_only
def test_missing_openai_key_says_which_variable_to_set() -> None:
    with pytest.raises(ModelConfigError) as exc:
        make_chat_model("openai:gpt-4o-mini")
    text = _one_line(exc)
    assert "OPENAI_API_KEY" in text and "OPENAI_BASE_URL" in text


@loopback_only
def test_a_local_openai_compatible_server_needs_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8080/v1")
    model = make_chat_model("openai:qwen2.5-7b-instruct")
    assert model is not None and is_local_model(model)
    assert getattr(model, "max_retries", None) == 0  # our retries only, not the SDK's too
    assert getattr(model, "stream_usage", None) is True


@loopback_only
def test_a_remote_model_is_not_local(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    model = make_chat_model("openai:gpt-4o-mini")
    assert model is not None and not is_local_model(model)


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://localhost:11434", True),
        ("http://127.0.0.1:8080/v1", True),
        ("http://[::1]:8000/v1", True),
        ("https://api.openai.com/v1", False),
        ("http://192.168.1.5:8080/v1", False),
        (None, False),
    ],
)
def test_loopback_urls(url: str | None, local: bool) -> None:
    assert is_loopback_url(url) is local


def test_scripted_spec_loads_a_json_script(tmp_path: Path) -> None:
    script = tmp_path / "script.json"
    script.write_text(
        json.dumps(["hello", {"error": "slow down", "status_code": 429}, {"hours": 3}]),
        encoding="utf-8",
    )
    model = make_chat_model(f"scripted:{script}")
    assert isinstance(model, ScriptedChatModel) and is_local_model(model)
    assert model.script[0] == "hello" and model.script[2] == {"hours": 3}
    assert isinstance(model.script[1], ScriptedAPIError) and model.script[1].status_code == 429


def test_a_missing_script_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ModelConfigError) as exc:
        make_chat_model(f"scripted:{tmp_path / 'nope.json'}")
    assert "cannot read model script" in _one_line(exc)


def test_importing_the_layer_imports_no_provider_package() -> None:
    code = (
        "import sys, coach.llm.factory, coach.llm.client, coach.llm.replay, coach.llm.tasks;"
        "print(sorted(m for m in ('openai', 'langchain_openai', 'langchain', 'httpx') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

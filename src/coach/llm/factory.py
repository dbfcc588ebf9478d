"""Build the chat model named by ``--model`` / ``COACH_MODEL``.

- ``offline`` (default): no model; the deterministic engine does everything.
- ``provider:model``: anything LangChain's ``init_chat_model`` accepts (``openai:gpt-4o-mini``,
  ``anthropic:claude-sonnet-4-5``, ``ollama:qwen2.5:7b``). Provider packages are optional extras:
  ``pip install 'coach[openai]'``.
- ``scripted:<file.json>``: a :class:`~coach.llm.scripted.ScriptedChatModel` (tests, demos).

Nothing here imports a provider package at module import.
"""

from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import urlparse

from langchain_core.language_models import BaseChatModel

OFFLINE = "offline"
REQUEST_TIMEOUT_S = 60.0

_EXTRAS = {
    "openai": "openai",
    "azure_openai": "openai",
    "anthropic": "anthropic",
    "ollama": "ollama",
}
_KEY_ENV = {
    "openai": "OPENAI_API_KEY",
    "azure_openai": "AZURE_OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "google_genai": "GOOGLE_API_KEY",
    "mistralai": "MISTRAL_API_KEY",
    "groq": "GROQ_API_KEY",
    "deepseek": "DEEPSEEK_API_KEY",
}
_LOOPBACK = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}


class ModelConfigError(Exception):
    """The model spec cannot be used; ``str()`` is one line telling the user what to do."""


def _one_line(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first[:300]


def is_loopback_url(url: str | None) -> bool:
    if not url:
        return False
    host = urlparse(url if "://" in url else f"http://{url}").hostname or ""
    return host.lower() in _LOOPBACK or host.startswith("127.")


def model_base_url(model: Any) -> str | None:
    """The endpoint a LangChain chat model talks to, when it says (OpenAI, Ollama, Anthropic)."""
    for attr in ("openai_api_base", "base_url", "anthropic_api_url", "api_base"):
        value = getattr(model, attr, None)
        if isinstance(value, str) and value:
            return value
    client = getattr(model, "root_client", None)
    url = getattr(client, "base_url", None)
    if url is not None:
        return str(url)
    if type(model).__name__ == "ChatOllama":
        return os.environ.get("OLLAMA_HOST") or "http://127.0.0.1:11434"
    return None


def is_local_model(model: Any) -> bool:
    """True when the model is served on this machine (base URL on localhost / 127.x / ::1).

    The offline test models (scripted, replay) count as local: nothing leaves the process.
    """
    if getattr(model, "_llm_type", "") in {"coach-scripted", "coach-replay"}:
        return True
    return is_loopback_url(model_base_url(model))


def model_name(model: Any) -> str:
    """A short label for logs: ``provider-class:model``."""
    for attr in ("model_name", "model", "model_id"):
        value = getattr(model, attr, None)
        if isinstance(value, str) and value:
            return f"{getattr(model, '_llm_type', type(model).__name__)}:{value}"
    return str(getattr(model, "_llm_type", type(model).__name__))


def _provider_kwargs(provider: str) -> dict[str, Any]:
    if provider != "openai":
        return {}
    # The client layer retries with backoff itself; the SDK's own retries would multiply them.
    kwargs: dict[str, Any] = {"max_retries": 0, "timeout": REQUEST_TIMEOUT_S}
    base = os.environ.get("OPENAI_BASE_URL") or os.environ.get("OPENAI_API_BASE")
    if base:
        # Ask OpenAI-compatible servers for token usage in streams too (ignored if unsupported).
        kwargs["stream_usage"] = True
        if is_loopback_url(base) and not os.environ.get("OPENAI_API_KEY"):
            # llama.cpp / vLLM / Ollama on this machine need no key, but the SDK insists on one.
            kwargs["api_key"] = "local-no-key"
    return kwargs


def _explain(provider: str, exc: Exception) -> str:
    text = str(exc)
    extra = _EXTRAS.get(provider)
    if isinstance(exc, ImportError):
        match = re.search(r"pip install ([\w.\-\[\]]+)", text)
        package = match.group(1) if match else f"langchain-{provider.replace('_', '-')}"
        hint = f"pip install 'coach[{extra}]'" if extra else f"pip install {package}"
        return f"model provider {provider!r} needs the {package} package: {hint}"
    key_env = _KEY_ENV.get(provider)
    if key_env and re.search(r"api[_ ]?key|credential|auth", text, re.IGNORECASE):
        local = (
            " (for a local OpenAI-compatible server set OPENAI_BASE_URL=http://127.0.0.1:PORT/v1)"
            if provider == "openai"
            else ""
        )
        return f"model provider {provider!r} needs an API key: set {key_env}{local}"
    return f"cannot start model {provider!r}: {_one_line(text)}"


def make_chat_model(spec: str) -> BaseChatModel | None:
    """The chat model for ``spec``, or None for ``offline``. Raises :class:`ModelConfigError`."""
    spec = spec.strip()
    if not spec or spec == OFFLINE:
        return None
    if spec.startswith("scripted:"):
        from coach.llm.scripted import ScriptedChatModel, load_script

        path = spec.removeprefix("scripted:")
        try:
            return ScriptedChatModel(load_script(path))
        except (OSError, ValueError) as exc:
            raise ModelConfigError(
                f"cannot read model script {path!r}: {_one_line(str(exc))}"
            ) from exc
    provider, sep, name = spec.partition(":")
    if not sep or not provider or not name:
        raise ModelConfigError(
            f"model {spec!r} is not 'offline' or 'provider:model' (e.g. openai:gpt-4o-mini, "
            "ollama:qwen2.5:7b)"
        )
    provider = provider.strip().lower().replace("-", "_")
    try:
        from langchain.chat_models import init_chat_model
    except ImportError as exc:
        raise ModelConfigError(
            f"model {spec!r} needs LangChain: pip install 'coach[{_EXTRAS.get(provider, 'openai')}]'"
        ) from exc
    try:
        model = init_chat_model(name, model_provider=provider, **_provider_kwargs(provider))
    except ValueError as exc:
        if "Unsupported" in str(exc) or "provider" in str(exc).lower():
            raise ModelConfigError(
                f"unknown model provider {provider!r} in {spec!r} "
                "(try openai:, anthropic:, ollama:, google_genai:, mistralai:, groq:)"
            ) from exc
        raise ModelConfigError(_explain(provider, exc)) from exc
    except Exception as exc:  # ImportError, missing key (openai.OpenAIError), pydantic errors
        raise ModelConfigError(_explain(provider, exc)) from exc
    if not isinstance(model, BaseChatModel):
        raise ModelConfigError(f"model {spec!r} did not give a chat model")
    return model

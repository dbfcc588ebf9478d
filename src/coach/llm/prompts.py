"""Prompt templates: one Markdown file per node, versioned by content hash.

File format (``prompts/<name>.md``)::

    # title and notes for maintainers (not sent)
    ## system
    ...system message, may use {placeholders}...
    ## user
    ...user message, may use {placeholders}...

Only ``{identifier}`` is a placeholder; any other brace (JSON examples in the prompt, braces in
user text) is left as it is. Values are inserted once and never re-scanned, and a value cannot
close or open a ``<user_text>`` block, so user text stays data.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

PROMPT_NAMES = ("profiler", "researcher", "planner", "reviewer", "coach")
_SECTION = re.compile(r"^## (system|user)[ \t]*$", re.MULTILINE)
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_DATA_TAG = re.compile(r"<(/?)\s*(user_text|data)\s*>", re.IGNORECASE)


class PromptError(ValueError):
    """A prompt file is missing or malformed, or a placeholder has no value."""


@dataclass(frozen=True)
class Prompt:
    name: str
    text: str
    hash: str
    """sha256 of the file's UTF-8 text, first 12 hex digits (recorded in every session log)."""
    system: str
    user: str

    @property
    def placeholders(self) -> set[str]:
        return set(_PLACEHOLDER.findall(self.system)) | set(_PLACEHOLDER.findall(self.user))


def prompt_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def prompts_dir() -> Traversable:
    """``coach/prompts`` inside an installed wheel, else the repository's top-level ``prompts/``."""
    packaged = resources.files("coach").joinpath("prompts")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "prompts"


def parse_prompt(name: str, text: str) -> Prompt:
    """Split a prompt file into its system and user sections."""
    parts = _SECTION.split(text)
    # parts = [preamble, "system", body, "user", body]
    sections = {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    if set(sections) != {"system", "user"} or len(parts) != 5:
        raise PromptError(
            f"prompt {name!r}: needs exactly one '## system' and one '## user' section"
        )
    return Prompt(
        name=name,
        text=text,
        hash=prompt_hash(text),
        system=sections["system"],
        user=sections["user"],
    )


@cache
def load_prompt(name: str) -> Prompt:
    """Load ``prompts/<name>.md`` (cached per process)."""
    path = prompts_dir().joinpath(f"{name}.md")
    if not path.is_file():
        raise PromptError(f"prompt {name!r} not found (looked for {path})")
    return parse_prompt(name, path.read_text(encoding="utf-8"))


def prompt_hashes() -> dict[str, str]:
    """Name -> content hash of every node prompt (for the session log's header)."""
    return {name: load_prompt(name).hash for name in PROMPT_NAMES}


def _neutralise(value: str) -> str:
    # A value may not open or close the data block: "</user_text>" becomes "&lt;/user_text&gt;".
    return _DATA_TAG.sub(lambda m: f"&lt;{m.group(1)}{m.group(2)}&gt;", value)


def fill(template: str, variables: dict[str, str], *, name: str = "?") -> str:
    """Replace ``{identifier}`` placeholders; every placeholder must have a value."""

    def substitute(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in variables:
            raise PromptError(f"prompt {name!r}: no value for placeholder {{{key}}}")
        return _neutralise(str(variables[key]))

    return _PLACEHOLDER.sub(substitute, template)


def render_prompt(prompt: Prompt, **variables: str) -> list[BaseMessage]:
    return [
        SystemMessage(fill(prompt.system, variables, name=prompt.name)),
        HumanMessage(fill(prompt.user, variables, name=prompt.name)),
    ]


def render(name: str, **variables: str) -> list[BaseMessage]:
    """The system and user messages of prompt ``name`` with ``variables`` filled in."""
    return render_prompt(load_prompt(name), **variables)

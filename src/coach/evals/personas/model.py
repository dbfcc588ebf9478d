"""The persona format: a person, how they answer each kind of question, a mentor, expectations.

A persona file is YAML (see ``evals/personas/README.md``); it is validated here so that a typo in
a key is an error when the suite loads, not a silently skipped expectation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it

QuestionKind = Literal["background", "target", "hours", "horizon", "choice", "confirm", "other"]
KINDS: tuple[str, ...] = ("background", "target", "hours", "horizon", "choice", "confirm", "other")
DEFAULT_TODAY = date(2026, 3, 2)
"""A Monday; personas that speak of dates relative to today set their own ``today``."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _as_list(value: Any) -> Any:
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


class Answers(_Strict):
    """How the person answers each kind of question. A list is used one entry per time the
    question comes (the last one repeats, as a person would); ``fallback`` answers anything else.
    """

    background: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    hours: list[str] = Field(default_factory=list)
    horizon: list[str] = Field(default_factory=list)
    choice: list[str] = Field(default_factory=list)
    choice_role: str | None = Field(
        default=None,
        description="Answer a numbered role list with the number of this role id (else choice).",
    )
    confirm: list[str] = Field(default_factory=list)
    fallback: list[str] = Field(default_factory=list)

    _lists = field_validator(
        "background", "target", "hours", "horizon", "choice", "confirm", "fallback", mode="before"
    )(_as_list)

    def for_kind(self, kind: str, times_asked: int) -> str | None:
        """The answer to the ``times_asked``-th (0-based) question of ``kind``, or None."""
        options: list[str] = getattr(self, kind, []) if kind in KINDS and kind != "other" else []
        if not options:
            options = self.fallback
        if not options:
            return None
        return options[min(times_asked, len(options) - 1)]

    def has(self, kind: str) -> bool:
        return bool(getattr(self, kind, None)) if kind in KINDS and kind != "other" else False


class AfterTurn(_Strict):
    """One step after approval: a user turn, or a mentor's decision on a waiting re-plan."""

    say: str | None = None
    mentor: Literal["approve"] | None = None
    request: str | None = Field(default=None, description="The mentor requests these changes.")


class Mentor(_Strict):
    name: str = "persona-mentor"
    request: str | None = Field(
        default=None, description="Changes the mentor requests on the first draft (then approves)."
    )
    approve: bool = Field(default=True, description="Approve (after any request).")


class Persona(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]{0,79}$")
    language: Literal["en", "zh"]
    person: str = Field(description="Who they are, in a sentence (for the reader, not the coach).")
    today: date = DEFAULT_TODAY
    first: list[str] = Field(min_length=1, description="The first message(s), sent in order.")
    answers: Answers = Field(default_factory=Answers)
    while_waiting: list[str] = Field(
        default_factory=list, description="Turns sent while the first draft waits for the mentor."
    )
    mentor: Mentor | None = None
    after: list[AfterTurn] = Field(default_factory=list, description="Turns after approval.")
    expect: dict[str, Any] = Field(min_length=1)
    cv: str | None = Field(default=None, description="A CV file, relative to the persona file.")
    job: str | None = Field(default=None, description="A job posting file, likewise.")
    attach: bool = Field(
        default=False,
        description="Give cv/job as `coach chat --cv --job` does; else a turn '<cv>' or '<job>' "
        "pastes the file's text into the chat.",
    )
    max_turns: int = Field(default=12, ge=1, le=40)

    _first = field_validator("first", "while_waiting", mode="before")(_as_list)

    @field_validator("after", mode="before")
    @classmethod
    def _after_strings(cls, value: Any) -> Any:
        return [{"say": v} if isinstance(v, str) else v for v in _as_list(value)]

    def document(self, which: str) -> str:
        """The text of the persona's ``cv`` or ``job`` file."""
        name = self.cv if which == "cv" else self.job
        if name is None:
            raise ValueError(f"{self.id}: '<{which}>' is sent but no {which} file is given")
        return Path(name).read_text(encoding="utf-8")

    def expand(self, text: str) -> str:
        """A turn as sent: '<cv>' / '<job>' stand for the file's text (pasted)."""
        for which in ("cv", "job"):
            if f"<{which}>" in text:
                text = text.replace(f"<{which}>", self.document(which))
        return text


def load_persona(path: Path) -> Persona:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML)
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a persona is a YAML mapping")
    for key in ("cv", "job"):  # documents live next to the persona file
        if isinstance(data.get(key), str):
            document = path.parent / data[key]
            if not document.is_file():
                raise ValueError(f"{path}: {key} file {document} does not exist")
            data[key] = str(document)
    try:
        return Persona.model_validate(data)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from exc


def persona_files(paths: list[Path]) -> list[Path]:
    """YAML files under each path (a file is taken as is), sorted, without duplicates."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.yaml") if p.name != "baseline.yaml")
        else:
            found.append(path)
    return list(dict.fromkeys(found))

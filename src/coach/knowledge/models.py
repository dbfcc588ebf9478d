"""The knowledge base's record types, validated on load from ``data/*.yaml``."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from coach.schemas import Language


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Record):
    """A user-facing string in both languages."""

    en: str = Field(min_length=1)
    zh: str = Field(min_length=1)

    def get(self, language: Language) -> str:
        return self.zh if language == "zh" else self.en


class InterviewTopic(Text):
    """An interview topic; with ``skills``, asked only of a plan that schedules one of them
    (an edge-AI plan is not asked about datacentre batching)."""

    skills: list[str] = Field(default_factory=list)


class Source(_Record):
    id: str
    title: Text
    date: str
    language: Language
    summary: Text


class Implies(_Record):
    """Having this skill at ``min_level`` shows ``skill_id`` at ``level`` (a transferable skill)."""

    skill_id: str
    level: Literal[1, 2, 3]
    min_level: Literal[1, 2, 3] = 1


class Skill(_Record):
    id: str
    name: Text
    aliases: list[str] = Field(default_factory=list)
    category: str
    prerequisites: list[str] = Field(default_factory=list)
    hours: dict[Literal[1, 2, 3], int] = Field(
        description="Cumulative hours from zero to reach each level."
    )
    resources: list[str] = Field(default_factory=list)
    implies: list[Implies] = Field(default_factory=list)
    deliverable: Text | None = Field(
        default=None, description="What a learner builds to show this skill."
    )
    practice: Text | None = Field(
        default=None,
        description="What to practise when no learning material is named for this skill.",
    )


class Requirement(_Record):
    skill_id: str
    level: Literal[1, 2, 3]
    weight: float = Field(gt=0, le=1)
    source_id: str


class Project(_Record):
    id: str
    title: Text
    description: Text
    skills: list[str]
    source_id: str


REGIONS: frozenset[str] = frozenset({"CN", "US", "global", "unspecified"})
"""Where a pay band or fact applies: a country code, worldwide, or not said by the source
(the integrity check holds ``region`` to these)."""


class Band(_Record):
    level: str
    level_zh: str = Field(default="", description="The level in Chinese (shown in zh plans).")
    low: float
    high: float | None = None
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code: CNY, USD...")
    period: Literal["year", "month"] = "year"
    region: str
    source_id: str
    scope: Literal["role", "ai_engineers"] = Field(
        default="role",
        description="Whom the source's figure is for: this role, or AI engineers in general"
        " (the source gives no figure for the role alone; the plan says so).",
    )


class Track(_Record):
    """A variant of a role that the person's goal picks ("edge AI" for the inference role):
    its own requirements replace or add to the role's, and the role skills it drops are not
    planned (datacentre CUDA is not what an on-device engineer needs)."""

    id: str
    name: Text
    words: list[str] = Field(min_length=1, description="Goal words that pick it (any language).")
    required: list[Requirement] = Field(default_factory=list)
    drop: list[str] = Field(default_factory=list)
    interview_topics: list[InterviewTopic] = Field(
        default_factory=list, description="The track's own interview topics (else the role's)."
    )


class Role(_Record):
    id: str
    family: str
    name: Text
    aliases: list[str] = Field(default_factory=list)
    summary: Text
    required: list[Requirement]
    nice_to_have: list[str] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    interview_topics: list[InterviewTopic] = Field(default_factory=list)
    experience: Text
    salary_bands: list[Band] = Field(default_factory=list)
    stepping_stones: list[str] = Field(
        default_factory=list, description="Nearer roles to suggest when a goal is infeasible."
    )
    source_ids: list[str]
    tracks: list[Track] = Field(default_factory=list)

    @field_validator("interview_topics", mode="before")
    @classmethod
    def _topics(cls, value: Any) -> Any:
        """A plain ``Text`` is a topic for every plan of the role."""
        if isinstance(value, list):
            return [v.model_dump() if type(v) is Text else v for v in value]
        return value


LEARNING_KINDS: frozenset[str] = frozenset({"course", "book", "docs", "tutorial", "paper"})
"""Resource kinds that are learning material: what a plan item lists as its resources."""
PRACTICE_KINDS: frozenset[str] = frozenset({"practice", "project", "community"})
"""Resource kinds that are things to do (practice and project ideas), never listed as material."""

ResourceKind = Literal[
    "course", "book", "docs", "tutorial", "paper", "practice", "project", "community"
]


class Resource(_Record):
    """A learning resource or a practice idea a source names.

    ``title`` is the English title (kept a plain string for existing callers); ``title_zh`` the
    Chinese one. In YAML write ``title: {en: ..., zh: ...}``.
    """

    id: str
    title: str
    title_zh: str = ""
    kind: ResourceKind
    language: Literal["en", "zh", "mixed"]
    hours: int = Field(gt=0)
    skills: list[str]
    topics: list[str] = Field(
        default_factory=list, description="What it covers, in its own words (links need these)."
    )
    source_id: str
    url: str | None = None
    for_coders: bool = Field(
        default=False,
        description="Material that assumes the reader writes code (notebooks, SDKs, framework"
        " docs): never the material of a plan for a role without coding.",
    )
    excerpt: bool = Field(
        default=False,
        description="A section of a longer document (a seed's chapter): background reading of"
        " an hour or two, listed after full courses, books and docs, never first.",
    )

    @model_validator(mode="before")
    @classmethod
    def _split_title(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("title"), dict):
            title = data["title"]
            data = {**data, "title": title.get("en", ""), "title_zh": title.get("zh", "")}
        return data

    @property
    def is_learning_material(self) -> bool:
        return self.kind in LEARNING_KINDS

    def title_in(self, language: Language) -> str:
        """The title in ``language`` (the English one when no Chinese title is recorded)."""
        return self.title_zh if language == "zh" and self.title_zh else self.title


class Fact(_Record):
    id: str
    topic: str
    text: Text
    roles: list[str] = Field(default_factory=list)
    region: str | None = Field(default=None, description="Set when the fact is about one region.")
    source_id: str

"""The knowledge base's record types, validated on load from ``data/*.yaml``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.schemas import Language


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Record):
    """A user-facing string in both languages."""

    en: str = Field(min_length=1)
    zh: str = Field(min_length=1)

    def get(self, language: Language) -> str:
        return self.zh if language == "zh" else self.en


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


class Band(_Record):
    level: str
    low: float
    high: float | None = None
    currency: str
    period: Literal["year", "month"] = "year"
    region: str
    source_id: str


class Role(_Record):
    id: str
    family: str
    name: Text
    aliases: list[str] = Field(default_factory=list)
    summary: Text
    required: list[Requirement]
    nice_to_have: list[str] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    interview_topics: list[Text] = Field(default_factory=list)
    experience: Text
    salary_bands: list[Band] = Field(default_factory=list)
    stepping_stones: list[str] = Field(
        default_factory=list, description="Nearer roles to suggest when a goal is infeasible."
    )
    source_ids: list[str]


class Resource(_Record):
    id: str
    title: str
    kind: Literal["course", "book", "practice", "docs", "community", "project", "paper"]
    language: Literal["en", "zh", "mixed"]
    hours: int = Field(gt=0)
    skills: list[str]
    source_id: str
    url: str | None = None


class Fact(_Record):
    id: str
    topic: str
    text: Text
    roles: list[str] = Field(default_factory=list)
    source_id: str

"""The typed constraint: one change a mentor (or the user) asked for."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ConstraintKind = Literal[
    "skill_hours",
    "include_skill",
    "exclude_skill",
    "focus_skill",
    "start_with",
    "move_earlier",
    "move_later",
    "before_project",
    "exclude_resource_kind",
    "exclude_topic",
    "max_hours_per_week",
    "hours_from",
    "extend_horizon",
    "shorten_horizon",
    "set_horizon",
    "project_earlier",
    "project_later",
    "project_field",
    "project_topic",
    "add_project",
    "project_time",
    "no_project",
    "week_anchor",
    "job_search_hours",
    "profile_skill",
    "set_target",
    "no_coding",
    "find_work",
    "max_level",
    "min_level",
    "undo",
    "project_data",
    "place_after",
    "note",
]
Block = Literal["project", "job_search"]
ResourceKind = Literal[
    "course", "book", "practice", "docs", "tutorial", "community", "project", "paper"
]
HoursOp = Literal["set", "max", "min"]
DataRule = Literal["deidentified", "synthetic", "public"]

SKILL_KINDS = frozenset(
    {
        "skill_hours",
        "include_skill",
        "exclude_skill",
        "focus_skill",
        "start_with",
        "move_earlier",
        "move_later",
        "before_project",
    }
)
"""Kinds that are about one skill (``skill_id`` is set)."""


class Constraint(BaseModel):
    """One change a mentor asked for, in a form the planner can apply and a check can verify."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: ConstraintKind
    text: str = Field(description="The words this constraint was read from (verbatim).")
    skill_id: str | None = None
    hours: float | None = Field(default=None, ge=0, description="Hours for one skill.")
    op: HoursOp | None = Field(default=None, description="How ``hours`` binds: =, <= or >=.")
    resource_kind: ResourceKind | None = None
    topic: str | None = Field(default=None, description="A key of TOPICS.")
    hours_per_week: float | None = Field(default=None, ge=0)
    from_month: int | None = Field(default=None, ge=1, le=12)
    from_date: date | None = None
    from_week: int | None = Field(
        default=None,
        ge=1,
        description="Plan week the new weekly hours start in; a week anchor's week.",
    )
    for_weeks: int | None = Field(
        default=None, ge=1, description="New weekly hours last this many weeks, then back."
    )
    horizon_weeks: int | None = Field(default=None, ge=1, description="New horizon (absolute).")
    add_weeks: int | None = Field(default=None, ge=1, description="Weeks added to the horizon.")
    remove_weeks: int | None = Field(default=None, ge=1, description="Weeks taken off the horizon.")
    project_field: str | None = Field(
        default=None, description="The field the portfolio project is to be about."
    )
    project_topic: str | None = Field(
        default=None, description="What the project is to be, in the mentor's own words."
    )
    window_weeks: int | None = Field(
        default=None, ge=1, description="The project falls in the plan's last N weeks."
    )
    block: Block | None = Field(
        default=None, description="A week anchor on the project or the job search (no skill)."
    )
    level: int | None = Field(
        default=None, ge=0, le=3, description="A profile correction: the skill's real level."
    )
    share: float | None = Field(
        default=None,
        gt=0,
        le=3,
        description="A block or a skill shortened (or lengthened) by a share, no number given.",
    )
    role_id: str | None = Field(default=None, description="A new target role (set_target).")
    candidates: tuple[str, ...] = Field(
        default=(), description="The closest roles, when the target asked for is not known."
    )
    after: str | None = Field(
        default=None, description="place_after: the skill id the thing comes right after."
    )
    data_rule: DataRule | None = Field(
        default=None, description="project_data: the only data the project may use."
    )
    only_place: bool = Field(
        default=False, description="undo: only where it was put ('put it back where it was')."
    )
    amends: bool = Field(
        default=False,
        description="project_topic: what the project must also do, added to the topic asked.",
    )
    source: Literal["mentor", "user"] = Field(
        default="mentor", description="Who asked: the mentor, or the user in their profile."
    )

    def key(self) -> tuple[object, ...]:
        """What the constraint means, without the words it came from (a note is its words)."""
        return (
            self.text if self.kind == "note" else None,
            self.kind,
            self.skill_id,
            self.hours,
            self.op,
            self.resource_kind,
            self.topic,
            self.hours_per_week,
            self.from_month,
            self.from_date,
            self.from_week,
            self.for_weeks,
            self.horizon_weeks,
            self.add_weeks,
            self.remove_weeks,
            self.project_field,
            self.project_topic,
            self.window_weeks,
            self.block,
            self.level,
            self.share,
            self.role_id,
            self.candidates,
            self.after,
            self.data_rule,
            self.only_place,
            self.amends,
        )

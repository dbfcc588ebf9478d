"""The learning plan: gaps, items, phases, milestones, projects, deferrals, check-ins, progress, constraints."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from coach.schemas._base import Language, Level, _Model
from coach.schemas.research import (
    PayLevel,
    PostingPay,
    RoleChoice,
    SalaryBand,
    SourcedFact,
    Strength,
)


class Gap(_Model):
    skill_id: str
    need: Level
    have: Level
    evidence: str = "not mentioned"
    reason: Literal["required", "prerequisite"] = "required"


class PlanItem(_Model):
    skill_id: str
    title: str
    hours: float = Field(gt=0)
    week_start: int = Field(ge=1)
    week_end: int = Field(ge=1)
    resource_ids: list[str] = Field(default_factory=list)
    practice: str = Field(
        default="", description="What to practise when the item has no learning material."
    )
    deliverable: str
    level_from: Level = 0
    level_to: Level = 1


class Phase(_Model):
    name: str
    kind: Literal["foundations", "core", "project", "job_search", "buffer"]
    week_start: int
    week_end: int
    items: list[PlanItem] = Field(default_factory=list)
    hours: float = Field(
        default=0.0,
        ge=0,
        description="Hours scheduled in this phase (projects and job search too).",
    )
    steps: list[str] = Field(
        default_factory=list,
        description="What the phase does when it has no items (the job-search steps, fitting "
        "the target: applications for a new job, bringing it into the current one otherwise).",
    )


class Milestone(_Model):
    week: int
    deliverable: str
    how_checked: str


class PortfolioProject(_Model):
    title: str
    description: str
    skill_ids: list[str]
    week_start: int
    week_end: int


DeferralKind = Literal["after_switch", "capacity", "partial", "prerequisite", "excluded"]


class Deferral(_Model):
    skill_id: str
    reason: str
    kind: DeferralKind = Field(
        default="capacity",
        description="after_switch: a lower-priority skill left for after the switch (the plan "
        "stays feasible); capacity/partial/prerequisite: the core does not fit; excluded: asked.",
    )


AmbitionKind = Literal["top_lab", "pay", "burnout", "timeline", "seniority"]


class AmbitionFlag(_Model):
    """A goal the sources say is not realistic from the user's start, named kindly."""

    kind: AmbitionKind
    message: str
    alternative: str


class FeasibilityOption(_Model):
    kind: Literal["longer_horizon", "more_hours", "stepping_stone"]
    description: str
    horizon_weeks: int | None = None
    hours_per_week: float | None = None
    role_id: str | None = None


class CheckIn(_Model):
    """One progress report from the user, as read."""

    text: str
    week: int = Field(ge=1, description="The plan week it was reported in.")
    kind: Literal["week_done", "skill_done", "behind", "on_track", "hours"]
    value: int | None = Field(default=None, description="The week done, or the weeks behind.")
    skill_ids: list[str] = Field(default_factory=list)
    hours: float | None = Field(default=None, ge=0, description="Hours spent (kind 'hours').")


class Progress(_Model):
    """What the user has done so far (updated by check-ins after approval)."""

    weeks_done: list[int] = Field(default_factory=list)
    skills_done: list[str] = Field(default_factory=list)
    behind_weeks: int = Field(default=0, ge=0)
    kept_weeks: int = Field(default=0, ge=0, description="Weeks a re-plan kept as done.")
    replan_of: int | None = Field(
        default=None, description="The approved version this plan re-plans from the current week."
    )
    checkins: list[CheckIn] = Field(default_factory=list)
    hours_logged: dict[str, float] = Field(
        default_factory=dict,
        description="Hours the user reported on a skill (or '' for the week's work) so far.",
    )


class ConstraintRecord(_Model):
    """One typed constraint the plan honours (a mentor's or the user's), beside its display
    line in ``Plan.constraints``: what kind, on which skill, what value, from which words."""

    kind: str
    skill_id: str | None = None
    value: float | int | str | None = Field(
        default=None,
        description="Hours (skill or weekly), weeks (horizon), a field, topic or resource kind.",
    )
    op: str | None = Field(default=None, description="set, max or min, for hours.")
    from_week: int | None = None
    text: str = Field(description="The words the constraint was read from (verbatim).")
    source: Literal["mentor", "user"] = "mentor"
    display: str = ""


class Plan(_Model):
    version: int = 1
    target: str
    target_name: str
    language: Language
    start_date: date
    hours_per_week: float
    horizon_weeks: int
    total_hours: float
    weekly_hours: list[float] = Field(
        default_factory=list, description="Scheduled hours for each week, index 0 is week 1."
    )
    gaps: list[Gap] = Field(default_factory=list)
    phases: list[Phase] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    portfolio_projects: list[PortfolioProject] = Field(default_factory=list)
    interview_prep: list[str] = Field(default_factory=list)
    expectations: list[SourcedFact] = Field(default_factory=list)
    salary_bands: list[SalaryBand] = Field(default_factory=list)
    pay_level: PayLevel | None = Field(
        default=None, description="The level and region the first salary band is for."
    )
    deferred: list[Deferral] = Field(default_factory=list)
    core_skills: list[str] = Field(
        default_factory=list, description="The role's defining gaps, scheduled first."
    )
    strengths: list[Strength] = Field(default_factory=list)
    ambitions: list[AmbitionFlag] = Field(default_factory=list)
    feasible: bool = True
    options: list[FeasibilityOption] = Field(default_factory=list)
    risks: list[str] = Field(default_factory=list)
    assumptions: list[str] = Field(default_factory=list)
    constraints: list[str] = Field(default_factory=list)
    constraint_records: list[ConstraintRecord] = Field(
        default_factory=list, description="The typed constraints, one per line of constraints."
    )
    rationale: str = ""
    message: str = ""
    progress: Progress = Field(default_factory=Progress)
    requirement_weights: dict[str, float] = Field(
        default_factory=dict,
        description="The requirement weights the plan targets when they are not the role's own "
        "(a job posting outranks the role's defaults); the reviewer judges core-first by them.",
    )
    posting_pay: PostingPay | None = Field(
        default=None, description="The pay the targeted job posting states (over the bands)."
    )

    @model_serializer(mode="wrap")
    def _without_empty_progress(self, handler: SerializerFunctionWrapHandler) -> Any:
        # A plan nobody has checked in on serialises as it did before progress existed.
        data = handler(self)
        if isinstance(data, dict) and self.progress == Progress():
            data.pop("progress", None)
        if isinstance(data, dict) and not self.constraint_records:
            data.pop("constraint_records", None)
        if isinstance(data, dict) and not self.requirement_weights:
            data.pop("requirement_weights", None)
        if isinstance(data, dict) and self.posting_pay is None:
            data.pop("posting_pay", None)
        return data

    choice: RoleChoice | None = Field(
        default=None, description="The roles shown to the user and how this one was chosen."
    )

    def items(self) -> list[PlanItem]:
        return [item for phase in self.phases for item in phase.items]

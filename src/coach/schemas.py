"""Pydantic contracts between the parts of coach.

Graph state holds these as plain JSON dicts (``model_dump(mode="json")``) so that checkpoints
stay readable by any serializer; nodes validate them back with ``Model.model_validate``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

Language = Literal["en", "zh"]
Level = Literal[0, 1, 2, 3]
"""Skill level: 0 none, 1 basic (can follow a tutorial), 2 working (uses it in a job), 3 expert."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- profile
class SkillClaim(_Model):
    """A skill the user showed, with the words that show it."""

    skill_id: str | None = None
    raw: str | None = None
    level: Level = 1
    evidence: str = Field(description="The user's own words that show this skill.")


class Want(_Model):
    """Something the user wants (a skill to learn, a kind of work) or refuses ("not")."""

    skill_id: str | None = None
    role_id: str | None = None
    raw: str = Field(description="The user's words naming it.")
    evidence: str = Field(description="The user's sentence that says it.")


class Profile(_Model):
    """What we know about the user. A field the user did not give is None, never guessed.

    ``evidence`` maps each field the user gave (``current_role``, ``years_experience``,
    ``target_role``, ``hours_per_week``, ``horizon_weeks``, ``region``) to their own words.
    ``hours_per_week`` and ``horizon_weeks`` are what the plan uses: the lower end of a range,
    whose upper end is ``hours_per_week_high`` / ``horizon_weeks_high``.
    A close call between roles leaves ``target_role`` None and lists ``target_candidates``
    (2-3 role ids, best first) for the user to choose from; a role the knowledge base does not
    have is ``target_not_in_kb`` (the user's words), with the closest roles as candidates.
    """

    current_role: str | None = None
    years_experience: float | None = Field(
        default=None, description="Years in the current field (earlier, other jobs not counted)."
    )
    skills: list[SkillClaim] = Field(default_factory=list)
    wants: list[Want] = Field(
        default_factory=list, description="Skills and work the user wants: targets or gaps."
    )
    avoid: list[Want] = Field(
        default_factory=list, description="What the user said they do not want ('no coding')."
    )
    target_role: str | None = Field(default=None, description="A role id from the knowledge base.")
    target_unsure: bool = False
    target_raw: str | None = None
    target_candidates: list[str] = Field(
        default_factory=list, description="Role ids of a close call, best first (2-3)."
    )
    target_not_in_kb: str | None = Field(
        default=None, description="The user's target when the knowledge base lacks that role."
    )
    hours_per_week: float | None = None
    hours_per_week_high: float | None = Field(
        default=None, description="Upper end when the user gave a range of hours."
    )
    horizon_weeks: int | None = None
    horizon_weeks_high: int | None = Field(
        default=None, description="Upper end when the user gave a range of time."
    )
    region: str | None = None
    language: Language = "en"
    constraints: list[str] = Field(default_factory=list)
    evidence: dict[str, str] = Field(
        default_factory=dict, description="Field name -> the user's words that gave it."
    )

    def missing(self) -> list[str]:
        """The fields a plan needs that are still unknown, in the order we ask for them."""
        gaps: list[str] = []
        if self.current_role is None:
            gaps.append("background")
        # A close call, or the closest roles to one the KB lacks, is answered by the choose
        # step after the rest is known (each option with why), never asked turn after turn.
        close_call = bool(self.target_candidates)
        if self.target_role is None and not self.target_unsure and not close_call:
            gaps.append("target")
        if self.hours_per_week is None:
            gaps.append("hours_per_week")
        if self.horizon_weeks is None:
            gaps.append("horizon")
        return gaps

    def is_complete(self) -> bool:
        return not self.missing()


# --------------------------------------------------------------------------- research
class RequiredSkill(_Model):
    skill_id: str
    level: Level
    weight: float = Field(ge=0, le=1)
    source_id: str


class SourcedFact(_Model):
    fact_id: str
    text: str
    source_id: str


class SalaryBand(_Model):
    level: str
    level_zh: str = ""
    low: float
    high: float | None = None
    currency: str
    period: Literal["year", "month"] = "year"
    region: str
    source_id: str
    scope: Literal["role", "ai_engineers"] = Field(
        default="role",
        description="Whom the figure is for: this role, or AI engineers in general.",
    )

    @model_serializer(mode="wrap")
    def _without_own_scope(self, handler: SerializerFunctionWrapHandler) -> Any:
        # a band for the role itself serialises as it did before scopes existed
        data = handler(self)
        if isinstance(data, dict) and self.scope == "role":
            data.pop("scope", None)
        return data


PayPeriod = Literal["year", "month", "hour"]


class PostingPay(_Model):
    """What a posting pays, as figures."""

    text: str = Field(description="The posting's words for it.")
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    period: PayPeriod = "year"
    months: int | None = Field(default=None, description="Months' pay a year ('14薪').")

    def yearly(self) -> tuple[float | None, float | None]:
        """Low and high a year: a month's pay times the months paid (12 unless said)."""
        times = {"year": 1.0, "month": float(self.months or 12), "hour": 2080.0}[self.period]
        return (
            self.low * times if self.low is not None else None,
            self.high * times if self.high is not None else None,
        )


RegionFrom = Literal["profile", "language", "none"]


class PayLevel(_Model):
    """Which level of the target role the person's pay band is for, and for which region.

    Only years relevant to the target count (engine/seniority.py): years in the target work
    in full, in a field the role builds on partly, in an unrelated field not at all."""

    years: float | None = Field(default=None, description="The years of work the user stated.")
    relevant_years: float | None = Field(
        default=None, description="The years that count toward the target role."
    )
    share: float = Field(default=0.0, ge=0, le=1, description="How much each year counts.")
    field: str | None = Field(
        default=None,
        description="Where the years are: 'target', 'ai' (another AI role), a field id, or None.",
    )
    current_role: str | None = None
    region: str | None = None
    region_from: RegionFrom = "none"


class RoleCandidate(_Model):
    role_id: str
    fit: float = Field(ge=0, le=1)
    why: str


class Strength(_Model):
    """A skill the role needs that the user has, with the user's words that show it."""

    skill_id: str
    level: Level
    words: str = Field(description="The user's own words (or their stated background).")
    via: str | None = Field(default=None, description="The skill it transfers from, if any.")


class RoleOption(_Model):
    """One role shown to an unsure user: why it fits, the biggest gap, the hours, the demand."""

    role_id: str
    role_name: str
    fit: float = Field(ge=0, le=1, description="Share of the role's needs the user covers.")
    score: float = Field(description="The ranking score (fit, reuse, field, reach, wishes).")
    strengths: list[Strength] = Field(default_factory=list)
    gap_skill: str | None = None
    gap_skill_hours: int = 0
    gap_hours: int = Field(default=0, description="Hours to close every gap, prerequisites too.")
    weeks_needed: int | None = Field(default=None, description="gap_hours at the user's pace.")
    needs_coding: bool = False
    uses_field: str | None = Field(default=None, description="The user's field the role uses.")
    demand: list[SourcedFact] = Field(default_factory=list)
    why: str = Field(default="", description="Why it fits, in one line, in the user's language.")


ChoiceHow = Literal[
    "number", "ordinal", "name", "coach_pick", "default_pick", "named_other", "only_option"
]


class RoleChoice(_Model):
    """The numbered choice of roles an unsure user (or a close call) was shown, and the pick."""

    alternatives: list[RoleOption] = Field(
        default_factory=list, description="The roles shown, in the order shown (fit and why)."
    )
    status: Literal["pending", "chosen"] = "pending"
    chosen: str | None = None
    how: ChoiceHow | None = None
    answer: str | None = Field(default=None, description="The user's words that chose.")
    reason: str = ""
    asked: int = Field(default=1, description="How many times the choice was put to the user.")
    rejected: list[str] = Field(
        default_factory=list, description="Roles shown earlier that the user turned down."
    )


class RoleResearch(_Model):
    role_id: str
    role_name: str
    fit: float = Field(ge=0, le=1)
    required_skills: list[RequiredSkill]
    facts: list[SourcedFact] = Field(default_factory=list)
    salary_bands: list[SalaryBand] = Field(default_factory=list)
    pay_level: PayLevel | None = None
    alternatives: list[RoleCandidate] = Field(default_factory=list)
    note: str = Field(default="", description="A model's research note (LLM mode), cited.")


# --------------------------------------------------------------------------- plan
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


# --------------------------------------------------------------------------- review
Severity = Literal["error", "warning", "info"]


class Finding(_Model):
    check: str
    severity: Severity
    message: str
    ref: str | None = None


class Review(_Model):
    verdict: Literal["pass", "revise", "infeasible"]
    findings: list[Finding] = Field(default_factory=list)
    critique: str = ""
    round: int = 0


# --------------------------------------------------------------------------- mentor
MentorAction = Literal["approve", "edit", "reject"]


class MentorDecision(_Model):
    """A mentor's answer to the review interrupt. ``reject`` with a message requests changes."""

    action: MentorAction
    mentor_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="Set by the CLI after the mentor's token is checked; on LangGraph Server the "
        "identity comes from auth and this field, if sent, must match it.",
    )
    message: str | None = Field(default=None, max_length=4000)
    edits: dict[str, object] | None = None
    at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    plan_version: int | None = Field(
        default=None, ge=1, description="The plan version the mentor saw; a stale one is refused."
    )
    checkpoint_id: str | None = Field(
        default=None, max_length=64, description="The paused checkpoint the mentor saw."
    )
    override: bool = Field(
        default=False, description="Accept an edit that fails a hard check (audited)."
    )


SessionStatus = Literal["intake", "drafting", "awaiting_mentor", "changes_requested", "approved"]

"""What the researcher finds about a role: required skills, sourced facts, pay, role options and the choice."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from coach.schemas._base import Level, _Model


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

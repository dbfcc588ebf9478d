"""What a parsed job posting holds (the data only): its requirements on the knowledge base's
skills with how hard it asks for each, its requirement lines, the terms the KB does not cover,
its pay and the closest curated role. ``coach.engine.posting`` reads a posting into these."""

from __future__ import annotations

from pydantic import BaseModel, Field

from coach.engine.posting_pay import PostingPay
from coach.engine.posting_weight import Emphasis


class PostingRequirement(BaseModel):
    """One skill the posting asks for, in its words."""

    skill_id: str
    words: str = Field(description="The posting's words that name the skill.")
    line: str = Field(description="The posting's line, as evidence.")
    level: int = Field(ge=1, le=3)
    required: bool = True
    years: float | None = None
    alternatives: list[str] = Field(
        default_factory=list,
        description="Skills the posting accepts instead ('Java or Python', 'Go/Java', 'A 或 B').",
    )
    alternative_terms: list[str] = Field(
        default_factory=list,
        description="Names outside the knowledge base it accepts instead ('Ansible or Terraform').",
    )
    emphasis: Emphasis = Field(
        default="plain",
        description="How hard the posting asks: stressed ('must', 'strong', '精通', 3+ years), "
        "plain, or light ('familiarity', 'exposure', '了解').",
    )
    order: int = Field(default=0, description="Its 1-based place in the posting's order.")
    mentions: int = Field(default=1, description="How many of the posting's lines name it.")
    in_title: bool = Field(default=False, description="The posting's title names it.")
    named_as: list[str] = Field(
        default_factory=list,
        description="Every word the posting names it by, in its order ('scikit-learn', "
        "'XGBoost'; 'Airflow', 'Spark').",
    )
    weight: float = Field(
        default=0.9,
        description="How much the posting weighs it: required 0.86-1.0 (the title's own skill "
        "1.0), a plus 0.4-0.6; stressed, repeated and early count more.",
    )


class PostingLine(BaseModel):
    """One line of the posting's requirements list, with what it names."""

    text: str
    skills: list[str] = Field(default_factory=list, description="The KB skills it names.")
    terms: list[str] = Field(default_factory=list, description="What it names the KB lacks.")
    required: bool = True
    years: float | None = None
    alternatives: dict[str, list[str]] = Field(
        default_factory=dict, description="Per skill, the skills this line accepts instead."
    )
    alternative_terms: dict[str, list[str]] = Field(
        default_factory=dict, description="Per skill, the names the KB lacks it accepts instead."
    )


MAX_LINES = 24


class JobPosting(BaseModel):
    """What a posting asks for, mapped onto the knowledge base."""

    title: str | None = None
    requirements: list[PostingRequirement] = Field(default_factory=list)
    uncovered: list[str] = Field(
        default_factory=list, description="Terms the posting names that the KB does not cover."
    )
    unmapped: list[str] = Field(
        default_factory=list,
        description="Requirement lines that name no KB skill (said as they are, never guessed).",
    )
    closest_role: str | None = None
    closest_role_coverage: float = 0.0
    closest_track: str | None = Field(
        default=None, description="The closest role's track the posting fits better, if any."
    )
    language: str = "en"
    pay: str | None = Field(default=None, description="The posting's pay line, as it says it.")
    pay_range: PostingPay | None = Field(default=None, description="The posting's pay, as figures.")
    degree: str | None = Field(
        default=None, description="The degree the posting asks for, as it says it (not a skill)."
    )
    cv_years: dict[str, float] = Field(
        default_factory=dict,
        description="Set when a CV is read with the posting: per skill, the years of the CV's "
        "jobs that show it, so every fit of this posting (the plan's too) weighs 'N+ years' "
        "asks the same way.",
    )
    lines: list[PostingLine] = Field(
        default_factory=list,
        description="The requirements list, line by line, each with the skills and terms it "
        "names (the fit says of each: have, missing, not covered).",
    )
    title_not_in_kb: str | None = Field(
        default=None,
        description="The job its title names when the KB lacks it ('AI产品经理'): the role the "
        "person then chooses plans toward this posting.",
    )

"""Who the user is and what they want: skill claims, wants, the profile."""

from __future__ import annotations

from pydantic import Field

from coach.schemas._base import Language, Level, _Model


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

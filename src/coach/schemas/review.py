"""The reviewer's findings and verdict, and a mentor's decision."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import Field

from coach.schemas._base import _Model

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

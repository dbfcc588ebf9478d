"""The eval case format: a recorded session as steps to replay and expectations to check.

A case is one JSON file in ``evals/cases/``. ``steps`` are the inputs (user turns, mentor
decisions, process restarts) in the order they happened; ``recorded`` is what the real run
produced (node path per step, final plan, model calls); ``expect`` is what a maintainer asserts
(hard checks and soft-score floors). Only ``expect`` is meant to be edited by hand.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

CASE_FORMAT = 1
TrajectoryMode = Literal["strict", "unordered", "subset", "superset", "in_order"]
SoftScore = Literal["specificity", "coverage", "feasibility_margin"]
SOFT_SCORES: tuple[SoftScore, ...] = ("specificity", "coverage", "feasibility_margin")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ServerCaller(_Model):
    """Who LangGraph Server authenticated for a request (``auth.py``): the identity and the
    permissions its auth handler gave."""

    identity: str
    permissions: list[str] = Field(default_factory=list)


class Step(_Model):
    """One input of the session: exactly one of ``user``, ``mentor`` or ``resume``.

    ``resume`` marks a process boundary (the user quit and came back, or another process acted):
    the replay builds a new graph on the same checkpointer and store before the next step.
    """

    user: str | None = None
    mentor: dict[str, Any] | None = None
    resume: bool | None = None
    crashed: bool | None = None
    """With ``user``: the turn was logged, then the process died before the graph got it; the
    next ``resume`` step's recovery answers it (replayed the same way). With ``mentor``: the
    ledger accepted the decision for the pause then waiting, then the process died before the
    graph got it; the next ``resume`` step's recovery applies it only to that same pause."""
    caller: ServerCaller | None = None
    """With ``mentor``: the decision came through LangGraph Server from this authenticated
    caller; the replay resumes with the caller the server's auth puts in the run's config."""

    @model_validator(mode="after")
    def _exactly_one(self) -> Step:
        given = [k for k in ("user", "mentor", "resume") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"a step has exactly one of user, mentor, resume (got {given})")
        if self.resume is False:
            raise ValueError("resume must be true when given")
        if self.crashed is not None and (self.resume is not None or self.crashed is False):
            raise ValueError("crashed is only given (true) on a user or mentor step")
        if self.caller is not None and self.mentor is None:
            raise ValueError("caller is only given on a mentor step")
        return self

    @model_serializer(mode="wrap")
    def _only_given(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # {"user": "..."} rather than {"user": "...", "mentor": null, "resume": null}
        data: dict[str, Any] = handler(self)
        return {k: v for k, v in data.items() if v is not None}

    @property
    def kind(self) -> Literal["user", "mentor", "resume"]:
        if self.user is not None:
            return "user"
        return "mentor" if self.mentor is not None else "resume"


class ModelCallRecord(_Model):
    """One model request and its recorded answer (``message_to_dict`` forms)."""

    node: str
    prompt: str | None = None
    prompt_hash: str | None = None
    request_key: str
    request: list[dict[str, Any]]
    tools: list[dict[str, Any]] = Field(default_factory=list)
    response: dict[str, Any] | None = None
    """None for a failed attempt: then ``error`` says what failed, and replay fails the same way."""
    error: str | None = None
    transient: bool = False
    """Whether the failure was one the client retries (a rate limit, a 5xx, a timeout)."""


class Scrubbed(_Model):
    """What the recorder replaced (counts only: the originals are never stored)."""

    applied: bool = True
    emails: int = 0
    phones: int = 0
    names: int = 0
    employers: int = 0
    user_id: bool = False
    mentor_ids: int = 0
    handles: int = 0


class CaseMeta(_Model):
    recorded_at: date
    coach_version: str
    engine: Literal["offline", "llm"]
    model: str = Field(description="The model spec the session ran with ('offline', 'scripted:').")
    model_id: str | None = Field(default=None, description="The model label from the log.")
    scripted: bool = Field(default=False, description="LLM answers came from a scripted model.")
    prompt_hashes: dict[str, str] = Field(default_factory=dict)
    kb_version: str | None = None
    start_date: date = Field(description="Context.start_date for the replay (the plan's week 1).")
    language: Literal["auto", "en", "zh"] = "auto"
    source_session: str | None = None
    description: str = ""
    tags: list[str] = Field(default_factory=list)


class Recorded(_Model):
    """What the real session produced; replays are compared against it."""

    paths: list[list[str]] = Field(default_factory=list, description="Node path of each step.")
    status: str
    awaiting_mentor: bool
    plan: dict[str, Any] | None = None
    review: dict[str, Any] | None = None
    replies: list[list[str]] = Field(default_factory=list)
    model_calls: list[ModelCallRecord] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)


class Trajectory(_Model):
    """Expected nodes, matched as agentevals' trajectory match modes (plus ``in_order``).

    ``strict``: exactly these, in this order. ``unordered``: the same nodes as many times, in any
    order. ``subset``: the run visited no node outside these. ``superset``: the run visited every
    one of these (and possibly more). ``in_order``: these appear in this order, others between.
    """

    mode: TrajectoryMode = "strict"
    nodes: list[str]


class Expect(_Model):
    """Hard checks (``None`` means "not checked") and soft-score floors."""

    target_role: str | None = None
    skills_include: list[str] = Field(default_factory=list)
    skills_exclude: list[str] = Field(default_factory=list)
    language: Literal["en", "zh"] | None = None
    status: str | None = None
    awaiting_mentor: bool | None = None
    has_plan: bool | None = None
    feasible: bool | None = None
    plan_invariants: bool = Field(
        default=True, description="Re-run the reviewer's hard checks on the final plan."
    )
    allowed_findings: list[str] = Field(
        default_factory=list, description="Reviewer check names whose errors are expected."
    )
    trajectory: Trajectory | None = None
    max_item_hours: dict[str, float] = Field(
        default_factory=dict, description="Skill id -> most hours the plan may give it."
    )
    starts_by_week: dict[str, int] = Field(
        default_factory=dict, description="Skill id -> the week it must have started by."
    )
    before: list[tuple[str, str]] = Field(
        default_factory=list,
        description="(a, b): a starts and ends no later than b (skill ids, or "
        "``portfolio_project`` for the plan's projects).",
    )
    max_weekly_hours: float | None = None
    horizon_weeks: int | None = Field(default=None, description="The plan lasts exactly this.")
    constraints_include: list[str] = Field(
        default_factory=list,
        description="Constraints the plan must carry, as ``kind`` or ``kind:skill_id`` (how a "
        "request must be read: ``move_later:docker``, ``exclude_resource_kind``).",
    )
    replies_include: list[str] = Field(
        default_factory=list, description="Words some reply must contain (case-insensitive)."
    )
    replies_exclude: list[str] = Field(
        default_factory=list, description="Words no reply may contain (case-insensitive)."
    )
    refused_include: list[str] = Field(
        default_factory=list,
        description="Words some refusal must contain (the mentor node's refused decisions and "
        "the runner's refused steps; case-insensitive).",
    )
    min_scores: dict[SoftScore, float] = Field(default_factory=dict)
    plan_unchanged: bool = Field(
        default=True, description="The final plan must equal the recorded one (else --accept)."
    )
    replies_unchanged: bool = Field(
        default=True,
        description="The coach's replies (ids and dates normalised) must equal the recorded ones.",
    )


class Case(_Model):
    format: int = CASE_FORMAT
    name: str
    meta: CaseMeta
    scrubbed: Scrubbed = Field(default_factory=Scrubbed)
    mentors: list[str] = Field(
        default_factory=list, description="Mentor ids registered in the fresh store."
    )
    steps: list[Step]
    recorded: Recorded
    expect: Expect = Field(default_factory=Expect)

    @property
    def is_llm(self) -> bool:
        return self.meta.engine == "llm"


def with_expect(case: Case, changes: dict[str, Any]) -> Case:
    """``case`` with ``changes`` (JSON-like values, as a maintainer writes them: a trajectory
    as a dict, an order rule as a list) made to its expectations, validated like a case file
    (an unknown key or a wrong value is an error; ``model_copy(update=...)`` would store the
    raw values, which serialise with warnings and compare as the wrong type)."""
    expect = Expect.model_validate({**case.expect.model_dump(mode="json"), **changes})
    return case.model_copy(update={"expect": expect})


def load_case(path: Path) -> Case:
    """Read and validate a case file; the error names the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read case: {exc}") from exc
    try:
        return Case.model_validate(data)
    except ValueError as exc:
        raise ValueError(f"{path}: not a valid case: {exc}") from exc


def dump_case(case: Case) -> str:
    """A stable, reviewable JSON text (sorted keys keep diffs small)."""
    data = case.model_dump(mode="json", exclude_none=False)
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def save_case(case: Case, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_case(case), encoding="utf-8")


def case_files(paths: list[Path]) -> list[Path]:
    """Every ``*.json`` case under ``paths`` (files or folders), sorted, without duplicates."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob("*.json")))
        elif path.exists():
            found.append(path)
        else:
            raise ValueError(f"{path}: no such case file or folder")
    seen: set[Path] = set()
    unique: list[Path] = []
    for path in found:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            unique.append(path)
    return unique

"""A mentor's resume value -> a validated :class:`MentorDecision` (pure: no store, no clock).

Accepted shapes (all validated the same way):
- the CLI's ``MentorDecision`` dict: ``{"action", "mentor_id", "message", "edits", ...}``;
- LangChain's HITL response, as agent-chat-ui sends it: ``{"decisions": [{"type": "approve"}]}``,
  ``{"type": "reject", "message": ...}``, ``{"type": "edit", "edited_action": {name, args}}``;
- Agent Inbox's list: ``[{"type": "accept" | "edit" | "response" | "ignore", "args": ...}]``.
"ignore" is not a decision and is refused. Every number and size is bounded, before any work.
"""

from __future__ import annotations

import json
import math
from typing import Any

from pydantic import ValidationError

from coach.schemas import MentorDecision, Plan

MAX_DEPTH = 12
MAX_NODES = 20_000
MAX_STRING = 5_000
MAX_NUMBER = 1_000_000
MAX_HOURS_PER_WEEK = 80
MAX_WEEKS = 520
_INBOX_TYPES = {"accept": "approve", "edit": "edit", "response": "reject"}


class InvalidDecision(ValueError):
    """A resume value that is not a valid decision from a known mentor."""


def check_size(value: object, what: str = "the decision") -> None:
    """Refuse deep, huge or non-finite values without recursion (a 100k-deep JSON is fast)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    nodes = 0
    while stack:
        item, depth = stack.pop()
        nodes += 1
        if depth > MAX_DEPTH:
            raise InvalidDecision(f"{what} is nested too deeply (more than {MAX_DEPTH} levels)")
        if nodes > MAX_NODES:
            raise InvalidDecision(f"{what} is too large (more than {MAX_NODES} values)")
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
            stack.extend((k, depth + 1) for k in item)
        elif isinstance(item, list | tuple):
            stack.extend((v, depth + 1) for v in item)
        elif isinstance(item, str) and len(item) > MAX_STRING:
            raise InvalidDecision(f"{what} has a text longer than {MAX_STRING} characters")
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int | float):
            if not math.isfinite(item):
                raise InvalidDecision(f"{what} has a number that is not finite ({item})")
            if abs(item) > MAX_NUMBER:
                raise InvalidDecision(f"{what} has an out-of-range number ({item:g})")


def loads_bounded(text: str, what: str) -> Any:
    """``json.loads`` that refuses NaN/Infinity and deep nesting with a clear message."""

    def no_constant(name: str) -> float:
        raise InvalidDecision(f"{what}: {name} is not a number a plan can hold")

    if len(text) > 1_000_000:
        raise InvalidDecision(f"{what} is larger than 1 MB")
    depth = 0
    for ch in text:  # cheap pre-scan: json would recurse once per level
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH * 2:
                raise InvalidDecision(f"{what} is nested too deeply")
        elif ch in "]}":
            depth -= 1
    try:
        value = json.loads(text, parse_constant=no_constant)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InvalidDecision(f"{what} is not valid JSON: {exc}") from exc
    check_size(value, what)
    return value


def _edited_plan(args: object) -> dict[str, Any]:
    """The plan inside an edited action's args (``{plan, review}`` echoed by the UIs, the plan's
    fields directly, or JSON text as Agent Inbox's editor sends it)."""
    if isinstance(args, str):
        args = loads_bounded(args, "the edited plan")
    if not isinstance(args, dict):
        raise InvalidDecision("an edit needs the edited plan fields")
    if "plan" in args:
        plan = args["plan"]
        if isinstance(plan, str):
            plan = loads_bounded(plan, "the edited plan")
        if not isinstance(plan, dict):
            raise InvalidDecision("the edited plan must be an object of plan fields")
        return dict(plan)
    return {k: v for k, v in args.items() if k != "review"}


def _from_hitl(first: dict[str, Any], data: dict[str, Any]) -> None:
    kind = first.get("type")
    if kind == "ignore":
        raise InvalidDecision("'ignore' is not a decision: approve, edit or request changes")
    data["action"] = _INBOX_TYPES.get(str(kind), kind) if "args" in first else kind
    if data["action"] == "reject":
        message = first.get("message", first.get("args"))
        if message is not None and not isinstance(message, str):
            raise InvalidDecision("the change request must be text")
        data["message"] = message
    elif data["action"] == "edit":
        edited = first.get("edited_action", first.get("args"))
        if isinstance(edited, dict) and (
            "args" in edited and ("name" in edited or "action" in edited)
        ):
            edited = edited["args"]
        data["edits"] = _edited_plan(edited)


def parse_decision(value: object) -> MentorDecision:
    """Any accepted shape -> :class:`MentorDecision`; ``InvalidDecision`` says what is wrong."""
    check_size(value)
    if isinstance(value, list):  # Agent Inbox sends the responses as a list
        value = {"decisions": value}
    if not isinstance(value, dict):
        raise InvalidDecision(f"expected a decision object, got {type(value).__name__}")
    data = dict(value)
    if "decisions" in data:
        decisions = data.pop("decisions")
        if not isinstance(decisions, list) or len(decisions) != 1:
            raise InvalidDecision("expected exactly one decision")
        first = decisions[0]
        if not isinstance(first, dict):
            raise InvalidDecision("a decision must be an object")
        _from_hitl(first, data)
    if data.get("action") == "ignore":
        raise InvalidDecision("'ignore' is not a decision: approve, edit or request changes")
    try:
        decision = MentorDecision.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error.get("loc", ()))
        raise InvalidDecision(f"{where}: {error['msg']}" if where else error["msg"]) from exc
    if decision.action == "reject" and not (decision.message or "").strip():
        raise InvalidDecision("requesting changes needs a message for the planner")
    if decision.action == "edit" and not decision.edits:
        raise InvalidDecision("an edit needs the edited plan fields")
    return decision


def plan_bounds(plan: Plan) -> list[str]:
    """What makes a plan impossible on its face (checked before any review work)."""
    problems: list[str] = []
    if not 1 <= plan.hours_per_week <= MAX_HOURS_PER_WEEK:
        problems.append(
            f"hours_per_week must be 1-{MAX_HOURS_PER_WEEK} (got {plan.hours_per_week:g})"
        )
    if not 1 <= plan.horizon_weeks <= MAX_WEEKS:
        problems.append(f"horizon_weeks must be 1-{MAX_WEEKS} (got {plan.horizon_weeks})")
    if plan.total_hours < 0:
        problems.append(f"total_hours cannot be negative (got {plan.total_hours:g})")
    if len(plan.weekly_hours) > MAX_WEEKS:
        problems.append(f"weekly_hours has more than {MAX_WEEKS} weeks")
    bad = [h for h in plan.weekly_hours if not 0 <= h <= MAX_HOURS_PER_WEEK]
    if bad:
        problems.append(f"weekly_hours must each be 0-{MAX_HOURS_PER_WEEK} (got {bad[0]:g})")
    for phase in plan.phases:
        if not 1 <= phase.week_start <= phase.week_end <= max(plan.horizon_weeks, 1):
            problems.append(f"phase {phase.name!r} weeks must lie within the plan's horizon")
            break
    return problems


def apply_edits(plan: Plan, edits: dict[str, object]) -> Plan:
    """The plan with the mentor's edited fields, bounded; raises ``InvalidDecision``."""
    check_size(edits, "the edit")
    merged = plan.model_dump(mode="json") | {k: v for k, v in edits.items() if k != "version"}
    merged["version"] = plan.version + 1
    try:
        edited = Plan.model_validate(merged)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error.get("loc", ()))
        raise InvalidDecision(f"edited plan is not valid: {where}: {error['msg']}") from exc
    problems = plan_bounds(edited)
    if problems:
        raise InvalidDecision("edited plan is out of bounds: " + "; ".join(problems))
    if edited.model_dump(mode="json") | {"version": plan.version} == plan.model_dump(mode="json"):
        raise InvalidDecision("the edit changes nothing; approve the plan instead")
    return edited


def plan_diff(before: dict[str, Any], after: dict[str, Any], limit: int = 300) -> dict[str, Any]:
    """Changed top-level fields, each ``{"from": ..., "to": ...}`` (long values abbreviated)."""

    def short(value: Any) -> Any:
        text = json.dumps(value, ensure_ascii=False, default=str)
        return value if len(text) <= limit else text[:limit] + "…"

    keys = sorted(set(before) | set(after))
    return {
        k: {"from": short(before.get(k)), "to": short(after.get(k))}
        for k in keys
        if before.get(k) != after.get(k)
    }

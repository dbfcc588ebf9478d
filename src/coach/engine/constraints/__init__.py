"""Mentor change requests in free text (English or Chinese) -> typed constraints.

``parse_constraints`` reads a request clause by clause (:mod:`.parse`); what it cannot read is
kept verbatim as a ``note`` and shown to the mentor as not applied, never dropped. The planner
honours the constraints with the functions of :mod:`.apply`, and
:mod:`coach.engine.checks.constraint_kinds` verifies each one on the plan.
"""

from coach.engine.constraints.apply import (
    bound_hours,
    effective_horizon,
    effective_hours_per_week,
    excluded_skills,
    front_load,
    included_skills,
    plan_limits,
    priority_order,
    resolve_from_date,
    resource_allowed,
    skill_hour_bounds,
    to_tenths,
    week_of,
    weekly_limits,
    with_user_constraints,
)
from coach.engine.constraints.describe import describe_constraint, record_constraint
from coach.engine.constraints.model import SKILL_KINDS, Constraint, ConstraintKind, ResourceKind
from coach.engine.constraints.notes import (
    not_applied,
    notes_constraints,
    nothing_understood,
    requests_not_applied,
)
from coach.engine.constraints.parse import parse_constraints
from coach.engine.constraints.topics import TOPICS, matches_topic
from coach.engine.numbers.approx import months_to_weeks

__all__ = [
    "SKILL_KINDS",
    "TOPICS",
    "Constraint",
    "ConstraintKind",
    "ResourceKind",
    "bound_hours",
    "describe_constraint",
    "effective_horizon",
    "effective_hours_per_week",
    "excluded_skills",
    "front_load",
    "included_skills",
    "matches_topic",
    "months_to_weeks",
    "not_applied",
    "notes_constraints",
    "nothing_understood",
    "parse_constraints",
    "plan_limits",
    "priority_order",
    "record_constraint",
    "requests_not_applied",
    "resolve_from_date",
    "resource_allowed",
    "skill_hour_bounds",
    "to_tenths",
    "week_of",
    "weekly_limits",
    "with_user_constraints",
]

"""Render a plan for people and calendars: Markdown (short), JSON (full detail) and iCalendar.

Every label comes from the message catalog (``coach.i18n``, ``render.*`` keys in ``app.py``).
"""

from __future__ import annotations

from typing import Any

from coach.render.as_json import plan_json
from coach.render.common import JOB_SEARCH_STEPS, status_text, week_dates
from coach.render.markdown import plan_markdown, plan_words


def __getattr__(name: str) -> Any:
    """``plan_ics`` on first use: icalendar costs every chat's start-up otherwise."""
    if name == "plan_ics":
        from coach.render.ics import plan_ics

        return plan_ics
    raise AttributeError(name)


__all__ = [
    "JOB_SEARCH_STEPS",
    "plan_ics",
    "plan_json",
    "plan_markdown",
    "plan_words",
    "status_text",
    "week_dates",
]

"""Render a plan for people and calendars: Markdown (short), JSON (full detail) and iCalendar.

Every label comes from the message catalog (``coach.i18n``, ``render.*`` keys in ``app.py``).
"""

from __future__ import annotations

from coach.render.as_json import plan_json
from coach.render.common import JOB_SEARCH_STEPS, status_text, week_dates
from coach.render.ics import plan_ics
from coach.render.markdown import plan_markdown, plan_words

__all__ = [
    "JOB_SEARCH_STEPS",
    "plan_ics",
    "plan_json",
    "plan_markdown",
    "plan_words",
    "status_text",
    "week_dates",
]

"""Calendar arithmetic for deadlines said relative to a given ``today`` (no clock here)."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Literal

Edge = Literal["start", "mid", "end"]

SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON_MONTH |= {"春": 3, "夏": 6, "秋": 9, "冬": 12}


def weeks_until(today: date, day: date) -> int:
    """Whole weeks from ``today`` to ``day`` (rounded, at least one)."""
    return max(1, int((day - today).days / 7 + 0.5))


def month_day(year: int, month: int, edge: Edge) -> date:
    """The first, 15th or last day of a month."""
    if edge == "start":
        return date(year, month, 1)
    if edge == "mid":
        return date(year, month, 15)
    return date(year, month, calendar.monthrange(year, month)[1])


def deadline_date(
    today: date,
    *,
    month: int | None = None,
    year: int | None = None,
    year_offset: int | None = None,
    edge: Edge = "start",
    upcoming: bool = True,
) -> date | None:
    """The date a deadline names, relative to ``today``.

    ``month`` None means the year itself (its start, or its end with ``edge="end"``). ``year``
    is absolute, ``year_offset`` relative (0 this year, 1 next year). With neither, the next
    such month that is still ahead of ``today`` (``upcoming``). ``None`` if it is not ahead.
    """
    if year is None and year_offset is not None:
        year = today.year + year_offset
    if month is None:
        if year is None:
            return None
        day = {"end": date(year, 12, 31), "mid": date(year, 7, 1)}.get(edge, date(year, 1, 1))
        return day if day > today else None
    if year is not None:
        day = month_day(year, month, edge)
        return day if day > today else None
    day = month_day(today.year, month, edge)
    if day <= today and upcoming:
        day = month_day(today.year + 1, month, edge)
    return day if day > today else None

"""The dates of a CV's jobs (pure): ranges as CVs write them, relative to a given today.

"2016 - 2020", "2019.03-2023.06", "2019年3月至今", "2021.03 - 至今", "Mar 2019 – present",
"September 2016 – May 2019", "03/2019 - 06/2023". Years of experience are the months the jobs
cover, overlaps counted once, a career break ("全职妈妈", "career break", "parental leave") not
counted; a break that runs to today is said, so a returner is not shown as working now.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_YEAR = r"(?:19[6-9]\d|20[0-4]\d)"
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)


def _point(tag: str) -> str:
    """One end of a range: "Mar 2019", "03/2019", "2019.03", "2019年3月", "2019年", "2019"."""
    return (
        rf"(?:(?P<{tag}n>{_MONTH})\s+|(?P<{tag}d>\d{{1,2}})\s*/\s*)?(?P<{tag}>{_YEAR})"
        rf"(?:\s*[./／年-]\s*(?P<{tag}m>\d{{1,2}})\s*月?|年)?"
    )


DATE_RANGE = re.compile(
    rf"{_point('a')}\s*(?:-|–|—|~|～|to|until|至|到)\s*"
    rf"(?:{_point('b')}|(?P<now>present|now|current|today|date|至今|现在|今))",
    re.IGNORECASE,
)
"""A date range of a job ("2016 - 2020", "2021.03 - 至今", "Mar 2019 – present")."""
CAREER_BREAK = re.compile(
    r"\b(?:career\s+break|sabbatical|parental\s+leave|maternity|paternity|stay-at-home|"
    r"full-time\s+(?:mum|mom|parent|carer)|caring\s+for|cared\s+for|family\s+leave|"
    r"gap\s+year|unemployed|job\s+search)\b|"
    r"全职妈妈|全职爸爸|全职太太|照顾(?:孩子|家人|老人)|育儿|待业|职业空窗|离职休养",
    re.IGNORECASE,
)


def _month_of(m: re.Match[str], tag: str) -> int:
    name = m.group(f"{tag}n")
    if name:
        return _MONTHS[name[:3].lower()]
    for raw in (m.group(f"{tag}m"), m.group(f"{tag}d")):
        if raw and 1 <= int(raw) <= 12:
            return int(raw)
    return 1


def month_index(today: date) -> int:
    return today.year * 12 + today.month - 1


def span(m: re.Match[str], today: date) -> tuple[int, int, bool]:
    """A range's (start, end) as month indexes, and whether it runs to today."""
    start = int(m.group("a")) * 12 + _month_of(m, "a") - 1
    if m.group("now"):
        return start, month_index(today), True
    return start, int(m.group("b")) * 12 + _month_of(m, "b") - 1, False


def years_of_spans(spans: list[tuple[int, int]]) -> float | None:
    """Years covered by month ``spans`` (start, end), overlaps counted once; None for none."""
    if not spans:
        return None
    spans = sorted(spans)
    months, (cur_start, cur_end) = 0, spans[0]
    for start, end in spans[1:]:
        if start > cur_end:
            months += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    months += cur_end - cur_start
    return round(months / 12, 1) if months > 0 else None


def years_from_ranges(lines: list[str], today: date) -> float | None:
    """Years covered by the date ranges in ``lines`` (overlaps counted once, career breaks
    not counted), or None."""
    spans: list[tuple[int, int]] = []
    now = month_index(today)
    for line in lines:
        if CAREER_BREAK.search(line):
            continue  # a career break is time, not experience
        for m in DATE_RANGE.finditer(line):
            start, end, _ = span(m, today)
            if start <= end <= now + 1:
                spans.append((start, end))
    return years_of_spans(spans)


@dataclass(frozen=True)
class CareerBreak:
    """A break that runs to today, after the last job: since when and for how long."""

    since_year: int
    since_month: int
    years: float
    named: bool = True
    """The CV says it ("全职妈妈", "career break"); else it is only the time since the last job."""


def break_to_today(lines: list[str], today: date, last_job_end: int | None) -> CareerBreak | None:
    """The career break that runs to today (at least a year, and after the last job's end)."""
    for line in lines:
        if not CAREER_BREAK.search(line):
            continue
        for m in DATE_RANGE.finditer(line):
            start, end, to_today = span(m, today)
            if not to_today or end - start < 12:
                continue
            if last_job_end is not None and last_job_end > start + 1:
                continue
            return CareerBreak(start // 12, start % 12 + 1, round((end - start) / 12, 1))
    return None

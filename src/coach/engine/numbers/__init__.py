"""Numbers in people's words, English and Chinese: numerals, ranges, hours per week, durations,
dates relative to a given ``today``, and years of experience.

Pure functions, no clock. Every finder returns an :class:`Amount` (the value to plan on, the
upper end when a range was given, and where in the text it was said) or ``None`` when the text
states no such quantity: nothing is guessed. Ranges plan on the lower end and keep the upper
end (``"6-8 hours"`` -> 6, high 8).

Every pattern is linear in the length of the text: a number starts only where no digit (or
Chinese numeral) precedes it, and gaps between words are bounded, so a turn of 8,000 digits is
read in milliseconds.

API:
- :func:`parse_number` one numeral ("13", "thirteen", "twenty-five", "二十", "两", "半", "1.5").
- :func:`find_hours` hours per week ("6-8 hours", "2 hours a day on weekdays", "每周十小时").
  A week said in parts ("1h each weekday evening plus 3 on saturday", "工作日每晚1小时，周末各3小时",
  "10 hours every two weeks") is composed by :mod:`coach.engine.numbers.weekly`; the
  :class:`Amount` then says how (``how``: "1 h×5 + 3 h"), for saying it back.
- :func:`find_duration` a span of time in weeks ("半年到一年", "18 months", "a year and a half").
- :func:`find_deadline` weeks from ``today`` to a date ("by next summer", "明年六月前", "by March"),
  an event or calendar part ("春节前", "明年五一前", "by the end of next quarter", "before my
  contract ends in August": :mod:`coach.engine.numbers.events`). "0 weeks" is no horizon.
- :func:`find_horizon` a duration with a horizon cue, or else a deadline.
- :func:`find_years` years of experience ("11 years now", "教了10年书", "a 4-year postdoc").
"""

from __future__ import annotations

from coach.engine.numbers.dates import deadline_date, weeks_until
from coach.engine.numbers.durations import find_deadline, find_duration, find_horizon, says_zero
from coach.engine.numbers.hours import find_hours
from coach.engine.numbers.hours_adjust import for_a_while
from coach.engine.numbers.numerals import NUM_EN, NUM_ZH, Amount, parse_number, to_weeks
from coach.engine.numbers.years import Years, find_years

__all__ = [
    "NUM_EN",
    "NUM_ZH",
    "Amount",
    "Years",
    "deadline_date",
    "find_deadline",
    "find_duration",
    "find_horizon",
    "find_hours",
    "find_years",
    "for_a_while",
    "parse_number",
    "says_zero",
    "to_weeks",
    "weeks_until",
]

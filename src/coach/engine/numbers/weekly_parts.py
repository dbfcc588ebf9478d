"""The parts a week of hours is made of (:class:`Part`) and their sum (:class:`Weekly`); split
out of :mod:`coach.engine.numbers.weekly`, which reads them from text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_FACTOR = {"PD": 7.0, "P2": 0.5, "PM": 12 / 52, "PWE": 1.0}
_SHOWN = {"PD": "×7", "P2": "÷2", "PM": "×12÷52"}


@dataclass
class Part:
    """One quantity of hours and what it is per."""

    start: int
    end: int
    low: float
    high: float | None
    unit: bool
    """Written with an hour unit (a bare "5" only counts next to a day set)."""
    days: tuple[float, float | None] | None = None
    period: str | None = None
    text: str = ""
    assumed: bool = False
    """Days the person gave no figure for ("周末再多一点"), counted as one of their weekdays."""

    def weekly(self) -> tuple[float, float | None] | None:
        """(low, high) hours a week of this part, or ``None`` when it says no period."""
        factor: tuple[float, float | None]
        if self.period == "PW":
            factor = (1.0, None)
        elif self.days is not None:
            factor = self.days
        elif self.period in _FACTOR:
            factor = (_FACTOR[self.period], None)
        else:
            return None
        low = self.low * factor[0]
        high_n = factor[1] if factor[1] is not None else factor[0]
        top = (self.high if self.high is not None else self.low) * high_n
        high = top if (self.high is not None or factor[1] is not None) else None
        if self.period == "PM":
            low, high = _half(low), None if high is None else _half(high)
        return low, high

    def shown(self) -> str:
        """The part as a formula ("1 h×5", "3-4 h"), for saying back how the week adds up."""
        figure = f"{self.low:g}" if self.high is None else f"{self.low:g}-{self.high:g}"
        if self.period == "PW":
            return f"{figure} h"
        if self.days is not None:
            days = self.days
            count = f"{days[0]:g}" if days[1] is None else f"{days[0]:g}-{days[1]:g}"
            return f"{figure} h" if count == "1" else f"{figure} h×{count}"
        return f"{figure} h{_SHOWN.get(self.period or '', '')}"


@dataclass
class Weekly:
    """Hours a week composed of parts."""

    value: float
    high: float | None
    start: int
    end: int
    parts: list[Part] = field(default_factory=list)

    @property
    def composite(self) -> bool:
        """More than a single "N hours a week": parts, days, or a period other than a week."""
        if len(self.parts) > 1:
            return True
        part = self.parts[0]
        return part.days is not None or part.period in {"P2", "PM", "PD", "PWE"}

    def shown(self) -> str:
        """How the week adds up ("1 h×5 + 4 h"); empty when there is nothing to add up or
        multiply ("5 hours every weekend" is just 5)."""
        if not self.composite:
            return ""
        if len(self.parts) == 1 and self.parts[0].weekly() == (
            self.parts[0].low,
            self.parts[0].high,
        ):
            return ""
        return " + ".join(p.shown() for p in self.parts)


def _half(x: float) -> float:
    return round(x * 2) / 2

"""Hours as people read them (pure): one rounding everywhere, so the chat and the plan never
give the same total two ways ("52.5 hours in all" next to "53 h scheduled")."""

from __future__ import annotations


def whole(value: float) -> str:
    """A whole number of hours, half up (60.3 -> "60", 52.5 -> "53"); a positive amount under
    one hour is "1", never "0" (the JSON keeps the exact figure)."""
    if value <= 0:
        return "0"
    return str(max(1, int(value + 0.5)))

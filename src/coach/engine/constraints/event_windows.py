"""Weekly hours said around a named holiday: "到春节前每周只有2小时" (from now until it),
"until Christmas she only has 2 hours a week", "春节后每周能到8小时" / "after Chinese New Year"
(from it on). The holiday's date comes from :func:`coach.engine.numbers.events.event_date`."""

from __future__ import annotations

import re
from datetime import date

from coach.engine.numbers.events import event_date

_ZH = {
    "春节": "cny",
    "过年": "cny",
    "元旦": "newyear",
    "五一": "mayday",
    "国庆": "national",
    "端午": "dragon",
    "中秋": "midautumn",
    "清明": "qingming",
    "圣诞": "christmas",
    "暑假": "summer_break",
    "寒假": "winter_break",
}
_EN = {
    "chinese new year": "cny",
    "lunar new year": "cny",
    "spring festival": "cny",
    "christmas": "christmas",
    "xmas": "christmas",
    "new year": "newyear",
    "thanksgiving": "thanksgiving",
    "the summer break": "summer_break",
    "the winter break": "winter_break",
}
_ZH_WORDS = "|".join(_ZH)
_EN_WORDS = "|".join(re.escape(w) for w in _EN)
_UNTIL = re.compile(
    rf"\b(?:until|till|til|up\s+to|through)\s+(?:the\s+)?(?P<en>{_EN_WORDS})(?:'s)?\b"
    rf"|(?:到|直到|一直到)\s*(?P<zh>{_ZH_WORDS})(?:前|之前|以前|为止)?",
    re.I,
)
_AFTER = re.compile(
    rf"\b(?:after|from|once)\s+(?:the\s+)?(?P<en>{_EN_WORDS})(?:'s)?\b"
    rf"|(?:过完|过了)(?P<zh2>{_ZH_WORDS}|年)|(?P<zh>{_ZH_WORDS})(?:后|之后|以后|过后)",
    re.I,
)


def _day(m: re.Match[str], today: date) -> date | None:
    groups = m.groupdict()
    if groups.get("en"):
        return event_date(_EN[groups["en"].lower()], today)
    word = groups.get("zh") or groups.get("zh2") or ""
    return event_date(_ZH.get(word, "cny"), today) if word else None


def event_window(s: str, today: date | None) -> tuple[dict[str, object], int | None] | None:
    """(when the new weekly hours start, for how many weeks or None) for hours said around a
    named holiday; None when ``s`` names none."""
    if today is None:
        return None
    if (m := _UNTIL.search(s)) and (day := _day(m, today)) and day > today:
        return {"from_date": today}, max(1, -(-(day - today).days // 7))
    if (m := _AFTER.search(s)) and (day := _day(m, today)) and day > today:
        return {"from_date": day}, None
    return None

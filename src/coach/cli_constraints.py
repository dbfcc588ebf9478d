"""What the CLI shows a mentor about their requests: the parts not applied, word for word."""

from __future__ import annotations

from typing import Any

from coach.i18n import t


def not_applied_text(values: dict[str, Any]) -> str:
    """A block listing the parts of the mentor's requests that were not applied ('' if none)."""
    from coach.engine.constraints import requests_not_applied
    from coach.knowledge import load_kb

    parts = requests_not_applied(list(values.get("mentor_notes") or []), load_kb())
    if not parts:
        return ""
    lang = str((values.get("plan") or {}).get("language") or values.get("language") or "en")
    lines = [t(lang, "coach.not_applied"), *(f"  - “{p}”" for p in parts)]
    return "\n".join(lines)

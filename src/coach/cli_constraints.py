"""What the CLI shows a mentor about their requests: the parts not applied, word for word."""

from __future__ import annotations

from typing import Any

from coach.i18n import t


def not_applied_text(values: dict[str, Any]) -> str:
    """What a re-plan changes against the approved plan, and the parts of the mentor's requests
    that were not applied, word for word ('' if neither)."""
    from coach.engine.constraints import requests_not_applied
    from coach.knowledge import load_kb
    from coach.nodes.replan import approved_diff

    lang = str((values.get("plan") or {}).get("language") or values.get("language") or "en")
    lines: list[str] = []
    diff = approved_diff(values)  # type: ignore[arg-type]
    if diff:
        version = (values.get("approved_plan") or {}).get("version", "?")
        lines += [t(lang, "coach.diff.header", version=version), *(f"  - {d}" for d in diff)]
    parts = requests_not_applied(list(values.get("mentor_notes") or []), load_kb())
    if parts:
        lines += [t(lang, "coach.not_applied"), *(f"  - “{p}”" for p in parts)]
    return "\n".join(lines)

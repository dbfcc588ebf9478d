"""What the CLI shows a mentor about their requests: the parts not applied, word for word."""

from __future__ import annotations

from typing import Any

from coach.i18n import t
from coach.schemas import Language


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
    notes = list(values.get("mentor_notes") or [])
    kb = load_kb()
    parts = requests_not_applied(notes, kb)
    if parts:
        lines += [t(lang, "coach.not_applied"), *(f"  - “{p}”" for p in parts)]
        lines += [f"  {line}" for line in unknown_targets(notes, lang)]
        lines.append(t(lang, "coach.ask_back"))
    return "\n".join(lines)


def unknown_targets(notes: list[str], lang: str) -> list[str]:
    """For each target asked for that the knowledge base lacks: the closest roles to pick."""
    from datetime import date

    from coach.engine.constraints import describe_constraint, parse_constraints
    from coach.knowledge import load_kb

    kb = load_kb()
    language: Language = "zh" if lang == "zh" else "en"
    return [
        describe_constraint(c, language, kb, date.min, 0)
        for note in notes
        for c in parse_constraints(note, kb)
        if c.kind == "set_target" and c.role_id is None
    ]

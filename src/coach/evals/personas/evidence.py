"""Small readers over a :class:`Run` shared by the checks: plans, items, languages, words.

A check that needs something the product does not produce yet raises :class:`CannotEvaluate`
(the check then fails with "cannot evaluate: ..."): nothing passes by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from coach.evals.personas.drive import Run, Turn

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_CODE = re.compile(r"`[^`]*`|https?://\S+|\[[^\]]*\]\([^)]*\)")


class CannotEvaluate(Exception):
    """The transcript or plan lacks what the check needs."""


@dataclass(frozen=True)
class Result:
    ok: bool
    detail: str = ""


def ok(detail: str = "") -> Result:
    return Result(True, detail)


def miss(detail: str) -> Result:
    return Result(False, detail)


def stage(run: Run, name: str) -> dict[str, Any]:
    if run.error:
        raise CannotEvaluate(f"the run failed: {run.error}")
    doc = run.stages.get(name)
    if doc is None:
        raise CannotEvaluate(f"no '{name}' stage (the session never got there)")
    return doc


def plan_of(run: Run, name: str = "draft") -> dict[str, Any]:
    plan = stage(run, name).get("plan")
    if not plan:
        raise CannotEvaluate(f"no plan at stage '{name}'")
    return dict(plan)


def field(doc: dict[str, Any], name: str, where: str) -> Any:
    """``doc[name]``, or CannotEvaluate naming the missing field."""
    if not isinstance(doc, dict) or name not in doc or doc[name] is None:
        raise CannotEvaluate(f"{where}.{name} missing")
    return doc[name]


def profile_of(run: Run, name: str = "final") -> dict[str, Any]:
    profile = stage(run, name).get("profile")
    if not profile:
        raise CannotEvaluate("profile missing")
    return dict(profile)


def items(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for phase in plan.get("phases") or [] for item in phase.get("items") or []]


def hours_by_skill(plan: dict[str, Any]) -> dict[str, float]:
    hours: dict[str, float] = {}
    for item in items(plan):
        skill = str(item.get("skill_id"))
        hours[skill] = hours.get(skill, 0.0) + float(item.get("hours") or 0)
    return hours


def first_week(plan: dict[str, Any]) -> dict[str, int]:
    weeks: dict[str, int] = {}
    for item in items(plan):
        skill = str(item.get("skill_id"))
        start = int(item.get("week_start") or 0)
        weeks[skill] = min(weeks.get(skill, start), start)
    return weeks


def skill_ids(entries: Any) -> set[str]:
    """Skill ids out of a list of ids or of objects with ``skill_id`` (or ``id``)."""
    found: set[str] = set()
    for entry in entries or []:
        if isinstance(entry, str):
            found.add(entry)
        elif isinstance(entry, dict):
            value = entry.get("skill_id") or entry.get("id")
            if value:
                found.add(str(value))
    return found


def strip_code(text: str) -> str:
    return _CODE.sub(" ", text)


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def latin_words(text: str) -> int:
    return len(_LATIN_WORD.findall(text))


def language_of(text: str) -> str | None:
    """``zh``, ``en`` or None (too little text), ignoring code spans, links and ids."""
    text = re.sub(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", " ", strip_code(text))
    cjk, words = cjk_count(text), latin_words(text)
    if cjk + words < 2:
        return None
    return "zh" if cjk >= words else "en"


def word_count(text: str) -> int:
    """Words as a reader counts them: Latin words plus Chinese characters."""
    return latin_words(text) + cjk_count(text)


def before_plan(run: Run) -> list[Turn]:
    """The turns up to (and including) the reply that put the first draft in front of a mentor."""
    if "draft" not in run.stages:
        raise CannotEvaluate("no plan reached the mentor")
    intake = [t for t in run.turns if t.phase == "intake"]
    return intake


def coach_text(turns: list[Turn]) -> str:
    return "\n".join(t.text for t in turns if t.who == "coach")


def numbers_in(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)]

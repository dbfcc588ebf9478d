"""Reviewer cases (``evals/reviews/*.json``): a valid plan broken in one known way, and the
reviewer's verdict and failing checks a maintainer expects for it.

A recorded case only shows the reviewer valid plans, so a check weakened or removed changes none
of its replays. A reviewer case takes a valid plan (``evals/reviews/bases/NAME.json``: a plan
and the person it was made for, taken once from a replay), applies hand-written ``edits`` (the
corruption, as JSON-pointer operations on the plan and the profile) and the mentor's notes of
the case, runs the reviewer and compares:

- ``verdict``: the review's verdict (``pass``, ``revise``, ``infeasible``);
- ``fires``: exactly the hard checks that newly report an error (none other may).

The base must pass every hard check unedited (else the case reports that, not a verdict).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan, Profile


class Edit(BaseModel):
    """One JSON-pointer operation: ``set`` a value, ``add`` a number to one, ``remove`` a list
    entry or key, ``insert`` into a list before an index, ``copy`` from another pointer."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    op: Literal["set", "add", "remove", "insert", "copy"]
    path: str
    value: Any = None
    source: str | None = Field(default=None, alias="from")
    on: Literal["plan", "profile"] = "plan"


class ReviewCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str
    base: str
    edits: list[Edit] = Field(default_factory=list)
    mentor_notes: list[str] = Field(default_factory=list)
    verdict: Literal["pass", "revise", "infeasible"]
    fires: list[str]


@dataclass
class ReviewResult:
    name: str
    ok: bool
    problems: list[str] = field(default_factory=list)


def _parts(pointer: str) -> list[str]:
    if not pointer.startswith("/"):
        raise ValueError(f"a pointer starts with '/': {pointer!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def _walk(doc: Any, parts: list[str]) -> Any:
    for part in parts:
        doc = doc[int(part)] if isinstance(doc, list) else doc[part]
    return doc


def apply_edit(doc: dict[str, Any], edit: Edit) -> None:
    """Apply ``edit`` to ``doc`` in place (a missing pointer raises ``KeyError``/``IndexError``)."""
    parts = _parts(edit.path)
    parent, last = _walk(doc, parts[:-1]), parts[-1]
    key: int | str = int(last) if isinstance(parent, list) else last
    if edit.op == "set":
        parent[key] = edit.value
    elif edit.op == "add":
        parent[key] = round(parent[key] + edit.value, 6)
    elif edit.op == "remove":
        del parent[key]
    elif edit.op == "insert":
        parent.insert(key, edit.value)
    else:  # copy
        if edit.source is None:
            raise ValueError("copy needs 'from'")
        value = copy.deepcopy(_walk(doc, _parts(edit.source)))
        if isinstance(parent, list):
            parent.insert(int(key), value)
        else:
            parent[key] = value


def error_checks(
    plan: Plan, profile: Profile, kb: KnowledgeBase, notes: list[str]
) -> tuple[str, set[str]]:
    """The review's verdict and the hard checks reporting an error, with the notes as the
    mentor's constraints."""
    from coach.engine.checks import review_plan
    from coach.engine.constraints import parse_constraints

    constraints = [c for note in notes for c in parse_constraints(note, kb)]
    review = review_plan(plan, profile, kb, constraints)
    return review.verdict, {f.check for f in review.findings if f.severity == "error"}


def run_review_case(case: ReviewCase, bases: Path, kb: KnowledgeBase) -> ReviewResult:
    result = ReviewResult(case.name, ok=True)
    try:
        base = json.loads((bases / f"{case.base}.json").read_text(encoding="utf-8"))
        docs = {"plan": copy.deepcopy(base["plan"]), "profile": copy.deepcopy(base["profile"])}
        for edit in case.edits:
            apply_edit(docs[edit.on], edit)
        plan, profile = Plan.model_validate(docs["plan"]), Profile.model_validate(docs["profile"])
        valid = Plan.model_validate(base["plan"]), Profile.model_validate(base["profile"])
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        return ReviewResult(case.name, False, [f"cannot build the case: {exc}"])
    _, already = error_checks(*valid, kb, [])
    if already:
        result.problems.append(f"the base {case.base!r} is not valid: {sorted(already)}")
    verdict, fired = error_checks(plan, profile, kb, case.mentor_notes)
    if verdict != case.verdict:
        result.problems.append(f"verdict {verdict!r}, expected {case.verdict!r}")
    new = fired - already
    if new != set(case.fires):
        missing, extra = sorted(set(case.fires) - new), sorted(new - set(case.fires))
        said = "; ".join(
            p
            for p in (f"silent: {missing}" if missing else "", f"also: {extra}" if extra else "")
            if p
        )
        result.problems.append(f"checks firing {sorted(new)} ({said})")
    result.ok = not result.problems
    return result


def review_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def run_reviews(folder: Path, kb: KnowledgeBase | None = None) -> list[ReviewResult]:
    """Every reviewer case in ``folder`` (bases in ``folder/bases``), in name order."""
    from coach.knowledge import load_kb

    kb = kb or load_kb()
    results: list[ReviewResult] = []
    for path in review_files(folder):
        try:
            case = ReviewCase.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            results.append(ReviewResult(path.stem, False, [f"not a valid reviewer case: {exc}"]))
            continue
        results.append(run_review_case(case, folder / "bases", kb))
    return results

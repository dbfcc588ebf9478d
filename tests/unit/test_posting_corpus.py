"""Scores the labelled posting-requirement corpus (evals/postings/requirements.jsonl), per field.

Each line is one requirement as postings write it (en and zh): the KB skills it names, whether it
is required or "a plus", the level and years it asks for, and the terms the KB does not cover.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coach.engine.posting import parse_posting
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

CORPUS = Path(__file__).resolve().parents[2] / "evals" / "postings" / "requirements.jsonl"
TARGET = 0.9


def _score() -> tuple[dict[str, list[bool]], list[str]]:
    kb = load_kb()
    lexicon = get_lexicon(kb)
    fields: dict[str, list[bool]] = {"skills": [], "required": [], "level": [], "years": []}
    fields["uncovered"] = []
    misses: list[str] = []
    for raw in CORPUS.read_text(encoding="utf-8").splitlines():
        case: dict[str, Any] = json.loads(raw)
        posting = parse_posting("Job title\n" + case["line"], lexicon, kb)
        reqs = posting.requirements
        checks = {"skills": sorted(r.skill_id for r in reqs) == sorted(case["skills"])}
        if case["skills"]:
            checks["required"] = all(r.required == case.get("required", True) for r in reqs)
        if "level" in case:
            checks["level"] = all(r.level == case["level"] for r in reqs)
        if "years" in case:
            checks["years"] = all(r.years == case["years"] for r in reqs)
        if "uncovered" in case:
            checks["uncovered"] = sorted(posting.uncovered) == sorted(case["uncovered"])
        for name, ok in checks.items():
            fields[name].append(ok)
            if not ok:
                misses.append(f"{name}: {case['line']!r} -> {[r.model_dump() for r in reqs]}")
    return fields, misses


def test_posting_requirements_corpus_is_understood() -> None:
    fields, misses = _score()
    total = sum(len(v) for v in fields.values())
    right = sum(sum(v) for v in fields.values())
    assert len(fields["skills"]) >= 30
    print("\n".join(misses))
    assert right / total >= TARGET, f"{right}/{total} fields right; misses:\n" + "\n".join(misses)
    assert all(v and sum(v) / len(v) >= 0.85 for v in fields.values()), fields

"""Score the labelled posting-requirement corpus (``evals/postings/*.jsonl``), field by field.

Each line is one requirement as postings write it (en and zh): the KB skills it names, whether
it is required or "a plus", the level and years it asks for, the terms the knowledge base
does not cover, and whether it asks for a degree. ``coach eval postings`` prints the per-field
accuracy and every miss.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "evals" / "postings"
FIELDS = (
    "skills",
    "required",
    "level",
    "years",
    "emphasis",
    "uncovered",
    "degree",
    "either",
    "pay",
)


@dataclass
class PostingScore:
    items: int = 0
    fields: dict[str, list[bool]] = field(default_factory=lambda: {f: [] for f in FIELDS})
    misses: list[str] = field(default_factory=list)

    @property
    def right(self) -> int:
        return sum(sum(v) for v in self.fields.values())

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.fields.values())

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def corpus_lines(paths: list[Path]) -> list[dict[str, Any]]:
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    cases: list[dict[str, Any]] = []
    for file in files:
        for raw in file.read_text(encoding="utf-8").splitlines():
            if raw.strip() and not raw.lstrip().startswith("//"):
                cases.append(json.loads(raw))
    return cases


def _checks(case: dict[str, Any], posting: Any) -> dict[str, bool]:
    reqs = posting.requirements
    checks = {"skills": sorted(r.skill_id for r in reqs) == sorted(case["skills"])}
    if case["skills"]:
        preferred = case.get("preferred")  # a line mixing both: the skills that are "a plus"
        checks["required"] = all(
            r.required == (r.skill_id not in preferred if preferred else case.get("required", True))
            for r in reqs
        )
    if "level" in case:
        checks["level"] = all(r.level == case["level"] for r in reqs)
    if "years" in case:
        checks["years"] = all(r.years == case["years"] for r in reqs)
    if "emphasis" in case:  # stressed / plain / light: how hard the posting asks
        checks["emphasis"] = all(getattr(r, "emphasis", None) == case["emphasis"] for r in reqs)
    if "uncovered" in case:
        checks["uncovered"] = sorted(posting.uncovered) == sorted(case["uncovered"])
    if "degree" in case:
        checks["degree"] = (posting.degree is not None) == case["degree"]
    if "either" in case:
        checks["either"] = _either(case["either"], reqs)
    if "pay" in case:
        pay = getattr(posting, "pay_range", None)
        got = pay.model_dump() if pay is not None else {}
        checks["pay"] = all(got.get(k) == v for k, v in case["pay"].items())
    return checks


def _either(groups: list[list[str]], reqs: list[Any]) -> bool:
    """Each skill of a group is met by the group's others, and no other skill has alternatives."""
    want = {s: sorted(o for o in g if o != s) for g in groups for s in g}
    return all(sorted(r.alternatives) == want.get(r.skill_id, []) for r in reqs)


def score_postings(paths: list[Path] | None = None) -> PostingScore:
    from coach.engine.posting import parse_posting
    from coach.knowledge.lexicon import get_lexicon
    from coach.knowledge.loader import load_kb

    kb = load_kb()
    lexicon = get_lexicon(kb)
    score = PostingScore()
    for case in corpus_lines(paths or [DEFAULT_DIR]):
        score.items += 1
        posting = parse_posting("Job title\n" + case["line"], lexicon, kb)
        for name, ok in _checks(case, posting).items():
            score.fields[name].append(ok)
            if not ok:
                got = [(r.skill_id, r.required, r.level, r.years) for r in posting.requirements]
                score.misses.append(
                    f"{name}: {case['line']!r} -> {got} uncovered={posting.uncovered}"
                )
    return score


def report(score: PostingScore, show_misses: bool = True) -> str:
    lines = [
        f"posting requirements: {score.items} items, {score.right}/{score.total} fields right "
        f"({score.accuracy:.1%})"
    ]
    for name, results in score.fields.items():
        if results:
            lines.append(
                f"  {name:<10} {sum(results)}/{len(results)} ({sum(results) / len(results):.1%})"
            )
    if show_misses:
        lines += [f"  miss {m}" for m in score.misses]
    return "\n".join(lines)

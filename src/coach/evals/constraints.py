"""The constraint corpus (``evals/constraints/*.jsonl``): mentors' requests with the constraints
they mean, scored per constraint against :func:`coach.engine.constraints.parse_constraints`.

Each line is ``{"text": ..., "expect": [SPEC, ...]}``; a SPEC names one typed constraint:
``skill_hours:python:max:20``, ``include_skill:rag`` (any skill kind), ``exclude_topic:TOPIC``,
``exclude_resource_kind:KIND``, ``max_hours_per_week:6``, ``hours_from:5:from_month=3``
(or ``from_week=N``), ``extend_horizon:add=13`` / ``:to=52``, ``shorten_horizon:remove=4`` /
``:to=17``, ``set_horizon:26``, ``hours_from:4:from_month=7:for_weeks=9`` (a dip that ends),
``week_anchor:job_search:last:6`` (in the plan's last 6 weeks), ``project_earlier``, ``project_later``,
``undo:project`` / ``undo:python`` / ``undo:last``, ``project_data:deidentified``,
``place_after:project:rag`` / ``place_after:docker:python``.
A row may give ``"today": "YYYY-MM-DD"``: the day dated requests are read against. Notes (parts not
understood) are not listed: they are what is left, and a request meaning nothing typed expects
``[]``. Score = matched constraints / max(expected, read) summed over requests, so a constraint
read that was not meant counts against the parser as much as one missed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from coach.engine.constraints import SKILL_KINDS, Constraint, parse_constraints
from coach.knowledge.loader import KnowledgeBase

DEFAULT_DIR = Path("evals/constraints")


def _g(value: float | None) -> str:
    return f"{value:g}" if value is not None else "?"


def spec_of(c: Constraint) -> str | None:
    """The corpus SPEC of a constraint (None for a note)."""
    if c.kind == "note":
        return None
    if c.kind == "skill_hours":
        amount = "share" if c.share and c.hours is None else _g(c.hours)
        return f"skill_hours:{c.skill_id}:{c.op}:{amount}"
    if c.kind in SKILL_KINDS:
        return f"{c.kind}:{c.skill_id}"
    if c.kind == "exclude_topic":
        return f"exclude_topic:{c.topic}"
    if c.kind == "exclude_resource_kind":
        return f"exclude_resource_kind:{c.resource_kind}"
    if c.kind == "max_hours_per_week":
        return f"max_hours_per_week:{_g(c.hours_per_week)}"
    if c.kind == "hours_from":
        when = (
            f"from_month={c.from_month}"
            if c.from_month
            else f"from_week={c.from_week}"
            if c.from_week
            else f"from_date={c.from_date}"
        )
        window = f":for_weeks={c.for_weeks}" if c.for_weeks else ""  # a dip that ends
        return f"hours_from:{_g(c.hours_per_week)}:{when}{window}"
    if c.kind in {"extend_horizon", "shorten_horizon"}:
        if c.horizon_weeks is not None:
            return f"{c.kind}:to={c.horizon_weeks}"
        return f"{c.kind}:{'add' if c.add_weeks else 'remove'}={c.add_weeks or c.remove_weeks}"
    if c.kind == "set_horizon":
        return f"set_horizon:{c.horizon_weeks}"
    if c.kind == "week_anchor" and c.window_weeks:  # "the job search in the last 6 weeks"
        return f"week_anchor:{c.block or c.skill_id}:last:{c.window_weeks}"
    if c.kind == "week_anchor":
        return f"week_anchor:{c.block or c.skill_id}:{c.op}:{c.from_week}"
    if c.kind == "job_search_hours":
        return "job_search_hours:half" if c.share else f"job_search_hours:{c.op}:{_g(c.hours)}"
    if c.kind in {"profile_skill", "max_level", "min_level"}:
        return f"{c.kind}:{c.skill_id}:{c.level}"
    if c.kind == "set_target":
        return f"set_target:{c.role_id or 'unknown'}"
    if c.kind == "project_field":
        return f"project_field:{c.project_field}"
    if c.kind == "undo":  # "put it back where it was": what is taken back
        return f"undo:{c.block or c.skill_id or 'last'}"
    if c.kind == "project_data":
        return f"project_data:{c.data_rule}"
    if c.kind == "place_after":  # "the project right after prompt engineering"
        return f"place_after:{c.block or c.skill_id}:{c.after}"
    if c.kind == "add_project":  # "add a small project (~15h) from week 10"
        return f"add_project:{_g(c.hours) if c.hours else '-'}:{c.from_week or '-'}"
    return c.kind


class RequestResult(BaseModel):
    text: str
    expected: list[str]
    read: list[str]
    matched: int
    total: int


class CorpusScore(BaseModel):
    results: list[RequestResult]

    @property
    def matched(self) -> int:
        return sum(r.matched for r in self.results)

    @property
    def total(self) -> int:
        return sum(r.total for r in self.results)

    @property
    def accuracy(self) -> float:
        return self.matched / self.total if self.total else 1.0

    def misses(self) -> list[RequestResult]:
        return [r for r in self.results if r.matched < r.total]


def load_corpus(paths: Iterable[Path]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            for line in file.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rows.append(json.loads(line))
    return rows


def score_request(
    text: str, expected: list[str], kb: KnowledgeBase, today: date | None = None
) -> RequestResult:
    """One request scored; ``today`` (a row's ``"today"``) dates "until the end of January"."""
    read = [s for c in parse_constraints(text, kb, today=today) if (s := spec_of(c))]
    matched = sum((Counter(expected) & Counter(read)).values())
    total = max(len(expected), len(read), 1)
    if not expected and not read:
        matched = 1
    return RequestResult(text=text, expected=expected, read=read, matched=matched, total=total)


def score_corpus(rows: list[dict[str, object]], kb: KnowledgeBase) -> CorpusScore:
    results = []
    for row in rows:
        expect = row.get("expect") or []
        assert isinstance(expect, list)
        today = date.fromisoformat(str(row["today"])) if row.get("today") else None
        results.append(score_request(str(row["text"]), [str(e) for e in expect], kb, today))
    return CorpusScore(results=results)

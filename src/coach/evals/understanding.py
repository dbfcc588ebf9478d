"""The understanding corpus (``evals/understanding/*.yaml``): labelled turns and short
dialogues, scored field by field against the offline understanding of a turn.

Each file has a ``today`` (for relative dates) and ``items``; an item is ``text`` (+ ``asked``)
or ``turns`` (a list of them), and ``expect``, the fields the profile must show after the last
turn. Keys of ``expect``: ``role~`` (a substring of the current role), ``role`` (the whole
current role, or null: none may be set), ``years``, ``target``,
``unsure``, ``choice`` (a close call whose candidates include one of these roles),
``not_in_kb``, ``hours``, ``hours_high``, ``horizon``, ``horizon_high`` (weeks, +-1 for dates),
``has`` / ``not_has`` / ``wants`` / ``avoid`` (skill ids, one field each), ``counts`` /
``not_counts`` (skill ids the profile counts, with what its background and skills imply, as
``coach profile`` and the planner see them), ``level`` (skill id -> the level claimed, 0 for
none), ``first_choice`` (the first role of a close call), ``region``, ``language``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from coach.engine.understand import apply_implied_skills, extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.schemas import Profile

_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it

DEFAULT_DIR = Path("evals/understanding")
TARGET_ACCURACY = 0.97


@dataclass
class Miss:
    where: str
    text: str
    key: str
    expected: Any
    got: Any


@dataclass
class Score:
    fields: int = 0
    right: int = 0
    items: int = 0
    per_key: dict[str, list[int]] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.fields if self.fields else 0.0


def _ids(items: Iterable[Any]) -> set[str]:
    return {i.skill_id or i.role_id or "" for i in items}


def _near(got: Any, expected: Any, tolerance: float) -> bool:
    if expected is None or got is None:
        return got is expected
    return abs(float(got) - float(expected)) <= tolerance


_CHECKS: dict[str, Callable[[Profile, Any], tuple[bool, Any]]] = {
    "role~": lambda p, e: (
        p.current_role is not None and str(e).lower() in p.current_role.lower(),
        p.current_role,
    ),
    "role": lambda p, e: (
        p.current_role == e if e is None else (p.current_role or "").lower() == str(e).lower(),
        p.current_role,
    ),
    "years": lambda p, e: (_near(p.years_experience, e, 0.01), p.years_experience),
    "target": lambda p, e: (p.target_role == e, p.target_role),
    "unsure": lambda p, e: (p.target_unsure == bool(e), p.target_unsure),
    "choice": lambda p, e: (
        p.target_role is None and bool(set(p.target_candidates) & set(e)),
        p.target_candidates,
    ),
    "not_in_kb": lambda p, e: ((p.target_not_in_kb is not None) == bool(e), p.target_not_in_kb),
    "hours": lambda p, e: (_near(p.hours_per_week, e, 0.01), p.hours_per_week),
    "hours_high": lambda p, e: (_near(p.hours_per_week_high, e, 0.01), p.hours_per_week_high),
    "horizon": lambda p, e: (_near(p.horizon_weeks, e, 1), p.horizon_weeks),
    "horizon_high": lambda p, e: (_near(p.horizon_weeks_high, e, 1), p.horizon_weeks_high),
    "first_choice": lambda p, e: (
        p.target_role is None and p.target_candidates[:1] == [e],
        p.target_candidates,
    ),
    "region": lambda p, e: (p.region == e, p.region),
    "language": lambda p, e: (p.language == e, p.language),
}
_LISTS: dict[str, Callable[[Profile, str], bool]] = {
    "has": lambda p, s: any(c.skill_id == s and c.level > 0 for c in p.skills),
    "not_has": lambda p, s: not any(c.skill_id == s and c.level > 0 for c in p.skills),
    "wants": lambda p, s: s in _ids(p.wants),
    "avoid": lambda p, s: s in _ids(p.avoid),
}


def _claimed(profile: Profile, skill_id: str) -> int:
    return max((int(c.level) for c in profile.skills if c.skill_id == skill_id), default=0)


def _counted(profile: Profile, kb: KnowledgeBase) -> list[str]:
    return sorted(s for s, (level, _) in apply_implied_skills(profile, kb).items() if level > 0)


def understand_turns(turns: list[dict[str, Any]], kb: KnowledgeBase, today: date) -> Profile:
    """The profile after the turns, as the profiler would build it."""
    profile: Profile | None = None
    lexicon = get_lexicon(kb)
    for turn in turns:
        profile = extract_profile(
            str(turn["text"]), profile, lexicon, kb, asked=turn.get("asked"), today=today
        )
    return profile or Profile()


def score_item(
    item: dict[str, Any], profile: Profile, where: str, score: Score, kb: KnowledgeBase
) -> None:
    text = " / ".join(str(t["text"]) for t in item.get("turns") or [item])
    for key, expected in (item.get("expect") or {}).items():
        checks: list[tuple[str, bool, Any, Any]] = []
        if key in {"counts", "not_counts"}:
            counted = _counted(profile, kb)
            for skill in expected:
                ok = (skill in counted) == (key == "counts")
                checks.append((f"{key}:{skill}", ok, skill, counted))
        elif key == "level":
            for skill, want in expected.items():
                got_level = _claimed(profile, skill)
                checks.append((f"level:{skill}", got_level == want, want, got_level))
        elif key in _CHECKS:
            ok, got = _CHECKS[key](profile, expected)
            checks.append((key, ok, expected, got))
        elif key in _LISTS:
            for skill in expected:
                ok = _LISTS[key](profile, skill)
                got = (
                    sorted(_ids(profile.wants if key == "wants" else profile.avoid))
                    if key in {"wants", "avoid"}
                    else sorted(c.skill_id or "" for c in profile.skills)
                )
                checks.append((f"{key}:{skill}", ok, skill, got))
        else:
            raise ValueError(f"{where}: unknown expected field {key!r}")
        for name, ok, exp, got in checks:
            score.fields += 1
            score.right += ok
            tally = score.per_key.setdefault(name.split(":")[0], [0, 0])
            tally[0] += ok
            tally[1] += 1
            if not ok:
                score.misses.append(Miss(where, text, name, exp, got))


def corpus_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return files


def score_corpus(paths: list[Path], kb: KnowledgeBase | None = None) -> Score:
    """Score every item of the corpus files (or folders) in ``paths``."""
    kb = kb or load_kb()
    score = Score()
    for path in corpus_files(paths):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML) or {}
        today = data.get("today") or date(2026, 12, 2)
        for n, item in enumerate(data.get("items") or [], 1):
            turns = item.get("turns") or [item]
            profile = understand_turns(turns, kb, today)
            score.items += 1
            score_item(item, profile, f"{path.name}#{n}", score, kb)
    return score


def report(score: Score, show_misses: bool = True) -> str:
    lines = [
        f"understanding: {score.right}/{score.fields} fields right "
        f"({100 * score.accuracy:.1f} %) over {score.items} items"
    ]
    for key, (ok, total) in sorted(score.per_key.items()):
        lines.append(f"  {key:<13} {ok:>4}/{total:<4} {100 * ok / total:5.1f} %")
    if show_misses and score.misses:
        lines.append("misses:")
        for m in score.misses:
            lines.append(
                f"  {m.where} {m.key}: expected {m.expected!r}, got {m.got!r}  <- {m.text}"
            )
    return "\n".join(lines)

"""The plan's milestones as a short list (COACHING.md B6; docs/knowledge.md, "Rendering").

One line per distinct deliverable with every week it is due; at most :data:`MAX_MILESTONES`
lines: the portfolio project's, then those of the skills that weigh most for the role (the
JSON and the calendar keep every milestone). The progress checks are one short line, said
once; a milestone never repeats the project's name that its project line already gives.
"""

from __future__ import annotations

import re

from coach.i18n import MESSAGES, t
from coach.schemas import Language, Plan

MAX_MILESTONES = 6
"""Milestone lines a plan shows (the project's first, then the heaviest skills')."""

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"(?<=[。！？])|(?<=[.!?])\s+(?=[A-Z])")
_CLAUSE_END = re.compile(r"[;；]")


def catalog_shape(lang: Language, key: str) -> re.Pattern[str]:
    """A pattern for any text the catalog message ``key`` makes (its values as wildcards)."""
    en, zh = MESSAGES[key]
    parts = re.split(r"\{[^}]*\}", zh if lang == "zh" else en)
    return re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$", re.S)


def short_description(text: str) -> str:
    """A project's description up to its first clause (the JSON keeps all of it): "Design the
    platform ...; write down the trade-offs and build one slice." -> "Design the platform ..."."""
    head = _CLAUSE_END.split(text, maxsplit=1)[0].rstrip(" ,，:：")
    if head == text.strip() or len(head) < 20:
        return text
    return head + ("。" if _CJK.search(head) else ".")


def _without_title(text: str, titles: list[str]) -> str:
    """``text`` without a leading project name and its colon ("Name: Name: ..." never shows:
    the project's own line names it)."""
    for title in titles:
        for colon in (": ", "：", ":"):
            while text.startswith(title + colon):
                text = text[len(title + colon) :].lstrip()
    return text


def _units(plan: Plan, skip: set[int]) -> list[tuple[int, str, list[int], bool]]:
    """(milestone index, sentence, weeks due, is the project's) for each distinct sentence: a
    deliverable due again later (basic level, then working level) is one unit with two weeks.
    A portfolio project's milestone stays whole, its description cut to the first clause."""
    described = [p.description for p in plan.portfolio_projects if p.description]
    titles = sorted({p.title for p in plan.portfolio_projects if p.title}, key=len, reverse=True)
    units: list[tuple[int, str, list[int], bool]] = []
    where: dict[str, int] = {}
    for i, m in enumerate(plan.milestones):
        text = _without_title(m.deliverable, titles)
        whole = next((d for d in described if d in text), None)
        if m.week in skip and whole is None:  # the project's delivery is listed all the same
            continue
        if whole is not None:
            text = _without_title(text.replace(whole, short_description(whole)), titles)
        parts = [text] if whole is not None else _SENTENCE_END.split(text)
        for sentence in (x.strip() for x in parts):
            if not sentence:
                continue
            if sentence in where:
                weeks = units[where[sentence]][2]
                if m.week not in weeks:
                    weeks.append(m.week)
                continue
            where[sentence] = len(units)
            units.append((i, sentence, [m.week], whole is not None))
    return units


def _weight(plan: Plan, index: int) -> float:
    """How much the skill a milestone proves weighs for the role (0 for none known)."""
    deliverable = plan.milestones[index].deliverable.strip()
    weights = [
        plan.requirement_weights.get(item.skill_id, 0.0) + (1.0 if phase.kind == "core" else 0.0)
        for phase in plan.phases
        for item in phase.items
        if item.deliverable.strip() and item.deliverable.strip() in deliverable
    ]
    return max(weights, default=0.0)


FEW_CHECKS = 3
"""Up to this many progress checks are listed by week; more are said as a cadence."""


def _progress_line(lang: Language, kind: str, weeks: list[int]) -> str:
    """The progress checks, said once and briefly: the week of a single one, else how many
    there are and the span they cover (the calendar has each week)."""
    if len(weeks) == 1:
        return t(lang, f"render.progress_check{kind}", weeks=weeks[0])
    ordered = sorted(weeks)
    if len(ordered) <= FEW_CHECKS:  # "weeks 11, 28 and 46", not "about every 18 weeks"
        listed = t(lang, "render.sep").join(str(w) for w in ordered)
        return t(lang, f"render.progress_checks_few{kind}", weeks=listed)
    gap = max(1, round((ordered[-1] - ordered[0]) / (len(ordered) - 1)))
    key = f"render.progress_checks{kind}"
    return t(lang, key, gap=gap, first=ordered[0], last=ordered[-1])


def milestone_lines(plan: Plan, no_code: bool = False) -> list[str]:
    """At most :data:`MAX_MILESTONES` lines, by week: the project's milestones first, then the
    heaviest skills'; the sentences of one milestone due in the same weeks share a line; the
    progress checks close the list in one line (``no_code``, a role without coding: shared
    with the mentor, never pushed to a code repository)."""
    lang = plan.language
    colon, sep = t(lang, "render.colon"), t(lang, "render.sep")
    # the job-search steps are listed under their phase: the milestone that closes the phase
    # would say them again (a project due the same week is still listed)
    ends = {p.week_end for p in plan.phases if p.kind == "job_search"}
    ends -= {p.week_end for p in plan.portfolio_projects}
    grouped: dict[tuple[int, tuple[int, ...]], list[str]] = {}
    project: set[tuple[int, tuple[int, ...]]] = set()
    checks: dict[str, list[int]] = {}
    shapes = [
        (kind, catalog_shape(lang, f"plan.progress.{shape}{kind}"))
        for shape in ("deliverable", "midway")
        for kind in ("", ".no_code")
    ]
    for i, sentence, weeks, of_project in _units(plan, ends):
        kind = next((k for k, p in shapes if p.match(sentence)), None)
        if kind is not None:
            checks.setdefault(kind, []).extend(w for w in weeks if w not in checks[kind])
            continue
        grouped.setdefault((i, tuple(weeks)), []).append(sentence)
        if of_project:
            project.add((i, tuple(weeks)))
    ranked = sorted(grouped, key=lambda k: (k not in project, -_weight(plan, k[0]), k[1][0]))
    kept = sorted(ranked[:MAX_MILESTONES], key=lambda k: (k[1][0], k[0]))
    glue = "" if lang == "zh" else " "
    out = [
        f"- {sep.join(t(lang, 'render.week', week=w) for w in ws)}{colon}{glue.join(grouped[(i, ws)])}"
        for i, ws in kept
    ]
    if checks:  # one line for every progress check (a code one says where to push)
        kind = "" if "" in checks and not no_code else ".no_code"
        weeks = sorted({w for ws in checks.values() for w in ws})
        out.append("- " + _progress_line(lang, kind, weeks))
    return out

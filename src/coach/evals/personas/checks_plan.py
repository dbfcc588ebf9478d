"""COACHING.md part B checks: the plan's JSON and its Markdown (first draft unless ``@stage``)."""

from __future__ import annotations

import re
from typing import Any

from coach.evals.personas.drive import Run
from coach.evals.personas.evidence import (
    CannotEvaluate,
    Result,
    cjk_count,
    field,
    first_week,
    hours_by_skill,
    items,
    latin_words,
    miss,
    ok,
    plan_of,
    profile_of,
    skill_ids,
    word_count,
)
from coach.evals.personas.evidence import (
    stage as stage_of,
)
from coach.evals.personas.registry import check

LEARNING_KINDS = frozenset({"course", "book", "docs", "tutorial"})
_AMBITION = re.compile(r"ambition|realis|burnout", re.I)
_PAY_HEADING = re.compile(r"pay|salary|level|薪|职级|级别|收入", re.I)


@check("must_schedule", "B")
def must_schedule(run: Run, value: Any, stage: str) -> Result:
    scheduled = set(hours_by_skill(plan_of(run, stage)))
    lacking = sorted(set(value) - scheduled)
    return miss(f"not scheduled: {lacking}") if lacking else ok("all scheduled")


@check("must_not_schedule", "B")
def must_not_schedule(run: Run, value: Any, stage: str) -> Result:
    scheduled = hours_by_skill(plan_of(run, stage))
    wrong = {s: scheduled[s] for s in value if s in scheduled}
    return miss(f"scheduled: {wrong}") if wrong else ok("none scheduled")


@check("max_item_hours", "B")
def max_item_hours(run: Run, value: Any, stage: str) -> Result:
    hours = hours_by_skill(plan_of(run, stage))
    over = {s: hours[s] for s, cap in dict(value).items() if hours.get(s, 0.0) > float(cap)}
    return miss(f"over the cap: {over} (caps {dict(value)})") if over else ok(f"{hours}")


@check("min_item_hours", "B")
def min_item_hours(run: Run, value: Any, stage: str) -> Result:
    hours = hours_by_skill(plan_of(run, stage))
    under = {s: hours.get(s, 0.0) for s, low in dict(value).items() if hours.get(s, 0.0) < low}
    return miss(f"under the floor: {under} (floors {dict(value)})") if under else ok("enough")


@check("starts_by_week", "B")
def starts_by_week(run: Run, value: Any, stage: str) -> Result:
    weeks = first_week(plan_of(run, stage))
    late = {
        s: weeks.get(s, "never") for s, w in dict(value).items() if weeks.get(s, 10**6) > int(w)
    }
    return miss(f"starts too late: {late} (by {dict(value)})") if late else ok(f"{dict(value)}")


@check("before", "B")
def before(run: Run, value: Any, stage: str) -> Result:
    """Each pair [a, b]: a is scheduled and starts before b (which is scheduled too)."""
    weeks = first_week(plan_of(run, stage))
    wrong: list[str] = []
    for first, second in value:
        if first not in weeks or second not in weeks:
            wrong.append(f"{first}/{second} not both scheduled")
        elif weeks[first] > weeks[second] or (
            weeks[first] == weeks[second] and _order(run, stage, first) > _order(run, stage, second)
        ):
            wrong.append(f"{first} (week {weeks[first]}) after {second} (week {weeks[second]})")
    return miss("; ".join(wrong)) if wrong else ok("in order")


def _order(run: Run, stage: str, skill: str) -> int:
    ids = [str(i.get("skill_id")) for i in items(plan_of(run, stage))]
    return ids.index(skill)


@check("feasible", "B")
def feasible(run: Run, value: Any, stage: str) -> Result:
    plan = plan_of(run, stage)
    got = bool(field(plan, "feasible", "plan"))
    review = stage_of(run, stage).get("review") or {}
    verdict = review.get("verdict")
    if value and verdict == "infeasible":
        return miss("the reviewer's verdict is infeasible")
    return ok(f"feasible={got}") if got == bool(value) else miss(f"feasible={got} ({verdict})")


@check("ambition_flagged", "B")
def ambition_flagged(run: Run, value: Any, stage: str) -> Result:
    """An impossible ambition is named (an ambition finding), and the plan does not pass."""
    review = stage_of(run, stage).get("review")
    if not review:
        raise CannotEvaluate("review missing")
    findings = [
        f for f in review.get("findings") or [] if _AMBITION.search(str(f.get("check") or ""))
    ]
    if not findings:
        return miss(f"no ambition finding (verdict {review.get('verdict')})")
    if review.get("verdict") == "pass":
        return miss("named, but the plan still 'passes all checks'")
    return ok(str(findings[0].get("message"))[:120])


def _known(run: Run, stage: str) -> set[str]:
    profile = profile_of(run, stage)
    return {
        str(s.get("skill_id"))
        for s in profile.get("skills") or []
        if isinstance(s, dict) and int(s.get("level") or 0) >= 2
    }


@check("project_uses_only_scheduled", "B")
def project_uses_only_scheduled(run: Run, value: Any, stage: str) -> Result:
    """Every project skill is scheduled to start no later than the project, or already known
    (not a gap of the plan)."""
    plan = plan_of(run, stage)
    projects = field(plan, "portfolio_projects", "plan")
    if not projects:
        raise CannotEvaluate("no portfolio project")
    weeks = first_week(plan)
    gaps = skill_ids(plan.get("gaps"))
    known = _known(run, stage)
    wrong: list[str] = []
    for project in projects:
        start = int(project.get("week_start") or 0)
        for skill in project.get("skill_ids") or []:
            if weeks.get(skill, 10**6) <= start or (skill not in gaps and skill in known):
                continue
            if skill not in gaps and skill not in weeks:
                continue  # not a gap: the person has it at the level the role needs
            wrong.append(f"{project.get('title')}: {skill}")
    return miss(f"uses skills not scheduled before it: {wrong}") if wrong else ok("coherent")


@check("project_mentions", "B")
def project_mentions(run: Run, value: Any, stage: str) -> Result:
    projects = field(plan_of(run, stage), "portfolio_projects", "plan")
    if not projects:
        raise CannotEvaluate("no portfolio project")
    text = " ".join(f"{p.get('title')} {p.get('description')}" for p in projects).lower()
    words = [str(w) for w in value]
    hits = [w for w in words if w.lower() in text]
    return ok(f"mentions {hits}") if hits else miss(f"project mentions none of {words}")


def _markdown(run: Run, stage: str) -> str:
    text = str(stage_of(run, stage).get("markdown") or "")
    if not text:
        raise CannotEvaluate(f"no plan markdown at stage '{stage}'")
    return text


@check("max_plan_words", "B")
def max_plan_words(run: Run, value: Any, stage: str) -> Result:
    count = word_count(_markdown(run, stage))
    return ok(f"{count} words") if count <= int(value) else miss(f"{count} words (max {value})")


@check("plan_language", "B")
def plan_language(run: Run, value: Any, stage: str) -> Result:
    """The plan's language, and its Markdown lines in it: at most 5 % of lines otherwise (for
    Chinese, a line with 3+ Latin words outnumbering its Chinese characters is English)."""
    plan = plan_of(run, stage)
    if field(plan, "language", "plan") != value:
        return miss(f"plan language is {plan.get('language')}")
    lines = [ln for ln in _markdown(run, stage).splitlines() if ln.strip()]
    if value == "zh":
        # A line mostly in English (an English label, finding or description) is not Chinese.
        wrong = [ln for ln in lines if latin_words(ln) >= 3 and latin_words(ln) > cjk_count(ln)]
    else:
        wrong = [ln for ln in lines if cjk_count(ln) > 0]
    if len(wrong) > 0.05 * len(lines):
        return miss(f"{len(wrong)}/{len(lines)} lines not in {value}, e.g. {wrong[0][:70]!r}")
    return ok(f"{len(lines)} lines")


@check("max_pay_lines", "B")
def max_pay_lines(run: Run, value: Any, stage: str) -> Result:
    """Lines under the level-and-pay heading of the Markdown plan."""
    count, inside = 0, False
    for line in _markdown(run, stage).splitlines():
        if line.startswith("#"):
            inside = bool(_PAY_HEADING.search(line))
        elif inside and line.strip().startswith(("-", "*", "|")) and not set(line) <= set("|-: "):
            count += 1
    return ok(f"{count} pay lines") if count <= int(value) else miss(f"{count} pay lines")


@check("strengths_include", "B")
def strengths_include(run: Run, value: Any, stage: str) -> Result:
    strengths = skill_ids(field(plan_of(run, stage), "strengths", "plan"))
    lacking = sorted(set(value) - strengths)
    return miss(f"not listed as strengths: {lacking}") if lacking else ok(f"{sorted(strengths)}")


@check("resources_are_learning_material", "B")
def resources_are_learning_material(run: Run, value: Any, stage: str) -> Result:
    """Every item's resources are courses, books, docs or tutorials; an item without any says
    what to practise."""
    from coach.knowledge import load_kb

    kb = load_kb()
    wrong: list[str] = []
    plan_items = items(plan_of(run, stage))
    if not plan_items:
        raise CannotEvaluate("no plan items")
    for item in plan_items:
        ids = item.get("resource_ids") or []
        for rid in ids:
            res = kb.resources.get(rid)
            if res is None or res.kind not in LEARNING_KINDS:
                wrong.append(f"{item.get('skill_id')}: {rid} ({res.kind if res else 'unknown'})")
        if not ids and not item.get("practice"):
            wrong.append(f"{item.get('skill_id')}: no resource and nothing to practise")
    if wrong:
        return miss(f"{len(wrong)} not learning material, e.g. {wrong[:3]}")
    return ok("all learning material")


def _role_weights(role_id: str) -> dict[str, float]:
    from coach.knowledge import load_kb

    role = load_kb().roles.get(role_id)
    if role is None:
        raise CannotEvaluate(f"role {role_id!r} not in the knowledge base")
    return {req.skill_id: float(req.weight) for req in role.required}


@check("core_first", "B")
def core_first(run: Run, value: Any, stage: str) -> Result:
    """The highest-weight gaps (the role's required skills the person lacks, within 0.1 of the
    heaviest) are scheduled, start in the first third of the plan, and are never deferred while
    a lower-weight skill (foundations and nice-to-haves weigh 0) keeps its hours."""
    plan = plan_of(run, stage)
    weights = _role_weights(str(field(plan, "target", "plan")))
    gap_weights = {s: w for s, w in weights.items() if s in skill_ids(plan.get("gaps"))}
    if not gap_weights:
        raise CannotEvaluate("the plan lists no gap of the role's required skills")
    top = max(gap_weights.values())
    core = sorted(s for s, w in gap_weights.items() if w >= top - 0.1)
    weeks = first_week(plan)
    scheduled = set(hours_by_skill(plan))
    lowest = min((weights.get(s, 0.0) for s in scheduled), default=top)
    third = max(1, int(plan.get("horizon_weeks") or 0) // 3)
    wrong = [
        f"{s} deferred while a {lowest:g}-weight skill is scheduled"
        for s in core
        if s not in scheduled and lowest < weights[s]
    ]
    wrong += [
        f"{s} starts week {weeks[s]} (after week {third})"
        for s in core
        if s in weeks and weeks[s] > third
    ]
    return miss("; ".join(wrong)) if wrong else ok(f"core {core} first")

"""COACHING.md parts C and D: the mentor's changes, and coaching after approval."""

from __future__ import annotations

import re
from typing import Any

from coach.evals.personas.drive import Run, Turn
from coach.evals.personas.evidence import (
    CannotEvaluate,
    Result,
    field,
    hours_by_skill,
    items,
    miss,
    numbers_in,
    ok,
    plan_of,
    stage,
)
from coach.evals.personas.registry import check

_NOT_APPLIED = re.compile(
    r"not applied|couldn'?t apply|could not apply|did not apply|didn'?t understand|not understood|"
    r"未应用|未能应用|没有应用|无法应用|未采纳|未能理解|没能理解",
    re.I,
)
_LIGHTER = re.compile(
    r"lighter|lower|fewer|less|reduce|cut|slow|rest|break|down|drop|ease|pause|减|降|少|轻|休息|放慢|暂停",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def _constraint_kinds(plan: dict[str, Any]) -> set[str]:
    """The kinds of the plan's typed constraints: ``plan.constraint_records[].kind`` (the
    display strings of ``plan.constraints`` sit beside them), or typed ``plan.constraints``."""
    shown = field(plan, "constraints", "plan")
    records = [*(plan.get("constraint_records") or []), *shown]
    typed = [c for c in records if isinstance(c, dict) and c.get("kind")]
    if shown and not typed:
        raise CannotEvaluate("typed constraints missing (plan.constraint_records[].kind)")
    return {str(c["kind"]) for c in typed}


@check("mentor_change", "C", stage="revised")
def mentor_change(run: Run, value: Any, stage_name: str) -> Result:
    """After the request: the constraint kinds applied, skill hours (about the figure asked,
    never more than 15 % over, never dropped), skills (not) scheduled."""
    plan = plan_of(run, stage_name)
    wrong: list[str] = []
    spec = dict(value)
    if spec.get("kinds"):
        lacking = sorted(set(spec["kinds"]) - _constraint_kinds(plan))
        wrong += [f"constraint kinds not applied: {lacking}"] if lacking else []
    hours = hours_by_skill(plan)
    for skill, want in dict(spec.get("hours") or {}).items():
        got = hours.get(skill, 0.0)
        if not 0.5 * float(want) <= got <= 1.15 * float(want):
            wrong.append(f"{skill}: {got:g} h, asked about {want}")
    wrong += _plan_settings(plan, spec)
    wrong += [f"not scheduled: {s}" for s in spec.get("schedule") or [] if s not in hours]
    wrong += [f"still scheduled: {s}" for s in spec.get("not_schedule") or [] if s in hours]
    return miss("; ".join(wrong)) if wrong else ok("applied")


def _plan_settings(plan: dict[str, Any], spec: dict[str, Any]) -> list[str]:
    """Hours a week, horizon (within 2 weeks), the project's start, a weekly cap from a week on."""
    wrong: list[str] = []
    if "hours_per_week" in spec and float(plan["hours_per_week"]) != float(spec["hours_per_week"]):
        wrong.append(f"{plan['hours_per_week']} h/week, asked {spec['hours_per_week']}")
    if "horizon_weeks" in spec and abs(int(plan["horizon_weeks"]) - spec["horizon_weeks"]) > 2:
        wrong.append(f"{plan['horizon_weeks']} weeks, asked {spec['horizon_weeks']}")
    if "project_starts_after" in spec:
        starts = [int(p["week_start"]) for p in plan.get("portfolio_projects") or []]
        if not starts or min(starts) <= int(spec["project_starts_after"]):
            wrong.append(f"project starts week {min(starts) if starts else 'never'}")
    if "weekly_from" in spec:  # {week: W, hours: H}: at most H a week from week W on
        week, cap = int(spec["weekly_from"]["week"]), float(spec["weekly_from"]["hours"])
        over = [h for h in (plan.get("weekly_hours") or [])[week - 1 :] if float(h) > cap + 0.01]
        if over or not plan.get("weekly_hours"):
            wrong.append(f"weeks from {week} exceed {cap:g} h ({len(over)} weeks)")
    if "project_starts_by" in spec:
        starts = [int(p["week_start"]) for p in plan.get("portfolio_projects") or []]
        if not starts or min(starts) > int(spec["project_starts_by"]):
            wrong.append(f"project starts week {min(starts) if starts else 'never'}")
    return wrong


@check("not_applied_shown", "C", stage="revised")
def not_applied_shown(run: Run, value: Any, stage_name: str) -> Result:
    """What could not be applied is shown to the mentor before approval, word for word."""
    doc = stage(run, stage_name)
    if doc.get("status") != "awaiting_mentor":
        raise CannotEvaluate("the revised plan is not in front of the mentor")
    shown = str(doc.get("interrupt") or "") + "\n" + str(doc.get("markdown") or "")
    shown += "\n".join(t.text for t in run.turns if t.phase == "revised" and t.who == "coach")
    if not _NOT_APPLIED.search(shown):
        return miss("nothing is shown to the mentor as not applied")
    phrases = [str(p) for p in value] if isinstance(value, list) else []
    lacking = [p for p in phrases if p.lower() not in shown.lower()]
    return miss(f"not shown word for word: {lacking}") if lacking else ok("shown")


def _replies(run: Run, step: int) -> list[Turn]:
    if run.error:
        raise CannotEvaluate(f"the run failed: {run.error}")
    if "approved" not in run.stages:
        raise CannotEvaluate("the plan was never approved")
    replies = run.replies_to_after(step)
    if not replies:
        raise CannotEvaluate(f"no reply to after-turn {step}")
    return replies


def is_snippet_list(text: str) -> bool:
    """A bare list of retrieved snippets: the catalog's 'here is what I know' preamble, or
    mostly bullet lines with no sentence of its own before them."""
    from coach.i18n import t

    prefixes = [t(lang, "coach.answer", hits="").strip() for lang in ("en", "zh")]
    if any(p and text.strip().startswith(p) for p in prefixes):
        return True
    lines = [ln for ln in text.splitlines() if ln.strip()]
    bullets = [ln for ln in lines if _BULLET.match(ln)]
    return bool(lines) and len(bullets) >= 0.7 * len(lines) and len(lines) >= 2


def _refusal(text: str) -> bool:
    from coach.i18n import t

    return any(t(lang, "waiting_mentor") in text for lang in ("en", "zh"))


def _answer_ok(text: str, spec: dict[str, Any]) -> str | None:
    """None when ``text`` answers as ``spec`` asks, else why not."""
    low = text.lower()
    if _refusal(text):
        return "refused (waiting for the mentor)"
    if is_snippet_list(text):
        return "a bare list of snippets"
    lacking = [w for w in spec.get("words") or [] if str(w).lower() not in low]
    if lacking:
        return f"does not mention {lacking}"
    anyof = [str(w) for w in spec.get("any") or []]
    if anyof and not any(w.lower() in low for w in anyof):
        return f"mentions none of {anyof}"
    return None


def _without_echo(run: Run, step: int) -> str:
    """The replies to after-turn ``step`` minus any quote of the user's own words."""
    text = "\n".join(t.text for t in _replies(run, step))
    for turn in run.turns:
        if turn.who == "user" and turn.step == step:
            for quoted in (turn.text, turn.text.rstrip("?？!！.。 ")):
                text = text.replace(quoted, " ")
    return text


def _specs(value: Any) -> list[dict[str, Any]]:
    return [dict(v) for v in (value if isinstance(value, list) else [value])]


@check("answers_question", "D", stage="final")
def answers_question(run: Run, value: Any, stage_name: str) -> Result:
    """Each ``{turn: N, words: [...], any: [...]}``: the reply to after-turn N answers it."""
    wrong: list[str] = []
    for spec in _specs(value):
        text = _without_echo(run, int(spec["turn"]))
        why = _answer_ok(text, spec)
        if why:
            wrong.append(f"turn {spec['turn']}: {why}: {text[:80]!r}")
    return miss("; ".join(wrong)) if wrong else ok("answered")


@check("answers_while_waiting", "D", stage="final")
def answers_while_waiting(run: Run, value: Any, stage_name: str) -> Result:
    if run.error:
        raise CannotEvaluate(f"the run failed: {run.error}")
    spec = dict(value) if isinstance(value, dict) else {}
    asked = [t for t in run.turns if t.who == "user" and t.phase == "waiting"]
    if not asked:
        raise CannotEvaluate("no turn was sent while a plan waited for the mentor")
    replies = [t for t in run.turns if t.who == "coach" and t.phase == "waiting"]
    wrong = [why for t in replies if (why := _answer_ok(t.text, spec))]
    if any(t.refused for t in asked):
        wrong.insert(0, "a turn was refused while waiting")
    return miss("; ".join(wrong)) if wrong else ok(f"{len(replies)} answered")


def _approved(run: Run) -> dict[str, Any]:
    return plan_of(run, "approved")


@check("replans_from_week", "D", stage="final")
def replans_from_week(run: Run, value: Any, stage_name: str) -> Result:
    """``{turn: N, week: W, hours: H}``: after turn N a new version re-plans from week W, keeping
    weeks before W as approved, at H hours a week from then on (if given)."""
    spec = dict(value)
    old = _approved(run)
    new = plan_of(run, f"after{int(spec['turn'])}")
    if int(new.get("version") or 0) <= int(old.get("version") or 0):
        return miss(f"no new plan version after turn {spec['turn']}")
    week = int(spec["week"])
    kept = {
        (i["skill_id"], i["week_start"], i["week_end"], i["hours"])
        for i in items(new)
        if int(i["week_end"]) < week
    }
    past = {
        (i["skill_id"], i["week_start"], i["week_end"], i["hours"])
        for i in items(old)
        if int(i["week_end"]) < week
    }
    wrong: list[str] = []
    if past - kept:
        wrong.append(f"weeks before {week} changed: {sorted(past - kept)[:3]}")
    weekly = [float(h) for h in new.get("weekly_hours") or []]
    done = [float(h) for h in old.get("weekly_hours") or []][: week - 1]
    if weekly[: week - 1] != done:
        wrong.append(f"the hours of weeks before {week} changed: {done} -> {weekly[: week - 1]}")
    if "hours" in spec and any(h > float(spec["hours"]) + 0.01 for h in weekly[week - 1 :]):
        wrong.append(f"weeks from {week} exceed {spec['hours']} h")
    if "hours" in spec and not any(weekly[week - 1 :]):
        wrong.append(f"nothing scheduled from week {week}")
    return miss("; ".join(wrong)) if wrong else ok(f"v{new.get('version')} from week {week}")


@check("keeps_progress", "D", stage="final")
def keeps_progress(run: Run, value: Any, stage_name: str) -> Result:
    """``{week: N}``: the progress record (state or plan) says weeks up to N are done."""
    doc = stage(run, stage_name)
    plan = doc.get("plan") or {}
    progress = plan.get("progress") or doc.get("state", {}).get("progress")
    if not progress:
        raise CannotEvaluate("progress missing (plan.progress / state.progress)")
    want = int(dict(value)["week"])
    done: set[int] = set()
    for key, got in progress.items() if isinstance(progress, dict) else []:
        if "week" not in key:
            continue
        if isinstance(got, int | float):
            done |= set(range(1, int(got) + 1))
        elif isinstance(got, list):
            done |= {int(w) for w in got if isinstance(w, int | float)}
    return ok(f"weeks done: {sorted(done)}") if want in done else miss(f"done: {sorted(done)}")


@check("lighter_after_burnout", "D", stage="final")
def lighter_after_burnout(run: Run, value: Any, stage_name: str) -> Result:
    """After turn N the load is lighter (a new plan with fewer hours a week) or the reply proposes
    a lower weekly figure and says how."""
    step = int(dict(value)["turn"])
    before = float(_approved(run).get("hours_per_week") or 0)
    text = "\n".join(t.text for t in _replies(run, step))
    new = run.stages.get(f"after{step}", {}).get("plan") or {}
    newer = bool(new) and int(new.get("version", 0)) > int(_approved(run).get("version", 0))
    if newer and float(new.get("hours_per_week") or before) < before:
        return ok(f"new plan at {new.get('hours_per_week')} h/week")
    lower = [n for n in numbers_in(text) if 0 < n < before]
    if lower and _LIGHTER.search(text) and not is_snippet_list(text):
        return ok(f"proposes {lower[0]:g} h/week")
    return miss(f"no lighter load proposed: {text[:80]!r}")


@check("weekly_dip", "C", stage="revised")
def weekly_dip(run: Run, value: Any, stage_name: str) -> Result:
    """``{weeks: [A, B], hours: H}``: at most H a week in plan weeks A..B (a dip the person or
    the mentor dated), and more than H in some week after B: the dip ends, it is no new normal."""
    plan = plan_of(run, stage_name)
    hours = [float(h) for h in field(plan, "weekly_hours", "plan")]
    first, last = (int(w) for w in value["weeks"])
    cap = float(value["hours"])
    if len(hours) <= last:
        raise CannotEvaluate(f"the plan has {len(hours)} weeks, the dip ends in week {last}")
    over = [w for w in range(first, last + 1) if hours[w - 1] > cap + 0.01]
    if over:
        return miss(f"weeks {over} exceed {cap:g} h")
    if not any(h > cap + 0.01 for h in hours[last:]):
        return miss(f"still at most {cap:g} h after week {last}: the dip never ends")
    return ok(f"weeks {first}-{last} at most {cap:g} h, then back")

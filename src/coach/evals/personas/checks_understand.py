"""COACHING.md part A checks: understanding the person, read from the transcript and profile."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from coach.evals.personas.drive import Run
from coach.evals.personas.evidence import (
    CannotEvaluate,
    Result,
    before_plan,
    field,
    language_of,
    miss,
    numbers_in,
    ok,
    plan_of,
    profile_of,
    skill_ids,
    strip_code,
)
from coach.evals.personas.questions import numbered_items
from coach.evals.personas.registry import check

_FIELDS = ("background", "target", "hours", "horizon", "choice")
_LOWER_END = re.compile(
    r"lower end|low end|lower bound|lower figure|the lower|lowest|smaller (?:figure|number)|"
    r"conservative|下限|较低|偏低|低的|少的|保守|按低|较少",
    re.I,
)
_NOW_LABEL = re.compile(
    r"\b(?:now|currently|today|background)\s*[:：]|(?:现在|目前|背景)\s*[:：]", re.I
)
_NOT_IN_KB = re.compile(
    r"(?:don'?t|do not|doesn'?t|does not) (?:know|have|cover)|not in (?:my|the) knowledge|"
    r"isn'?t in (?:my|the)|no (?:such )?role|not a role i|还不了解|没有(?:这个|该)?(?:岗位|角色)|"
    r"知识库(?:里|中)?(?:没有|暂无|不包含)|不在.*知识库|暂不支持|未收录",
    re.I,
)


def _tolerance(value: Any, default: float) -> tuple[float, float]:
    if isinstance(value, dict):
        return float(value["value"]), float(value.get("tolerance", default))
    return float(value), default


def _questions(run: Run) -> list[str]:
    return [t.kind for t in before_plan(run) if t.who == "coach" and t.kind]


@check("never_asks_again", "A")
def never_asks_again(run: Run, value: Any, stage: str) -> Result:
    """No field is asked twice; a list names fields (given up front) that are never asked."""
    asked = Counter(k for k in _questions(run) if k in _FIELDS)
    repeated = sorted(k for k, n in asked.items() if n > 1)
    never = [str(k) for k in value] if isinstance(value, list) else []
    given_but_asked = sorted(k for k in never if asked.get(k))
    if repeated or given_but_asked:
        parts = [f"asked again: {', '.join(repeated)}"] if repeated else []
        parts += [f"asked though given: {', '.join(given_but_asked)}"] if given_but_asked else []
        return miss("; ".join(parts))
    return ok(f"questions: {dict(asked) or 'none'}")


@check("asks_at_most", "A")
def asks_at_most(run: Run, value: Any, stage: str) -> Result:
    count = len(_questions(run))
    if count > int(value):
        return miss(f"{count} questions before the plan (at most {value})")
    return ok(f"{count} questions")


@check("target_role", "A")
def target_role(run: Run, value: Any, stage: str) -> Result:
    target = field(plan_of(run, stage), "target", "plan")
    return ok(target) if target == value else miss(f"plan is for {target!r}, not {value!r}")


@check("target_is_one_of", "A")
def target_is_one_of(run: Run, value: Any, stage: str) -> Result:
    target = field(plan_of(run, stage), "target", "plan")
    return ok(target) if target in list(value) else miss(f"plan is for {target!r}")


@check("not_target", "A")
def not_target(run: Run, value: Any, stage: str) -> Result:
    targets = set(str(v) for v in (value if isinstance(value, list) else [value]))
    plan = run.stages.get(stage, {}).get("plan") if not run.error else None
    profile = profile_of(run)
    got = {str(profile.get("target_role"))}
    if plan:
        got.add(str(plan.get("target")))
    if got & targets:
        return miss(f"took {sorted(got & targets)} as the target")
    return ok(f"target: {sorted(got)}")


def _role_names() -> dict[str, list[str]]:
    from coach.knowledge import load_kb

    names: dict[str, list[str]] = {}
    for role in load_kb().roles.values():
        words = [role.name.en, role.name.zh, *role.aliases]
        names[role.id] = [w.lower() for w in words if len(w) >= 4]
    return names


def roles_in(line: str, names: dict[str, list[str]]) -> set[str]:
    low = line.lower()
    return {rid for rid, words in names.items() if any(w in low for w in words)}


@check("shows_roles_before_plan", "A")
def shows_roles_before_plan(run: Run, value: Any, stage: str) -> Result:
    """A numbered list of at least N distinct knowledge-base roles, before any plan."""
    names = _role_names()
    best = 0
    for turn in run.turns:
        if turn.phase != "intake":
            break
        if turn.who != "coach":
            continue
        shown: set[str] = set()
        for line in numbered_items(turn.text):
            shown |= roles_in(line, names)
        best = max(best, len(shown))
    if best >= int(value):
        return ok(f"{best} roles listed")
    return miss(f"largest numbered list of roles before the plan: {best} (need {value})")


@check("no_plan_before_choice", "A")
def no_plan_before_choice(run: Run, value: Any, stage: str) -> Result:
    turns = before_plan(run)
    for index, turn in enumerate(turns):
        answered = any(t.who == "user" for t in turns[index + 1 :])
        if turn.who == "coach" and turn.kind == "choice" and answered:
            return ok("the person chose before the plan")
    return miss("a plan was made without a choice of role being asked and answered")


@check("choice_recorded", "A")
def choice_recorded(run: Run, value: Any, stage: str) -> Result:
    """The plan JSON keeps the roles offered and why this one was chosen (``plan.choice`` or
    ``plan.alternatives``)."""
    plan = plan_of(run, stage)
    record = plan.get("choice") or plan.get("alternatives")
    if not record:
        raise CannotEvaluate("plan.choice / plan.alternatives missing")
    offered = (
        record.get("alternatives") or record.get("offered") if isinstance(record, dict) else record
    )
    if not offered:
        return miss("no alternatives recorded")
    return ok(f"{len(offered)} alternatives recorded")


@check("hours_per_week", "A")
def hours_per_week(run: Run, value: Any, stage: str) -> Result:
    want, tol = _tolerance(value, 0.01)
    got = float(field(plan_of(run, stage), "hours_per_week", "plan"))
    return ok(f"{got:g} h") if abs(got - want) <= tol else miss(f"{got:g} h/week, not {want:g}")


@check("range_lower_end_said", "A")
def range_lower_end_said(run: Run, value: Any, stage: str) -> Result:
    """The coach says it plans on the lower end of a range (the figure and a cue, together)."""
    want = float(value)
    texts = [t.text for t in before_plan(run) if t.who == "coach"]
    plan = plan_of(run, stage)
    texts += [str(a) for a in plan.get("assumptions") or []]
    texts.append(str(plan.get("message") or ""))
    for text in texts:
        for sentence in re.split(r"(?<=[.!?。！？；;])\s*|\n+", text):
            if want in numbers_in(sentence) and _LOWER_END.search(sentence):
                return ok(sentence.strip()[:120])
    return miss(f"never said it plans on the lower end ({want:g})")


@check("horizon_weeks", "A")
def horizon_weeks(run: Run, value: Any, stage: str) -> Result:
    want, tol = _tolerance(value, 2)
    got = float(field(plan_of(run, stage), "horizon_weeks", "plan"))
    if abs(got - want) <= tol:
        return ok(f"{got:g} weeks")
    return miss(f"{got:g} weeks, not {want:g}±{tol:g}")


@check("years_experience", "A", stage="final")
def years_experience(run: Run, value: Any, stage: str) -> Result:
    want, tol = _tolerance(value, 0.5)
    got = field(profile_of(run, stage), "years_experience", "profile")
    if abs(float(got) - want) <= tol:
        return ok(f"{got:g} years")
    return miss(f"{got:g} years, not {want:g}")


def _has_skills(profile: dict[str, Any]) -> set[str]:
    skills = field(profile, "skills", "profile")
    return {
        str(s.get("skill_id"))
        for s in skills
        if isinstance(s, dict) and s.get("skill_id") and int(s.get("level") or 0) > 0
    }


@check("skills_include", "A", stage="final")
def skills_include(run: Run, value: Any, stage: str) -> Result:
    has = _has_skills(profile_of(run, stage))
    lacking = sorted(set(value) - has)
    return miss(f"not counted as skills: {lacking}") if lacking else ok(f"has {sorted(has)}")


@check("skills_exclude", "A", stage="final")
def skills_exclude(run: Run, value: Any, stage: str) -> Result:
    has = _has_skills(profile_of(run, stage))
    wrong = sorted(set(value) & has)
    return miss(f"taken as skills the person has: {wrong}") if wrong else ok("none of them")


@check("wants_include", "A", stage="final")
def wants_include(run: Run, value: Any, stage: str) -> Result:
    wants = skill_ids(field(profile_of(run, stage), "wants", "profile"))
    lacking = sorted(set(value) - wants)
    return miss(f"not recorded as wants: {lacking}") if lacking else ok(f"wants {sorted(wants)}")


@check("says_not_in_kb", "A")
def says_not_in_kb(run: Run, value: Any, stage: str) -> Result:
    for turn in run.turns:
        if turn.who == "coach" and turn.phase == "intake" and _NOT_IN_KB.search(turn.text):
            return ok(turn.text[:120])
    return miss("never said plainly that the knowledge base lacks that role")


def _summary_points(text: str, plan: dict[str, Any], profile: dict[str, Any]) -> list[str]:
    from coach.knowledge import load_kb

    kb = load_kb()
    found: list[str] = []
    text = strip_code(text)  # session ids and commands are not part of a summary
    nums = numbers_in(text)
    if float(plan.get("hours_per_week") or -1) in nums:
        found.append("hours")
    weeks = int(plan.get("horizon_weeks") or -1)
    if weeks in nums or round(weeks / 4.345) in nums or weeks / 52 in nums:
        found.append("horizon")
    role = kb.roles.get(str(plan.get("target")))
    if role and (role.name.en.lower() in text.lower() or role.name.zh in text):
        found.append("target")
    current = str(profile.get("current_role") or "")
    named = bool(current) and re.search(rf"(?<!\w){re.escape(current)}(?!\w)", text, re.I)
    if named or _NOW_LABEL.search(text):
        found.append("now")
    names = [kb.skills[s].name for s in _has_skills(profile) if s in kb.skills]
    if any(n.en.lower() in text.lower() or n.zh in text for n in names):
        found.append("skills")
    return found


@check("summary_before_plan", "A")
def summary_before_plan(run: Run, value: Any, stage: str) -> Result:
    """A reply before (or with) the plan states at least 4 of: now, target, hours, horizon,
    the skills counted."""
    plan, profile = plan_of(run, stage), profile_of(run, stage)
    best: list[str] = []
    for turn in before_plan(run):
        if turn.who == "coach":
            points = _summary_points(turn.text, plan, profile)
            best = points if len(points) > len(best) else best
    if len(best) >= 4:
        return ok(f"summary names {best}")
    return miss(f"no summary before the plan (best reply names only {best})")


@check("reply_language", "A", stage="final")
def reply_language(run: Run, value: Any, stage: str) -> Result:
    if run.error:
        raise CannotEvaluate(f"the run failed: {run.error}")
    replies = [t for t in run.turns if t.who == "coach" and t.text.strip()]
    if not replies:
        raise CannotEvaluate("no replies")
    wrong = [t.text[:60] for t in replies if language_of(t.text) not in (None, value)]
    if wrong:
        return miss(f"{len(wrong)}/{len(replies)} replies not in {value}: {wrong[0]!r}")
    return ok(f"{len(replies)} replies in {value}")

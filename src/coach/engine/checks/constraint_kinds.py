"""The reviewer's check that the plan honours every typed constraint the request kinds added in
issue 11 (hours per skill, skills added, order, horizon and weekly hours as set). The kinds
checked since before (exclusions, hours from a date, focus, project earlier) stay in
``checks.check_constraints``; together they cover every kind but ``note``."""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.checks.blocks import NEW_KINDS as _NEW_KINDS
from coach.engine.checks.blocks import check_blocks
from coach.engine.constraints import Constraint, effective_horizon, excluded_skills
from coach.engine.constraints.project import project_in_field
from coach.engine.constraints.project_ask import asked_topic, is_on_topic, no_project
from coach.engine.fields import field_name
from coach.i18n import t
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.projects import project_templates
from coach.schemas import Finding, Plan, PlanItem, Profile, Severity

EPS = 0.05
CHECK = "constraints"
_FRONT = frozenset({"start_with", "focus_skill", "move_earlier"})
_THEIR_OWN = frozenset({"domain", "soft", "product"})
"""Skill categories a project topic names from the person's own work ("排班", "客服"): their
field, not something the plan must teach first."""


def _closure(skill: str, kb: KnowledgeBase) -> set[str]:
    """Every skill ``skill`` needs first, transitively."""
    seen: set[str] = set()
    todo = list(kb.skills[skill].prerequisites) if skill in kb.skills else []
    while todo:
        s = todo.pop()
        if s not in seen:
            seen.add(s)
            todo.extend(kb.skills[s].prerequisites if s in kb.skills else [])
    return seen


def _name(kb: KnowledgeBase, skill: str | None, lang: str) -> str:
    found = kb.skills.get(skill or "")
    return found.name.get("zh" if lang == "zh" else "en") if found else str(skill)


def _finding(
    lang: str, key: str, ref: str | None = None, severity: Severity = "error", **values: object
) -> Finding:
    return Finding(
        check=CHECK, severity=severity, message=t(lang, f"coach.check.{key}", **values), ref=ref
    )


def _hours(plan: Plan, c: Constraint, items: list[PlanItem], lang: str, name: str) -> list[Finding]:
    got = sum(i.hours for i in items)
    want = c.hours or 0.0
    deferred = any(d.skill_id == c.skill_id for d in plan.deferred)
    if c.op == "max" and got > want + EPS:
        return [
            _finding(lang, "hours_max", c.skill_id, skill=name, got=f"{got:g}", want=f"{want:g}")
        ]
    if c.op in {"set", "min"} and got < want - EPS and not (deferred and got > 0):
        return [
            _finding(lang, "hours_min", c.skill_id, skill=name, got=f"{got:g}", want=f"{want:g}")
        ]
    if c.op == "set" and got > want + EPS:
        return [
            _finding(lang, "hours_max", c.skill_id, skill=name, got=f"{got:g}", want=f"{want:g}")
        ]
    return []


def _order(
    c: Constraint,
    items: list[PlanItem],
    all_items: list[PlanItem],
    front: set[str],
    kb: KnowledgeBase,
    lang: str,
    name: str,
) -> list[Finding]:
    if not items:
        return []
    start = min(i.week_start for i in items)
    if c.kind in _FRONT:
        allowed = set(front)
        for s in front:
            allowed |= _closure(s, kb)
        before = [i for i in all_items if i.week_start < start and i.skill_id not in allowed]
        if before:
            return [_finding(lang, "not_early", c.skill_id, skill=name, other=before[0].title)]
        needed = _closure(c.skill_id or "", kb)
        first = [i for i in all_items if i.week_start < start and i.skill_id in needed]
        if c.kind == "start_with" and start > 2 and first:  # said, not silent: why it waits
            names = list(dict.fromkeys(_name(kb, i.skill_id, lang) for i in first))
            sep = "、" if lang == "zh" else ", "
            return [
                _finding(
                    lang, "starts_after_needs", c.skill_id, "warning",
                    skill=name, week=start, skills=sep.join(names),
                )
            ]  # fmt: skip
    if c.kind == "move_later":
        needs = {i.skill_id for i in all_items if c.skill_id in _closure(i.skill_id, kb)}
        later_ok = needs | {x.skill_id for x in all_items if x.skill_id == c.skill_id}
        after = [i for i in all_items if i.week_start > start and i.skill_id not in later_ok]
        if len(after) > len(all_items) // 2:
            return [_finding(lang, "not_late", c.skill_id, skill=name)]
    return []


def _raise_unused(plan: Plan, c: Constraint) -> bool:
    """More hours a week from a date than the plan's, and no week uses them: the planner
    schedules a raise (``weekly_limits``) unless a whole-plan cap holds the hours down or the
    work already fits without them."""
    more = (c.hours_per_week or 0) > plan.hours_per_week + EPS
    return more and max(plan.weekly_hours, default=0.0) <= plan.hours_per_week + EPS


def _raise(plan: Plan, c: Constraint, lang: str) -> Finding:
    """More hours a week from a date than the plan's: not applied, and what they would buy
    (nothing when the plan's work already ends before its last week)."""
    last = max((w for w, h in enumerate(plan.weekly_hours, 1) if h > 0), default=0)
    values: dict[str, object] = {
        "want": f"{c.hours_per_week:g}",
        "got": f"{plan.hours_per_week:g}",
    }
    if 0 < last < plan.horizon_weeks and plan.feasible:
        values |= {"end": last, "weeks": plan.horizon_weeks}
        return _finding(lang, "raise_from_fits", None, "warning", **values)
    return _finding(lang, "raise_from", None, "warning", **values)


def _deferred(plan: Plan, c: Constraint, lang: str, name: str) -> Finding:
    """A skill asked for that the plan defers, with the plan's own reason ("working level
    now; expert level needs about 140 h more"), not a guess that the hours ran out."""
    d = next((d for d in plan.deferred if d.skill_id == c.skill_id), None)
    if d is not None and d.kind == "after_switch" and d.reason:
        return _finding(lang, "deferred_why", c.skill_id, "warning", skill=name, why=d.reason)
    return _finding(lang, "deferred", c.skill_id, "warning", skill=name)


def _front_missing(
    plan: Plan, c: Constraint, deferred: set[str], lang: str, name: str
) -> list[Finding]:
    """A skill to start with (or make the core) that the plan does not teach: known already
    (a warning: nothing to teach), deferred (a warning), else an error."""
    if c.kind == "move_later" and c.skill_id not in deferred:  # said, never an error
        return [_finding(lang, "nothing_to_move", c.skill_id, "warning", skill=name)]
    if any(s.skill_id == c.skill_id for s in plan.strengths):
        return [_finding(lang, "front_known", c.skill_id, "warning", skill=name)]
    if c.skill_id in deferred:
        return [_deferred(plan, c, lang, name)]
    return [_finding(lang, "missing", c.skill_id, skill=name)]


def _concrete(c: Constraint, plan: Plan) -> Constraint:
    """Skill hours asked by a share ("too long") with the figure the planner made of them."""
    if c.kind != "skill_hours" or c.hours is not None or not c.share:
        return c
    for r in plan.constraint_records:
        same = r.kind == c.kind and r.skill_id == c.skill_id and r.text == c.text
        if same and isinstance(r.value, int | float):
            return c.model_copy(update={"hours": float(r.value), "share": None})
    return c


def _before_project(plan: Plan, items: list[PlanItem], lang: str, name: str) -> list[Finding]:
    """ "Do RAG before the project": every item of the skill ends by the project's first week."""
    project = [ph for ph in plan.phases if ph.kind == "project"]
    if not items:
        return [_finding(lang, "before_project_missing", skill=name)]
    if not project:
        return []
    start, end = project[0].week_start, max(i.week_end for i in items)
    if end > start:
        return [_finding(lang, "before_project", skill=name, end=end, start=start)]
    return []


def _titles(plan: Plan) -> list[str]:
    return [p.title for p in plan.portfolio_projects]


def _asked_project(
    plan: Plan, c: Constraint, kb: KnowledgeBase, lang: str, none: bool, known: set[str]
) -> list[Finding]:
    """A project the mentor added is in the plan; one whose topic they gave carries it;
    ``none``: the latest request on the project is for none (it wins over earlier ones)."""
    if c.kind == "no_project" or none:
        return [_finding(lang, "no_project")] if none and plan.portfolio_projects else []
    if c.kind in {"add_project", "project_time"} and not plan.portfolio_projects:
        return [_finding(lang, "add_project")]
    titles = _titles(plan)
    if c.project_topic and titles and not is_on_topic(titles, c.project_topic):
        return [_finding(lang, "project_topic", topic=c.project_topic)]
    return _topic_needs(plan, c, kb, lang, known)


def _topic_needs(
    plan: Plan, c: Constraint, kb: KnowledgeBase, lang: str, known: set[str]
) -> list[Finding]:
    """The skills the mentor's own topic names ("用机器学习预测学生成绩": machine learning) that
    the plan neither teaches before the project nor counts as known: said (a warning), so the
    mentor sees the project needs what the plan leaves out."""
    if not c.project_topic or not plan.portfolio_projects:
        return []
    start = plan.portfolio_projects[0].week_start
    before = {i.skill_id for i in plan.items() if i.week_start < start}
    named = dict.fromkeys(m.id for m in get_lexicon(kb).find_skills(c.project_topic))
    missing = [
        s
        for s in named
        if s in kb.skills
        and kb.skills[s].category not in _THEIR_OWN
        and s not in before
        and s not in known
    ]
    if not missing:
        return []
    names = ("、" if lang == "zh" else ", ").join(_name(kb, s, lang) for s in missing)
    return [_finding(lang, "project_topic_needs", severity="warning", skills=names)]


def _min_level(
    plan: Plan,
    c: Constraint,
    items: list[PlanItem],
    profile: Profile | None,
    lang: str,
    name: str,
) -> list[Finding]:
    """A skill asked to a level ("RAG也要学到熟练") reaches it in the plan or from before."""
    had = max(
        [s.level for s in plan.strengths if s.skill_id == c.skill_id]
        + [s.level for s in (profile.skills if profile else []) if s.skill_id == c.skill_id]
        + [0]
    )
    top = max([i.level_to for i in items] + [int(had)])
    if top >= (c.level or 0):
        return []
    got, want = (t(lang, f"coach.level.{v}") for v in (top, c.level or 2))
    severity: Severity = (
        "warning" if any(d.skill_id == c.skill_id for d in plan.deferred) else "error"
    )
    return [_finding(lang, "min_level", c.skill_id, severity, skill=name, got=got, want=want)]


def _known(plan: Plan, profile: Profile | None) -> set[str]:
    """What the person has already (their strengths, their profile's skills)."""
    have = {s.skill_id for s in plan.strengths if s.skill_id}
    if profile is not None:
        have |= {s.skill_id for s in profile.skills if s.skill_id and s.level >= 1}
    return have


def check_constraint_kinds(
    plan: Plan,
    kb: KnowledgeBase,
    constraints: Sequence[Constraint],
    profile: Profile | None = None,
    context: Sequence[Constraint] | None = None,
) -> list[Finding]:
    """Each typed constraint of the kinds above is honoured by ``plan``; one error per miss.
    ``context``: all the constraints asked, when only some are checked (what else comes first,
    what was left out, the project's topic); default ``constraints``."""
    lang = plan.language
    every = list(context if context is not None else constraints)
    all_items = [i for i in plan.items() if i.skill_id]
    front = {c.skill_id for c in every if c.kind in _FRONT and c.skill_id}
    dropped = excluded_skills(every, kb)
    deferred = {d.skill_id for d in plan.deferred}
    out: list[Finding] = []
    for c in constraints:
        c = _concrete(c, plan)
        items = [i for i in all_items if i.skill_id == c.skill_id] if c.skill_id else []
        name = _name(kb, c.skill_id, lang)
        if c.kind == "skill_hours":
            out += _hours(plan, c, items, lang, name)
        elif c.kind == "min_level" and c.level and c.skill_id not in dropped:
            out += _min_level(plan, c, items, profile, lang, name)
        elif c.kind == "include_skill" and not items and c.skill_id not in dropped:
            if c.skill_id in deferred:  # said, not silent: the mentor sees it was not fitted
                out.append(_deferred(plan, c, lang, name))
            else:
                out.append(_finding(lang, "missing", c.skill_id, skill=name))
        elif c.kind == "before_project" and c.skill_id not in dropped:
            out += _before_project(plan, items, lang, name)
        elif c.kind in _FRONT | {"move_later"} and not items and c.skill_id not in dropped:
            out += _front_missing(plan, c, deferred, lang, name)  # "start with SQL": said
        elif c.kind in _FRONT | {"move_later"}:
            out += _order(c, items, all_items, front, kb, lang, name)
        elif c.kind == "hours_from" and _raise_unused(plan, c):
            out.append(_raise(plan, c, lang))
        elif c.kind in {"add_project", "project_topic", "project_time", "no_project"}:
            out += _asked_project(plan, c, kb, lang, no_project(every), _known(plan, profile))
        elif c.kind == "project_field" and c.project_field:
            if not project_in_field(plan, c.project_field, project_templates()) and not (
                (topic := asked_topic(every)) and is_on_topic(_titles(plan), topic)
            ):  # the mentor's own topic for the project stands for the field they named
                field = field_name(c.project_field, lang)
                out.append(_finding(lang, "project_field", field=field))
        elif c.kind == "project_later":
            project = [ph for ph in plan.phases if ph.kind == "project"]
            core = [ph for ph in plan.phases if ph.kind == "core"]
            early = bool(project and core and project[0].week_start < core[0].week_start)
            if project and c.window_weeks:  # "the last two months": inside that window
                early = early or project[0].week_start <= plan.horizon_weeks - c.window_weeks
            if early:
                out.append(_finding(lang, "project_later"))
        elif c.kind in _NEW_KINDS:
            out += check_blocks(plan, c, items, kb, lang, name, profile)
        elif (
            c.kind == "max_hours_per_week"
            and c.source == "mentor"
            and plan.progress.replan_of is None
            and c.hours_per_week
            and abs(plan.hours_per_week - c.hours_per_week) > EPS
        ):
            got, want = f"{plan.hours_per_week:g}", f"{c.hours_per_week:g}"
            out.append(_finding(lang, "weekly", got=got, want=want))
    if profile is not None and profile.horizon_weeks and plan.progress.replan_of is None:
        mentor = [c for c in constraints if c.source == "mentor"]
        weeks = effective_horizon(profile.horizon_weeks, mentor)
        moved = any(c.kind.endswith("_horizon") for c in mentor)
        if moved and plan.horizon_weeks != weeks:
            out.append(_finding(lang, "horizon", got=plan.horizon_weeks, want=weeks))
    return out

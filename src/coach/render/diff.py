"""What changed between two versions of a plan, as a mentor reads it (``coach plan --diff``).

One line per change in the plan's language: the target, hours, weeks and total; each skill
added, dropped or moved (its parts summed: "LLM evaluation: W6-7 10 h -> W3-9 40 h"), what is
newly deferred and why, the project, the verdict and new options. No field names or ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase, load_kb
from coach.render.common import hours_changes, num, skill_name, weeks_label, whole
from coach.schemas import Language, Plan


@dataclass(frozen=True)
class _Span:
    hours: float
    first: int
    last: int


def _spans(plan: Plan) -> dict[str, _Span]:
    """Each scheduled skill with its hours summed over its parts and the weeks they cover."""
    out: dict[str, _Span] = {}
    for item in plan.items():
        old = out.get(item.skill_id)
        if old is None:
            out[item.skill_id] = _Span(item.hours, item.week_start, item.week_end)
        else:
            out[item.skill_id] = _Span(
                old.hours + item.hours,
                min(old.first, item.week_start),
                max(old.last, item.week_end),
            )
    return out


def _when(lang: Language, span: _Span) -> str:
    hours = t(lang, "render.hours", hours=whole(span.hours))
    return f"{weeks_label(lang, span.first, span.last)} {hours}"


def _header(old: Plan, new: Plan) -> list[str]:
    lang = new.language
    out: list[str] = []
    if old.target != new.target:
        out.append(t(lang, "render.diff.target", old=old.target_name, new=new.target_name))
    pairs = (
        (
            "render.diff.hours",
            num(old.hours_per_week) + hours_changes(old).rstrip(),
            num(new.hours_per_week) + hours_changes(new).rstrip(),
        ),
        ("render.diff.weeks", str(old.horizon_weeks), str(new.horizon_weeks)),
        ("render.diff.start", old.start_date.isoformat(), new.start_date.isoformat()),
        ("render.diff.total", whole(old.total_hours), whole(new.total_hours)),
    )
    out += [t(lang, key, old=a, new=b) for key, a, b in pairs if a != b]
    if old.feasible != new.feasible:
        word = {True: t(lang, "render.diff.fits"), False: t(lang, "render.diff.no_fit")}
        out.append(t(lang, "render.diff.feasible", old=word[old.feasible], new=word[new.feasible]))
    return out


def _skills(old: Plan, new: Plan, kb: KnowledgeBase) -> list[str]:
    lang = new.language
    before, after = _spans(old), _spans(new)
    deferred = {d.skill_id: d.reason for d in new.deferred}
    out: list[str] = []
    for skill, span in after.items():
        name = skill_name(kb, skill, lang)
        was = before.get(skill)
        if was is None:
            out.append(t(lang, "render.diff.added", name=name, when=_when(lang, span)))
        elif was != span:
            out.append(
                t(
                    lang,
                    "render.diff.changed",
                    name=name,
                    old=_when(lang, was),
                    new=_when(lang, span),
                )
            )
    for skill, span in before.items():
        if skill in after:
            continue
        name = skill_name(kb, skill, lang)
        reason = deferred.get(skill)
        key = "render.diff.deferred" if reason else "render.diff.removed"
        out.append(t(lang, key, name=name, when=_when(lang, span), reason=reason or ""))
    was_deferred = {d.skill_id for d in old.deferred} | set(before)
    for d in new.deferred:
        if d.skill_id not in was_deferred:
            name = skill_name(kb, d.skill_id, lang)
            out.append(t(lang, "render.diff.newly_deferred", name=name, reason=d.reason))
    return out


def _rest(old: Plan, new: Plan) -> list[str]:
    lang = new.language
    out: list[str] = []
    titles = [p.title for p in old.portfolio_projects]
    for p in new.portfolio_projects:
        weeks = weeks_label(lang, p.week_start, p.week_end)
        same = next((q for q in old.portfolio_projects if q.title == p.title), None)
        if same is None:
            out.append(t(lang, "render.diff.project", title=p.title, weeks=weeks))
        elif (same.week_start, same.week_end) != (p.week_start, p.week_end):
            was = weeks_label(lang, same.week_start, same.week_end)
            out.append(t(lang, "render.diff.project_moved", title=p.title, old=was, new=weeks))
    kept = {p.title for p in new.portfolio_projects}
    out += [t(lang, "render.diff.project_dropped", title=x) for x in titles if x not in kept]
    said = {o.description for o in old.options}
    out += [
        t(lang, "render.diff.option", text=o.description)
        for o in new.options
        if o.description not in said
    ]
    constraints = set(old.constraints)
    out += [_constraint(lang, c) for c in new.constraints if c not in constraints]
    return out


def _constraint(lang: Language, text: str) -> str:
    """A new constraint; the user's own request says so once ("New request from the user: at
    most 5 h a week", not "New constraint: At your request: ...")."""
    prefix = t(lang, "coach.constraint.user_prefix")
    if text.startswith(prefix):
        return t(lang, "render.diff.user_request", text=text[len(prefix) :])
    return t(lang, "render.diff.constraint", text=text)


def plan_changes(old: Plan, new: Plan, kb: KnowledgeBase | None = None) -> list[str]:
    """What ``new`` changes against ``old``, one readable line each (empty: nothing a reader
    would see changed)."""
    kb = kb if kb is not None else load_kb()
    return [*_header(old, new), *_skills(old, new, kb), *_rest(old, new)]

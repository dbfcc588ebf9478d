"""Helpers shared by the renderers: dates of a plan week, status text, numbers, names."""

from __future__ import annotations

from datetime import date, timedelta

from coach.engine.whole_hours import whole as whole  # re-exported for the renderers
from coach.i18n import MESSAGES, t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Language, Plan, PlanItem

JOB_SEARCH_KEYS = ("render.job.resume", "render.job.writeup", "render.job.mock", "render.job.apply")
IN_WORK_KEYS = ("render.in_work.show", "render.in_work.case", "render.in_work.cv")
"""What the last phase of a non-coding plan holds: the new way of working, used at work."""
JOB_SEARCH_STEPS: tuple[tuple[str, str], ...] = tuple(MESSAGES[k] for k in JOB_SEARCH_KEYS)
"""What the job-search phase holds, (en, zh) per step."""


def status_text(status: str, lang: str) -> str:
    key = f"render.status.{status}"
    return t(lang, key) if key in MESSAGES else status


def week_dates(plan: Plan, week: int) -> tuple[date, date]:
    start = plan.start_date + timedelta(weeks=week - 1)
    return start, start + timedelta(days=6)


def num(value: float) -> str:
    """A number without a trailing .0 (406.5, 80)."""
    return f"{value:g}"


def weeks_label(lang: Language, first: int, last: int) -> str:
    """ "W3-5" / "第 3-5 周", or "W3" / "第 3 周" for a single week."""
    if first == last:
        return t(lang, "render.week", week=first)
    return t(lang, "render.weeks", a=first, b=last)


def skill_name(kb: KnowledgeBase, skill_id: str, lang: Language) -> str:
    skill = kb.skills.get(skill_id)
    return skill.name.get(lang) if skill is not None else skill_id


def item_resource(kb: KnowledgeBase, item: PlanItem, lang: Language) -> tuple[str, bool]:
    """(text, is_material): the item's first learning-material title in ``lang``, else what to
    practise (the item's own ``practice`` when the plan carries one, else the knowledge base's)."""
    for resource_id in item.resource_ids:
        res = kb.resources.get(resource_id)
        if res is not None and res.is_learning_material:
            return res.title_in(lang), True
    if item.practice:
        return item.practice, False
    return kb.practice_text(item.skill_id, lang), False


def item_url(kb: KnowledgeBase, item: PlanItem) -> str | None:
    """The address of the item's first learning material, when the knowledge base has one."""
    for resource_id in item.resource_ids:
        res = kb.resources.get(resource_id)
        if res is not None and res.is_learning_material:
            return res.url
    return None


def hours_changes(plan: Plan) -> str:
    """The weekly hours a re-plan changed from a week on, for the header: " (5 h from week 4)",
    or " (0 h in weeks 10-13)" when the hours come back; "" when none."""
    lang = plan.language
    out: list[str] = []
    for rec in plan.constraint_records:
        if rec.kind != "hours_from" or rec.from_week is None or rec.from_week <= 1:
            continue
        if not isinstance(rec.value, int | float) or rec.value == plan.hours_per_week:
            continue
        value = float(rec.value)
        # the first week at the new hours: a date that falls late in a week starts the change
        # in the week after ``from_week`` (that week is still planned at the old hours)
        first = next(
            (
                w
                for w, h in enumerate(plan.weekly_hours[rec.from_week - 1 :], rec.from_week)
                if h <= value + 1e-9
            ),
            None,
        )
        if first is None or first <= 1:
            continue
        later = plan.weekly_hours[first - 1 :]
        back = next((i for i, h in enumerate(later) if h > value + 1e-9), None)
        if back is None:
            out.append(t(lang, "render.header.from", hours=num(value), week=first))
        elif back > 0:
            last = first + back - 1
            out.append(t(lang, "render.header.window", hours=num(value), a=first, b=last))
    return "".join(dict.fromkeys(out))

"""A mentor's project request in their own words: a project added to a plan that had none
("加一个作品集项目，大概20小时"), and the project's topic ("make the project a lapse model
served in production"). The title is the mentor's words; the skills stay the planner's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coach.engine.constraints import Constraint
from coach.engine.constraints.apply import to_tenths
from coach.engine.constraints.project_ask import ADDED_PROJECT_HOURS, asked_topic, title_of
from coach.engine.planner.budget import Budget
from coach.engine.planner.layout import Layout
from coach.engine.planner.projects import ProjectChoice
from coach.i18n import t
from coach.knowledge.models import Text

MIN_ADDED_PROJECT_HOURS = 5.0
"""Less free time than this and no project is added (the reviewer says it was not)."""


def room_for_project(cons: Sequence[Constraint], budget: Budget) -> tuple[Budget, int] | None:
    """For a project the mentor added to a plan without one ("加一个作品集项目，大概20小时"):
    the budget the skills are chosen under (the project's hours taken off every week alike)
    and the project's tenths (the hours asked, or the default; at most half the capacity).
    None without such a request, or with too little time for even a small project."""
    asks = [c for c in cons if c.kind == "add_project"]
    cap = budget.capacity_t
    if not asks or not cap:
        return None
    want = min(to_tenths(asks[-1].hours or ADDED_PROJECT_HOURS), cap // 2)
    if want < to_tenths(MIN_ADDED_PROJECT_HOURS):
        return None
    usable = [u * (cap - want) // cap for u in budget.usable]
    return replace(budget, usable=usable), want


def on_topic(project: ProjectChoice, topic: str) -> ProjectChoice:
    """``project`` with the mentor's topic as its title and description (its skills kept)."""
    title = title_of(topic)
    names = Text(en=title, zh=title)
    desc = Text(
        en=t("en", "coach.project_topic_desc", topic=topic),
        zh=t("zh", "coach.project_topic_desc", topic=topic),
    )
    return replace(project, title=names, description=desc)


def topic_layout(layout: Layout, cons: Sequence[Constraint]) -> Layout:
    """The layout with its project on the mentor's topic, when one was asked."""
    topic = asked_topic(cons)
    if topic is None or layout.project is None:
        return layout
    return replace(layout, project=on_topic(layout.project, topic))

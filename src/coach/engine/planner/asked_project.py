"""A mentor's project request in their own words: a project added to a plan that had none
("加一个作品集项目，大概20小时"), and the project's topic ("make the project a lapse model
served in production"). The title is the mentor's words; the skills stay the planner's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coach.engine.constraints import Constraint
from coach.engine.constraints.apply import to_tenths
from coach.engine.constraints.project_ask import (
    ADDED_PROJECT_HOURS,
    asked_topic,
    no_project,
    title_of,
)
from coach.engine.planner.budget import Budget
from coach.engine.planner.layout import Layout
from coach.engine.planner.projects import ProjectChoice
from coach.i18n import t
from coach.knowledge.models import Text

MIN_ADDED_PROJECT_HOURS = 5.0
"""Less free time than this and no project is added (the reviewer says it was not)."""


def asked_hours(cons: Sequence[Constraint]) -> float | None:
    """The project's hours as the mentor said them ("加一个作品集项目，大概20小时", "make the
    project X, about 30 hours"), the latest said; None when none was given."""
    said = [c.hours for c in cons if c.kind in {"add_project", "project_topic"} and c.hours]
    return said[-1] if said else None


def sized_project(cons: Sequence[Constraint]) -> bool:
    """Whether a request sizes the project (hours said, the time freed given to it, or none)."""
    return asked_hours(cons) is not None or any(
        c.kind in {"project_time", "no_project"} for c in cons
    )


def room_for_project(
    cons: Sequence[Constraint],
    budget: Budget,
    project_t: int = 0,
    freed_t: int = 0,
    job_t: int = 0,
) -> tuple[Budget, int] | None:
    """For a project the mentor added or sized ("加一个作品集项目，大概20小时", "drop X and
    give the time to the project"): the budget the skills are chosen under (the project's hours
    taken off every week alike) and the project's tenths (the hours asked; else the planned
    ``project_t`` plus the ``freed_t`` of the skills left out when the time goes to it; else the
    default; at most half the capacity); ``job_t``: the last phase's tenths, kept too. None
    without such a request, or with too little time for even a small project."""
    asks = [c for c in cons if c.kind in {"add_project", "project_topic", "no_project"}]
    cap = budget.capacity_t
    if not (asks or sized_project(cons)) or not cap:
        return None
    hours = asked_hours(cons)
    if no_project(cons):  # "no project for now": its hours go to the skills
        usable = [u * (cap - job_t) // cap for u in budget.usable]
        return replace(budget, usable=usable, job_t=0, min_learning_t=cap + 1), 0
    if hours is not None:
        want = to_tenths(hours)
    elif any(c.kind == "project_time" for c in cons) and project_t:
        want = project_t + freed_t
    else:
        want = to_tenths(ADDED_PROJECT_HOURS)
    want = min(want, cap // 2)
    if want < to_tenths(MIN_ADDED_PROJECT_HOURS) or cap - want - job_t <= 0:
        return None
    usable = [u * (cap - want - job_t) // cap for u in budget.usable]
    # the skills get the rest: nothing more is reserved (the project and the ``job_t`` of the
    # last phase are sized apart)
    return replace(budget, usable=usable, job_t=0, min_learning_t=cap + 1), want


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
    """The layout with its project on the mentor's topic, when one was asked, and on the
    only data the mentor allows."""
    topic = asked_topic(cons)
    if layout.project is None:
        return layout
    project = layout.project if topic is None else on_topic(layout.project, topic)
    return replace(layout, project=with_data_rule(project, cons))


def with_data_rule(project: ProjectChoice, cons: Sequence[Constraint]) -> ProjectChoice:
    """``project`` with the only data it may use, when the mentor said ("use de-identified
    cases only"): the latest rule, as the description's last sentence."""
    rules = [c.data_rule for c in cons if c.kind == "project_data" and c.data_rule]
    if not rules:
        return project
    key = f"coach.project_data.{rules[-1]}"
    desc = Text(
        en=f"{project.description.en.rstrip()} {t('en', key)}",
        zh=f"{project.description.zh.rstrip()}{t('zh', key)}",
    )
    return replace(project, description=desc)

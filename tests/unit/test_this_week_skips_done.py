""" "What do I do this week?" after "done with X" never shows X again (a data engineer who had
just reported CI/CD done was told to learn CI/CD this week)."""

from __future__ import annotations

from coach.engine.answers import answer_this_week, current_items
from coach.knowledge.loader import load_kb
from tests.unit.plan_helpers import plan_for

KB = load_kb()


def _plan():  # type: ignore[no-untyped-def]
    plan, _ = plan_for(
        "data engineer 6y (spark, airflow, dbt, snowflake), want to become an MLOps engineer",
        "mlops_engineer",
        15,
        "en",
        39,
    )
    return plan


def test_a_skill_reported_done_is_not_this_weeks_work() -> None:
    plan = _plan()
    first = current_items(plan, 1)[0]
    name = KB.skills[first.skill_id].name.en
    assert name in answer_this_week(plan, 1, KB).text
    plan.progress.skills_done.append(first.skill_id)
    assert name not in answer_this_week(plan, 1, KB).text.split("\n", 1)[1]


def test_when_all_of_this_week_is_done_the_next_items_show() -> None:
    plan = _plan()
    plan.progress.skills_done.extend(i.skill_id for i in current_items(plan, 1))
    lines = answer_this_week(plan, 1, KB).text.split("\n")
    assert len(lines) > 1 and all(
        KB.skills[i.skill_id].name.en not in "\n".join(lines[1:]) for i in current_items(plan, 1)
    )

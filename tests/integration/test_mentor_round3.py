"""Round 3 of issue 11: a lighter plan after a burn-out is feasible and says what it defers;
"what changed?" gets the diff; a mentor's correction of the target re-plans for the new role."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.nodes.common import MENTORS_NAMESPACE
from coach.runner import SessionRunner

BIOLOGIST = (
    "I'm a computational biologist, PhD and a 4-year postdoc, I use Python and R daily. I want "
    "to move into AI for science engineering. 8 hours a week, within a year."
)
PM_ZH = "我是产品经理，做了8年，不太写代码。想转AI方向，做AI工程师，每周6小时，一年内"


def _runner(first: str, name: str) -> SessionRunner:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    context = Context(start_date=date(2027, 1, 4), today=date(2027, 1, 20))
    runner = SessionRunner(build_graph(InMemorySaver(), store), name, context)
    runner.send(first)
    return runner


def test_a_lighter_plan_after_a_burn_out_is_feasible_and_says_what_waits() -> None:
    runner = _runner(BIOLOGIST, "bio")
    runner.resume({"action": "approve", "mentor_id": "mei"})
    offer = runner.send("I feel like giving up, it's too much").replies[-1]
    assert "lighter" in offer and "core still fits" in offer
    runner.send("ok")
    values = runner.values()
    assert values["plan"]["feasible"] is True
    assert values["plan"]["hours_per_week"] < values["approved_plan"]["hours_per_week"]
    changed = runner.send("what changed in the new plan?").replies[-1]
    assert "Hours a week" in changed and "v1" in changed


def test_a_mentor_changes_the_target_and_corrects_the_profile() -> None:
    runner = _runner(PM_ZH, "pm")
    runner.resume(
        {
            "action": "reject",
            "mentor_id": "mei",
            "message": "她是产品经理，不写代码，目标换成AI增强型职场人",
        }
    )
    values = runner.values()
    assert values["plan"]["target"] == "ai_augmented_professional"
    assert values["profile"]["target_role"] == "ai_augmented_professional"
    assert "no_coding" in values["profile"]["constraints"]


def test_three_weeks_behind_offers_a_replan_that_yes_sends() -> None:
    runner = _runner(BIOLOGIST, "behind")
    runner.resume({"action": "approve", "mentor_id": "mei"})
    offer = runner.send("I missed the last 3 weeks, family stuff").replies[-1]
    assert "3 weeks behind" in offer and "yes" in offer
    result = runner.send("yes")
    assert result.awaiting_mentor
    values = runner.values()
    assert values["plan"]["horizon_weeks"] == values["approved_plan"]["horizon_weeks"] + 3

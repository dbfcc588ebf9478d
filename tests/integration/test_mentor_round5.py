"""Round 5 of issue 11 through the graph: a mentor's dated window of hours is applied as a
window (not to the whole plan) and never listed as not met; a milestone a mentor added by an
edit survives the next re-plan."""

from __future__ import annotations

from datetime import date

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.cli_constraints import new_version_text
from coach.context import Context
from coach.graph import build_graph
from coach.nodes.common import MENTORS_NAMESPACE
from coach.runner import SessionRunner

SAP = (
    "SAP ABAP consultant, 15 years, mostly FI/CO. I want to become an agent engineer. "
    "About 6 hours a week, 12 months."
)
FLEET_ZH = (
    "我是一家物流公司的车队经理，做了9年了，排班、油耗都是我管。想学点AI，我不想写代码，"
    "能用AI把车队管理做得更好就行。每周4小时，21周。"
)


def _runner(first: str, name: str) -> SessionRunner:
    store = InMemoryStore()
    store.put(MENTORS_NAMESPACE, "mei", {"name": "mei"})
    context = Context(start_date=date(2026, 12, 7), today=date(2026, 12, 2))
    runner = SessionRunner(build_graph(InMemorySaver(), store), name, context)
    runner.send(first)
    if not runner.values().get("plan"):
        runner.send("yes")
    return runner


def test_a_dated_window_in_a_request_is_a_window_and_the_horizon_kept() -> None:
    runner = _runner(SAP, "sap")
    message = (
        "Only 2 hours a week until the end of January 2027, then back to 6 hours a week; "
        "keep the 52 weeks."
    )
    runner.resume({"action": "reject", "mentor_id": "mei", "message": message})
    values = runner.values()
    weekly = values["plan"]["weekly_hours"]
    assert values["plan"]["horizon_weeks"] == 52
    assert max(weekly[:8]) <= 2  # December and January
    assert max(weekly[10:]) > 2  # then back to the usual hours
    text = new_version_text(values)
    assert "NOT met" not in text and "Not applied" not in text, text


def test_a_milestone_the_mentor_added_survives_the_next_replan() -> None:
    runner = _runner(FLEET_ZH, "fleet")
    plan = runner.values()["plan"]
    mine = {
        "week": 12,
        "deliverable": "车队油耗周报助手：每周自动生成油耗周报初稿",
        "how_checked": "导师现场看演示",
    }
    edits = {"milestones": [*plan["milestones"], mine]}
    runner.resume({"action": "edit", "mentor_id": "mei", "edits": edits, "override": True})
    edited = runner.values()["plan"]
    assert mine in edited["milestones"]
    runner.send("下个月开始每周只有3小时了")
    values = runner.values()
    assert values["plan"]["version"] > edited["version"]  # the re-plan, waiting for the mentor
    deliverables = [m["deliverable"] for m in values["plan"]["milestones"]]
    assert mine["deliverable"] in deliverables


def test_a_mentors_hours_on_a_replan_are_applied_not_settled() -> None:
    runner = _runner(SAP, "replan")
    runner.resume({"action": "approve", "mentor_id": "mei"})
    runner.send("I got laid off today, I can do 25 hours a week now")
    values = runner.values()
    assert values["plan"]["hours_per_week"] == 25 and values.get("approved_plan")
    runner.resume(
        {"action": "reject", "mentor_id": "mei", "message": "Give him 20 hours a week instead."}
    )
    values = runner.values()
    assert values["plan"]["hours_per_week"] == 20  # the mentor's request on the re-plan
    shown = [r["display"] for r in values["plan"]["constraint_records"]]
    assert any("20" in line for line in shown)

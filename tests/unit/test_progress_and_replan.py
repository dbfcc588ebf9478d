"""Progress is state (check-ins en/zh) and a re-plan keeps the weeks already done."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.changes import read_change, replan_profile
from coach.engine.checks import check_weekly_hours
from coach.engine.constraints import parse_constraints
from coach.engine.planner import build_plan
from coach.engine.progress import apply_checkin, done_through, read_checkin
from coach.engine.replan import plan_diff, replan_from_week
from coach.engine.research import research_role
from coach.engine.turns import classify_turn
from coach.knowledge import load_kb
from coach.schemas import Plan, Profile, Progress

KB = load_kb()
START = date(2027, 1, 4)
PROFILE = Profile(
    current_role="data analyst",
    years_experience=4,
    target_role="ai_application_engineer",
    hours_per_week=8,
    horizon_weeks=39,
    language="en",
)
RESEARCH = research_role(KB, PROFILE, "ai_application_engineer")
PLAN: Plan = build_plan(PROFILE, RESEARCH, KB, start_date=START)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("finished week 2", "week_done", 2),
        ("第3周完成了", "week_done", 3),
        ("前两周都完成了", "week_done", 2),
        ("落后了两周", "behind", 2),
        ("I'm about three weeks behind", "behind", 3),
        ("on track so far", "on_track", None),
        ("finished weeks 1 to 3", "week_done", 3),
        ("前三周的任务都做完了", "week_done", 3),
        ("这两周的都做完了", "week_done", 4),  # reported in week 4: the recent weeks, up to now
    ],
)
def test_check_ins_are_read(text: str, kind: str, value: int | None) -> None:
    checkin = read_checkin(text, PLAN, KB, 4)
    assert checkin is not None and (checkin.kind, checkin.value) == (kind, value)


def test_skill_done_and_questions_are_told_apart() -> None:
    first = PLAN.items()[0]
    name = KB.skills[first.skill_id].name.en
    done = read_checkin(f"done with {name}", PLAN, KB, 2)
    assert done is not None and done.skill_ids == [first.skill_id]
    assert read_checkin(f"how do I finish {name}?", PLAN, KB, 2) is None


def test_progress_record_counts_done_weeks_and_behind() -> None:
    record = Progress()
    checkin = read_checkin("finished week 2", PLAN, KB, 5)
    assert checkin is not None
    record = apply_checkin(record, checkin, PLAN)
    assert record.weeks_done == [1, 2] and record.behind_weeks == 2
    assert done_through(record, 5) == 2
    assert done_through(Progress(behind_weeks=1), 5) == 3


def test_replan_keeps_done_weeks_and_fits_new_hours_from_now() -> None:
    progress = Progress(weeks_done=[1, 2])
    change = read_change(
        "my hours drop to 4 a week", PROFILE, PROFILE, PLAN, 3, KB, date(2027, 1, 20)
    )
    assert change is not None and change.hours_per_week == 4
    profile = replan_profile(PROFILE, change, PLAN, 2)
    new = replan_from_week(PLAN, profile, RESEARCH, KB, keep_weeks=2, progress=progress)
    assert new.version == PLAN.version + 1
    assert new.weekly_hours[:2] == PLAN.weekly_hours[:2]
    assert all(h <= 4 for h in new.weekly_hours[2:])
    kept = [i for i in PLAN.items() if i.week_end <= 2]
    assert all(i in new.items() for i in kept)
    assert new.progress.kept_weeks == 2
    assert check_weekly_hours(new, parse_constraints("", KB)) == []
    assert any("4" in line for line in plan_diff(PLAN, new))


def test_hours_from_next_month_keep_the_weeks_before() -> None:
    zh = PROFILE.model_copy(update={"language": "zh"})
    change = read_change("下个月开始每周只有5小时", zh, zh, PLAN, 3, KB, date(2027, 1, 20))
    assert change is not None and change.hours_from == date(2027, 2, 1)
    profile = replan_profile(zh, change, PLAN, 2)
    new = replan_from_week(PLAN, profile, RESEARCH, KB, keep_weeks=2, progress=Progress())
    feb = (date(2027, 2, 1) - START).days // 7  # index of the week with Feb 1st
    assert all(h <= 5 for h in new.weekly_hours[feb:])
    assert new.weekly_hours[:2] == PLAN.weekly_hours[:2]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Should I learn Go?", "skill_question"),
        ("我需要学 Java 吗？", "skill_question"),
        ("Is OpenAI realistic for me?", "realistic"),
        ("去字节跳动现实吗？", "realistic"),
        ("It was way too much, I burned out", "discouraged"),
        ("最近压力太大了，有点坚持不下去", "discouraged"),
        ("What should I do this week?", "this_week"),
        ("这周该做什么？", "this_week"),
        ("Any good books on embeddings?", "resource"),
        ("RAG 有什么推荐的资料？", "resource"),
    ],
)
def test_turn_kinds(text: str, kind: str) -> None:
    assert classify_turn(text, KB) == kind


def test_yes_confirms_only_a_pending_proposal() -> None:
    assert classify_turn("yes", KB, proposal_pending=True) == "confirm"
    assert classify_turn("yes", KB) not in {"confirm", "decline"}


def test_a_skill_done_ahead_is_not_planned_again_and_weeks_do_not_overlap() -> None:
    later = next(i for i in PLAN.items() if i.week_start > 6)
    progress = Progress(weeks_done=[1, 2], skills_done=[later.skill_id])
    new = replan_from_week(PLAN, PROFILE, RESEARCH, KB, keep_weeks=2, progress=progress)
    # the levels done are not taught again (a deeper level the role asks for may follow)
    assert all(i.skill_id != later.skill_id or i.level_from >= later.level_to for i in new.items())
    kept = [i for i in PLAN.items() if i.week_end <= 2]
    # kept items, the kept weeks of an item under way (its hours done), or new weeks
    assert all(i in kept or i.week_start > 2 or i.week_end <= 2 for i in new.items())
    assert len(new.weekly_hours) == new.horizon_weeks

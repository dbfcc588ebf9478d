"""The whole flow through the CLI: piped chat -> mentor -> plan."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.cli_helpers import (
    ANDROID,
    FRONTEND_ZH,
    add_mentor,
    chat,
    plan_json,
    run,
)


def test_piped_chat_then_mentor_approve_gives_approved_plan_json() -> None:
    session, result = chat(ANDROID)
    assert "mentor" in result.output.lower()
    queue = json.loads(run("mentor", "queue", "--json").stdout)
    assert [q["session_id"] for q in queue] == [session]
    assert queue[0]["target"] == "ai_application_engineer"
    assert queue[0]["verdict"] in ("pass", "revise", "infeasible")

    add_mentor("mei")
    decided = run("mentor", "review", session, "--mentor", "mei", "--approve")
    assert decided.exit_code == 0, decided.output

    data = plan_json(session)
    assert data["status"] == "approved"
    plan = data["plan"]
    assert plan["target"] == "ai_application_engineer"
    assert plan["language"] == "en"
    budget = plan["hours_per_week"] * plan["horizon_weeks"]
    assert 0 < plan["total_hours"] <= budget
    assert all(h <= plan["hours_per_week"] + 1e-9 for h in plan["weekly_hours"])
    assert plan["milestones"] and all(m["deliverable"] for m in plan["milestones"])
    assert data["review"]["verdict"] in ("pass", "revise", "infeasible")
    assert data["decisions"][-1]["action"] == "approve"
    assert run("mentor", "queue", "--json").stdout.strip() == "[]"


def test_chinese_first_turn_gets_chinese_replies_and_plan() -> None:
    session, result = chat(FRONTEND_ZH)
    assert "导师" in result.output
    plan = plan_json(session)["plan"]
    assert plan["language"] == "zh"
    assert plan["target"] == "ai_application_engineer"


def test_asks_one_question_at_a_time_and_never_invents_values() -> None:
    session, result = chat("I'm a QA engineer with 6 years of Selenium and Java.")
    replies = [line for line in result.output.splitlines() if line.startswith("coach>")]
    assert len(replies) == 2  # greeting + exactly one question
    assert "role" in replies[-1].lower()
    data = plan_json(session)
    assert data["plan"] is None
    assert data["status"] == "intake"


def test_quitting_mid_intake_and_resuming_keeps_everything() -> None:
    session, _ = chat("我是运营经理，做了8年，从没写过代码。", "/quit", "this line is never read")
    _, resumed = chat("不确定，你帮我推荐", "每周6小时", "一年", extra=("--session", session))
    # Unsure: three roles are shown and nothing is planned until the person picks one.
    waiting = plan_json(session)
    assert waiting["plan"] is None and waiting["status"] == "intake"
    assert all(f"\n{n}. " in resumed.output for n in (1, 2, 3))
    # The pick arrives in another process: the pending choice survived.
    _, picked = chat("第一个", extra=("--session", session))
    data = plan_json(session)
    assert data["status"] == "awaiting_mentor"
    plan = data["plan"]
    assert plan["language"] == "zh"
    assert plan["hours_per_week"] == 6
    assert plan["choice"]["how"] == "ordinal"
    assert (
        plan["choice"]["chosen"] == plan["choice"]["alternatives"][0]["role_id"] == plan["target"]
    )
    assert "制定计划前" in picked.output
    assert "session: " + session in resumed.output


def test_resuming_at_the_mentor_pause_keeps_waiting_and_loses_nothing() -> None:
    session, _ = chat(ANDROID)
    before = plan_json(session)
    _, resumed = chat("hello? any news?", extra=("--session", session))
    assert "waiting for a mentor" in resumed.output
    after = plan_json(session)
    assert after == before
    assert after["status"] == "awaiting_mentor"


def test_request_changes_loop_revises_and_returns_to_queue() -> None:
    session, _ = chat(ANDROID)
    v1 = plan_json(session)["plan"]
    add_mentor("mei")
    result = run(
        "mentor",
        "review",
        session,
        "--mentor",
        "mei",
        "--request-changes",
        "only 5 hours a week please",
    )
    assert result.exit_code == 0, result.output
    data = plan_json(session)
    assert data["status"] == "awaiting_mentor"
    assert data["plan"]["version"] > v1["version"]
    assert all(h <= 5 + 1e-9 for h in data["plan"]["weekly_hours"])
    assert any("5" in c for c in data["plan"]["constraints"])
    queue = json.loads(run("mentor", "queue", "--json").stdout)
    assert [q["session_id"] for q in queue] == [session]


def test_mentor_edit_from_file_is_applied_and_approved(tmp_path: Path) -> None:
    session, _ = chat(ANDROID)
    add_mentor("mei")
    edits = tmp_path / "edits.json"
    edits.write_text(json.dumps({"risks": ["Mentor: watch for burnout in month 3"]}))
    result = run("mentor", "review", session, "--mentor", "mei", "--edit", str(edits))
    assert result.exit_code == 0, result.output
    data = plan_json(session)
    assert data["status"] == "approved"
    assert data["plan"]["risks"] == ["Mentor: watch for burnout in month 3"]
    assert data["decisions"][-1]["action"] == "edit"


def test_new_session_of_same_user_remembers_profile_and_confirms() -> None:
    chat(ANDROID, extra=("--user", "ana"))
    session, result = chat("hi again", extra=("--user", "ana"))
    assert "remember" in result.output
    assert "Android developer" in result.output
    assert plan_json(session)["plan"] is None  # waits for the confirmation
    _, confirmed = chat("yes", extra=("--session", session))
    assert plan_json(session)["status"] == "awaiting_mentor"
    assert "How many hours" not in confirmed.output


def test_other_users_memory_is_not_visible() -> None:
    chat(ANDROID, extra=("--user", "ana"))
    _, result = chat("hi", extra=("--user", "bo"))
    assert "remember" not in result.output


def test_sessions_lists_status_and_log_has_events() -> None:
    session, _ = chat(ANDROID)
    listed = json.loads(run("sessions", "--json").stdout)
    assert listed[0]["session_id"] == session
    assert listed[0]["status"] == "awaiting_mentor"
    log = run("log", session, "--json")
    kinds = {json.loads(line)["type"] for line in log.stdout.splitlines()}
    assert {"user", "node_path", "review", "plan", "assistant"} <= kinds


def test_demo_runs_end_to_end_and_prints_approved_plan() -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "approved" in result.output.lower()
    assert "Milestones" in result.output


def test_plan_ics_is_a_calendar() -> None:
    session, _ = chat(ANDROID)
    result = run("plan", session, "--format", "ics")
    assert result.exit_code == 0
    assert result.stdout.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in result.stdout


def test_a_bare_answer_to_the_confirmation_fills_the_field_still_missing(tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(
        "# Dana Reyes\n\n## Experience\n\nQA Automation Engineer, 2016 - 2025, Acme Health\n"
        "- Python, pytest and Selenium suites\n- SQL checks against the claims database\n",
        encoding="utf-8",
    )
    session, result = chat(
        "I want to become an AI application engineer, 5 hours a week",
        "no rush, a year is fine",
        extra=("--user", "dana", "--cv", str(cv)),
    )
    data = plan_json(session)
    assert data["plan"] is not None and data["plan"]["horizon_weeks"] == 52, result.output

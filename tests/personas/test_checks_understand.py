"""Part A checks on hand-made transcripts: each passes on a good one and fails on a bad one."""

from __future__ import annotations

from coach.evals.personas.registry import evaluate
from tests.personas.helpers import plan, run, stage

ASK_TARGET = ("coach", "Which role do you want?", "target")
ASK_HOURS = ("coach", "How many hours a week?", "hours")
ANSWER = ("user", "something", None)


def test_never_asks_again_fails_on_a_repeated_question() -> None:
    good = run([ASK_TARGET, ANSWER, ASK_HOURS, ANSWER])
    bad = run([ASK_TARGET, ANSWER, ASK_TARGET, ANSWER])
    assert evaluate(good, "never_asks_again", True).ok
    assert not evaluate(bad, "never_asks_again", True).ok


def test_never_asks_again_fails_when_a_given_field_is_asked() -> None:
    asked_target = run([ASK_TARGET, ANSWER])
    assert not evaluate(asked_target, "never_asks_again", ["target"]).ok
    assert evaluate(asked_target, "never_asks_again", ["hours"]).ok


def test_never_asks_again_cannot_pass_without_a_plan() -> None:
    result = evaluate(run([ASK_TARGET], stages={"final": stage(None)}), "never_asks_again", True)
    assert not result.ok and result.detail.startswith("cannot evaluate")


def test_asks_at_most_counts_questions_before_the_plan() -> None:
    two = run([ASK_TARGET, ANSWER, ASK_HOURS, ANSWER])
    assert evaluate(two, "asks_at_most", 2).ok
    assert not evaluate(two, "asks_at_most", 1).ok


def test_target_role_and_one_of_and_not_target() -> None:
    r = run()
    assert evaluate(r, "target_role", "ai_application_engineer").ok
    assert not evaluate(r, "target_role", "agent_engineer").ok
    assert evaluate(r, "target_is_one_of", ["agent_engineer", "ai_application_engineer"]).ok
    assert not evaluate(r, "target_is_one_of", ["agent_engineer"]).ok
    assert evaluate(r, "not_target", ["agent_engineer"]).ok
    assert not evaluate(r, "not_target", "ai_application_engineer").ok


def test_shows_roles_before_plan_needs_a_numbered_list_of_kb_roles() -> None:
    listed = (
        "coach",
        "Three roles fit you:\n1. AI application engineer - ...\n2. Agent engineer - ...\n"
        "3. AI-augmented professional - ...\nWhich one?",
        "choice",
    )
    prose = ("coach", "Agent engineer or AI architect, AI application engineer?", "target")
    assert evaluate(run([listed, ANSWER]), "shows_roles_before_plan", 3).ok
    assert not evaluate(run([listed, ANSWER]), "shows_roles_before_plan", 4).ok
    assert not evaluate(run([prose, ANSWER]), "shows_roles_before_plan", 2).ok


def test_no_plan_before_choice() -> None:
    chose = run([("coach", "1. a\n2. b\nWhich one?", "choice"), ANSWER])
    assert evaluate(chose, "no_plan_before_choice", True).ok
    assert not evaluate(run([ASK_HOURS, ANSWER]), "no_plan_before_choice", True).ok


def test_hours_horizon_and_tolerance() -> None:
    r = run()
    assert evaluate(r, "hours_per_week", 8).ok
    assert not evaluate(r, "hours_per_week", 6).ok
    assert evaluate(r, "horizon_weeks", 51).ok
    assert not evaluate(r, "horizon_weeks", 40).ok
    assert evaluate(r, "horizon_weeks", {"value": 45, "tolerance": 8}).ok


def test_range_lower_end_said_needs_the_figure_and_the_cue_together() -> None:
    said = run([("coach", "You said 6-8 hours: I plan on the lower end, 6 hours.", None)])
    figure_only = run([("coach", "Planned at 6 hours a week.", None)])
    assert evaluate(said, "range_lower_end_said", 6).ok
    assert not evaluate(figure_only, "range_lower_end_said", 6).ok
    zh = run([("coach", "你说每周4到6小时，我按下限4小时来排。", None)])
    assert evaluate(zh, "range_lower_end_said", 4).ok


def test_years_and_skills_from_the_profile() -> None:
    r = run()
    assert evaluate(r, "years_experience", 6).ok
    assert not evaluate(r, "years_experience", 10).ok
    assert evaluate(r, "skills_include", ["sql"]).ok
    assert not evaluate(r, "skills_include", ["python"]).ok
    assert evaluate(r, "skills_exclude", ["python"]).ok
    assert not evaluate(r, "skills_exclude", ["sql"]).ok


def test_wants_include_cannot_pass_without_the_field() -> None:
    result = evaluate(run(), "wants_include", ["rag"])
    assert not result.ok and "wants missing" in result.detail
    has = stage()
    has["profile"]["wants"] = [{"skill_id": "rag", "evidence": "I want to learn RAG"}]
    assert evaluate(run(stages={"draft": has, "final": has}), "wants_include", ["rag"]).ok


def test_says_not_in_kb() -> None:
    said = run([("coach", "I don't know the role 'AI product manager'; closest: ...", "target")])
    assert evaluate(said, "says_not_in_kb", True).ok
    assert not evaluate(run([ASK_TARGET]), "says_not_in_kb", True).ok
    zh = run([("coach", "知识库里没有“AI产品经理”这个岗位，最接近的是……", "target")])
    assert evaluate(zh, "says_not_in_kb", True).ok


def test_summary_before_plan_needs_four_points() -> None:
    summary = (
        "coach",
        "Here is what I understood:\n- Now: lawyer, 6 years\n- Target: AI application engineer\n"
        "- 8 hours a week for 52 weeks\n- Skills I count: SQL",
        "confirm",
    )
    ready = ("coach", "Your plan for AI application engineer is ready: 52 weeks, 8 hours.", None)
    assert evaluate(run([summary, ANSWER]), "summary_before_plan", True).ok
    assert not evaluate(run([ready]), "summary_before_plan", True).ok


def test_reply_language() -> None:
    zh = run([("coach", "你每周能投入多少小时？", "hours")])
    en = run([("coach", "How many hours a week can you spend?", "hours")])
    assert evaluate(zh, "reply_language", "zh").ok
    assert not evaluate(en, "reply_language", "zh").ok
    assert evaluate(en, "reply_language", "en").ok


def test_unknown_check_and_bad_value_fail() -> None:
    assert not evaluate(run(), "no_such_check", True).ok
    assert not evaluate(run(), "hours_per_week", "eight").ok
    assert not evaluate(run(stages={"draft": stage(plan(target=None))}), "target_role", "x").ok


def test_choice_recorded_needs_the_alternatives_in_the_plan() -> None:
    result = evaluate(run(), "choice_recorded", True)
    assert not result.ok and result.detail.startswith("cannot evaluate")
    kept = plan(choice={"alternatives": [{"role_id": "agent_engineer"}], "reason": "you chose 1"})
    doc = stage(kept)
    assert evaluate(run(stages={"draft": doc, "final": doc}), "choice_recorded", True).ok
    empty = stage(plan(choice={"alternatives": [], "reason": "?"}))
    assert not evaluate(run(stages={"draft": empty, "final": empty}), "choice_recorded", True).ok

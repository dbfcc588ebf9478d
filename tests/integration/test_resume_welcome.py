"""A resumed chat says in one line where the session stands and asks the open question once;
it never re-prints old replies (a summary or "your draft plan is ready") as if new."""

from __future__ import annotations

from tests.integration.cli_helpers import ANDROID, add_mentor, chat, run


def test_resume_while_waiting_for_the_mentor_says_where_we_are_once() -> None:
    session, first = chat(ANDROID, "yes")
    assert "is ready" in first.output
    again = run("chat", "--session", session, input="/quit\n")
    assert again.exit_code == 0, again.output
    assert "Welcome back" in again.output
    assert "is ready" not in again.output and "Before I plan" not in again.output
    assert again.output.count("waiting for a mentor") == 1


def test_resume_mid_intake_asks_the_open_question_once() -> None:
    session, _ = chat("我做了6年Java后端开发")
    again = run("chat", "--session", session, input="/quit\n")
    assert "欢迎回来" in again.output
    assert again.output.count("你想转向哪个岗位") == 1


def test_resume_after_approval_is_one_line() -> None:
    session, _ = chat(ANDROID, "yes")
    add_mentor("mei")
    decided = run("mentor", "review", session, "--mentor", "mei", "--approve")
    assert decided.exit_code == 0, decided.output
    again = run("chat", "--session", session, input="/quit\n")
    assert "Welcome back" in again.output and "is approved" in again.output
    assert "is ready" not in again.output

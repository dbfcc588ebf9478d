"""Square brackets people type ("[/x]", "[bold]") print as typed: the terminal's markup never
swallows them or raises (a user name, a session id, a reply, the log, the tables)."""

from __future__ import annotations

from tests.integration.cli_helpers import chat, run

NAME = "[/x] [bold]ana"


def test_brackets_in_a_user_name_and_a_turn_print_as_typed() -> None:
    session, result = chat("hi [/b] there, I know [x] regex", extra=("--user", NAME))
    assert "Traceback" not in result.output
    for command in (
        ("sessions",),
        ("mentor", "queue"),
        ("log", session),
        ("plan", session),
        ("profile", NAME),
        ("chat", "--session", session),
    ):
        shown = run(*command, input="")
        assert "Traceback" not in shown.output and "MarkupError" not in shown.output, command
        assert shown.exit_code == 0, (command, shown.output[-300:])
    assert NAME in run("sessions").output or "[/x]" in run("sessions").output
    assert "[/b]" in run("log", session).output
    forgot = run("forget", NAME, "--yes")
    assert forgot.exit_code == 0 and NAME in forgot.output


def test_an_error_naming_what_was_typed_keeps_its_brackets() -> None:
    result = run("plan", "[/x]")
    assert result.exit_code == 2
    assert "not a session id: '[/x]'" in result.output

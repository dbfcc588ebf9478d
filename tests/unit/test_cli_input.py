"""Piped input that is not UTF-8 is read with a clear note, never a traceback, nothing lost."""

from __future__ import annotations

from typer.testing import CliRunner

from coach.cli import app
from coach.cli_input import decode_line


def test_utf8_lines_are_read_as_they_are() -> None:
    assert decode_line("我想转AI\n".encode(), 1) == ("我想转AI\n", None)


def test_a_gb18030_line_is_read_as_chinese_and_said_so() -> None:
    text, note = decode_line("我做了五年后端".encode("gb18030"), 3)
    assert text == "我做了五年后端"
    assert note is not None and note.encoding == "GB18030" and note.line == 3
    assert "line 3" in note.message("en") and "第 3 行" in note.message("zh")


def test_stray_bytes_are_replaced_and_the_rest_is_kept() -> None:
    text, note = decode_line(b"I teach chemistry \xff\xfe for 11 years", 1)
    assert text.startswith("I teach chemistry ") and text.endswith(" for 11 years")
    assert note is not None and note.position == 18 and note.bad == b"\xff"


def test_chat_with_invalid_utf8_on_stdin_goes_on_without_a_traceback() -> None:
    data = (
        b"I have been an Android developer \xff for 5 years\n"
        + "我想转AI应用工程师".encode("gb18030")
        + b"\n8 hours a week\nwithin 12 months\n"
    )
    result = CliRunner().invoke(app, ["chat"], input=data)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "not valid UTF-8" in result.output
    # every turn was read and the plan got made (the reply follows the Chinese line's language)
    assert "waiting for a mentor" in result.output or "等待导师审批" in result.output

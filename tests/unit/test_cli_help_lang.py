"""The command line's help follows the language (--lang, COACH_LANG, the locale), from the one
catalog: every command and option has its help there in English and Chinese."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

from coach.cli import app, main
from coach.cli_help import help_language, localized
from coach.i18n import MESSAGES

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.mark.parametrize(
    ("argv", "env", "lang"),
    [
        (["mentor", "review", "--help", "--lang", "zh"], {}, "zh"),
        (["plan", "--lang=en", "--help"], {"COACH_LANG": "zh"}, "en"),
        (["--help"], {"COACH_LANG": "zh"}, "zh"),
        (["--help"], {"LANG": "zh_CN.UTF-8"}, "zh"),
        (["--help"], {"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        (["--help"], {}, "en"),
    ],
)
def test_the_help_language(argv: list[str], env: dict[str, str], lang: str) -> None:
    assert help_language(argv, env) == lang


def _walk(command: Any, path: list[str], out: list[str]) -> None:
    key = "help." + (".".join(path) or "root")
    if command.help:
        out.append(key)
    out += [f"{key}.{p.name}" for p in command.params if getattr(p, "help", None)]
    for name, sub in (getattr(command, "commands", None) or {}).items():
        _walk(sub, [*path, name], out)


def test_every_command_and_option_has_its_help_in_the_catalog() -> None:
    keys: list[str] = []
    _walk(typer.main.get_command(app), [], keys)
    missing = [k for k in keys if k not in MESSAGES]
    assert keys and missing == []
    assert all(MESSAGES[k][1] != MESSAGES[k][0] for k in keys)  # a Chinese text of its own


def test_localized_command_has_chinese_help() -> None:
    command = localized(app, "zh")
    review = command.commands["mentor"].commands["review"]
    assert review.help == MESSAGES["help.mentor.review"][1]
    localized(app, "en")  # the module-level panel titles back to English


def test_coach_help_in_chinese_end_to_end() -> None:
    env = {**os.environ, "COACH_LANG": "zh", "PYTHONPATH": str(SRC), "COLUMNS": "120"}
    done = subprocess.run(
        [sys.executable, "-m", "coach", "mentor", "--help"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "导师：查看待审批的会话" in done.stdout and "选项" in done.stdout
    assert "Show this message" not in done.stdout


def test_a_lang_before_any_command_picks_the_help_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In process, through the console entry point (``python -m coach`` is run as a process
    # above): the argv and environment the process would have.
    monkeypatch.delenv("COACH_LANG", raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setattr(sys, "argv", ["coach", "--lang", "zh", "--help"])
    try:
        with pytest.raises(SystemExit) as done:
            main()
    finally:
        localized(app, "en")  # the module-level panel titles back to English
    assert done.value.code in (0, None)
    assert "智能职业转型教练" in capsys.readouterr().out

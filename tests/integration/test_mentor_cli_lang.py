"""The mentor and admin commands speak the mentor's language: --lang, else the language the
mentor was registered with, else English."""

from __future__ import annotations

import os

import pytest

from coach.cli_mentor_lang import CHOSEN
from tests.integration.cli_helpers import FRONTEND_ZH, admin_token, chat, run


@pytest.fixture(autouse=True)
def _fresh_language() -> None:
    CHOSEN.clear()  # in-process runs share the module; each command starts afresh


def test_english_is_the_default_and_lang_zh_speaks_chinese() -> None:
    admin_token()
    assert "no sessions are waiting" in run("mentor", "queue").output
    CHOSEN.clear()
    assert "没有等待导师审批的会话" in run("mentor", "queue", "--lang", "zh").output
    CHOSEN.clear()
    assert run("mentor", "queue", "--lang", "fr").exit_code != 0


def test_a_mentor_registered_in_chinese_is_answered_in_chinese() -> None:
    admin_token()
    added = run("mentor", "add", "王老师", "--lang", "zh")
    assert added.exit_code == 0 and "已注册" in added.output
    os.environ["COACH_MENTOR_TOKEN"] = added.stdout.strip().splitlines()[-1]
    session, _ = chat(FRONTEND_ZH)
    CHOSEN.clear()
    decided = run("mentor", "review", session, "--request-changes", "加上 RAG，项目提前")
    assert decided.exit_code == 0, decided.output
    assert "决定已记录" in decided.output and "要求修改" in decided.output
    CHOSEN.clear()
    again = run("mentor", "review", session, "--approve", "--request-changes", "x")
    assert "只能选择" in again.output

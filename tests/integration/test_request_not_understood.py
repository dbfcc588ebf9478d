"""A change request of which nothing was understood makes no new plan version: the mentor is
told so, word for word, and asked back; the session stays waiting on the same version."""

from __future__ import annotations

import json
import os

import pytest

from coach.cli_mentor_lang import CHOSEN
from coach.engine.constraints import nothing_understood, parse_constraints
from coach.knowledge import load_kb
from tests.integration.cli_helpers import ANDROID, admin_token, chat, run


@pytest.fixture(autouse=True)
def _fresh_language() -> None:
    CHOSEN.clear()


def _version(session: str) -> int:
    data = json.loads(run("plan", session, "--format", "json").stdout)
    return int(data["plan"]["version"])


@pytest.mark.parametrize(
    ("text", "understood"),
    [
        ("she is under a lot of stress, please think about her", False),
        ("她最近压力很大，帮她想想办法", False),
        ("add RAG and something about her confidence", True),
        ("Python 最多 20 小时", True),
    ],
)
def test_nothing_understood_is_told_apart(text: str, understood: bool) -> None:
    assert nothing_understood(parse_constraints(text, load_kb())) is not understood


def test_a_request_not_understood_keeps_the_same_version_waiting() -> None:
    admin_token()
    added = run("mentor", "add", "lin", "--lang", "zh")
    os.environ["COACH_MENTOR_TOKEN"] = added.stdout.strip().splitlines()[-1]
    session, _ = chat(ANDROID, "yes")
    before = _version(session)
    refused = run("mentor", "review", session, "--request-changes", "他最近压力很大，帮他想想办法")
    assert refused.exit_code != 0
    assert "没有一处能读懂" in refused.output and "帮他想想办法" in refused.output
    assert "再次提出修改" in refused.output  # asks back
    assert _version(session) == before
    assert "awaiting" in run("plan", session, "--format", "json").stdout
    audit = json.loads(run("mentor", "audit", session, "--json").stdout)
    assert [e["outcome"] for e in audit] == ["refused"]
    CHOSEN.clear()
    applied = run("mentor", "review", session, "--request-changes", "add RAG")
    assert applied.exit_code == 0, applied.output
    assert _version(session) == before + 1

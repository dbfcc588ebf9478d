"""Any user name a person may type works, or is refused in one clear line; nothing crashes."""

from __future__ import annotations

import json

import pytest
from langgraph.store.memory import InMemoryStore

from coach.memory import open_memory
from coach.store import (
    InvalidUserId,
    check_user_id,
    forget_user_items,
    remember_profile,
    remembered_profile,
    user_namespace,
)
from tests.integration.cli_helpers import chat, run

NAMES = [
    "ana",
    "ana.lee",
    "ana@example.com",
    "Ana Lee",
    "李雷",
    "...",
    ".",
    "%2E",
    "a%b",
    "o'brien-smith",
    "Zoë 🙂",
    "x" * 64,
]


@pytest.mark.parametrize("name", NAMES)
def test_every_printable_name_is_kept_in_a_namespace_of_its_own(name: str) -> None:
    with open_memory() as mem:  # SQLite: the backend the CLI uses
        for other in NAMES:
            remember_profile(mem.store, check_user_id(other), {"who": other})
        assert remembered_profile(mem.store, check_user_id(name)) == {"who": name}
        assert forget_user_items(mem.store, check_user_id(name)) == 1
        assert remembered_profile(mem.store, check_user_id(name)) is None
        survivors = [o for o in NAMES if remembered_profile(mem.store, o) is not None]
        assert survivors == [o for o in NAMES if o != name]


def test_names_without_a_dot_or_percent_keep_their_namespace() -> None:
    assert user_namespace("ana") == ("users", "ana")
    assert user_namespace("李雷") == ("users", "李雷")
    assert user_namespace("a.b") != user_namespace("a%2Eb")
    assert "." not in "".join(user_namespace("a.b.c"))


def test_whitespace_and_control_characters_are_tidied() -> None:
    assert check_user_id("  Ana \t Lee\n") == "Ana Lee"
    assert check_user_id("ana\x00\x1b[31m") == "ana[31m"


@pytest.mark.parametrize("name", ["", "   ", "\x00\x07", "x" * 65, "李" * 300])
def test_an_empty_or_too_long_name_is_refused_with_its_length(name: str) -> None:
    with pytest.raises(InvalidUserId, match=r"1-64 characters \(got \d+\)"):
        check_user_id(name)


def test_the_in_memory_store_accepts_every_namespace_too() -> None:
    store = InMemoryStore()
    for name in NAMES:
        remember_profile(store, name, {"who": name})
    assert all(remembered_profile(store, n) == {"who": n} for n in NAMES)


@pytest.mark.parametrize("name", ["a.b", "ana@example.com", "Ana Lee", "李雷"])
def test_chat_and_forget_work_for_a_name_with_dots_spaces_or_chinese(name: str) -> None:
    session, result = chat("I'm a data analyst with 3 years of SQL", extra=("--user", name))
    assert "Traceback" not in result.output
    listed = {s["session_id"]: s["user_id"] for s in json.loads(run("sessions", "--json").stdout)}
    assert listed[session] == name
    again = run("chat", "--session", session, input="I want to become an MLOps engineer\n")
    assert again.exit_code == 0 and "Traceback" not in again.output
    forgot = run("forget", name, "--yes")
    assert forgot.exit_code == 0, forgot.output
    assert "1 session(s)" in forgot.output


@pytest.mark.parametrize(
    ("name", "lang", "shown"),
    [
        ("x" * 300, "auto", "1-64 characters (got 300)"),
        ("", "auto", "1-64 characters (got 0)"),
        ("李" * 70, "auto", "用户名需为 1-64 个字符"),
    ],
)
def test_chat_refuses_a_bad_name_in_one_line(name: str, lang: str, shown: str) -> None:
    result = run("chat", "--user", name, "--lang", lang, input="hello\n")
    assert result.exit_code == 2
    assert shown in result.output
    assert "Traceback" not in result.output

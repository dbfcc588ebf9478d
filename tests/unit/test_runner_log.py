"""The session log says truthfully how much of a turn was read."""

from __future__ import annotations

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.graph import build_graph
from coach.nodes.common import MAX_DOCUMENT_CHARS, MAX_MESSAGE_CHARS
from coach.runner import SessionRunner
from coach.sessions import SessionLog

CV = """Marcus Oyelaran
Rotterdam

Mechanical design engineer, 2014 - 2019, Van Leeuwen Pumps
Controls engineer, 2019 - present, Dutch Harbour Automation
PLC programming (Siemens), Python scripts for test rigs, MATLAB
BSc Mechanical Engineering, TU Delft
"""


def _logged_turn(text: str) -> dict[str, object]:
    runner = SessionRunner(
        build_graph(InMemorySaver(), InMemoryStore()), "s1", Context(), SessionLog("s1")
    )
    runner.send(text)
    assert runner.log is not None
    return [e for e in runner.log.read() if e["type"] == "user"][-1]


def _long_cv(size: int) -> str:
    lines, i = [CV], 0
    while sum(map(len, lines)) < size:
        lines.append(f"- 2015-2024: maintained reporting job number {i} for the finance team")
        i += 1
    return "\n".join(lines)[:size]


def test_a_pasted_cv_under_the_document_limit_is_not_called_truncated() -> None:
    cv = _long_cv(15_000)
    event = _logged_turn(cv)
    assert event["truncated"] is False
    assert event["read"] == event["chars"] == len(cv)


def test_a_cv_over_the_document_limit_is_truncated_at_that_limit() -> None:
    event = _logged_turn(_long_cv(MAX_DOCUMENT_CHARS + 5_000))
    assert event["truncated"] is True
    assert event["read"] == MAX_DOCUMENT_CHARS


def test_a_long_message_that_is_no_document_is_truncated_at_the_chat_limit() -> None:
    event = _logged_turn("I like python and I want to learn more. " * 300)
    assert event["truncated"] is True
    assert event["read"] == MAX_MESSAGE_CHARS


def test_a_short_message_is_read_whole() -> None:
    event = _logged_turn("I'm a nurse")
    assert event["truncated"] is False and event["read"] == event["chars"] == len("I'm a nurse")


def test_a_megabyte_paste_is_kept_only_up_to_the_bound() -> None:
    from coach.runner import MAX_KEPT_CHARS

    event = _logged_turn("I am a teacher " * 70_000)
    assert event["chars"] == len("I am a teacher " * 70_000)
    assert len(str(event["text"])) <= MAX_KEPT_CHARS
    assert event["truncated"] is True and event["read"] == MAX_MESSAGE_CHARS

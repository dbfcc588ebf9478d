from __future__ import annotations

from pathlib import Path

from langgraph.store.memory import InMemoryStore

from coach.sessions import SessionLog, get_session, list_sessions, record_session


def test_log_appends_and_survives_a_torn_last_line(tmp_path: Path) -> None:
    log = SessionLog("s1", tmp_path)
    log.append({"type": "user", "text": "你好"})
    log.append({"type": "assistant", "text": "hi"})
    with log.path.open("a", encoding="utf-8") as fh:
        fh.write('{"type": "user", "te')
    events = log.read()
    assert [e["type"] for e in events] == ["user", "assistant"]
    assert events[0]["text"] == "你好" and events[0]["session"] == "s1"


def test_registry_updates_and_filters_by_status() -> None:
    store = InMemoryStore()
    record_session(store, "a", "ana", status="intake")
    record_session(store, "b", "bo", status="awaiting_mentor", target="mlops_engineer")
    record_session(store, "a", "ana", status="awaiting_mentor", verdict="pass")
    waiting = list_sessions(store, status="awaiting_mentor")
    assert {i.session_id for i in waiting} == {"a", "b"}
    info = get_session(store, "a")
    assert info is not None and info.user_id == "ana" and info.verdict == "pass"
    assert get_session(store, "zzz") is None

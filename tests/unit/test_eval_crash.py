"""A turn cut off by a crash: recorded once, marked crashed, answered by the next resume."""

from __future__ import annotations

import pytest

from coach.evals.case import Step
from coach.evals.record import split_steps


def test_a_turn_resent_by_recovery_is_one_crashed_step_answered_by_the_resume() -> None:
    events = [
        {"type": "session_open", "pid": 1},
        {"type": "user", "id": "a", "text": "hi", "pid": 1},
        {"type": "node_path", "path": ["route_turn", "profiler"], "pid": 1},
        {"type": "user", "id": "b", "text": "I am a tester", "pid": 2},  # then kill -9
        {"type": "session_open", "pid": 3},
        {"type": "recovered", "turn": "b", "pid": 3},
        {"type": "user", "id": "b", "text": "I am a tester", "pid": 3},
        {"type": "node_path", "path": ["route_turn", "profiler", "planner"], "pid": 3},
        {"type": "assistant", "text": "Here is your plan.", "pid": 3},
        {"type": "quit", "pid": 3},
    ]
    steps, paths, replies = split_steps(events)
    assert [s.kind for s in steps] == ["user", "resume", "user", "resume"]
    assert steps[2].crashed and steps[2].user == "I am a tester"
    assert not steps[0].crashed
    assert paths[2] == [] and paths[3] == ["route_turn", "profiler", "planner"]
    assert replies[3] == ["Here is your plan."]


def test_a_trailing_resume_that_did_no_work_is_dropped() -> None:
    events = [
        {"type": "user", "id": "a", "text": "hi", "pid": 1},
        {"type": "node_path", "path": ["route_turn"], "pid": 1},
        {"type": "session_open", "pid": 2},
        {"type": "quit", "pid": 2},
    ]
    steps, _, _ = split_steps(events)
    assert [s.kind for s in steps] == ["user"]


def test_crashed_is_only_a_user_steps_flag() -> None:
    with pytest.raises(ValueError, match="crashed"):
        Step(resume=True, crashed=True)
    with pytest.raises(ValueError, match="crashed"):
        Step(user="x", crashed=False)
    assert Step(user="x", crashed=True).model_dump() == {"user": "x", "crashed": True}

"""Durable resume in every state: a crash at any node or decision point, then the session is
opened again; the result is the one an uninterrupted run gives (no turn lost, none doubled, the
decision applied once, the registry agrees).

A crash is simulated in-process: the node (or the step of the runner) raises before doing its
work, the process's objects are dropped, and a fresh runner opens the same SQLite file, as
`coach chat --session` does after a kill -9. ``bench/reliability.py --every-point`` does the same
with real processes and SIGKILL.
"""

from __future__ import annotations

import copy
import functools
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import coach.graph as graph_module
from coach.context import Context
from coach.ledger import Ledger
from coach.memory import Memory, open_memory
from coach.mentoring import Seen, decide
from coach.runner import SessionRunner
from coach.sessions import SessionLog, get_session
from coach.store import register_mentor

ANDROID = (
    "I've been an Android developer for 5 years (Kotlin, some Python). I want to become an AI "
    "application engineer. I can put in 8 hours a week and want to switch within 12 months."
)
UNSURE = "I'm an accountant, 8 years, Excel and SQL every day; not sure which AI role"
TODAY = date(2027, 1, 1)


class Crash(Exception):
    """Stands for the kill: the work stops here."""


def _runner(mem: Memory, session: str = "s1") -> SessionRunner:
    armed = next(iter(_ARMED), None)  # a node armed to crash: the graph that has it wrapped
    if armed is None:
        graph = graph_module.build_graph(mem.checkpointer, mem.store)
    else:
        graph = _crashable(armed).copy({"checkpointer": mem.checkpointer, "store": mem.store})
    context = Context(user_id="ana", today=TODAY, start_date=date(2027, 1, 4))
    return SessionRunner(graph, session, context, SessionLog(session), ledger=mem.ledger)


@dataclass
class Step:
    """One thing a person does: a chat turn, or a mentor decision."""

    text: str | None = None
    decision: dict[str, Any] | None = None

    def apply(self, runner: SessionRunner, ledger: Ledger) -> None:
        if self.text is not None:
            runner.send(self.text)
            return
        assert self.decision is not None
        seen = Seen((runner.values().get("plan") or {}).get("version"), runner.checkpoint_id())
        decide(runner, ledger, {"mentor_id": "mei", **self.decision}, seen)


APPROVE = Step(decision={"action": "approve"})
CHANGES = Step(decision={"action": "reject", "message": "At most 6 hours a week."})
SCENARIOS: dict[str, tuple[list[Step], Step]] = {
    # name: (the steps before, the step cut off by the crash)
    "first turn, intake": ([], Step("I teach chemistry at a high school")),
    "complete turn to the mentor": ([], Step(ANDROID)),
    "unsure: the choice is shown": ([], Step(UNSURE)),
    "the choice is answered": (
        [Step(UNSURE)],
        Step("1, about 6 hours a week, within a year"),
    ),
    "correction while awaiting the mentor": (
        [Step(ANDROID)],
        Step("actually make it 5 hours a week"),
    ),
    "question while awaiting the mentor": ([Step(ANDROID)], Step("what do I learn first?")),
    "mentor approves": ([Step(ANDROID)], APPROVE),
    "mentor requests changes": ([Step(ANDROID)], CHANGES),
    "after approval": ([Step(ANDROID), APPROVE], Step("I finished the first week, what next?")),
}


_ARMED: dict[str, tuple[int, list[str]]] = {}
"""The node armed to crash: its name -> (the call that raises, the calls so far)."""


@functools.cache
def _crashable(node: str) -> Any:
    """The graph compiled with ``node`` wrapped so it raises on the armed call (once per node and
    process: compiling the graph is the costly part of a crash, not the run)."""
    original: Callable[..., Any] = getattr(graph_module, node)

    @functools.wraps(original)
    def crashing(*args: Any, **kwargs: Any) -> Any:
        armed = _ARMED.get(node)
        if armed is not None:
            nth, calls = armed
            calls.append(node)
            if len(calls) == nth:
                raise Crash(node)
        return original(*args, **kwargs)

    setattr(graph_module, node, crashing)
    graph_module._compiled.cache_clear()
    try:
        return graph_module._compiled()
    finally:
        setattr(graph_module, node, original)
        graph_module._compiled.cache_clear()  # the next build_graph compiles the real nodes


@contextmanager
def _crash_at(target: str, nth: int = 1) -> Iterator[list[str]]:
    """Make ``target`` (a node, or ``runner.<step>``/``ledger.<step>``) raise on its nth call.
    A node crashes in the runners made while this is open (``_runner``)."""
    calls: list[str] = []
    if not target.startswith(("runner.", "ledger.")):
        _ARMED[target] = (nth, calls)
        try:
            yield calls
        finally:
            del _ARMED[target]
        return
    owner: Any = SessionRunner if target.startswith("runner.") else Ledger
    name = target.split(".", 1)[1]
    original: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(original)
    def crashing(*args: Any, **kwargs: Any) -> Any:
        calls.append(target)
        if len(calls) == nth:
            raise Crash(target)
        return original(*args, **kwargs)

    setattr(owner, name, crashing)
    try:
        yield calls
    finally:
        setattr(owner, name, original)


def _outcome(mem: Memory, session: str = "s1") -> dict[str, Any]:
    runner = _runner(mem, session)
    values = runner.values()
    messages = runner.messages()
    humans = [m for m in messages if m.type == "human"]
    last_human = max(i for i, m in enumerate(messages) if m.type == "human")
    info = get_session(mem.store, session)
    plan = values.get("plan") or {}
    return {
        "status": runner.status(),
        "registry": info.status if info else None,
        "humans": [str(m.content) for m in humans],
        "human_ids_unique": len({m.id for m in humans}) == len(humans),
        "answer": [str(m.content) for m in messages[last_human + 1 :] if m.type == "ai"],
        "pending": runner.pending_step(),
        "plan_version": plan.get("version"),
        "hours": (values.get("profile") or {}).get("hours_per_week"),
        "accepted": [
            (e.action, e.plan_version, e.applied)
            for e in mem.ledger.entries(session)
            if e.outcome == "accepted"
        ],
    }


def _prepare(mem: Memory, before: list[Step]) -> None:
    register_mentor(mem.store, "mei")
    runner = _runner(mem)
    for step in before:
        step.apply(runner, mem.ledger)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, Path], None]:
    """``into(name, home)``: ``home`` holds what scenario ``name``'s steps before the crash
    leave (the database and the session log), as if they had just been run there. They run
    once per module, in a home of their own; each crash point gets a copy of the files (the
    run is the same every time: fixed dates, offline model), so it starts from the same state
    without running the same turns again."""
    made: dict[str, Path] = {}

    def into(name: str, home: Path) -> None:
        if name not in made:
            template = tmp_path_factory.mktemp("prepared") / "home"
            previous = os.environ.get("COACH_HOME")
            os.environ["COACH_HOME"] = str(template)
            try:
                with open_memory() as mem:  # closed: the WAL is checkpointed into the file
                    _prepare(mem, SCENARIOS[name][0])
            finally:
                if previous is None:
                    os.environ.pop("COACH_HOME", None)
                else:
                    os.environ["COACH_HOME"] = previous
            made[name] = template
        shutil.copytree(made[name], home)

    return into


def _uninterrupted(name: str) -> tuple[dict[str, Any], list[str]]:
    """What the cut-off step gives with no crash, and the nodes it runs through (each a place
    to crash), in a home of its own (the current COACH_HOME). A scenario's run is the same every
    time (fixed dates, offline model), so each is run once per process and every crash of it is
    compared with that one run (a copy: no test can change another's expectation)."""
    return copy.deepcopy(_uninterrupted_once(name))


@functools.cache
def _uninterrupted_once(name: str) -> tuple[dict[str, Any], list[str]]:
    before, step = SCENARIOS[name]
    with open_memory() as mem:
        _prepare(mem, before)
        runner = _runner(mem)
        seen = len(runner.log.read()) if runner.log else 0
        step.apply(runner, mem.ledger)
        events = runner.log.read()[seen:] if runner.log else []
        outcome = _outcome(mem)
    paths = [e["path"] for e in events if e.get("type") == "node_path"]
    return outcome, [node for path in paths for node in path]


POINTS = ["runner._run", "runner.sync_registry"]
DECISION_POINTS = ["runner.resume", "ledger.mark_applied"]


def _cases() -> list[tuple[str, str, int]]:
    cases: list[tuple[str, str, int]] = []
    for name, (_, step) in SCENARIOS.items():
        for point in POINTS + (DECISION_POINTS if step.decision else []):
            cases.append((name, point, 1))
    return cases


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_crash_at_every_node_of_every_state_is_carried_on_on_the_next_open(
    name: str,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
    prepared: Callable[[str, Path], None],
) -> None:
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "uninterrupted"))
    expected, path = _uninterrupted(name)
    assert path, name
    _, step = SCENARIOS[name]
    seen: dict[str, int] = {}
    for node in path:
        seen[node] = seen.get(node, 0) + 1
        home = tmp_path / f"{node}-{seen[node]}"
        prepared(name, home)
        monkeypatch.setenv("COACH_HOME", str(home))
        with open_memory() as mem, _crash_at(node, seen[node]) as calls:
            with pytest.raises(Crash):
                step.apply(_runner(mem), mem.ledger)
            assert calls, (name, node, seen[node])

        with open_memory() as mem:  # the next process: open, recover, nothing retyped
            _runner(mem).recover()
            got = _outcome(mem)
        assert got == expected, (name, node, seen[node])


@pytest.mark.parametrize(("name", "point", "nth"), _cases())
def test_a_crash_between_the_runners_steps_is_carried_on_on_the_next_open(
    name: str,
    point: str,
    nth: int,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
    prepared: Callable[[str, Path], None],
) -> None:
    """Between logging a turn and running it, after the run before the registry, between the
    decision's claim and the graph's resume, and after the resume before it is marked applied."""
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "uninterrupted"))
    expected, _ = _uninterrupted(name)
    _, step = SCENARIOS[name]
    prepared(name, tmp_path / "crashed")
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "crashed"))
    with open_memory() as mem, _crash_at(point, nth), pytest.raises(Crash):
        step.apply(_runner(mem), mem.ledger)
    with open_memory() as mem:
        _runner(mem).recover()
        got = _outcome(mem)
    assert got == expected, (name, point)

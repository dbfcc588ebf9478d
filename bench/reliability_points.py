"""The ``points`` part of bench/reliability.py: kill -9 at EVERY node and decision point of the
states a session goes through, then reopen, and compare with the same step never killed.

For each scenario (a state, and the step a person takes in it), a template home is brought to
that state once. A clean copy runs the step uninterrupted: its outcome is the reference, its log
names the nodes the step runs through. Then, for every node on that path (as it starts, and as it
returns before its checkpoint is written) and every point of the runner and the decision, a fresh
copy runs the step under ``bench/killpoint.py`` and is SIGKILLed there; ``coach chat --session``
(no input) reopens it. The figures count the reopened sessions that differ from the reference:
turns lost or doubled, an unanswered or unfinished turn, a decision lost or applied twice, a
registry that disagrees, a forked history, a traceback, an answer not shown on reopening.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

ANDROID_FIRST = "I've been an Android developer for 5 years (Kotlin, some Python)."
ANDROID = (
    ANDROID_FIRST + " I want to become an AI application engineer. I can put in 8 hours a week "
    "and want to switch within 12 months."
)
ACCOUNTANT = "I'm an accountant, 8 years, Excel and SQL every day."


class HomeLike(Protocol):
    path: Path
    env: dict[str, str]
    tokens: dict[str, str]

    def chat(self, *lines: str, session: str | None = None, user: str = "ana") -> str: ...
    def add_mentor(self, name: str) -> str: ...
    def run(self, *args: str, stdin: str = "") -> Any: ...
    def run_at(self, point: str, nth: int, *args: str, stdin: str = "") -> Any: ...
    def state(self, session: str) -> dict[str, Any]: ...
    def forks(self, session: str) -> int: ...


@dataclass
class Scenario:
    name: str
    before: list[str]
    """Chat turns that bring the session to the state; ``APPROVE`` is a mentor's approval."""
    turn: str | None = None
    """The cut-off step: a chat turn, or else a mentor decision (``decision``)."""
    decision: list[str] = field(default_factory=list)


APPROVE = "<approve>"
SCENARIOS = [
    Scenario("intake: a turn that leaves the profile incomplete", ["hello"], turn=ACCOUNTANT),
    Scenario("intake -> the plan reaches the mentor", [ANDROID_FIRST], turn=ANDROID),
    Scenario(
        "unsure: the choice of roles is shown",
        [ACCOUNTANT],
        turn="not sure which AI role; about 6 hours a week, within a year",
    ),
    Scenario(
        "choice pending: the person picks one",
        [ACCOUNTANT, "not sure which AI role; about 6 hours a week, within a year"],
        turn="1",
    ),
    Scenario(
        "awaiting the mentor: a correction re-plans",
        [ANDROID],
        turn="actually make it 5 hours a week",
    ),
    Scenario("awaiting the mentor: a question", [ANDROID], turn="what should I learn first?"),
    Scenario("mentor approves", [ANDROID], decision=["--approve"]),
    Scenario(
        "mentor requests changes",
        [ANDROID],
        decision=["--request-changes", "At most 6 hours a week, please."],
    ),
    Scenario("mentor edits", [ANDROID], decision=["--edit", "{edit}"]),
    Scenario(
        "after approval: a check-in",
        [ANDROID, APPROVE],
        turn="I finished the first week, what should I do next?",
    ),
]
# (point, call): the registry is synced once on opening the session (recovery), then after the
# step's run; the step's own run is the first.
RUNNER_POINTS = [("runner._run", 1), ("runner.sync_registry", 2)]
DECISION_POINTS = [("ledger.mark_applied", 1)]


def _prepare(home: HomeLike, scenario: Scenario) -> str:
    token = home.tokens.get("mei") or home.add_mentor("mei")
    (home.path / "edit.json").write_text(
        json.dumps({"risks": ["Checked by the mentor."]}), encoding="utf-8"
    )
    session: str | None = None
    for line in scenario.before:
        if line == APPROVE:
            assert session is not None
            home.run("mentor", "review", session, "--token", token, "--approve")
        else:
            session = home.chat(line, session=session, user="pts")
    assert session is not None
    return session


def _step_args(home: HomeLike, scenario: Scenario, session: str) -> tuple[list[str], str]:
    if scenario.turn is not None:
        return ["chat", "--session", session], scenario.turn + "\n"
    decision = [str(home.path / "edit.json") if a == "{edit}" else a for a in scenario.decision]
    return ["mentor", "review", session, "--token", home.tokens["mei"], *decision], ""


def _copy(template: HomeLike, target: Path, make: Any) -> HomeLike:
    shutil.copytree(template.path, target)
    home: HomeLike = make(target)
    home.tokens = dict(template.tokens)
    for key in ("COACH_ADMIN_TOKEN",):
        if key in template.env:
            home.env[key] = template.env[key]
    return home


def _outcome(home: HomeLike, session: str) -> dict[str, Any]:
    state = home.state(session)
    return {
        "humans": state["human_texts"],
        "status": state["status"],
        "version": state["version"],
        "hours": state["hours"],
        "last": state["last"],
        "decisions": len(state["decisions"]),
        "accepted": sorted((e.action, e.plan_version) for e in state["accepted"]),
    }


def _path(home: HomeLike, session: str, seen_events: int) -> list[str]:
    log = home.path / "logs" / f"{session}.jsonl"
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    nodes: list[str] = []
    for event in events[seen_events:]:
        if event.get("type") == "node_path":
            nodes.extend(str(n) for n in event.get("path") or [])
    return nodes


def _points(path: list[str], decision: bool) -> list[tuple[str, int]]:
    points: list[tuple[str, int]] = []
    count: dict[str, int] = {}
    for node in path:
        count[node] = count.get(node, 0) + 1
        points += [(node, count[node]), (node + "!after", count[node])]
    points += RUNNER_POINTS + (DECISION_POINTS if decision else [])
    return points


def _turn_logged(home: HomeLike, session: str, seen: int) -> bool:
    log = home.path / "logs" / f"{session}.jsonl"
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return any(e.get("type") == "user" for e in events[seen:])


def _log_size(home: HomeLike, session: str) -> int:
    log = home.path / "logs" / f"{session}.jsonl"
    return len(log.read_text(encoding="utf-8").splitlines()) if log.exists() else 0


def _trial(make: Any, template: HomeLike, target: Path, point: str, nth: int, step: Any) -> Any:
    home = _copy(template, target, make)
    args, stdin, session = step
    killed = home.run_at(point, nth, *args, stdin=stdin)
    reopened = home.run("chat", "--session", session)
    return home, killed, reopened


def every_point(make: Any, root: Path, only: str = "", jobs: int = 2) -> dict[str, Any]:
    """Kill at every point of every scenario (``only``: those whose name contains it), ``jobs``
    trials at a time; ``make(path)`` builds a home on ``path``."""
    chosen = [s for s in SCENARIOS if only in s.name]
    figures: dict[str, Any] = {
        "scenarios": len(chosen),
        "kills": 0,
        "killed": 0,
        "killed_before_the_turn_was_logged": 0,
        "lost_turns": 0,
        "duplicated_turns": 0,
        "not_resumed": 0,
        "differs_from_uninterrupted": 0,
        "decision_lost_or_twice": 0,
        "registry_disagrees": 0,
        "forked_histories": 0,
        "answer_not_shown": 0,
        "tracebacks": 0,
        "failures": [],
        "per_scenario": {},
    }
    root.mkdir(parents=True, exist_ok=True)
    for index, scenario in enumerate(chosen):
        template = make(root / f"s{index}-template")
        session = _prepare(template, scenario)
        seen = _log_size(template, session)
        before = _outcome(template, session)
        clean = _copy(template, root / f"s{index}-clean", make)
        args, stdin = _step_args(clean, scenario, session)
        clean.run(*args, stdin=stdin)
        expected = _outcome(clean, session)
        points = _points(_path(clean, session, seen), bool(scenario.decision))
        figures["per_scenario"][scenario.name] = len(points)
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            trials = [
                (
                    point,
                    nth,
                    pool.submit(
                        _trial,
                        make,
                        template,
                        root / f"s{index}-k{k}",
                        point,
                        nth,
                        (args, stdin, session),
                    ),
                )
                for k, (point, nth) in enumerate(points)
            ]
            for point, nth, future in trials:
                home, killed, reopened = future.result()
                figures["kills"] += 1
                figures["killed"] += killed.code == -9
                # Killed before coach took the turn in (not in its log): nothing was accepted,
                # so nothing may have changed; otherwise the step must have been carried out.
                accepted = scenario.turn is None or _turn_logged(home, session, seen)
                if not accepted:
                    figures["killed_before_the_turn_was_logged"] += 1
                want = expected if accepted else before
                where = f"{scenario.name} @ {point}#{nth}"
                _score(figures, home, session, want, reopened, where)
                shutil.rmtree(home.path, ignore_errors=True)
        for done in (template, clean):
            shutil.rmtree(done.path, ignore_errors=True)
    figures["failures"] = figures["failures"][:5]
    return figures


def _score(
    figures: dict[str, Any],
    home: HomeLike,
    session: str,
    expected: dict[str, Any],
    reopened: Any,
    where: str,
) -> None:
    got = _outcome(home, session)
    state = home.state(session)
    humans, want = got["humans"], expected["humans"]
    lost = sum(1 for t in set(want) if got["humans"].count(t) < want.count(t))
    doubled = sum(1 for t in set(humans) if humans.count(t) > want.count(t))
    figures["lost_turns"] += lost
    figures["duplicated_turns"] += doubled
    figures["not_resumed"] += bool(reopened.code != 0 or state["pending"] or got["last"] != "ai")
    figures["decision_lost_or_twice"] += got["accepted"] != expected["accepted"] or (
        got["decisions"] != expected["decisions"]
    )
    figures["registry_disagrees"] += state["registry"] != (state["status"] or "intake")
    figures["forked_histories"] += home.forks(session)
    figures["tracebacks"] += reopened.traceback
    shown = state["last_ai"][:60].strip()
    figures["answer_not_shown"] += bool(shown) and shown not in reopened.out
    if got != expected:
        figures["differs_from_uninterrupted"] += 1
        diff = {k: (got[k], expected[k]) for k in got if got[k] != expected[k]}
        figures["failures"].append({"where": where, "diff": str(diff)[:300]})
    print(f"  {where}: {'ok' if got == expected else 'DIFFERS'}", file=sys.stderr, flush=True)


def run_points(make: Any, root: Path, only: str = "", jobs: int = 2) -> dict[str, Any]:
    started = time.monotonic()
    figures = every_point(make, root, only, jobs)
    figures["seconds"] = round(time.monotonic() - started, 1)
    return figures

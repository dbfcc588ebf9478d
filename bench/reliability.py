"""Reliability suite: real `coach` processes, killed and raced, on one data file.

Run: python bench/reliability.py [--sessions N] [--races N] [--mentors N] [--writers N]
     [--parallel N] [--fuzz N] [--seed S] [--parts points,kill,...] [--scenarios TEXT]
     [--jobs N]                                    -> prints one JSON object of figures

- kill: N sessions, each chat killed with SIGKILL at a random moment (anywhere in a node or
  between), then reopened with no input; plus N mentor decisions killed at a random moment.
  Figures: lost and duplicated turns, sessions not resumed, registry/thread disagreements.
- race: N trials of M mentors deciding the same waiting plan at once (approve, edit and
  request changes mixed). Exactly one must win; the others exit != 0 saying why; no forks.
- writers: N trials of two `coach chat --session ID` at once on one session.
- parallel: N sessions chatting at the same moment on one SQLite file.
- fuzz: N random inputs (chat lines, edit files, session ids, user names); 0 tracebacks,
  0 hangs, the slowest process's time.
- points (bench/reliability_points.py): kill -9 at EVERY node (as it starts and as it returns)
  and every runner and decision step of ten states (intake, to the mentor, the choice of roles
  shown and answered, a correction and a question while the plan waits for the mentor, approve,
  request changes, edit, after approval), then reopen; compared with the same step unkilled.
Exit status 1 when any failure figure is not 0.
The fast part (small N) runs in CI: tests/integration/test_reliability.py.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reliability_parts import fuzz, parallel_sessions, two_writers
from reliability_points import run_points

ROOT = Path(__file__).resolve().parents[1]
ANDROID = (
    "I've been an Android developer for 5 years (Kotlin, some Python). I want to become an AI "
    "application engineer. I can put in 8 hours a week and want to switch within 12 months."
)
TIMEOUT = 120.0


@dataclass
class Proc:
    code: int
    out: str
    err: str
    seconds: float

    @property
    def traceback(self) -> bool:
        return "Traceback" in self.out or "Traceback" in self.err


class Home:
    """One COACH_HOME (one SQLite file) and the `coach` processes run against it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.env = {
            **os.environ,
            "COACH_HOME": str(path),
            "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""),
            "COACH_SESSION_WAIT": "2",
        }
        self.env.pop("COACH_DATABASE_URL", None)
        self.admin = ""
        self.tokens: dict[str, str] = {}

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-c", "from coach.cli import main; main()", *args]

    def start(self, *args: str, stdin: str = "") -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            self.command(*args),
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.flush()
        proc.stdin.close()
        proc.stdin = None  # closed: communicate() must not write to it
        return proc

    @staticmethod
    def finish(proc: subprocess.Popen[str], started: float, timeout: float = TIMEOUT) -> Proc:
        try:
            out, err = proc.communicate(timeout=max(1.0, started + timeout - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            return Proc(-999, out, err + "\nHANG", time.monotonic() - started)
        return Proc(proc.returncode, out, err, time.monotonic() - started)

    def run(self, *args: str, stdin: str = "") -> Proc:
        started = time.monotonic()
        return self.finish(self.start(*args, stdin=stdin), started)

    def run_at(self, point: str, nth: int, *args: str, stdin: str = "") -> Proc:
        """Run `coach ARGS` and SIGKILL it at ``point`` (see bench/killpoint.py)."""
        started = time.monotonic()
        script = str(Path(__file__).resolve().parent / "killpoint.py")
        proc = subprocess.Popen(
            [sys.executable, script, point, str(nth), *args],
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        out, err = proc.communicate(stdin, timeout=TIMEOUT)
        return Proc(proc.returncode, out, err, time.monotonic() - started)

    def chat(self, *lines: str, session: str | None = None, user: str = "ana") -> str:
        args = ["chat", "--user", user] + (["--session", session] if session else [])
        result = self.run(*args, stdin="".join(line + "\n" for line in lines))
        if result.code != 0:
            raise RuntimeError(f"chat failed: {result.err[-500:]}")
        return session or result.out.split("session: ", 1)[1].split()[0]

    def add_mentor(self, name: str) -> str:
        if not self.admin:
            self.admin = self.run("admin", "init").out.strip().splitlines()[-1]
            self.env["COACH_ADMIN_TOKEN"] = self.admin
        self.tokens[name] = self.run("mentor", "add", name).out.strip().splitlines()[-1]
        return self.tokens[name]

    # ------------------------------------------------------------------ inspection
    def state(self, session: str) -> dict[str, Any]:
        """What the checkpoint and the registry say about a session (read in this process)."""
        from coach.graph import build_graph
        from coach.memory import open_memory
        from coach.store import get_session

        with open_memory(f"sqlite:///{self.path / 'coach.sqlite'}") as mem:
            graph = build_graph(mem.checkpointer, mem.store)
            snap = graph.get_state({"configurable": {"thread_id": session}})
            values = dict(snap.values or {})
            info = get_session(mem.store, session)
            audit = mem.ledger.entries(session)
        waiting = any(t.interrupts for t in snap.tasks or ())
        messages = values.get("messages") or []
        ais = [m for m in messages if m.type == "ai"]
        return {
            "last_ai": str(ais[-1].content) if ais else "",
            "hours": (values.get("profile") or {}).get("hours_per_week"),
            "humans": [m.id for m in messages if m.type == "human"],
            "human_texts": [str(m.content) for m in messages if m.type == "human"],
            "last": messages[-1].type if messages else None,
            "pending": bool(snap.next) and not waiting,
            "status": "awaiting_mentor" if waiting else values.get("status"),
            "registry": info.status if info else None,
            "version": (values.get("plan") or {}).get("version"),
            "decisions": [d for d in values.get("decisions") or [] if "refused" not in d],
            "accepted": [e for e in audit if e.outcome == "accepted"],
        }

    def forks(self, session: str) -> int:
        """Checkpoints of the session's main graph that share a parent (a forked history)."""
        conn = sqlite3.connect(self.path / "coach.sqlite")
        try:
            rows = conn.execute(
                "SELECT parent_checkpoint_id, count(*) FROM checkpoints WHERE thread_id = ? "
                "AND checkpoint_ns = '' AND parent_checkpoint_id IS NOT NULL "
                "GROUP BY parent_checkpoint_id HAVING count(*) > 1",
                (session,),
            ).fetchall()
        finally:
            conn.close()
        return len(rows)

    def logged_turns(self, session: str) -> list[str]:
        path = self.path / "logs" / f"{session}.jsonl"
        turns = []
        for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                continue
            if event.get("type") == "user" and event.get("id"):
                turns.append(str(event["id"]))
        return turns


def _waiting_session(home: Home, user: str) -> str:
    return home.chat(ANDROID, user=user)


# ----------------------------------------------------------------------------- kill -9
def _kill_after_first_line(proc: subprocess.Popen[str], delay: float) -> str:
    """Wait for the process's first output line (the session id, or the plan shown to a
    mentor), then SIGKILL it ``delay`` seconds later: the kill lands inside the graph's work."""
    assert proc.stdout is not None
    first = proc.stdout.readline()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate()
    return first + rest


def kill_chats(home: Home, n: int, rng: random.Random) -> dict[str, Any]:
    lost = duplicated = unresumed = disagree = tracebacks = cut = 0
    for i in range(n):
        user = f"k{i}"
        proc = home.start("chat", "--user", user, stdin=ANDROID + "\nyes\n")
        out = _kill_after_first_line(proc, rng.uniform(0.0, 2.5))
        if "session: " not in out:
            continue
        session = out.split("session: ", 1)[1].split()[0]
        before = home.state(session)
        cut += bool(
            before["pending"]
            or before["last"] in (None, "human")
            or any(t not in before["humans"] for t in home.logged_turns(session))
        )
        reopened = home.run("chat", "--session", session)
        tracebacks += reopened.traceback
        state = home.state(session)
        logged = home.logged_turns(session)
        lost += sum(1 for t in logged if t not in state["humans"])
        duplicated += len(state["humans"]) - len(set(state["humans"]))
        unresumed += bool(reopened.code != 0 or state["pending"] or state["last"] == "human")
        disagree += state["registry"] != (state["status"] or "intake")
    return {
        "killed_chats": n,
        "killed_mid_turn": cut,
        "lost_turns": lost,
        "duplicated_turns": duplicated,
        "not_resumed": unresumed,
        "registry_disagrees": disagree,
        "tracebacks": tracebacks,
    }


def kill_decisions(home: Home, n: int, rng: random.Random) -> dict[str, Any]:
    token = home.tokens.get("kd") or home.add_mentor("kd")
    double = unresumed = tracebacks = cut = 0
    for i in range(n):
        session = _waiting_session(home, f"kd{i}")
        action = rng.choice([["--approve"], ["--request-changes", "Only 6 hours a week, please."]])
        proc = home.start("mentor", "review", session, "--token", token, *action)
        _kill_after_first_line(proc, rng.uniform(0.0, 2.0))
        claimed = bool(home.state(session)["accepted"])
        cut += claimed and home.state(session)["status"] == "awaiting_mentor"
        reopened = home.run("chat", "--session", session)
        tracebacks += reopened.traceback
        state = home.state(session)
        unresumed += bool(state["pending"] or reopened.code != 0)
        applied = [e for e in state["accepted"] if e.plan_version == 1]
        double += (
            len(applied) > 1
            or len([d for d in state["decisions"] if d.get("plan_version") == 1]) > 1
        )
        if applied and not state["decisions"]:
            unresumed += 1  # accepted but never applied
    return {
        "killed_decisions": n,
        "killed_between_claim_and_apply": cut,
        "decided_twice": double,
        "decisions_not_resumed": unresumed,
        "tracebacks": tracebacks,
    }


# ----------------------------------------------------------------------------- races
def mentor_races(home: Home, trials: int, mentors: int) -> dict[str, Any]:
    names = [f"m{i}" for i in range(mentors)]
    for name in names:
        if name not in home.tokens:
            home.add_mentor(name)
    bad_trials = forks = tracebacks = unclear = 0
    failures: list[dict[str, Any]] = []
    edit = home.path / "edit.json"
    edit.write_text(json.dumps({"risks": ["Edited by a racing mentor."]}), encoding="utf-8")
    choices: list[list[str]] = [
        ["--approve"],
        ["--request-changes", "Move the portfolio project earlier."],
        ["--edit", str(edit)],
    ]
    for trial in range(trials):
        session = _waiting_session(home, f"r{trial}")
        started = time.monotonic()
        procs = [
            home.start(
                "mentor", "review", session, "--token", home.tokens[n], *choices[k % len(choices)]
            )
            for k, n in enumerate(names)
        ]
        results = [home.finish(p, started) for p in procs]
        winners = [r for r in results if r.code == 0]
        losers = [r for r in results if r.code != 0]
        tracebacks += sum(r.traceback for r in results)
        unclear += sum(
            not any(w in r.err for w in ("already decided", "plan changed", "changed since"))
            for r in losers
        )
        state = home.state(session)
        v1 = [d for d in state["decisions"] if d.get("plan_version") == 1]
        if len(winners) != 1 or len(v1) != 1:
            bad_trials += 1
            failures.append(
                {
                    "winners": len(winners),
                    "decisions_v1": len(v1),
                    "errors": [r.err[-200:] for r in losers],
                }
            )
        forks += home.forks(session)
    return {
        "race_trials": trials,
        "mentors_per_race": mentors,
        "trials_without_exactly_one_decision": bad_trials,
        "forked_histories": forks,
        "losers_without_clear_reason": unclear,
        "tracebacks": tracebacks,
        "failures": failures[:3],
    }


BAD = {
    "lost_turns",
    "duplicated_turns",
    "not_resumed",
    "registry_disagrees",
    "tracebacks",
    "decided_twice",
    "decisions_not_resumed",
    "trials_without_exactly_one_decision",
    "forked_histories",
    "losers_without_clear_reason",
    "failed",
    "hung",
    "hangs",
    "differs_from_uninterrupted",
    "decision_lost_or_twice",
    "answer_not_shown",
}
PARTS = ["points", "kill", "kill_decisions", "race", "writers", "parallel", "fuzz"]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; exit 1 if any of them is a failure (a lost turn, a traceback...)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--races", type=int, default=5)
    parser.add_argument("--mentors", type=int, default=3)
    parser.add_argument("--writers", type=int, default=5)
    parser.add_argument("--parallel", type=int, default=20)
    parser.add_argument("--fuzz", type=int, default=30)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument(
        "--parts", default=",".join(PARTS), help="comma-separated: " + ",".join(PARTS)
    )
    parser.add_argument("--jobs", type=int, default=2, help="points: trials at a time")
    parser.add_argument(
        "--scenarios", default="", help="points: only scenarios whose name contains this"
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    figures: dict[str, Any] = {}
    wanted = [p.strip() for p in args.parts.split(",") if p.strip()]
    with tempfile.TemporaryDirectory(prefix="coach-reliability-") as tmp:
        home = Home(Path(tmp) / "shared")
        home.path.mkdir()
        parts = {
            "points": lambda: run_points(Home, Path(tmp) / "points", args.scenarios, args.jobs),
            "kill": lambda: kill_chats(home, args.sessions, rng),
            "kill_decisions": lambda: kill_decisions(home, args.sessions, rng),
            "race": lambda: mentor_races(home, args.races, args.mentors),
            "writers": lambda: two_writers(home, args.writers),
            "parallel": lambda: parallel_sessions(home, args.parallel),
            "fuzz": lambda: fuzz(home, args.fuzz, rng),
        }
        for name in wanted:
            started = time.monotonic()
            figures[name] = parts[name]() | {"seconds": round(time.monotonic() - started, 1)}
            print(json.dumps({name: figures[name]}), file=sys.stderr, flush=True)
    print(json.dumps(figures, indent=2))
    bad = {
        f"{part}.{key}": value
        for part, got in figures.items()
        for key, value in got.items()
        if key in BAD and value
    }
    if bad:
        print(f"FAILURES: {bad}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

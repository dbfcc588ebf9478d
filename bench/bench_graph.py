"""Graph time from a complete first turn to the mentor queue, and checkpoint storage growth.

Run: python bench/bench_graph.py [--runs N] [--turns 100]   -> prints JSON

- first_turn_to_mentor_s: a complete first message (background, target, hours, horizon) run
  through profiler -> researcher -> planner -> reviewer -> mentor_review interrupt, on a fresh
  SQLite file, median over N runs (after one warm-up run that loads the knowledge base).
- checkpoint bytes after 10/25/50/100 chat turns (post-approval coach turns, each adding two
  messages), with coach's DeltaChannel message history vs LangGraph's default `add_messages`
  channel on the same graph. Linear growth means bytes/turn stays flat as turns grow.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

FIRST_TURN = (
    "I've been an Android developer for 5 years (Kotlin, some Python). I want to become an AI "
    "application engineer. I can put in 8 hours a week and want to switch within 12 months."
)


def _run_to_mentor(db: Path) -> float:
    from langgraph.checkpoint.sqlite import SqliteSaver
    from langgraph.store.sqlite import SqliteStore

    from coach.context import Context
    from coach.graph import build_graph
    from coach.runner import SessionRunner

    saver_conn = sqlite3.connect(db, check_same_thread=False)
    store_conn = sqlite3.connect(db, check_same_thread=False, isolation_level=None)
    saver, store = SqliteSaver(saver_conn), SqliteStore(store_conn)
    saver.setup()
    store.setup()
    runner = SessionRunner(build_graph(saver, store), "bench", Context(start_date=date(2027, 1, 4)))
    start = time.perf_counter()
    result = runner.send(FIRST_TURN)
    elapsed = time.perf_counter() - start
    assert result.awaiting_mentor, result
    saver_conn.close()
    store_conn.close()
    return elapsed


def _checkpoint_bytes(conn: sqlite3.Connection) -> int:
    rows = conn.execute(
        "SELECT COALESCE(SUM(LENGTH(checkpoint)) + SUM(LENGTH(metadata)), 0) FROM checkpoints"
    ).fetchone()
    writes = conn.execute("SELECT COALESCE(SUM(LENGTH(value)), 0) FROM writes").fetchone()
    return int(rows[0]) + int(writes[0])


def _storage_growth(turns: int, default_channel: bool) -> dict[str, Any]:
    """Approve a plan, then chat `turns` turns with the coach; measure checkpoint bytes."""
    from langgraph.checkpoint.sqlite import SqliteSaver
    from langgraph.store.memory import InMemoryStore

    if default_channel:
        # Same graph, LangGraph's default message channel: the state's annotations are evaluated
        # lazily, so make the messages' `DeltaChannel(append_messages, ...)` stand for plain
        # `add_messages` (other DeltaChannels stay as they are).
        from langgraph.channels import DeltaChannel
        from langgraph.graph.message import add_messages

        import coach.state

        def channel(reducer: Any, *args: Any, **kwargs: Any) -> Any:
            if reducer is coach.state.append_messages:
                return add_messages
            return DeltaChannel(reducer, *args, **kwargs)

        coach.state.DeltaChannel = channel  # type: ignore[misc,assignment]
    import coach.graph as graph_module
    from coach.context import Context
    from coach.runner import SessionRunner
    from coach.store import register_mentor

    conn = sqlite3.connect(":memory:", check_same_thread=False)
    saver = SqliteSaver(conn)
    store = InMemoryStore()
    register_mentor(store, "bench")
    graph = graph_module.build_graph(saver, store)
    runner = SessionRunner(graph, "growth", Context(start_date=date(2027, 1, 4)))
    runner.send(FIRST_TURN)
    runner.resume({"action": "approve", "mentor_id": "bench", "override": True})
    base = _checkpoint_bytes(conn)
    points: dict[str, int] = {}
    for turn in range(1, turns + 1):
        runner.send(f"What should I learn about vector databases? (turn {turn})")
        if turn in (10, 25, 50, 100, 200) or turn == turns:
            points[str(turn)] = _checkpoint_bytes(conn) - base
    per_turn = {k: round(v / int(k)) for k, v in points.items()}
    return {"bytes": points, "bytes_per_turn": per_turn}


def _growth_in_subprocess(turns: int, *, default: bool) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--growth-only", "--turns", str(turns)]
    if default:
        cmd.append("--default-channel")
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--growth-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--default-channel", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--turns", type=int, default=100)
    args = parser.parse_args()
    if args.growth_only:
        print(json.dumps(_storage_growth(args.turns, default_channel=args.default_channel)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        _run_to_mentor(Path(tmp) / "warm.sqlite")
        times = [_run_to_mentor(Path(tmp) / f"run{i}.sqlite") for i in range(args.runs)]
    result = {
        "benchmark": "graph",
        "first_turn_to_mentor_s": {
            "median": round(statistics.median(times), 4),
            "min": round(min(times), 4),
            "runs": args.runs,
        },
        "checkpoint_growth_delta_channel": _storage_growth(args.turns, default_channel=False),
        "checkpoint_growth_default_add_messages": _storage_growth(args.turns, default_channel=True),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

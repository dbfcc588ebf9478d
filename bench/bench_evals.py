"""Eval replay speed: every committed case replayed on N worker processes (default 2).

Run: python bench/bench_evals.py [--workers 2] [--rounds 3]   -> prints JSON

- warm-up: each worker first loads the knowledge base, lexicon and search index and builds the
  graph once (what any coach process pays at start); reported as ``warmup_s``, not counted.
- then all cases are replayed ``rounds`` times; ``cases_per_second`` is cases / wall time of the
  replays (median round), and every replay must pass (a failing bench is not a number).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _warm(_: int) -> float:
    started = time.perf_counter()
    from coach.evals.case import load_case
    from coach.evals.replay import run_case

    run_case(load_case(sorted((ROOT / "evals" / "cases").glob("*.json"))[0]))
    return time.perf_counter() - started


def _replay(path: str) -> tuple[str, str, float]:
    from coach.evals.case import load_case
    from coach.evals.replay import run_case

    result = run_case(load_case(Path(path)))
    return result.name, result.verdict, result.seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = [str(p) for p in sorted((ROOT / "evals" / "cases").glob("*.json"))]
    rounds: list[float] = []
    per_case: list[float] = []
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        started = time.perf_counter()
        warm = list(pool.map(_warm, range(args.workers)))
        warmup = time.perf_counter() - started
        for _ in range(args.rounds):
            started = time.perf_counter()
            results = list(pool.map(_replay, files))
            rounds.append(time.perf_counter() - started)
            bad = [(name, verdict) for name, verdict, _ in results if verdict != "pass"]
            if bad:
                raise SystemExit(f"cases do not pass: {bad}")
            per_case.extend(seconds for _, _, seconds in results)
    median = statistics.median(rounds)
    print(
        json.dumps(
            {
                "cases": len(files),
                "workers": args.workers,
                "cpus": os.cpu_count(),
                "rounds": args.rounds,
                "warmup_s": round(warmup, 2),
                "warmup_per_worker_s": [round(w, 2) for w in warm],
                "round_s": [round(r, 3) for r in rounds],
                "cases_per_second": round(len(files) / median, 1),
                "case_median_s": round(statistics.median(per_case), 3),
                "case_max_s": round(max(per_case), 3),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()

"""Start-up time of `coach --help` (heavy imports must stay lazy).

Run: python bench/bench_startup.py [--runs N]   -> prints JSON
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "coach", "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys, coach.cli; print(json.dumps(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('langgraph','langchain_core','bm25s','jieba','numpy'))))",
        ],
        capture_output=True,
        text=True,
        env=None,
    )
    print(
        json.dumps(
            {
                "benchmark": "coach --help",
                "runs": args.runs,
                "median_s": round(statistics.median(times), 3),
                "min_s": round(min(times), 3),
                "heavy_modules_imported_by_cli": probe.stdout.strip() or probe.stderr.strip(),
            }
        )
    )


if __name__ == "__main__":
    main()

"""Benchmark the knowledge layer: cold load + index build, and query latency.

Run from the repo root (not a test; prints one JSON object):

    /work/venv/bin/python bench/bench_knowledge.py            # 200 queries per phrase
    /work/venv/bin/python bench/bench_knowledge.py --runs 500

"cold" runs in a fresh subprocess each time (imports, YAML load + validation, jieba dictionary
load, BM25 build); jieba's own dictionary cache in the temp dir is kept, as on a user's machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

COLD = """
import json, time
t0 = time.perf_counter()
from coach.knowledge import load_kb
from coach.knowledge.retrieval import get_index
t1 = time.perf_counter()
kb = load_kb()
t2 = time.perf_counter()
index = get_index(kb)
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_kb_s": t2 - t1, "build_index_s": t3 - t2,
                  "docs": len(index), "stats": kb.stats()}))
"""

QUERIES = [
    "向量数据库",
    "vector DB",
    "RAG 检索增强",
    "前线部署工程师",
    "FDE",
    "salary",
    "薪资",
    "how do I become an AI application engineer in 12 months with Python",
]


def cold(repeats: int) -> dict[str, object]:
    runs = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", COLD], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(out.stdout))
    keys = ("import_s", "load_kb_s", "build_index_s")
    summary: dict[str, object] = {k: round(statistics.median(r[k] for r in runs), 4) for k in keys}
    summary["total_s"] = round(statistics.median(sum(r[k] for k in keys) for r in runs), 4)
    summary["docs"] = runs[0]["docs"]
    summary["kb"] = runs[0]["stats"]
    return summary


def warm(runs: int) -> dict[str, object]:
    from coach.engine.understand import extract_profile
    from coach.knowledge import load_kb
    from coach.knowledge.lexicon import get_lexicon
    from coach.knowledge.retrieval import get_index

    kb = load_kb()
    index = get_index(kb)
    lexicon = get_lexicon(kb)
    per_query: dict[str, float] = {}
    for query in QUERIES:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            index.search(query, k=5)
            times.append(time.perf_counter() - t)
        per_query[query] = round(statistics.median(times) * 1000, 4)
    message = "我做了4年前端，React和TypeScript，想转大模型应用开发，每周8小时，一年内。"
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        extract_profile(message, None, lexicon, kb)
        times.append(time.perf_counter() - t)
    return {
        "search_median_ms": per_query,
        "search_median_ms_overall": round(statistics.median(per_query.values()), 4),
        "extract_profile_median_ms": round(statistics.median(times) * 1000, 4),
        "runs": runs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="timed repetitions per query")
    parser.add_argument("--cold", type=int, default=3, help="fresh-subprocess cold starts")
    args = parser.parse_args()
    print(
        json.dumps({"cold": cold(args.cold), "warm": warm(args.runs)}, ensure_ascii=False, indent=2)
    )


if __name__ == "__main__":
    main()

"""Wall and CPU time of a whole piped `coach chat` process, start to the mentor queue, against the
code before the on-disk caches (a `git archive` of --baseline) in the same run.

Run: python bench/bench_chat_startup.py [--runs N] [--baseline REF] [--no-bounds]  -> prints JSON

Scenarios (each a fresh process and a fresh COACH_HOME, median of N; one warm-up run first):
- baseline: the --baseline commit's code (jieba's dictionary unmarshalled whole, the index
  built in every process, the alias regexes compiled case-insensitively).
- cold: this tree with an empty cache dir (builds and writes the index and dictionary caches).
- warm: this tree with the cache dir a previous process filled (the normal case).
- floor: `python -c "import langgraph.graph, langchain_core.messages"`: what the interpreter
  and LangGraph cost before coach runs a line (coach cannot go below it).
Bytecode is cached (PYTHONPYCACHEPREFIX in the temp dir, as an installed package has it), also
when the environment sets PYTHONDONTWRITEBYTECODE.

Input bounds (unless --no-bounds): one turn of 8,000 digits, one 100 KB paste, and a line of
invalid UTF-8, through the whole CLI, for this tree and the baseline (timeout 120 s).
The machine's load average is printed: on a shared machine wall time is noisy, CPU time less so.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TURNS_EN = [
    "I'm a backend engineer, 5 years of Java and some Python",
    "I want to become an AI agent engineer",
    "10 hours a week",
    "within a year",
]
TURNS_ZH = ["我做了4年前端，React和TypeScript", "想转大模型应用开发", "每周8小时", "一年内"]
MENTOR_WORDS = ("waiting for a mentor", "等待导师")


def _baseline_src(ref: str, into: Path) -> Path | None:
    try:
        blob = subprocess.run(
            ["git", "-C", str(ROOT), "archive", ref, "src"], capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _env(tmp: Path, src: Path, cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("COACH_MODEL", None)
    home = Path(tempfile.mkdtemp(dir=tmp, prefix="home-"))
    env.update(
        PYTHONPATH=str(src),
        PYTHONPYCACHEPREFIX=str(tmp / f"pycache-{src.parent.name}"),
        COACH_HOME=str(home),
        COACH_CACHE_DIR=str(cache),
    )
    return env


def _run(cmd: list[str], env: dict[str, str], stdin: bytes, timeout: float) -> dict[str, Any]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, input=stdin, env=env, capture_output=True, timeout=timeout)
        out, errtext, code = proc.stdout.decode("utf-8", "replace"), proc.stderr, proc.returncode
    except subprocess.TimeoutExpired:
        out, errtext, code = "", b"timeout", -1
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stderr = errtext.decode("utf-8", "replace")
    return {
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
        "rc": code,
        "mentor_queue": any(w in out for w in MENTOR_WORDS),
        "traceback": "Traceback" in stderr,
        "stderr_tail": stderr.strip().splitlines()[-1][:160] if stderr.strip() else "",
    }


def _chat(src: Path, tmp: Path, cache: Path, lines: list[str] | bytes, timeout: float = 120):
    data = lines if isinstance(lines, bytes) else ("\n".join(lines) + "\n").encode()
    cmd = [sys.executable, "-m", "coach", "chat", "--user", "bench"]
    return _run(cmd, _env(tmp, src, cache), data, timeout)


def _median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "wall_median_s": round(statistics.median(r["wall_s"] for r in runs), 3),
        "wall_min_s": round(min(r["wall_s"] for r in runs), 3),
        "cpu_median_s": round(statistics.median(r["cpu_s"] for r in runs), 3),
        "all_reached_mentor_queue": all(r["mentor_queue"] for r in runs),
    }


def _startup(trees: dict[str, Path], tmp: Path, runs: int) -> dict[str, Any]:
    warm_cache = tmp / "cache-warm"
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in ("floor", *trees, "cold")}
    floor_cmd = [sys.executable, "-c", "import langgraph.graph, langchain_core.messages"]
    for src in trees.values():  # warm-up: bytecode, jieba's temp cache, our cache
        _chat(src, tmp, warm_cache, TURNS_EN)
    for i in range(runs):  # interleaved, so load changes hit every scenario alike
        results["floor"].append(_run(floor_cmd, _env(tmp, trees["warm"], warm_cache), b"", 60))
        for name, src in trees.items():
            turns = TURNS_EN if i % 2 == 0 else TURNS_ZH
            results[name].append(_chat(src, tmp, warm_cache, turns))
        results["cold"].append(_chat(trees["warm"], tmp, tmp / f"cache-cold-{i}", TURNS_EN))
    summary = {name: _median(rs) for name, rs in results.items() if rs}
    summary["floor"].pop("all_reached_mentor_queue", None)
    return summary


def _bounds(trees: dict[str, Path], tmp: Path) -> dict[str, Any]:
    paste = (
        "Senior data engineer at a logistics company, 2016-2024: Python, SQL, Spark, Airflow, "
        "Kafka, dbt; built the pricing pipeline; 我也做过数据仓库和报表。"
    )
    inputs: dict[str, bytes] = {
        "digits_8000": ("1" * 8000 + "\n").encode(),
        "paste_100kb": ((paste * (100_000 // len(paste.encode()) + 1))[:100_000] + "\n").encode(),
        "invalid_utf8": b"I'm a teacher \xff\xfe, 10 years\n"
        + "想转AI应用".encode("gb18030")
        + b"\n",
    }
    out: dict[str, Any] = {}
    for name, data in inputs.items():
        for tree, src in trees.items():
            r = _chat(src, tmp, tmp / "cache-warm", data)
            out[f"{name}/{tree}"] = {k: r[k] for k in ("wall_s", "cpu_s", "rc", "traceback")}
            if r["stderr_tail"] and name == "invalid_utf8":
                out[f"{name}/{tree}"]["stderr_tail"] = r["stderr_tail"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", default="4987f03", help="git ref of the code to compare")
    parser.add_argument("--no-bounds", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as name:
        tmp = Path(name)
        trees = {"warm": ROOT / "src"}
        base = _baseline_src(args.baseline, tmp / "baseline")
        if base is not None:
            trees = {"baseline": base, **trees}
        report: dict[str, Any] = {
            "benchmark": "piped coach chat, start to mentor queue",
            "runs": args.runs,
            "baseline_ref": args.baseline if base is not None else None,
            "load_average_before": os.getloadavg(),
            "startup": _startup(trees, tmp, args.runs),
        }
        if not args.no_bounds:
            report["input_bounds"] = _bounds(trees, tmp)
        report["load_average_after"] = os.getloadavg()
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()

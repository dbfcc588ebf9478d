"""Parts of bench/reliability.py: two writers on one session, parallel sessions on one SQLite
file, and fuzzed inputs. Each takes the suite's ``Home`` (one COACH_HOME and its processes)."""

from __future__ import annotations

import json
import random
import time
from typing import Any

ANDROID = (
    "I've been an Android developer for 5 years (Kotlin, some Python). I want to become an AI "
    "application engineer. I can put in 8 hours a week and want to switch within 12 months."
)
TIMEOUT = 120.0


def _waiting_session(home: Any, user: str) -> str:
    return str(home.chat(ANDROID, user=user))


def two_writers(home: Any, trials: int) -> dict[str, Any]:
    lost = duplicated = refused = tracebacks = forks = 0
    for trial in range(trials):
        session = home.chat("I'm a data analyst with 3 years of SQL.", user=f"w{trial}")
        texts = [f"I want to become an MLOps engineer ({trial}a)", "10 hours a week"]
        started = time.monotonic()
        procs = [home.start("chat", "--session", session, stdin=t + "\n") for t in texts]
        results = [home.finish(p, started) for p in procs]
        tracebacks += sum(r.traceback for r in results)
        humans = home.state(session)["human_texts"]
        for text, result in zip(texts, results, strict=True):
            count = humans.count(text)
            if result.code == 0:
                lost += count == 0
                duplicated += count > 1
            else:
                refused += 1
                duplicated += count > 0  # told "not sent" yet it was
        forks += home.forks(session)
    return {
        "writer_trials": trials,
        "lost_turns": lost,
        "duplicated_turns": duplicated,
        "second_writer_refused": refused,
        "forked_histories": forks,
        "tracebacks": tracebacks,
    }


def parallel_sessions(home: Any, n: int) -> dict[str, Any]:
    started = time.monotonic()
    procs = [home.start("chat", "--user", f"p{i}", stdin=ANDROID + "\n") for i in range(n)]
    # n processes share the machine's cores: allow n times one session's time in all
    results = [home.finish(p, started, timeout=TIMEOUT * max(1, n // 2)) for p in procs]
    waiting = sum("waiting for a mentor" in r.out for r in results)
    return {
        "parallel_sessions": n,
        "failed": sum(r.code not in (0, -999) for r in results),
        "hung": sum(r.code == -999 for r in results),
        "reached_mentor": waiting,
        "tracebacks": sum(r.traceback for r in results),
        "errors": [r.err.strip()[-300:] for r in results if r.code != 0][:3],
        "wall_s": round(time.monotonic() - started, 1),
        "slowest_s": round(max(r.seconds for r in results), 1) if results else 0,
    }


# ----------------------------------------------------------------------------- fuzz
def _fuzz_text(rng: random.Random) -> str:
    pools = [
        "abcdefghijklmnopqrstuvwxyz 0123456789",
        "每周小时我想转大模型应用开发不确定",
        "\x00\x07\x1b[31m\u200b\u202e\ufeff\ud7ff",
        '{}[]",:-1e9NaN Infinity',
        "é ñ ü ß 🙂 🚀",
    ]
    size = rng.choice([0, 1, 5, 40, 300, 9000, 60_000])
    pool = rng.choice(pools)
    return "".join(rng.choice(pool) for _ in range(size)).replace("\n", " ")


def fuzz(home: Any, n: int, rng: random.Random) -> dict[str, Any]:
    token = home.tokens.get("fz") or home.add_mentor("fz")
    session = _waiting_session(home, "fz")
    tracebacks = hangs = 0
    slowest = 0.0
    for i in range(n):
        kind = i % 4
        if kind == 0:
            result = home.run("chat", "--user", f"fz{i}", stdin=_fuzz_text(rng) + "\n")
        elif kind == 1:
            edit = home.path / f"fuzz-{i}.json"
            value: Any = rng.choice(
                [
                    {"hours_per_week": rng.choice([-5, 0, 500, 1e308, "8"])},
                    {"horizon_weeks": rng.choice([0, -1, 10**9, 2.5])},
                    {"phases": rng.choice([[], "x", [{"name": 1}]])},
                    [1, 2, 3],
                    {"risks": [_fuzz_text(rng)]},
                ]
            )
            text = rng.choice(
                [json.dumps(value), "[" * 100_000, '{"hours_per_week": NaN}', _fuzz_text(rng)]
            )
            edit.write_text(text, encoding="utf-8", errors="replace")
            result = home.run("mentor", "review", session, "--token", token, "--edit", str(edit))
        elif kind == 2:
            ident = rng.choice(["x" * 10_000, "../../etc/passwd", "", "🙂", _fuzz_text(rng)[:300]])
            result = home.run(rng.choice(["log", "plan"]), ident.replace("\x00", "") or "-")
        else:  # a user name as people type them (an argument cannot hold a NUL byte)
            names = ["ana.lee", "ana@example.com", "Ana Lee", "李雷", "...", "x" * 200, " ", "a/b"]
            user = rng.choice([*names, _fuzz_text(rng)[:80]])
            result = home.run("chat", "--user", user.replace("\x00", ""), stdin="I teach maths\n")
        tracebacks += result.traceback
        hangs += result.code == -999
        slowest = max(slowest, result.seconds)
    return {
        "fuzz_inputs": n,
        "tracebacks": tracebacks,
        "hangs": hangs,
        "slowest_s": round(slowest, 1),
    }

"""The planted bugs of ``bench/mutation.py``: realistic mistakes, one exact replacement each.

Each is what a tired maintainer could plausibly write: a comparison flipped or off by one, a
check or guard dropped, a default changed, an argument ignored. ``find`` must occur exactly once
in ``path`` (else the mutation is reported stale and the list must be updated).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mutation:
    name: str
    area: str
    path: str
    find: str
    replace: str
    why: str


M = Mutation

MUTATIONS: list[Mutation] = [
    # ------------------------------------------------------------------ the eval gate and replay
    M(
        "gate-drop-sign-flipped",
        "gate",
        "src/coach/evals/gate.py",
        "if old - new > baseline.tolerance + 1e-9:",
        "if new - old > baseline.tolerance + 1e-9:",
        "a score drop is compared the wrong way round",
    ),
    M(
        "gate-accepts-unaccepted-drift",
        "gate",
        "src/coach/evals/gate.py",
        'elif result.verdict == "changed" and not accepted:',
        'elif result.verdict == "changed" and accepted:',
        "drift passes without --accept",
    ),
    M(
        "gate-known-failure-hides-regression",
        "gate",
        "src/coach/evals/gate.py",
        'elif before.verdict == "pass":',
        'elif before.verdict == "fail":',
        "a case that passed and now fails is treated as a known failure",
    ),
    M(
        "accept-lowers-floors-silently",
        "gate",
        "src/coach/evals/gate.py",
        "            else:\n                scores[name] = old",
        "            else:\n                pass",
        "--accept lowers a dropped score floor without --lower-floors",
    ),
    M(
        "trajectory-strict-as-set",
        "scorers",
        "src/coach/evals/scorers.py",
        "        return actual == want",
        "        return set(actual) == set(want)",
        "a strict trajectory compared as a set",
    ),
    M(
        "review-drift-ignored",
        "replay",
        "src/coach/evals/replay.py",
        "    result.plan_diff.extend(recorded_drift(case, outcome))",
        "    recorded_drift(case, outcome)",
        "the reviewer's verdict and the replies are no longer compared",
    ),
    M(
        "replay-serves-answers-again",
        "replay",
        "src/coach/llm/replay.py",
        "        if served >= len(answers):",
        "        if served > len(answers):",
        "a recorded answer is served one time too many (off by one)",
    ),
    M(
        "replay-unused-recordings-not-counted",
        "replay",
        "src/coach/evals/replay.py",
        "            outcome.unused_recordings = sum(model.unused.values())",
        "            outcome.unused_recordings = 0",
        "recorded model answers that were never asked for go unnoticed",
    ),
    M(
        "plan-expect-hours-bound-ignored",
        "scorers",
        "src/coach/evals/plan_expect.py",
        "        ok = hours <= most + 1e-9",
        "        ok = hours <= most * 2",
        "an item-hours expectation allows twice the bound",
    ),
    # ------------------------------------------------------------------ privacy
    M(
        "scrub-emails-kept",
        "scrubber",
        "src/coach/llm/privacy.py",
        '_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@',
        '_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@@',
        "e-mail addresses are no longer masked",
    ),
    M(
        "scrub-names-skipped",
        "scrubber",
        "src/coach/evals/scrub.py",
        '                rules.append((_term(value.strip()), NAME, "names"))',
        "                pass",
        "names given to the recorder are not scrubbed",
    ),
]

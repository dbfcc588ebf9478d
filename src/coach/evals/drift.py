"""What a replay changed versus its recording, beyond the plan: the reviewer's judgement, the
coach's replies, the session's state. Each differs -> lines of a diff; any line makes the case
"changed", which fails the gate until a maintainer reads the diff and accepts it.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

_SESSION = re.compile(r"\b\d{8}-[0-9a-f]{6}\b")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_ISO_TIME = re.compile(r"\b\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?\b")


def normalise_reply(text: str) -> str:
    """A reply with session ids, dates and times replaced, so only what the coach said counts."""
    text = _SESSION.sub("<session>", text)
    text = _ISO_DATE.sub("<date>", text)
    return _ISO_TIME.sub("<time>", text).strip()


def _judgement(review: dict[str, Any] | None) -> list[str]:
    if not review:
        return ["(no review)"]
    findings = sorted(
        f"{f.get('severity')}: {f.get('check')}"
        for f in review.get("findings", [])
        if f.get("severity") in ("error", "warning")
    )
    return [f"verdict: {review.get('verdict')}", *findings]


def review_drift(recorded: dict[str, Any] | None, current: dict[str, Any] | None) -> list[str]:
    """The reviewer's verdict and its failing checks (errors, warnings), recorded vs replayed."""
    return _diff(_judgement(recorded), _judgement(current), "review")


def replies_drift(recorded: list[list[str]], current: list[list[str]]) -> list[str]:
    """The coach's replies step by step, normalised (see :func:`normalise_reply`)."""

    def lines(steps: list[list[str]]) -> list[str]:
        return [
            f"step {i + 1}: {normalise_reply(reply)}"
            for i, replies in enumerate(steps)
            for reply in replies
        ]

    return _diff(lines(recorded), lines(current), "replies")


def state_drift(recorded: tuple[str, bool], current: tuple[str, bool]) -> list[str]:
    """Session status and whether it waits in the mentor queue."""

    def lines(state: tuple[str, bool]) -> list[str]:
        return [f"status: {state[0]}", f"in mentor queue: {state[1]}"]

    return _diff(lines(recorded), lines(current), "session state")


def _diff(before: list[str], after: list[str], what: str) -> list[str]:
    if before == after:
        return []
    return list(
        difflib.unified_diff(
            before, after, f"recorded {what}", f"replayed {what}", lineterm="", n=0
        )
    )

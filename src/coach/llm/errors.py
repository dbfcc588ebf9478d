"""Errors of the model layer that callers may catch by type."""

from __future__ import annotations


class FailClosedError(RuntimeError):
    """A test or replay model met a request it has no answer for.

    The client never turns this into a fallback: a scripted test or an eval replay that runs out of
    answers is a bug in the test or a drift in the prompts, and must stop the run loudly.
    """

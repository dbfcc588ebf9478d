"""Run one `coach` command and SIGKILL it at a named point of its work.

    python bench/killpoint.py POINT NTH [coach arguments...]

POINT is where the process dies, on the NTH time it gets there:
- a node of the graph (``profiler``, ``mentor_review``, ``research_candidate``...): as the node
  starts; ``profiler!after``: as it returns, before LangGraph writes its checkpoint;
- ``runner._run``: a user turn is logged, the graph has not received it (for a decision: the
  audit row is claimed, the graph not resumed); ``runner.sync_registry``: the run is
  checkpointed, the registry not updated;
- ``ledger.mark_applied``: the decision reached the graph, its audit row is not marked applied.
Used by ``bench/reliability.py`` (the ``points`` part). Nothing here is imported by coach.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
from typing import Any


def _die() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def arm(point: str, nth: int) -> None:
    """Replace the function named by ``point`` with one that kills the process on call ``nth``."""
    import coach.graph as graph
    from coach.ledger import Ledger
    from coach.runner import SessionRunner

    name, _, when = point.partition("!")
    owner: Any
    if name.startswith("runner."):
        owner, attr = SessionRunner, name.removeprefix("runner.")
    elif name.startswith("ledger."):
        owner, attr = Ledger, name.removeprefix("ledger.")
    else:
        owner, attr = graph, name
    original = getattr(owner, attr)
    calls = 0

    @functools.wraps(original)
    def killing(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == nth and when != "after":
            _die()
        result = original(*args, **kwargs)
        if calls == nth:
            _die()
        return result

    setattr(owner, attr, killing)


def main() -> None:
    point, nth, *args = sys.argv[1:]
    arm(point, int(nth))
    from coach.cli import main as coach_main

    sys.argv = ["coach", *args]
    coach_main()


if __name__ == "__main__":
    main()

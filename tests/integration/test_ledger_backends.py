"""The ledger's compare-and-set and leases behave the same on SQLite and PostgreSQL: of two
connections (two processes), one holds a session's lease and one decision per pause wins."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest

from coach.ledger import AlreadyDecided, LeaseHeld, Ledger
from coach.memory import open_memory

PG_URL = os.environ.get("COACH_TEST_DATABASE_URL")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=[
            pytest.mark.slow,
            pytest.mark.postgres,
            pytest.mark.skipif(not PG_URL, reason="COACH_TEST_DATABASE_URL not set"),
        ],
    ),
]


@contextmanager
def _two_ledgers(backend: str) -> Iterator[tuple[Ledger, Ledger]]:
    """Two ledgers on two connections to one database, as two processes have."""
    url = PG_URL if backend == "postgres" else None
    with ExitStack() as stack:
        first = stack.enter_context(open_memory(url)).ledger
        second = stack.enter_context(open_memory(url)).ledger
        yield first, second


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_lease_has_one_holder_and_the_second_is_told_who(backend: str) -> None:
    name = f"write:s-{uuid.uuid4().hex[:8]}"
    with _two_ledgers(backend) as (first, second), first.lease(name):
        with pytest.raises(LeaseHeld) as held, second.lease(name, wait=0.3):
            raise AssertionError("a second holder was given the lease")
        assert held.value.holder.pid == os.getpid()
    with _two_ledgers(backend) as (_, second), second.lease(name, wait=0.0) as owner:
        holder = second.lease_holder(name)  # released on exit: free again, and now theirs
        assert holder is not None and holder.owner == owner


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_lease_of_a_dead_process_on_this_host_is_taken_over(backend: str) -> None:
    name = f"chat:s-{uuid.uuid4().hex[:8]}"
    with _two_ledgers(backend) as (first, second):
        first.try_acquire(name, "gone-owner", ttl=600)
        first._exec("UPDATE coach_leases SET pid = ? WHERE name = ?", (2**22 + 12345, name))
        with second.lease(name, wait=0.0) as owner:
            holder = second.lease_holder(name)
            assert holder is not None and holder.owner == owner


@pytest.mark.parametrize("backend", BACKENDS)
def test_of_many_decisions_on_one_pause_exactly_one_is_accepted(backend: str) -> None:
    session, checkpoint = f"s-{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    results: list[str] = []
    with _two_ledgers(backend) as (first, second):
        barrier = threading.Barrier(6)

        def decide(ledger: Ledger, who: str) -> None:
            barrier.wait()
            try:
                ledger.append(
                    session_id=session,
                    action="approve",
                    outcome="accepted",
                    actor=who,
                    plan_version=1,
                    checkpoint_id=checkpoint,
                )
                results.append("won")
            except AlreadyDecided:
                results.append("lost")

        threads = [
            threading.Thread(target=decide, args=((first, second)[i % 2], f"m{i}"))
            for i in range(6)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(results) == ["lost"] * 5 + ["won"]
        accepted = [e for e in first.entries(session) if e.outcome == "accepted"]
        assert len(accepted) == 1
        # a refusal on the same pause is an ordinary row: the audit keeps every attempt
        second.append(
            session_id=session, action="approve", outcome="refused", checkpoint_id=checkpoint
        )
        assert len(first.entries(session)) == 2

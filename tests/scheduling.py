"""The order in which pytest-xdist hands out test modules (``--dist loadscope``): the longest
first, so no worker is left running a long module alone at the end while the others idle.

xdist's own order is by number of tests, which puts the persona suite (few tests, one long
fixture) last. ``LONGEST_FIRST`` lists the modules that take the longest, longest first
(``pytest --durations=0``); the others follow in xdist's order. A stale list only costs wall
time: every module still runs, once, on one worker.
"""

from __future__ import annotations

from xdist.scheduler import LoadScopeScheduling
from xdist.workermanage import WorkerController

# Modules that build the same costly thing once per process run on one worker, as one unit:
# the pool of valid plans (tests/property/plans.py), the OpenAI client's import.
SHARED = {
    "tests/property/test_check_oracles.py": "tests/property/ (valid plans)",
    "tests/property/test_check_oracles_content.py": "tests/property/ (valid plans)",
    "tests/unit/test_llm_client.py": "tests/ (langchain_openai)",
    "tests/unit/test_llm_factory.py": "tests/ (langchain_openai)",
    "tests/integration/test_openai_stub.py": "tests/ (langchain_openai)",
}

LONGEST_FIRST = (
    "tests/property/ (valid plans)",
    "tests/integration/test_recovery.py",
    "tests/personas/test_persona_suite.py",
    "tests/unit/test_input_bounds.py",
    "tests/ (langchain_openai)",
    "tests/unit/test_plan_properties.py",
    "tests/evals/test_cases.py",
    "tests/unit/test_index_cache.py",
    "tests/unit/test_knowledge_integrity.py",
    "tests/unit/test_extract.py",
    "tests/unit/test_understanding_corpus.py",
    "tests/integration/test_cli_flow.py",
    "tests/unit/test_understand.py",
)


class LongestFirst(LoadScopeScheduling):
    """``loadscope`` with the long modules handed out first (and the ``SHARED`` ones as one)."""

    _ordered = False

    def _split_scope(self, nodeid: str) -> str:
        scope: str = super()._split_scope(nodeid)
        return SHARED.get(scope.split("::")[0], scope)

    def _assign_work_unit(self, node: WorkerController) -> None:
        if not self._ordered:  # the queue is complete before the first unit is handed out
            self._ordered = True
            rank = {module: i for i, module in enumerate(LONGEST_FIRST)}
            queue = sorted(
                self.workqueue.items(),
                key=lambda unit: rank.get(unit[0].split("::")[0], len(rank)),
            )
            self.workqueue.clear()
            self.workqueue.update(queue)
        super()._assign_work_unit(node)

"""``coach eval --langsmith``: upload a replay run to LangSmith as an experiment.

Only when asked (the flag) and only when LangSmith's standard variables are set
(``LANGSMITH_API_KEY``, optional ``LANGSMITH_ENDPOINT``). The dataset holds one example per case
(its inputs: the steps; its reference outputs: the expectations); the experiment holds one run per
case with the verdict, the checks and the soft scores, and feedback per score and for the gate.
Case files are already scrubbed of personal data, so nothing personal leaves the machine.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from coach.evals.case import Case
from coach.evals.gate import GateReport
from coach.evals.replay import CaseResult

if TYPE_CHECKING:
    from langsmith import Client

DEFAULT_DATASET = "coach-eval-cases"


class LangSmithNotConfigured(RuntimeError):
    """``--langsmith`` without ``LANGSMITH_API_KEY``: nothing is sent."""


@dataclass
class Uploaded:
    dataset: str
    dataset_id: str
    experiment: str
    runs: int
    new_examples: int


def client_from_env() -> Client:
    """A LangSmith client from the standard variables, or :class:`LangSmithNotConfigured`."""
    if not os.environ.get("LANGSMITH_API_KEY"):
        raise LangSmithNotConfigured(
            "--langsmith needs LANGSMITH_API_KEY (and LANGSMITH_ENDPOINT for a self-hosted "
            "LangSmith); nothing was sent"
        )
    from langsmith import Client

    return Client(auto_batch_tracing=False)


def _example(case: Case) -> dict[str, Any]:
    return {
        "inputs": {"case": case.name, "steps": [s.model_dump(mode="json") for s in case.steps]},
        "reference_outputs": {
            "expect": case.expect.model_dump(mode="json"),
            "status": case.recorded.status,
        },
        "metadata": {"case": case.name, "language": case.meta.language, "tags": case.meta.tags},
    }


def _examples_by_case(client: Client, dataset_id: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for example in client.list_examples(dataset_id=dataset_id):
        name = (example.metadata or {}).get("case")
        if isinstance(name, str):
            found[name] = example.id
    return found


def upload(
    client: Client,
    cases: list[Case],
    results: list[CaseResult],
    gate: GateReport,
    *,
    dataset: str = DEFAULT_DATASET,
    experiment_prefix: str = "coach-eval",
) -> Uploaded:
    """Create or extend the dataset with the cases, then record this run as an experiment."""
    if client.has_dataset(dataset_name=dataset):
        ds = client.read_dataset(dataset_name=dataset)
    else:
        ds = client.create_dataset(dataset, description="coach's recorded regression cases")
    have = _examples_by_case(client, ds.id)
    new = [c for c in cases if c.name not in have]
    if new:
        client.create_examples(dataset_id=ds.id, examples=[_example(c) for c in new])
        have = _examples_by_case(client, ds.id)
    started = datetime.now(UTC)
    name = f"{experiment_prefix}-{started:%Y%m%d-%H%M%S}"
    project = client.create_project(
        name, reference_dataset_id=ds.id, metadata={"cases": len(results)}
    )
    by_name = {c.name: c for c in cases}
    for result in results:
        run_id = _record_run(client, name, by_name.get(result.name), result, gate, have, started)
        passed = result.name not in gate.failures
        scores = {"gate": 1.0 if passed else 0.0, **result.scores}
        for key, value in scores.items():
            client.create_feedback(run_id, key=key, score=value, session_id=project.id)
    return Uploaded(dataset, str(ds.id), name, len(results), len(new))


def _record_run(
    client: Client,
    project: str,
    case: Case | None,
    result: CaseResult,
    gate: GateReport,
    examples: dict[str, Any],
    started: datetime,
) -> uuid.UUID:
    run_id = uuid.uuid4()
    client.create_run(
        name=result.name,
        inputs={"case": result.name, "steps": len(case.steps) if case else 0},
        run_type="chain",
        project_name=project,
        id=run_id,
        reference_example_id=examples.get(result.name),
        outputs={
            "verdict": result.verdict,
            "checks": {c.name: c.ok for c in result.checks},
            "scores": result.scores,
            "gate": gate.failures.get(result.name, []),
        },
        error=None if result.verdict not in ("miss", "error") else result.message[:2000],
        start_time=started,
        end_time=started + timedelta(seconds=result.seconds),
    )
    return run_id

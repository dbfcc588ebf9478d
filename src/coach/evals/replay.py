"""Replay a case through a fresh graph (in-memory checkpointer and store) and score it.

Offline cases re-run the deterministic engine. LLM cases get a
:class:`~coach.llm.replay.ReplayChatModel` that serves the recorded answers and fails closed on
any request it has no recording for. Nothing here opens a file, a database or a socket.
"""

from __future__ import annotations

import difflib
import json
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.evals.case import Case, ServerCaller
from coach.evals.drift import replies_drift, review_drift, state_drift
from coach.evals.scorers import CheckResult, hard_checks, score_floors, soft_scores
from coach.knowledge.loader import KnowledgeBase
from coach.llm.errors import FailClosedError
from coach.llm.recording import request_key
from coach.llm.replay import ERROR_KEY, ReplayChatModel
from coach.schemas import Plan, Profile

EVAL_USER = "eval-user"
MAX_DIFF_LINES = 60
Verdict = Literal["pass", "changed", "fail", "miss", "error"]
FAILING: frozenset[str] = frozenset({"fail", "miss", "error"})


@dataclass
class Outcome:
    """What a replay produced."""

    paths: list[list[str]] = field(default_factory=list)
    replies: list[list[str]] = field(default_factory=list)
    status: str = "intake"
    awaiting_mentor: bool = False
    values: dict[str, Any] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    miss: str | None = None
    error: str | None = None
    unused_recordings: int = 0

    @property
    def path(self) -> list[str]:
        return [node for step in self.paths for node in step]

    @property
    def plan(self) -> Plan | None:
        raw = self.values.get("plan")
        return Plan.model_validate(raw) if raw else None


@dataclass
class CaseResult:
    name: str
    verdict: Verdict
    checks: list[CheckResult] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    plan_diff: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    message: str = ""
    seconds: float = 0.0
    outcome: Outcome | None = None

    @property
    def failed_checks(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.ok]


def replay_model(case: Case) -> ReplayChatModel:
    """A replay model serving the case's recorded answers, keyed by the normalised request."""
    recordings: dict[str, list[dict[str, Any]]] = {}
    requests: dict[str, dict[str, Any]] = {}
    for call in case.recorded.model_calls:
        key = request_key(call.request, call.tools)
        answer = call.response
        if answer is None:  # a failed attempt: served as the same kind of error
            answer = {ERROR_KEY: call.error or "model call failed", "transient": call.transient}
        recordings.setdefault(key, []).append(answer)
        requests.setdefault(key, {"messages": call.request, "tools": call.tools})
    return ReplayChatModel(recordings, requests)


def _graph_runner(
    saver: InMemorySaver,
    store: InMemoryStore,
    thread: str,
    context: Context,
    log: Any = None,
    ledger: Any = None,
) -> Any:
    from coach.graph import build_graph
    from coach.runner import SessionRunner

    return SessionRunner(build_graph(saver, store), thread, context, log=log, ledger=ledger)


def _crash_ledger(case: Case) -> Any:
    """An in-memory decision ledger for a case with a mentor decision cut off by a crash (the
    recovery reads the ledger to find it); None otherwise: other cases replay as before."""
    if not any(step.crashed and step.mentor is not None for step in case.steps):
        return None
    import sqlite3

    from coach.ledger import Ledger

    ledger = Ledger(
        sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None),
        postgres=False,
    )
    ledger.setup()
    return ledger


def _accept_then_die(runner: Any, decision: dict[str, Any]) -> None:
    """What ``coach.mentoring.decide`` does before the graph gets a decision: the ledger
    accepts it for the pause waiting now (plan version, checkpoint); then the process dies."""
    version = (runner.values().get("plan") or {}).get("version")
    checkpoint = runner.checkpoint_id()
    runner.ledger.append(
        session_id=runner.session_id,
        user_id=runner.context.user_id,
        actor=decision.get("mentor_id"),
        action=str(decision.get("action")),
        outcome="accepted",
        plan_version=version,
        checkpoint_id=checkpoint,
        detail={"decision": decision | {"plan_version": version, "checkpoint_id": checkpoint}},
    )


def _crash_log(case: Case, thread: str) -> Any:
    """A session log in a scratch folder for a case with a crashed turn (the recovery reads
    the log to find it); None otherwise: other cases replay exactly as before."""
    if not any(step.crashed for step in case.steps):
        return None
    from coach.sessions import SessionLog, is_session_id

    folder = Path(tempfile.mkdtemp(prefix="coach-replay-log-"))
    return SessionLog(thread if is_session_id(thread) else "20000101-000000", folder)


@dataclass(frozen=True)
class _ServerUser:
    """The authenticated user LangGraph Server hands a run (``langgraph_auth_user``)."""

    identity: str
    permissions: tuple[str, ...]
    is_authenticated: bool = True


def server_config(thread: str, caller: ServerCaller) -> RunnableConfig:
    """The run config LangGraph Server gives a request ``caller`` made: the keys its auth
    middleware adds to ``configurable`` (what the mentor node reads to verify a mentor)."""
    user = _ServerUser(caller.identity, tuple(caller.permissions))
    return {
        "configurable": {
            "thread_id": thread,
            "langgraph_auth_user": user,
            "langgraph_auth_user_id": caller.identity,
            "langgraph_auth_permissions": list(caller.permissions),
        }
    }


def replay(case: Case, model: BaseChatModel | None = None) -> Outcome:
    """Run every step of ``case`` through a fresh graph; a replay miss stops the run."""
    from coach.runner import SessionStateError
    from coach.store import register_mentor

    saver = InMemorySaver()
    store = InMemoryStore()
    for mentor in case.mentors:
        register_mentor(store, mentor)
    context = Context(
        user_id=EVAL_USER,
        model=case.meta.model if case.is_llm else "offline",
        language=case.meta.language,
        start_date=case.meta.start_date,
        today=case.meta.start_date,  # "this week" questions replay the same way on any day
        chat_model=model,
        retry_backoff_seconds=0,  # a replayed failure is retried at once: no real sleep
    )
    thread = case.meta.source_session or f"eval-{case.name}"
    outcome = Outcome()
    crash_log = _crash_log(case, thread)
    ledger = _crash_ledger(case)
    runner = _graph_runner(saver, store, thread, context, crash_log, ledger)
    try:
        for index, step in enumerate(case.steps):
            outcome.paths.append([])
            outcome.replies.append([])
            if step.kind != "user":
                # A resume, and every mentor decision (another process in real life), starts
                # from a new graph on the same checkpointer: proves the session survives it.
                runner = _graph_runner(saver, store, thread, context, crash_log, ledger)
                if step.kind == "resume" and crash_log is None and ledger is None:
                    continue
            try:
                if step.crashed and step.mentor is not None:
                    _accept_then_die(runner, dict(step.mentor))
                    continue
                if step.crashed:  # logged, then the process died: the graph never got it
                    assert runner.log is not None
                    runner.log.append({"type": "user", "id": uuid.uuid4().hex, "text": step.user})
                    continue
                if step.kind == "resume":  # what a reopened session does first
                    recovered = runner.recover()
                    if recovered is None:
                        continue
                    result = recovered
                elif step.user is not None:
                    result = runner.send(step.user)
                else:
                    if step.caller is not None:  # through LangGraph Server: its caller's auth
                        runner.config = server_config(thread, step.caller)
                    result = runner.resume(dict(step.mentor or {}))
            except SessionStateError as exc:
                outcome.refused.append(f"step {index + 1} ({step.kind}): {exc}")
                continue
            except FailClosedError as exc:
                outcome.miss = f"step {index + 1} ({step.kind}): {exc}"
                break
            except Exception as exc:  # the report shows it; the run goes on with other cases
                outcome.error = f"step {index + 1} ({step.kind}): {type(exc).__name__}: {exc}"
                break
            outcome.paths[-1] = list(result.path)
            outcome.replies[-1] = list(result.replies)
        outcome.values = runner.values()
        outcome.awaiting_mentor = runner.awaiting_mentor()
        outcome.status = runner.status()
    finally:
        if isinstance(model, ReplayChatModel):
            outcome.unused_recordings = sum(model.unused.values())
        if crash_log is not None:
            shutil.rmtree(crash_log.path.parent, ignore_errors=True)
    return outcome


def plan_diff(recorded: dict[str, Any] | None, current: dict[str, Any] | None) -> list[str]:
    """A unified diff of two plans as sorted JSON (empty when equal)."""

    def lines(plan: dict[str, Any] | None) -> list[str]:
        if plan is None:
            return ["(no plan)"]
        return json.dumps(plan, ensure_ascii=False, indent=1, sort_keys=True).splitlines()

    diff = list(
        difflib.unified_diff(
            lines(recorded), lines(current), "recorded plan", "replayed plan", lineterm="", n=1
        )
    )
    if len(diff) > MAX_DIFF_LINES:
        diff = [*diff[:MAX_DIFF_LINES], f"... ({len(diff) - MAX_DIFF_LINES} more lines)"]
    return diff


def recorded_drift(case: Case, outcome: Outcome) -> list[str]:
    """Reviewer judgement, replies and session state that differ from the recording."""
    recorded = case.recorded
    lines = review_drift(recorded.review, outcome.values.get("review"))
    if case.expect.replies_unchanged:
        lines += replies_drift(recorded.replies, outcome.replies)
    lines += state_drift(
        (recorded.status, recorded.awaiting_mentor), (outcome.status, outcome.awaiting_mentor)
    )
    return lines


def prompt_changes(case: Case) -> list[str]:
    """Prompts whose content hash differs from the recording (why an LLM replay would miss)."""
    from coach.llm.prompts import PromptError, load_prompt

    notes: list[str] = []
    for name, recorded in case.meta.prompt_hashes.items():
        try:
            now = load_prompt(name).hash
        except PromptError:
            now = "missing"
        if now != recorded:
            notes.append(f"prompt {name!r} changed since recording ({recorded} -> {now})")
    return notes


def score_case(case: Case, outcome: Outcome, kb: KnowledgeBase) -> CaseResult:
    """Verdict, checks, scores and plan drift of one replay."""
    result = CaseResult(name=case.name, verdict="pass", outcome=outcome)
    if case.is_llm:
        result.notes.extend(prompt_changes(case))
    result.notes.extend(outcome.refused)
    if outcome.miss is not None:
        result.verdict = "miss"
        result.message = outcome.miss
        return result
    if outcome.error is not None:
        result.verdict = "error"
        result.message = outcome.error
        return result
    plan = outcome.plan
    values = outcome.values
    profile = Profile.model_validate(values["profile"]) if values.get("profile") else None
    result.checks = hard_checks(
        case.expect,
        plan=plan,
        profile=profile,
        status=outcome.status,
        awaiting_mentor=outcome.awaiting_mentor,
        path=outcome.path,
        language=str(values.get("language")) if values.get("language") else None,
        mentor_notes=list(values.get("mentor_notes") or []),
        kb=kb,
        replies=outcome.replies,
        refusals=[
            str(d["refused"])
            for d in values.get("decisions") or []
            if isinstance(d, dict) and d.get("refused")
        ]
        + outcome.refused,
    )
    if case.is_llm:
        unused = outcome.unused_recordings
        result.checks.append(
            CheckResult(
                "recorded model calls served",
                unused == 0,
                f"{unused} recorded answer(s) never asked for" if unused else "",
            )
        )
    if plan is not None:
        result.scores = soft_scores(plan)
        result.checks.extend(score_floors(case.expect, result.scores))
    current = plan.model_dump(mode="json") if plan is not None else None
    if case.expect.plan_unchanged:
        result.plan_diff = plan_diff(case.recorded.plan, current)
    result.plan_diff.extend(recorded_drift(case, outcome))
    if result.failed_checks:
        result.verdict = "fail"
        result.message = "; ".join(
            f"{c.name}: {c.message}" if c.message else c.name for c in result.failed_checks
        )
    elif result.plan_diff:
        result.verdict = "changed"
        result.message = "the replay differs from the recording (review the diff, then --accept)"
    return result


def run_case(case: Case, kb: KnowledgeBase | None = None) -> CaseResult:
    """Replay and score one case (the LLM ones with their recorded answers only)."""
    from coach.knowledge import load_kb

    started = time.perf_counter()
    model = replay_model(case) if case.is_llm else None
    outcome = replay(case, model)
    result = score_case(case, outcome, kb or load_kb())
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def accept(case: Case, result: CaseResult) -> Case:
    """The case with the replay's plan, paths and scores as its new recording."""
    outcome = result.outcome
    if outcome is None or result.verdict in ("miss", "error"):
        raise ValueError(f"{case.name}: cannot accept a {result.verdict} replay")
    recorded = case.recorded.model_copy(
        update={
            "paths": outcome.paths,
            "replies": outcome.replies,
            "status": outcome.status,
            "awaiting_mentor": outcome.awaiting_mentor,
            "plan": outcome.values.get("plan"),
            "review": outcome.values.get("review"),
            "scores": result.scores,
        }
    )
    return case.model_copy(update={"recorded": recorded})

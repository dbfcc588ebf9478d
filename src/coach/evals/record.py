"""Turn a session's log (and its final state) into an eval case, with personal data scrubbed.

Pure: the caller (``coach eval record``) reads the log and the checkpoint and passes them in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from coach import __version__
from coach.evals.case import (
    Case,
    CaseMeta,
    Expect,
    ModelCallRecord,
    Recorded,
    Step,
    Trajectory,
)
from coach.evals.scorers import default_floors, soft_scores
from coach.evals.scrub import Scrubber, find_names
from coach.knowledge.loader import KnowledgeBase
from coach.llm.recording import request_key
from coach.schemas import Plan, Profile

PROCESS_BOUNDARIES = {"quit", "session_open", "session_start", "session_end", "process_start"}
"""Log events that mark a process boundary (the user left and came back)."""

_NAME_OK = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,79}$")


class RecordError(ValueError):
    """The session cannot become a case; the message says why."""


def check_case_name(name: str) -> str:
    if not _NAME_OK.match(name):
        raise RecordError(
            f"case name {name!r}: use lowercase letters, digits, '-' and '_' (max 80)"
        )
    return name


def _next_monday(today: date) -> date:
    return today + timedelta(days=(7 - today.weekday()) % 7 or 7)


SERVER_CALLER = "server_caller"
"""A log event naming the authenticated LangGraph Server caller of the next mentor decision
(``identity``, ``permissions``): written by the case author (``evals/scripts/record_cases.py``),
since the server itself runs the graph without a session log."""


def split_steps(
    events: Sequence[dict[str, Any]],
) -> tuple[list[Step], list[list[str]], list[list[str]]]:
    """The ordered inputs of a session with the node path and replies of each.

    A user turn and a mentor decision are steps; a process boundary (see
    :data:`PROCESS_BOUNDARIES`, or a change of the events' ``pid``) is a ``{"resume": true}`` step.
    """
    steps: list[Step] = []
    paths: list[list[str]] = []
    replies: list[list[str]] = []
    last_pid: object = None

    def add(step: Step) -> None:
        steps.append(step)
        paths.append([])
        replies.append([])

    def boundary() -> None:
        if steps and steps[-1].kind != "resume":
            add(Step(resume=True))

    turn_step: dict[str, int] = {}
    caller: dict[str, Any] | None = None
    for event in events:
        kind = event.get("type")
        pid = event.get("pid")
        if pid is not None:
            if last_pid is not None and pid != last_pid:
                boundary()
            last_pid = pid
        if kind in PROCESS_BOUNDARIES:
            boundary()
        elif kind == "user" and event.get("id") in turn_step:
            # The same turn sent again by a recovery: the first one never reached the graph (the
            # process died). It stays one turn, marked crashed; its answer belongs to this resume.
            first = turn_step[str(event["id"])]
            steps[first] = steps[first].model_copy(update={"crashed": True})
        elif kind == "user":
            if event.get("id"):
                turn_step[str(event["id"])] = len(steps)
            add(Step(user=str(event.get("text", ""))))
        elif kind == SERVER_CALLER:
            caller = {"identity": event.get("identity"), "permissions": event.get("permissions")}
        elif kind == "mentor_resume" and isinstance(event.get("decision"), dict):
            decision = {k: v for k, v in event["decision"].items() if k != "at"}
            crashed = True if event.get("crashed") else None  # accepted, then the process died
            add(Step.model_validate({"mentor": decision, "caller": caller, "crashed": crashed}))
            caller = None
        elif kind == "node_path" and steps:
            paths[-1] = [str(n) for n in event.get("path") or []]
        elif kind == "assistant" and steps:
            replies[-1].append(str(event.get("text", "")))
    while steps and steps[-1].kind == "resume" and not paths[-1]:  # kept if it recovered work
        steps.pop()
        paths.pop()
        replies.pop()
    return steps, paths, replies


def model_calls(events: Sequence[dict[str, Any]]) -> list[ModelCallRecord]:
    """Every model request, in order: its answer, or (a failed attempt) its error, so a replay
    fails where the recording failed and the same retries and fallbacks follow."""
    calls: list[ModelCallRecord] = []
    for event in events:
        if event.get("type") != "model_call":
            continue
        answer = event.get("response")
        failed = not isinstance(answer, dict)
        if failed and event.get("ok", True):
            continue  # no answer and no failure: nothing to serve
        calls.append(
            ModelCallRecord(
                node=str(event.get("node", "?")),
                prompt=event.get("prompt"),
                prompt_hash=event.get("prompt_hash"),
                request_key=str(event.get("request_key", "")),
                request=list(event.get("request") or []),
                tools=list(event.get("tools") or []),
                response=None if failed else dict(answer),  # type: ignore[arg-type]
                error=str(event.get("error") or "model call failed") if failed else None,
                transient=bool(event.get("transient")) if failed else False,
            )
        )
    return calls


def _mentor_aliases(events: Sequence[dict[str, Any]], user_id: str | None = None) -> dict[str, str]:
    """``mentor-1``, ``mentor-2``... for the mentors a session's decisions name; the session's
    own user, deciding as a mentor, stays the replay's user (``eval-user``), so a replay refuses
    a user's decision on their own plan as the recording did."""
    from coach.evals.replay import EVAL_USER

    aliases: dict[str, str] = {}
    for event in events:
        decision = event.get("decision") if event.get("type") == "mentor_resume" else None
        mentor = decision.get("mentor_id") if isinstance(decision, dict) else None
        if event.get("type") in ("mentor_decision", SERVER_CALLER):
            mentor = event.get("mentor_id") or event.get("identity")
        if isinstance(mentor, str) and mentor and mentor not in aliases:
            others = sum(alias != EVAL_USER for alias in aliases.values())
            aliases[mentor] = EVAL_USER if mentor == user_id else f"mentor-{others + 1}"
    return aliases


def _accepted_mentors(
    events: Sequence[dict[str, Any]], aliases: dict[str, str], registered: Sequence[str] = ()
) -> list[str]:
    """The mentors the replay registers: those whose decision was applied, and those the
    store knew at recording time (``registered``), so that a registered mentor's refused
    decision (a blank change request, an edit breaking a check) is refused for the same reason
    on replay, not as coming from an unknown mentor."""
    accepted = [
        aliases.get(str(e.get("mentor_id")), str(e.get("mentor_id")))
        for e in events
        if e.get("type") == "mentor_decision" and e.get("mentor_id")
    ]
    accepted += [aliases[m] for m in registered if m in aliases]
    return list(dict.fromkeys(accepted))


def mentor_ids(events: Sequence[dict[str, Any]]) -> list[str]:
    """Every mentor id a session's decisions name (to ask the store which are registered)."""
    return list(_mentor_aliases(events))


def default_expect(
    recorded: Recorded, plan: Plan | None, language: str | None, allowed: list[str]
) -> Expect:
    """What a fresh case asserts: the recorded outcome. Maintainers tighten it by hand."""
    path = [node for step_path in recorded.paths for node in step_path]
    expect = Expect(
        status=recorded.status,
        awaiting_mentor=recorded.awaiting_mentor,
        has_plan=plan is not None,
        language=(plan.language if plan else language) if language in ("en", "zh") else None,
        trajectory=Trajectory(mode="strict", nodes=path),
        allowed_findings=allowed,
    )
    if plan is not None:
        # Only the recorded outcome: which skills a plan must (not) hold is the maintainer's
        # judgement, written by hand (evals/scripts/record_cases.py HAND_EXPECT), never guessed.
        expect.target_role = plan.target
        expect.feasible = plan.feasible
        expect.min_scores = default_floors(recorded.scores)
    return expect


def build_case(
    name: str,
    events: Sequence[dict[str, Any]],
    *,
    final_state: dict[str, Any] | None,
    awaiting_mentor: bool,
    status: str,
    model_spec: str,
    kb: KnowledgeBase,
    session_id: str | None = None,
    user_id: str | None = None,
    language: str = "auto",
    employers: Sequence[str] = (),
    names: Sequence[str] = (),
    description: str = "",
    tags: Sequence[str] = (),
    today: date | None = None,
    registered_mentors: Sequence[str] = (),
) -> Case:
    """A case from a session's events and final graph state (``runner.values()``);
    ``registered_mentors``: the mentor ids of the events that the store knows as mentors."""
    from coach.engine.checks import run_checks
    from coach.engine.constraints import parse_constraints

    check_case_name(name)
    steps, paths, replies = split_steps(events)
    if not steps:
        raise RecordError("the session log has no user turns or mentor decisions")
    if any(e.get("type") == "profile" and e.get("from_memory") for e in events):
        raise RecordError(
            "the session started from a remembered profile (a returning user); record a session "
            "of a new user so the replay does not depend on long-term memory"
        )
    state = final_state or {}
    user_texts = [s.user for s in steps if s.user is not None]
    mentor_texts = [str(s.mentor.get("message") or "") for s in steps if s.mentor is not None]
    aliases = _mentor_aliases(events, user_id)
    scrubber = Scrubber(
        names=[*names, *find_names(user_texts + mentor_texts)],
        employers=list(employers),
        mentor_ids=aliases,
        user_id=user_id,
    )
    steps = [Step.model_validate(scrubber.data(s.model_dump())) for s in steps]
    calls = []
    for call in model_calls(events):
        data = scrubber.data(call.model_dump())
        data["request_key"] = request_key(data["request"], data["tools"])
        calls.append(ModelCallRecord.model_validate(data))

    plan_data = state.get("plan")
    plan = Plan.model_validate(scrubber.data(plan_data)) if plan_data else None
    review = scrubber.data(state.get("review")) if state.get("review") else None
    profile_data = state.get("profile")
    profile = Profile.model_validate(scrubber.data(profile_data)) if profile_data else Profile()
    notes = [scrubber.text(n) for n in state.get("mentor_notes") or []]
    scores = soft_scores(plan) if plan is not None else {}
    recorded = Recorded(
        paths=paths,
        status=status,
        awaiting_mentor=awaiting_mentor,
        plan=plan.model_dump(mode="json") if plan else None,
        review=review,
        replies=[[scrubber.text(r) for r in rs] for rs in replies],
        model_calls=calls,
        scores=scores,
    )
    allowed: list[str] = []
    if plan is not None:
        constraints = [c for n in notes for c in parse_constraints(n, kb)]
        allowed = sorted(
            {f.check for f in run_checks(plan, profile, kb, constraints) if f.severity == "error"}
        )
    labels = [str(e["model"]) for e in events if e.get("type") == "model_call" and e.get("model")]
    is_llm = model_spec != "offline" or bool(calls)
    spec = model_spec
    if spec.startswith("scripted:"):
        spec = "scripted:" + re.split(r"[\\/]", spec.removeprefix("scripted:"))[-1]
    hashes = {
        str(e["prompt"]): str(e["prompt_hash"])
        for e in events
        if e.get("type") == "model_call" and e.get("prompt") and e.get("prompt_hash")
    }
    first_plan = next(
        (e["plan"] for e in events if e.get("type") == "plan" and isinstance(e.get("plan"), dict)),
        None,
    )
    if plan is not None:
        start = plan.start_date
    elif first_plan is not None:
        start = Plan.model_validate(first_plan).start_date
    else:
        start = _next_monday(today or date.today())
    state_lang = state.get("language")
    meta = CaseMeta(
        recorded_at=today or date.today(),
        coach_version=__version__,
        engine="llm" if is_llm else "offline",
        model=spec,
        model_id=labels[0] if labels else None,
        scripted=spec.startswith("scripted:")
        or any(x.startswith("coach-scripted") for x in labels),
        prompt_hashes=dict(sorted(hashes.items())),
        kb_version=kb.version,
        start_date=start,
        language=language if language in ("auto", "en", "zh") else "auto",
        source_session=session_id,
        description=description,
        tags=list(tags),
    )
    return Case(
        name=name,
        meta=meta,
        scrubbed=scrubber.counts,
        mentors=_accepted_mentors(events, aliases, registered_mentors),
        steps=steps,
        recorded=recorded,
        expect=default_expect(recorded, plan, str(state_lang) if state_lang else None, allowed),
    )

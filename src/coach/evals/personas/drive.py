"""Drive one persona through the real graph, offline, in a fresh in-memory saver and store.

The person answers each question by its kind (read from the coach's reply, see
:mod:`questions`); a mentor decides the way ``coach mentor review`` does (``parse_decision``, then
the runner's ``resume``); after approval the person's turns are sent as they would type them.
What the product said and planned is kept as a :class:`Run` for the checks.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from coach.context import Context
from coach.evals.personas.model import Mentor, Persona
from coach.evals.personas.questions import numbered_items, question_kind

_ASKED_KIND = {"background": "background", "target": "target", "hours_per_week": "hours"}
_ASKED_KIND |= {"horizon": "horizon", "choose_role": "choice", "choice": "choice"}
_ASKED_KIND |= {"confirm": "confirm", "summary": "confirm"}
_SAID_UP_FRONT = frozenset({"background", "target", "hours", "horizon"})


@dataclass
class Turn:
    who: str
    """``user``, ``coach`` or ``mentor``."""
    text: str
    phase: str
    """``intake`` (before the first draft), ``waiting`` (a plan waits for the mentor),
    ``revised`` (answer to a change request) or ``after`` (after approval)."""
    kind: str | None = None
    """For a coach turn: the kind of question it asks (None: it asks nothing)."""
    step: int = 0
    """For after-approval turns: 1-based index into the persona's ``after`` list."""
    refused: bool = False
    """The product refused the user turn (e.g. while a plan waits for the mentor)."""


@dataclass
class Run:
    persona: Persona
    turns: list[Turn] = field(default_factory=list)
    stages: dict[str, dict[str, Any]] = field(default_factory=dict)
    """``draft`` (first plan in front of the mentor), ``revised`` (after the change request),
    ``approved``, ``final`` (after every turn): the plan JSON as `coach plan --format json` gives
    it, plus ``markdown``, ``profile``, ``interrupt`` (the mentor's payload as text), ``state``."""
    error: str | None = None
    seconds: float = 0.0

    def coach_turns(self, phase: str | None = None) -> list[Turn]:
        return [t for t in self.turns if t.who == "coach" and (phase is None or t.phase == phase)]

    def replies_to_after(self, step: int) -> list[Turn]:
        return [
            t for t in self.turns if t.who == "coach" and t.step == step and t.phase != "intake"
        ]


def fresh_graph(saver: InMemorySaver, store: InMemoryStore) -> Any:
    """The real graph on a fresh saver and store (``build_graph`` compiles it once)."""
    from coach.graph import build_graph

    return build_graph(saver, store)


def _stage(runner: Any) -> dict[str, Any]:
    from coach.render import plan_markdown
    from coach.schemas import Plan, Review

    snap = runner.snapshot()
    values = dict(snap.values or {})
    tasks = snap.tasks or ()
    waiting = any(task.name == "mentor_review" and task.interrupts for task in tasks)
    status = "awaiting_mentor" if waiting else str(values.get("status") or "intake")
    doc: dict[str, Any] = {"status": status, "plan": values.get("plan") or None}
    doc["review"] = values.get("review") or None
    doc["decisions"] = values.get("decisions") or []
    doc["profile"] = values.get("profile") or None
    doc["state"] = {k: v for k, v in values.items() if k not in ("messages",)}
    doc["markdown"] = ""
    if doc["plan"]:
        plan = Plan.model_validate(doc["plan"])
        review = Review.model_validate(doc["review"]) if doc["review"] else None
        doc["markdown"] = plan_markdown(plan, review, status)
    payloads = [i.value for task in tasks for i in (task.interrupts or ())]
    doc["interrupt"] = json.dumps(payloads, ensure_ascii=False, default=str) if payloads else ""
    return doc


class _Driver:
    def __init__(self, persona: Persona, run: Run) -> None:
        from coach.runner import SessionRunner
        from coach.store import register_mentor

        self.persona = persona
        self.run = run
        store = InMemoryStore()
        self.mentor = persona.mentor.name if persona.mentor else "persona-mentor"
        register_mentor(store, self.mentor)
        context = Context(
            user_id=f"persona-{persona.id}",
            model="offline",
            language="auto",
            start_date=persona.today,
            today=persona.today,
        )
        if persona.attach and (persona.cv or persona.job):
            from pathlib import Path

            from coach.cli_fit import seed_chat

            cv, job = (Path(p) if p else None for p in (persona.cv, persona.job))
            shown = seed_chat(store, context.user_id, cv, job, persona.today)
            run.turns.append(Turn("coach", "\n".join(shown), "intake"))
        graph = fresh_graph(InMemorySaver(), store)
        self.runner = SessionRunner(graph, f"persona-{persona.id}", context)
        self.waiting = False
        """Whether the plan waits for the mentor, as the last run left it (its ``TurnResult``:
        the state read once per turn, not again for each question the driver asks of it)."""

    def say(self, text: str, phase: str, step: int = 0) -> list[str]:
        from coach.i18n import t
        from coach.runner import SessionStateError

        text = self.persona.expand(text)
        self.run.turns.append(Turn("user", text, phase, step=step))
        try:
            result = self.runner.send(text)
            replies, self.waiting = result.replies, result.awaiting_mentor
        except SessionStateError:
            lang = str(self.runner.values().get("language", self.persona.language))
            # What `coach chat` prints when the runner refuses a turn.
            self.run.turns[-1].refused = True
            replies = [t(lang, "waiting_mentor")]
        joined = "\n".join(replies)
        self.run.turns.append(Turn("coach", joined, phase, question_kind(joined), step=step))
        return replies

    def decide(self, action: str, message: str | None, phase: str, step: int = 0) -> None:
        from coach.nodes.mentor import parse_decision

        decision: dict[str, Any] = {"action": action, "mentor_id": self.mentor}
        if message is not None:
            decision["message"] = message
        if action == "approve":  # the simulated mentor approves as told, over any review error
            decision["override"] = True
        self.run.turns.append(Turn("mentor", message or action, phase, step=step))
        parsed = parse_decision(decision)
        result = self.runner.resume(parsed.model_dump(mode="json"))
        self.waiting = result.awaiting_mentor
        joined = "\n".join(result.replies)
        self.run.turns.append(Turn("coach", joined, phase, question_kind(joined), step=step))

    def answer_for(self, kind: str, reply: str, asked: Counter[str]) -> str | None:
        answers = self.persona.answers
        if kind == "choice" and answers.choice_role:
            from coach.knowledge import load_kb

            role = load_kb().roles.get(answers.choice_role)
            words = [role.name.en, role.name.zh, *role.aliases] if role else []
            names = [w.lower() for w in words if len(w) >= 4]
            for index, line in enumerate(numbered_items(reply), start=1):
                if any(name in line.lower() for name in names):
                    return str(index)
        if kind in _SAID_UP_FRONT and not answers.has(kind):
            # Asked for something they said already: a person says it again, in full.
            asked[kind] += 1
            return " ".join(self.persona.first)
        answer = answers.for_kind(kind, asked[kind])
        asked[kind] += 1
        return answer

    def intake(self) -> None:
        for text in self.persona.first:
            self.say(text, "intake")
        asked: Counter[str] = Counter()
        sent = len(self.persona.first)
        while not self.waiting and sent < self.persona.max_turns:
            last = self.run.turns[-1]
            kind = last.kind
            if kind == "other":
                kind = _ASKED_KIND.get(str(self.runner.values().get("asked")), "other")
            if kind is None:
                return
            answer = self.answer_for(kind, last.text, asked)
            if answer is None:
                return
            self.say(answer, "intake")
            sent += 1

    def mentor_round(self) -> None:
        mentor = self.persona.mentor
        if mentor is None and self.persona.after:
            mentor = Mentor()  # turns after approval need an approval first
        if mentor is None or not self.waiting:
            return
        if mentor.request:
            self.decide("reject", mentor.request, "revised")
            self.run.stages["revised"] = _stage(self.runner)
        if mentor.approve and self.waiting:
            self.decide("approve", None, "after")
            self.run.stages["approved"] = _stage(self.runner)

    def after(self) -> None:
        for step, turn in enumerate(self.persona.after, start=1):
            waiting = self.waiting
            if turn.say is not None:
                self.say(turn.say, "waiting" if waiting else "after", step)
            elif waiting and (turn.mentor == "approve" or turn.request):
                action = "reject" if turn.request else "approve"
                self.decide(action, turn.request, "after", step)
            self.run.stages[f"after{step}"] = _stage(self.runner)


def drive(persona: Persona) -> Run:
    """Run ``persona`` end to end; an exception is kept as ``run.error`` (checks then fail)."""
    run = Run(persona)
    started = time.perf_counter()
    try:
        driver = _Driver(persona, run)
        driver.intake()
        if driver.waiting:
            run.stages["draft"] = _stage(driver.runner)
        for text in persona.while_waiting:
            driver.say(text, "waiting" if driver.waiting else "intake")
        driver.mentor_round()
        driver.after()
        run.stages["final"] = _stage(driver.runner)
    except Exception as exc:  # reported as the persona's error; other personas still run
        run.error = f"{type(exc).__name__}: {exc}"
    run.seconds = time.perf_counter() - started
    return run

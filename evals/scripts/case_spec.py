"""What a recorded case is made of: the actions a recording takes (a chat, a mentor's review, a
decision sent straight to the graph, a crash) and the spec that names them
(``record_cases.py`` runs them; ``case_kinds.py`` holds the cases for every constraint kind
and after-approval turn kind)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MENTOR = "mei"


# --------------------------------------------------------------------------- actions
@dataclass
class Chat:
    """One `coach chat` process: these lines on stdin, then /quit (the session is kept)."""

    lines: list[str]


@dataclass
class Mentor:
    """One `coach mentor review` process."""

    approve: bool = False
    changes: str | None = None
    edit: dict[str, Any] | None = None
    mentor: str = MENTOR
    refused: bool = False
    """The CLI must refuse this decision (exit != 0); the session stays as it was."""


@dataclass
class Resume:
    """A decision sent straight to the graph's mentor pause, as a LangGraph Server client or a
    second mentor's stale screen would, past the CLI's own checks: the node must judge it."""

    decision: dict[str, Any]
    refused: bool = True
    """The node must refuse it (a ``mentor_refused`` event); the session keeps waiting."""


@dataclass
class Crash:
    """A turn written to the session log, then the process dies (kill -9) before the graph gets
    it: what `coach chat` does first, cut off. The next `coach chat --session` must answer it."""

    text: str


@dataclass
class Late:
    """A decision that reaches a session nothing in it waits for (a second mentor's screen,
    after the first approved): the runner refuses it before the graph runs and logs nothing,
    so the recording logs it as the decision it was and the replay sends it too."""

    decision: dict[str, Any]


@dataclass
class ServerDecision:
    """A decision sent through LangGraph Server by an authenticated caller with these
    permissions (what ``auth.py`` gives a signed-in user); the server keeps no session log, so
    the recording logs the caller before the decision and the replay resumes as that caller."""

    decision: dict[str, Any]
    identity: str
    permissions: list[str]
    refused: bool = True


@dataclass
class DecisionCrash:
    """A mentor's decision the ledger accepts, then the process dies before the graph gets it
    (``coach mentor review`` killed between its two steps)."""

    decision: dict[str, Any]


@dataclass
class OpenTurn:
    """A turn from a chat that was already open (another process, which does not recover what
    a crash left: only a chat opened anew does)."""

    text: str


@dataclass
class Spec:
    name: str
    description: str
    actions: list[Chat | Mentor | Resume | Crash | Late | ServerDecision | DecisionCrash | OpenTurn]
    tags: list[str] = field(default_factory=list)
    expect: dict[str, Any] = field(default_factory=dict)
    employers: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    user: str = "local"
    lang: str = "auto"
    user_is_mentor: bool = False
    """The user is registered as a mentor too (a user who mentors others)."""
    script: list[Any] | None = None
    """None: offline; else the answers of a scripted chat model (LLM mode), in request order."""


def S(
    name: str,
    description: str,
    *actions: Chat | Mentor | Resume | Crash | Late | ServerDecision | DecisionCrash | OpenTurn,
    **kw: Any,
) -> Spec:
    return Spec(name, description, list(actions), **kw)

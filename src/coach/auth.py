"""Custom auth for coach on LangGraph Server (``langgraph.json`` -> ``"auth"``).

Who is who: ``Authorization: Bearer TOKEN``, looked up in ``COACH_AUTH_FILE`` (a JSON file) or
``COACH_AUTH_TOKENS`` (the same JSON inline): ``{"TOKEN or sha256:HEX": {"identity": "ana",
"role": "user" | "mentor"}}``. Replace :func:`authenticate` with your identity provider (JWT,
OAuth) in production; the rules below stay.

The rules:
- everybody: creates threads they own (``metadata.owner``); sees and runs only their own threads;
- mentors: also read every thread (their inbox) and are the only ones who may *resume* a run
  (answer the mentor review); the graph takes their identity from here (``mentor_review``);
- nobody: updates a thread's state or metadata around the graph (``update_state`` would approve
  with no decision), sends a ``Command`` with ``goto``/``update``, runs from an older checkpoint
  (a fork: a second decision on a pause already decided) or with interrupts of their own, or
  writes the store's shared namespaces (mentors, sessions, usage, admin); a user's store access
  is their own namespace.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any

from langgraph_sdk import Auth

from coach.store import user_namespace

auth = Auth()
MENTOR = "mentor"


def _tokens() -> dict[str, dict[str, Any]]:
    path = os.environ.get("COACH_AUTH_FILE")
    raw = Path(path).read_text(encoding="utf-8") if path else os.environ.get("COACH_AUTH_TOKENS")
    data = json.loads(raw) if raw else {}
    return {str(k): dict(v) for k, v in data.items()} if isinstance(data, dict) else {}


def lookup(token: str) -> dict[str, Any] | None:
    """The account of a bearer token (compared in constant time), else ``None``."""
    digest = "sha256:" + hashlib.sha256(token.encode()).hexdigest()
    for key, account in _tokens().items():
        if hmac.compare_digest(key, token) or hmac.compare_digest(key, digest):
            return account
    return None


def _deny(detail: str) -> Auth.exceptions.HTTPException:
    return Auth.exceptions.HTTPException(status_code=403, detail=detail)


def _is_mentor(ctx: Auth.types.AuthContext) -> bool:
    return MENTOR in (ctx.permissions or [])


@auth.authenticate
async def authenticate(authorization: str | None) -> Auth.types.MinimalUserDict:
    scheme, _, token = (authorization or "").partition(" ")
    account = lookup(token.strip()) if scheme.lower() == "bearer" and token else None
    if account is None or not account.get("identity"):
        raise Auth.exceptions.HTTPException(status_code=401, detail="unknown or missing token")
    role = str(account.get("role", "user"))
    return {
        "identity": str(account["identity"]),
        "display_name": str(account.get("name", account["identity"])),
        "permissions": [MENTOR] if role == MENTOR else ["user"],
    }


@auth.on.threads.create
async def on_thread_create(ctx: Auth.types.AuthContext, value: Any) -> dict[str, str]:
    metadata = value.setdefault("metadata", {})
    metadata["owner"] = ctx.user.identity
    return {"owner": ctx.user.identity}


def _own_unless_mentor(ctx: Auth.types.AuthContext) -> dict[str, str] | None:
    return None if _is_mentor(ctx) else {"owner": ctx.user.identity}


@auth.on.threads.read
async def on_thread_read(ctx: Auth.types.AuthContext, value: Any) -> dict[str, str] | None:
    return _own_unless_mentor(ctx)


@auth.on.threads.search
async def on_thread_search(ctx: Auth.types.AuthContext, value: Any) -> dict[str, str] | None:
    return _own_unless_mentor(ctx)


@auth.on.threads.delete
async def on_thread_delete(ctx: Auth.types.AuthContext, value: Any) -> dict[str, str]:
    return {"owner": ctx.user.identity}


@auth.on.threads.update
async def on_thread_update(ctx: Auth.types.AuthContext, value: Any) -> dict[str, str]:
    if value.get("action") is not None and not value.get("metadata"):
        return {"owner": ctx.user.identity}  # cancelling one's own run
    raise _deny("thread state and metadata change only through the graph")


def _names_a_checkpoint(kwargs: dict[str, Any]) -> bool:
    config = kwargs.get("config")
    configurable = (config.get("configurable") if isinstance(config, dict) else None) or {}
    keys = ("checkpoint_id", "checkpoint", "checkpoint_map")
    return any(configurable.get(k) or kwargs.get(k) for k in keys)


@auth.on.threads.create_run
async def on_run(ctx: Auth.types.AuthContext, value: Any) -> dict[str, str] | None:
    kwargs = value.get("kwargs") or {}
    command = kwargs.get("command") or {}
    if command.get("goto") is not None or command.get("update") is not None:
        raise _deny("a run may not jump or write state (Command goto/update)")
    if (
        _names_a_checkpoint(kwargs)
        or kwargs.get("interrupt_before")
        or kwargs.get("interrupt_after")
    ):
        # From an older checkpoint a run forks the history (a mentor could decide again on a
        # pause already decided); extra interrupts pause where the graph does not.
        raise _deny("a run starts from the thread's latest state, with the graph's own pauses")
    if command.get("resume") is not None:
        if not _is_mentor(ctx):
            raise _deny("only a mentor answers a mentor review")
        return None  # a mentor may answer any waiting review; the graph checks the rest
    # A user's turn: their own thread, and the context says who they are (not the caller).
    context = kwargs.get("context")
    kwargs["context"] = {
        **(context if isinstance(context, dict) else {}),
        "user_id": ctx.user.identity,
    }
    return {"owner": ctx.user.identity}


@auth.on.assistants
async def on_assistants(ctx: Auth.types.AuthContext, value: Any) -> None:
    if ctx.action not in ("read", "search"):
        raise _deny("assistants are configured by the deployment, not by clients")


@auth.on.crons
async def on_crons(ctx: Auth.types.AuthContext, value: Any) -> None:
    raise _deny("crons are not part of coach")


@auth.on.store
async def on_store(ctx: Auth.types.AuthContext, value: Any) -> None:
    namespace = tuple(value.get("namespace") or ())
    own = user_namespace(ctx.user.identity)
    if namespace[:2] != own:
        raise _deny("the store is reachable only in your own namespace ('users', you)")

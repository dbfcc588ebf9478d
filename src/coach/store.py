"""Every namespace of the LangGraph store and its typed access (the one home for stored things).

Namespaces:
- ``("users", USER)``: a user's long-term memory (``profile``, ``approved_plan:SESSION``).
- ``("sessions",)``: the registry ``coach sessions`` and the mentor queue read (``SessionInfo``).
- ``("mentors",)``: registered mentors; a mentor's secret token is stored hashed, never in clear.
- ``("admin",)``: the admin credential that registers mentors (hashed).
- ``("usage",)``: model calls and tokens per session.

Mentor decisions and refusals are not here: they live in the append-only audit table of
:mod:`coach.ledger`, which also gives deciding its compare-and-set.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime
from typing import Any

from langgraph.store.base import BaseStore
from pydantic import BaseModel, Field

from coach.text import clean

SESSIONS_NAMESPACE = ("sessions",)
MENTORS_NAMESPACE = ("mentors",)
ADMIN_NAMESPACE = ("admin",)
USAGE_NAMESPACE = ("usage",)
USERS_PREFIX = "users"


MAX_USER_ID_CHARS = 64


class InvalidUserId(ValueError):
    """A user name coach cannot keep (empty or too long); ``size`` is its length."""

    def __init__(self, size: int) -> None:
        super().__init__(f"a user name is 1-{MAX_USER_ID_CHARS} characters (got {size})")
        self.size = size


def check_user_id(text: str) -> str:
    """The user name as kept: whitespace runs become one space, control characters go.

    Any printable name works (``ana.lee``, ``ana@example.com``, ``Ana Lee``, ``李雷``); an
    empty one or one over 64 characters is refused (cutting it could merge two people)."""
    name = " ".join(clean(text, None).split())
    if not name or len(name) > MAX_USER_ID_CHARS:
        raise InvalidUserId(len(name))
    return name


def user_namespace(user_id: str) -> tuple[str, ...]:
    """The user's store namespace. Store labels may not hold '.' (LangGraph joins namespaces
    with it), so the name is escaped reversibly: '%' -> '%25', '.' -> '%2E' (names without
    either are unchanged, so existing memories keep their keys)."""
    label = user_id.replace("%", "%25").replace(".", "%2E").replace("\x00", "%00")
    return (USERS_PREFIX, label or "%")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# ----------------------------------------------------------------------------- secrets
def new_token() -> str:
    return secrets.token_urlsafe(24)


def hash_token(token: str, salt: str | None = None) -> str:
    """``sha256$SALT$HEX``: tokens are 192 random bits, so one salted hash is enough."""
    salt = salt or secrets.token_hex(8)
    digest = hashlib.sha256(f"{salt}:{token}".encode()).hexdigest()
    return f"sha256${salt}${digest}"


def token_matches(token: str, stored: str) -> bool:
    try:
        scheme, salt, _ = stored.split("$", 2)
    except ValueError:
        return False
    return scheme == "sha256" and hmac.compare_digest(hash_token(token, salt), stored)


# ----------------------------------------------------------------------------- admin, mentors
def admin_exists(store: BaseStore) -> bool:
    return store.get(ADMIN_NAMESPACE, "admin") is not None


def init_admin(store: BaseStore) -> str:
    """Create the admin credential once; returns the token (shown once, stored hashed)."""
    token = new_token()
    store.put(ADMIN_NAMESPACE, "admin", {"token_hash": hash_token(token), "created_at": now_iso()})
    return token


def is_admin(store: BaseStore, token: str | None) -> bool:
    item = store.get(ADMIN_NAMESPACE, "admin")
    return bool(token) and item is not None and token_matches(str(token), item.value["token_hash"])


class MentorRecord(BaseModel):
    name: str
    added_at: str
    added_by: str = "admin"
    token_hash: str = ""
    language: str = "en"
    """The language the mentor and admin commands speak to this mentor in (en or zh)."""


def register_mentor(
    store: BaseStore, name: str, *, added_by: str = "admin", language: str = "en"
) -> str:
    """Register (or re-key) mentor ``name``; returns their new secret token."""
    token = new_token()
    record = MentorRecord(
        name=name,
        added_at=now_iso(),
        added_by=added_by,
        token_hash=hash_token(token),
        language=language,
    )
    store.put(MENTORS_NAMESPACE, name, record.model_dump())
    return token


def get_mentor(store: BaseStore | None, name: str) -> MentorRecord | None:
    if store is None or not name:
        return None
    item = store.get(MENTORS_NAMESPACE, name)
    if item is None:
        return None
    value = dict(item.value)
    value.setdefault("name", name)
    value.setdefault("added_at", "")
    return MentorRecord.model_validate(value)


def is_mentor(store: BaseStore | None, name: str) -> bool:
    return get_mentor(store, name) is not None


def mentor_for_token(store: BaseStore, token: str, name: str | None = None) -> str | None:
    """The mentor this token belongs to (checked against ``name`` when given), else ``None``."""
    if not token:
        return None
    if name is not None:
        record = get_mentor(store, name)
        ok = record is not None and token_matches(token, record.token_hash)
        return name if ok else None
    for item in _all(store, MENTORS_NAMESPACE):
        if token_matches(token, str(item.value.get("token_hash", ""))):
            return str(item.key)
    return None


def remove_mentor(store: BaseStore, name: str) -> None:
    store.delete(MENTORS_NAMESPACE, name)


# ----------------------------------------------------------------------------- sessions
class SessionInfo(BaseModel):
    session_id: str
    user_id: str
    status: str = "intake"
    target: str | None = None
    verdict: str | None = None
    plan_version: int | None = None
    language: str = "en"
    model: str = "offline"
    created_at: str
    updated_at: str
    model_calls: int = 0
    tokens: int = 0
    not_applied: list[str] = Field(
        default_factory=list, description="Parts of the mentor's requests not applied (verbatim)."
    )


def record_session(store: BaseStore, session_id: str, user_id: str, **fields: Any) -> SessionInfo:
    """Create or update the registry entry of a session."""
    item = store.get(SESSIONS_NAMESPACE, session_id)
    now = now_iso()
    base: dict[str, Any] = (
        dict(item.value)
        if item is not None
        else {"session_id": session_id, "user_id": user_id, "created_at": now}
    )
    base.update({k: v for k, v in fields.items() if v is not None})
    base["updated_at"] = now
    info = SessionInfo.model_validate(base)
    store.put(SESSIONS_NAMESPACE, session_id, info.model_dump(mode="json"))
    return info


def get_session(store: BaseStore, session_id: str) -> SessionInfo | None:
    if not session_id or len(session_id) > 200:
        return None  # not an id coach makes; the store need not be asked
    item = store.get(SESSIONS_NAMESPACE, session_id)
    return SessionInfo.model_validate(item.value) if item is not None else None


def _all(store: BaseStore, namespace: tuple[str, ...]) -> list[Any]:
    items: list[Any] = []
    offset = 0
    while True:
        page = store.search(namespace, limit=100, offset=offset)
        if not page:
            return items
        items.extend(page)
        offset += len(page)


def list_sessions(store: BaseStore, *, status: str | None = None) -> list[SessionInfo]:
    infos = [SessionInfo.model_validate(i.value) for i in _all(store, SESSIONS_NAMESPACE)]
    if status is not None:
        infos = [i for i in infos if i.status == status]
    return sorted(infos, key=lambda i: i.updated_at, reverse=True)


def delete_session(store: BaseStore, session_id: str) -> None:
    store.delete(SESSIONS_NAMESPACE, session_id)
    store.delete(USAGE_NAMESPACE, session_id)


# ----------------------------------------------------------------------------- users, usage
def remembered_profile(store: BaseStore | None, user_id: str) -> dict[str, Any] | None:
    item = store.get(user_namespace(user_id), PROFILE_KEY) if store is not None else None
    return dict(item.value) if item is not None else None


def remember_profile(store: BaseStore | None, user_id: str, profile: dict[str, Any]) -> None:
    if store is not None:
        store.put(user_namespace(user_id), PROFILE_KEY, profile)


PROFILE_KEY = "profile"
POSTING_KEY = "posting"
SEEDED_KEY = "seeded_from_documents"
"""Set by `coach chat --cv/--job` (what was read), taken once by the profiler's greeting."""


def remembered_posting(store: BaseStore | None, user_id: str) -> dict[str, Any] | None:
    """The job posting the user targets (``--job`` or pasted), as stored."""
    item = store.get(user_namespace(user_id), POSTING_KEY) if store is not None else None
    return dict(item.value) if item is not None else None


def remember_posting(store: BaseStore | None, user_id: str, posting: dict[str, Any]) -> None:
    if store is not None:
        store.put(user_namespace(user_id), POSTING_KEY, posting)


def mark_seeded(store: BaseStore, user_id: str, what: dict[str, Any]) -> None:
    """Remember that the next chat starts from documents (``what``: which were read)."""
    store.put(user_namespace(user_id), SEEDED_KEY, what)


def take_seeded(store: BaseStore | None, user_id: str) -> bool:
    """Whether the chat starts from documents; the mark is taken (said once)."""
    namespace = user_namespace(user_id)
    if store is None or store.get(namespace, SEEDED_KEY) is None:
        return False
    store.delete(namespace, SEEDED_KEY)
    return True


def record_usage(store: BaseStore | None, session_id: str, snapshot: dict[str, Any]) -> None:
    if store is not None:
        store.put(USAGE_NAMESPACE, session_id, snapshot)


def remember_approved_plan(
    store: BaseStore | None, user_id: str, session_id: str, value: dict[str, Any]
) -> None:
    """Idempotent (one key per session): a resumed ``finalize`` writes the same item again."""
    if store is not None:
        store.put(user_namespace(user_id), f"approved_plan:{session_id}", value)


def session_usage(store: BaseStore | None, session_id: str) -> dict[str, Any]:
    item = store.get(USAGE_NAMESPACE, session_id) if store is not None else None
    return dict(item.value) if item is not None else {}


def forget_user_items(store: BaseStore, user_id: str) -> int:
    """Delete the user's memory namespace; returns how many items were deleted."""
    items = _all(store, user_namespace(user_id))
    for item in items:
        store.delete(tuple(item.namespace), item.key)
    return len(items)

"""The mentor queue's cells in the mentor's language: the target role's name (not its id),
the reviewer's verdict as a word, the time a session has waited as a short UTC time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from coach.i18n import MESSAGES, t
from coach.knowledge.loader import KnowledgeBase


class QueueEntry(Protocol):
    """What the queue shows of a waiting session (``coach.store.SessionInfo`` has it)."""

    @property
    def user_id(self) -> str: ...
    @property
    def target(self) -> str | None: ...
    @property
    def verdict(self) -> str | None: ...
    @property
    def plan_version(self) -> int | None: ...
    @property
    def not_applied(self) -> Sequence[str]: ...
    @property
    def updated_at(self) -> str: ...


def role_label(kb: KnowledgeBase, target: str | None, lang: str) -> str:
    """The role's name in ``lang``; a target the knowledge base does not know (a posting's own
    title) as it was given."""
    if not target:
        return ""
    role = kb.roles.get(target)
    return role.name.get("zh" if lang == "zh" else "en") if role is not None else target


def verdict_label(verdict: str | None, lang: str) -> str:
    """ "pass" / "通过", "revise" / "需修改", "infeasible" / "不可行"."""
    key = f"render.verdict.{verdict}"
    return t(lang, key) if verdict and key in MESSAGES else (verdict or "")


def since_label(stamp: str) -> str:
    """An ISO time as "2026-12-02 19:05" (the stored UTC time, to the minute)."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return when.strftime("%Y-%m-%d %H:%M")


def queue_cells(info: QueueEntry, lang: str, kb: KnowledgeBase) -> list[str]:
    """One waiting session's cells after its id: user, target, verdict, plan, not applied,
    waiting since."""
    return [
        info.user_id,
        role_label(kb, info.target, lang),
        verdict_label(info.verdict, lang),
        f"v{info.plan_version}" if info.plan_version is not None else "",
        "\n".join(p if p.startswith("! ") else f"“{p}”" for p in info.not_applied),  # "! ": not met
        since_label(info.updated_at),
    ]

"""The mentor and admin commands' language (``--lang``, else the mentor's recorded one, else
English) and ``coach plan SESSION --diff``."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from coach.cli_common import EXIT_USAGE, fail, out
from coach.i18n import t

if TYPE_CHECKING:
    from langgraph.store.base import BaseStore

    from coach.runner import SessionRunner

LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang", help="en or zh (default: the mentor's recorded language, else English)."
    ),
]
CHOSEN: dict[str, str] = {}


def _use_lang(lang: str | None) -> None:
    """Remember ``--lang`` for this command's messages (checked: en or zh); every command
    starts afresh (commands may run in one process, as in the tests)."""
    CHOSEN.clear()
    if lang is None:
        return
    if lang not in {"en", "zh"}:
        fail(t("en", "mentor.bad_lang"), EXIT_USAGE)
    CHOSEN["lang"] = lang


def _lang(
    store: BaseStore | None = None, mentor: str | None = None, token: str | None = None
) -> str:
    """The messages' language: ``--lang``, else the mentor's recorded one, else English."""
    if "lang" in CHOSEN:
        return CHOSEN["lang"]
    if store is not None and not mentor:  # the mentor whose token is in the environment
        import os

        from coach.store import mentor_for_token

        secret = (token or os.environ.get("COACH_MENTOR_TOKEN") or "").strip()
        mentor = mentor_for_token(store, secret) if secret else None
    if store is not None and mentor:
        from coach.store import get_mentor

        record = get_mentor(store, mentor)
        if record is not None and record.language in {"en", "zh"}:
            return record.language
    return "en"


def settle_lang(store: BaseStore, mentor: str | None = None, token: str | None = None) -> None:
    """Fix the messages' language for the rest of the command, from the store's records."""
    if "lang" not in CHOSEN:
        CHOSEN["lang"] = _lang(store, mentor, token)


def _word(kind: str, value: object) -> str:
    """An action or a status in the messages' language (the id itself when not in the catalog)."""
    from coach.i18n import MESSAGES

    key = f"mentor.{kind}.{value}"
    return t(_lang(), key) if key in MESSAGES else str(value)


def _m(key: str, **values: Any) -> str:
    return t(_lang(), key, **values)


def show_plan_diff(runner: SessionRunner, since: int | None, *, as_json: bool) -> None:
    """``coach plan SESSION --diff``: the fields that changed from one version to the latest."""
    CHOSEN.clear()
    from coach.nodes.decision import plan_diff

    versions = runner.plan_versions()
    if len(versions) < 2:
        fail(_m("mentor.no_diff", session=runner.session_id, count=len(versions)))
    latest = max(versions)
    start = since if since is not None else sorted(versions)[-2]
    if start not in versions or start == latest:
        fail(_m("mentor.since", versions="v" + ", v".join(str(v) for v in sorted(versions)[:-1])))
    from coach.render.diff import plan_changes
    from coach.schemas import Plan

    old, new = (Plan.model_validate(versions[v]) for v in (start, latest))
    lines = plan_changes(old, new)
    if as_json:
        changes = plan_diff(versions[start], versions[latest], limit=160)
        changes.pop("version", None)
        record = {"session": runner.session_id, "from": start, "to": latest}
        record |= {"summary": lines, "changes": changes}
        sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        return
    lang = new.language  # the plan's language: the diff is read next to the plan
    out.print(t(lang, "render.diff.head", start=start, latest=latest, count=len(lines)))
    for line in lines or [t(lang, "render.diff.none")]:
        out.print(line, markup=False)

"""`coach demo`: a scripted session end to end, in a throwaway data folder."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from coach.cli_common import EXIT_USAGE, _print_replies, _runner, _show_plan, fail, memory, out

DEMO_TURNS = {
    "en": [
        "I've been an Android developer for 5 years (Kotlin, some Python). I want to become an "
        "AI application engineer.",
        "8 hours a week",
        "within 12 months",
    ],
    "zh": [
        "我做了4年前端，React和TypeScript，想转大模型应用开发。",
        "每周8小时",
        "一年内",
    ],
}
DEMO_CHANGES = {
    "en": "Move the portfolio project earlier, please.",
    "zh": "请把作品集项目提前。",
}


def demo(
    lang: Annotated[str, typer.Option("--lang", help="en or zh.")] = "en",
    keep: Annotated[
        bool, typer.Option("--keep", help="Keep the demo session in your data dir.")
    ] = False,
) -> None:
    """A scripted session end to end: chat, plan, review, a mentor's changes and approval."""
    import tempfile

    from coach.mentoring import Seen, decide
    from coach.sessions import new_session_id, record_session
    from coach.store import register_mentor

    if lang not in DEMO_TURNS:
        fail("--lang must be en or zh", EXIT_USAGE)
    tmp = None if keep else tempfile.TemporaryDirectory(prefix="coach-demo-")
    previous_home = os.environ.get("COACH_HOME")
    if tmp is not None:
        os.environ["COACH_HOME"] = tmp.name
    try:
        with memory() as mem:
            mentor = "demo-mentor"
            register_mentor(mem.store, mentor, added_by="demo")
            session_id = new_session_id()
            record_session(mem.store, session_id, "demo", status="intake")
            runner = _runner(mem, session_id, "demo", lang, "offline")
            out.rule(f"coach demo · session {session_id}")
            for turn in DEMO_TURNS[lang]:
                out.print(f"[bold green]you>[/] {turn}", markup=True)
                _print_replies(runner.send(turn))
            out.rule(f"mentor {mentor}: request changes")
            out.print(DEMO_CHANGES[lang])
            decision = {"action": "reject", "mentor_id": mentor, "message": DEMO_CHANGES[lang]}
            unseen = Seen(plan_version=None, checkpoint_id=None)
            _print_replies(decide(runner, mem.ledger, decision, unseen).result)
            out.rule(f"mentor {mentor}: approve")
            approve = {"action": "approve", "mentor_id": mentor, "override": True}
            _print_replies(decide(runner, mem.ledger, approve, unseen).result)
            out.rule("approved plan")
            _show_plan(runner, "md")
    finally:
        if tmp is not None:
            if previous_home is None:
                os.environ.pop("COACH_HOME", None)
            else:
                os.environ["COACH_HOME"] = previous_home
            tmp.cleanup()

"""Drive the real CLI in-process (typer's runner: stdin is a pipe, as in CI)."""

from __future__ import annotations

import json
import os
import re
from typing import Any

from typer.testing import CliRunner, Result

from coach.cli import app

ANDROID = (
    "I've been an Android developer for 5 years (Kotlin, some Python). I want to become an AI "
    "application engineer. I can put in 8 hours a week and want to switch within 12 months."
)
FRONTEND_ZH = "我做了4年前端，React和TypeScript，想转大模型应用开发，每周8小时，一年内。"


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=input)


def session_id(result: Result) -> str:
    match = re.search(r"session: (\S+)", result.output)
    assert match, result.output
    return match.group(1)


def chat(*lines: str, extra: tuple[str, ...] = ()) -> tuple[str, Result]:
    result = run("chat", *extra, input="".join(line + "\n" for line in lines))
    assert result.exit_code == 0, result.output
    return session_id(result), result


def plan_json(session: str) -> dict[str, Any]:
    result = run("plan", session, "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def admin_token() -> str:
    """The test home's admin token (created once per COACH_HOME, kept in COACH_ADMIN_TOKEN)."""
    token = os.environ.get("COACH_ADMIN_TOKEN", "")
    if not token:
        result = run("admin", "init")
        if result.exit_code == 0:
            token = result.stdout.strip().splitlines()[-1]
        else:  # a shared test database (PostgreSQL) already has one: re-key it as its operator
            from coach.memory import open_memory
            from coach.store import init_admin

            with open_memory() as mem:
                token = init_admin(mem.store)
        os.environ["COACH_ADMIN_TOKEN"] = token
    return token


def add_mentor(name: str = "mei") -> str:
    """Register a mentor as the admin; their token becomes COACH_MENTOR_TOKEN (and is returned)."""
    admin_token()
    result = run("mentor", "add", name)
    assert result.exit_code == 0, result.output
    token = result.stdout.strip().splitlines()[-1]
    os.environ["COACH_MENTOR_TOKEN"] = token
    return token

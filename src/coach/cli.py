"""The `coach` command line: the app and one flat list of registrations. The commands live in
``coach.cli_*`` modules; heavy imports (LangGraph, the knowledge base) happen inside commands so
that `coach --help` starts fast."""

from __future__ import annotations

import sys

import typer

from coach.cli_chat import chat
from coach.cli_common import EXIT_ERROR as EXIT_ERROR
from coach.cli_common import err
from coach.cli_demo import demo
from coach.cli_fit import register as register_fit
from coach.cli_fit import register_eval as register_fit_eval
from coach.cli_forget import forget
from coach.cli_kb import kb_app
from coach.cli_mentor import admin_app, mentor_app
from coach.cli_profile import profile_cmd
from coach.cli_sessions import graph_cmd, log, plan, sessions
from coach.cli_understanding import register as register_understanding
from coach.evals.cli import eval_app
from coach.evals.constraints_cli import constraints_cmd
from coach.evals.personas.cli import personas_cmd

app = typer.Typer(
    help="coach: an agentic career coach. Chat, get a plan a mentor approves, follow it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Registrations: one line each, in the order `coach --help` lists them.
app.add_typer(kb_app, name="kb")
register_fit(app)
app.command()(chat)
app.command()(plan)
app.command()(sessions)
app.command()(log)
app.command()(demo)
app.command("graph")(graph_cmd)
app.add_typer(mentor_app, name="mentor")
app.add_typer(admin_app, name="admin")
app.command("forget")(forget)
register_understanding(eval_app)
register_fit_eval(eval_app)
app.add_typer(eval_app, name="eval")
eval_app.command("personas")(personas_cmd)
eval_app.command("constraints")(constraints_cmd)
app.command("profile")(profile_cmd)


def main() -> None:
    """Console entry point."""
    from coach.cli_help import run

    try:
        run(app)  # the help in the user's language (coach.cli_help)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)

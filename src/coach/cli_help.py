"""The command line's help in the user's language: ``--lang zh`` on the command line, else
``COACH_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``). Every command's and
option's help comes from the one catalog (:mod:`coach.i18n.helptext`, keys ``help.<path>`` and
``help.<path>.<parameter>``), as do the panel titles and the ``--help`` option's own line."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

import typer
import typer.main
import typer.rich_utils as rich

from coach.i18n import MESSAGES, t


def help_language(argv: Sequence[str], env: Mapping[str, str]) -> str:
    """``zh`` or ``en``: ``--lang`` (``--lang zh`` / ``--lang=zh``), ``COACH_LANG``, the locale."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in {"en", "zh"}:
            return value
    chosen = env.get("COACH_LANG", "").strip().lower()
    if chosen in {"en", "zh"}:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def _localize(command: Any, path: list[str], lang: str) -> None:
    key = "help." + (".".join(path) or "root")
    if key in MESSAGES:
        command.help = t(lang, key)
        command.short_help = None
    for param in command.params:
        name = f"{key}.{param.name}"
        if getattr(param, "help", None) and name in MESSAGES:
            param.help = t(lang, name)
    option = command.get_help_option(typer.Context(command))
    if option is not None:
        option.help = t(lang, "help.option.help")
    for name, sub in (getattr(command, "commands", None) or {}).items():
        _localize(sub, [*path, name], lang)


def localized(app: typer.Typer, lang: str) -> Any:
    """The app's click command with every help text in ``lang``."""
    rich.OPTIONS_PANEL_TITLE = t(lang, "help.panel.options")
    rich.ARGUMENTS_PANEL_TITLE = t(lang, "help.panel.arguments")
    rich.COMMANDS_PANEL_TITLE = t(lang, "help.panel.commands")
    rich.REQUIRED_LONG_STRING = t(lang, "help.required")
    rich.DEFAULT_STRING = t(lang, "help.default")
    rich.ENVVAR_STRING = t(lang, "help.envvar")
    command = typer.main.get_command(app)
    _localize(command, [], lang)
    return command


def run(app: typer.Typer, argv: Sequence[str] | None = None) -> None:
    """Run the app with its help in the user's language."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    command = localized(app, help_language(args, os.environ))
    command(args=args, prog_name="coach")

"""Every module of coach imports on its own, first, in a fresh interpreter: an import cycle
that resolves only when some other module happens to be imported earlier fails here (it made
single test files fail to collect when run alone). Slow, so it runs in `pytest -m slow`."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pytest

import coach

pytestmark = pytest.mark.slow  # a child process per module: about 40 s of CPU

_THIRD_PARTY = (
    "import importlib, json, sys\n"
    "for name in sys.argv[1:]:\n"
    "    importlib.import_module(name)\n"
    "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] != 'coach')))\n"
)
"""Lists what importing all of coach loads from outside coach."""

_EACH_FIRST = (
    "import importlib, json, os, sys\n"
    "for lib in json.loads(sys.stdin.read()):\n"
    "    try:\n"
    "        importlib.import_module(lib)\n"
    "    except Exception:\n"
    "        pass\n"
    "assert not [m for m in sys.modules if m.split('.')[0] == 'coach']\n"
    "bad = []\n"
    "for name in sys.argv[1:]:\n"
    "    pid = os.fork()\n"
    "    if pid == 0:\n"
    "        try:\n"
    "            importlib.import_module(name)\n"
    "        except Exception as e:\n"
    "            print(name, type(e).__name__, e)\n"
    "            os._exit(1)\n"
    "        os._exit(0)\n"
    "    _, status = os.waitpid(pid, 0)\n"
    "    if status:\n"
    "        bad.append(name)\n"
    "print('BAD', bad)\n"
)
"""Forks a child per module from a parent that has loaded those outside modules but nothing of
coach, so each child imports one coach module first and pays only for coach's own code."""


def _modules() -> list[str]:
    names = (m.name for m in pkgutil.walk_packages(coach.__path__, "coach."))
    return sorted(n for n in names if n != "coach.__main__")  # __main__ runs the CLI


def test_every_module_imports_first_in_a_fresh_interpreter() -> None:
    names = _modules()
    assert len(names) > 150
    listed = subprocess.run(
        [sys.executable, "-c", _THIRD_PARTY, *names], capture_output=True, text=True, timeout=300
    )
    assert listed.returncode == 0, listed.stderr
    outside = listed.stdout.strip().splitlines()[-1]
    assert "langgraph" in json.loads(outside)
    done = subprocess.run(
        [sys.executable, "-c", _EACH_FIRST, *names],
        input=outside,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "BAD []", done.stdout

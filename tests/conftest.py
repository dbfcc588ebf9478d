"""Shared fixtures: every test gets its own COACH_HOME; no network, no model keys."""

from __future__ import annotations

import gc
import itertools
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

if sys.dont_write_bytecode:  # pragma: no cover - depends on the environment
    # PYTHONDONTWRITEBYTECODE=1 (common in containers) makes every pytest process, and every
    # Python a test starts, compile all of coach, every test module (assertion rewriting) and the
    # libraries imported from here on again: about 3 s of CPU per process. The bytecode goes to
    # .pytest_cache/pycache instead of __pycache__ next to the sources, so the tree stays as
    # clean as the variable asked; the next process (and the next run) reads it.
    _PYCACHE = Path(__file__).resolve().parent.parent / ".pytest_cache" / "pycache"
    sys.pycache_prefix = str(_PYCACHE)
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = str(_PYCACHE)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


import typer
import typer.testing

# urllib3 (imported by requests, which langchain_core imports) probes for IPv6 at import by
# opening a socket: imported first inside a test, pytest-socket blocks that probe and warns
# ("A test tried to use socket.socket") in whichever test happened to import LangChain first.
# Imported here, before any test disables sockets, the probe runs as it does outside tests.
import urllib3.util.connection  # noqa: F401
from click import Command


def _ram_tmpdir() -> Path | None:
    """Where the tests' scratch files go: ``COACH_TEST_TMPDIR`` when set (empty: the system's
    own temporary folder), else a folder of ours on ``/dev/shm`` when it is a RAM file system
    with room to spare. Every fresh SQLite file a test makes (a COACH_HOME, a ``tmp_path``)
    costs an fsync or three on disk: 35-85 ms of wall time each on the shared machine, against
    2 ms in RAM. The tests run the same code either way: only ``fsync`` becomes free (no test
    can tell a power cut from a killed process)."""
    chosen = os.environ.get("COACH_TEST_TMPDIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    shm = Path("/dev/shm")
    try:
        room = os.statvfs(shm)
    except OSError:
        return None
    if room.f_bavail * room.f_frsize < 2 * 1024**3 or not os.access(shm, os.W_OK):
        return None
    return shm / f"coach-tests-{os.getuid()}"


_TMP = _ram_tmpdir()
if _TMP is not None:
    try:
        _TMP.mkdir(mode=0o700, exist_ok=True)
    except OSError:  # pragma: no cover - an unusable RAM folder leaves the system's own
        _TMP = None
if _TMP is not None:
    import tempfile

    # pytest's tmp_path, coach's own temporary files and every child process (TMPDIR).
    tempfile.tempdir = str(_TMP)
    os.environ["TMPDIR"] = str(_TMP)

_COMMANDS: dict[int, tuple[typer.Typer, Command]] = {}
_build_command = typer.testing._get_command


def _command_once(app: typer.Typer) -> Command:
    """typer's CliRunner turns the Typer app into a click command on every ``invoke`` (about
    50 ms: every command's signature is introspected again). The app's commands are registered
    at import and never change, so each app is converted once per test session."""
    known = _COMMANDS.get(id(app))
    if known is None or known[0] is not app:
        known = _COMMANDS[id(app)] = (app, _build_command(app))
    return known[1]


typer.testing._get_command = _command_once  # type: ignore[assignment]


_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shared_cache_dir() -> Path:
    """One derived-data cache (search index, segmenter dictionary) for every worker and every
    run: ``.pytest_cache/coach-cache``. Its entries are named by a hash of all they are built
    from and written by rename (``coach.knowledge.cache``), so workers building at once, a
    changed knowledge base or a damaged file only ever miss and rebuild. Building the index
    anew costs about 1.7 s of CPU per process; a tmp dir per worker paid it on every run."""
    return _ROOT / ".pytest_cache" / "coach-cache"


@pytest.fixture(scope="session")
def _homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("homes")


_HOME_NUMBERS = itertools.count()


@pytest.fixture(autouse=True)
def coach_home(
    _homes: Path, monkeypatch: pytest.MonkeyPatch, shared_cache_dir: Path
) -> Iterator[Path]:
    """A COACH_HOME of the test's own, not created (coach creates it, private, when it first
    writes). Not under ``tmp_path``: making a numbered tmp dir for each of the suite's tests
    cost more than most of them."""
    home = _homes / f"home-{next(_HOME_NUMBERS)}"
    monkeypatch.setenv("COACH_HOME", str(home))
    monkeypatch.setenv("COACH_CACHE_DIR", str(shared_cache_dir))
    for var in (
        "COACH_MODEL",
        "COACH_DATABASE_URL",
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "LANGSMITH_TRACING",
        "LANGCHAIN_TRACING_V2",
    ):
        monkeypatch.delenv(var, raising=False)
    # Set (empty), not deleted: tests' helpers set these and monkeypatch restores them after.
    for var in ("COACH_ADMIN_TOKEN", "COACH_MENTOR_TOKEN"):
        monkeypatch.setenv(var, "")
    yield home


# CI runs the property tests derandomized, so a red build is reproducible from its log;
# locally hypothesis explores new examples each run.
from hypothesis import settings  # noqa: E402

# No per-example deadline: it is wall time, which a busy shared machine stretches; the tests that
# bound how long something takes measure this process's CPU time instead.
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.register_profile("dev", print_blob=True, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Everything imported and built while collecting (coach, LangGraph, the knowledge base,
    hypothesis) lives until the end: moved out of the collector's sight, so each of the many
    garbage collections during the run, and pytest's five at the end, only walks what the
    tests themselves allocate. A young collection runs every 20,000 allocations instead of
    700: a graph turn allocates hundreds of thousands of short-lived objects (the persona
    suite: ~880 collections, 0.55 s of its 10.5 s CPU, down to ~20 and 0.3-0.4 s); memory still
    goes back at each one."""
    gc.freeze()
    gc.set_threshold(20_000, 20, 100)


_SPENT: Counter[str] = Counter()
"""Seconds per test module in this run (setup, call and teardown), for the next run's order."""
_CPU: Counter[str] = Counter()
"""CPU seconds per test module in this run (the process and the children it waited for)."""
_CPU_TESTS: Counter[str] = Counter()
"""CPU seconds per test in this run (the slowest are kept for ``bench/suite_time.py``)."""
_CPU_START = pytest.StashKey[float]()


def _cpu_now() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[_CPU_START] = _cpu_now()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    item.stash[_CPU_START] = _cpu_now()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    item.stash[_CPU_START] = _cpu_now()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item) -> Iterator[pytest.TestReport]:
    """Each phase's report carries the CPU seconds it took (``cpu_s``; xdist sends a report's
    attributes to the controller): on a machine shared with others the wall time of a test is
    mostly the others' load, its CPU time is its own."""
    report: pytest.TestReport = yield
    start = item.stash.get(_CPU_START, None)
    if start is not None:
        report.cpu_s = round(_cpu_now() - start, 4)  # type: ignore[attr-defined]
    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    module = report.nodeid.split("::")[0]
    _SPENT[module] += report.duration
    _CPU[module] += getattr(report, "cpu_s", 0.0)
    _CPU_TESTS[report.nodeid] += getattr(report, "cpu_s", 0.0)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """The controller (or a run without xdist) keeps every module's time for the next run's
    longest-first order (tests/scheduling.py), and its CPU time (``bench/suite_time.py`` reports
    it); a worker's reports reach the controller too."""
    if hasattr(session.config, "workerinput"):
        return
    from tests.scheduling import CPU, CPU_TESTS, save_durations, save_slowest

    save_durations(_SPENT)
    save_durations(_CPU, CPU)
    save_slowest(_CPU_TESTS, CPU_TESTS)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """``--dist loadscope`` (pyproject.toml) with the longest modules first
    (tests/scheduling.py); any other ``--dist`` is xdist's own."""
    if config.getvalue("dist") != "loadscope":
        return None
    from tests.scheduling import LongestFirst

    return LongestFirst(config, log)  # type: ignore[arg-type, unused-ignore]

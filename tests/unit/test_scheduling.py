"""The order xdist hands out test modules in: the last run's longest first (tests/scheduling.py)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.scheduling import (
    LONGEST_FIRST,
    load_durations,
    ranked,
    save_durations,
    save_slowest,
    unit_of,
)


def test_the_last_runs_durations_order_the_units_longest_first(tmp_path: Path) -> None:
    path = tmp_path / "durations.json"
    save_durations(Counter({"tests/a.py": 1.0, "tests/b.py": 5.0}), path)
    save_durations(Counter({"tests/c.py": 3.0}), path)  # a run of one module adds its time
    durations = load_durations(path)
    assert durations == {"tests/a.py": 1.0, "tests/b.py": 5.0, "tests/c.py": 3.0}
    units = ["tests/a.py", "tests/new.py", "tests/c.py", "tests/b.py"]
    assert ranked(units, durations) == ["tests/b.py", "tests/c.py", "tests/a.py", "tests/new.py"]


def test_modules_sharing_a_pool_count_as_one_unit() -> None:
    one, two = (
        "tests/property/test_check_oracles.py",
        "tests/property/test_check_oracles_content.py",
    )
    assert unit_of(one) == unit_of(two) != one
    durations = {one: 2.0, two: 2.0, "tests/unit/test_x.py": 3.0}
    assert ranked(["tests/unit/test_x.py", unit_of(one)], durations)[0] == unit_of(one)


def test_without_an_earlier_run_the_measured_list_stands_in(tmp_path: Path) -> None:
    assert load_durations(tmp_path / "none.json") == {}
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert load_durations(tmp_path / "bad.json") == {}
    units = ["tests/unit/test_zzz.py", LONGEST_FIRST[1], LONGEST_FIRST[0]]
    assert ranked(units, {}) == [LONGEST_FIRST[0], LONGEST_FIRST[1], "tests/unit/test_zzz.py"]


def test_the_slowest_tests_of_this_run_replace_the_last_runs(tmp_path: Path) -> None:
    path = tmp_path / "cpu-tests.json"
    save_slowest(Counter({"t::old": 9.0}), path)
    save_slowest(Counter({"t::a": 0.5, "t::b": 2.0, "t::c": 1.0}), path, keep=2)
    assert list(json.loads(path.read_text(encoding="utf-8")).items()) == [
        ("t::b", 2.0),
        ("t::c", 1.0),
    ]

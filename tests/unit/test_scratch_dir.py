"""The tests' scratch files go to one folder, chosen once (tests/conftest.py): RAM when there is
some, else the system's temporary folder; COACH_TEST_TMPDIR chooses for them."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tests import conftest


def test_tmp_path_coach_home_and_children_share_the_chosen_folder(
    tmp_path: Path, coach_home: Path
) -> None:
    chosen = conftest._TMP
    root = Path(tempfile.gettempdir())
    assert tmp_path.is_relative_to(root) and coach_home.is_relative_to(root)
    if chosen is not None:
        assert root == chosen and os.environ["TMPDIR"] == str(chosen)


def test_the_variable_chooses_and_empty_means_the_systems_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("COACH_TEST_TMPDIR", str(tmp_path / "scratch"))
    assert conftest._ram_tmpdir() == tmp_path / "scratch"
    monkeypatch.setenv("COACH_TEST_TMPDIR", "")
    assert conftest._ram_tmpdir() is None
    monkeypatch.delenv("COACH_TEST_TMPDIR")
    found = conftest._ram_tmpdir()
    assert found is None or (found.parent == Path("/dev/shm") and found.name.startswith("coach"))

"""The mutation benchmark's bugs still apply to today's code: each replacement's text is found
exactly once in its file (code that moved makes a mutant ``stale``, which the benchmark can only
report after a long run; here a merge that moves it fails at once)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("bench_mutations", ROOT / "bench" / "mutations.py")
assert _SPEC is not None and _SPEC.loader is not None
_MODULE = importlib.util.module_from_spec(_SPEC)
sys.modules["bench_mutations"] = _MODULE  # dataclasses look their module up while defining
_SPEC.loader.exec_module(_MODULE)
MUTATIONS = _MODULE.MUTATIONS


def test_every_mutation_finds_its_text_exactly_once() -> None:
    stale = []
    for mutation in MUTATIONS:
        path = ROOT / mutation.path
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if text.count(mutation.find) != 1:
            stale.append(f"{mutation.name}: {mutation.path} has it {text.count(mutation.find)}x")
    assert len(MUTATIONS) >= 40
    assert stale == []


def test_mutation_names_are_unique_and_each_changes_its_text() -> None:
    names = [m.name for m in MUTATIONS]
    assert len(names) == len(set(names))
    assert all(m.find != m.replace for m in MUTATIONS)

"""The test suite's own rules, checked on its source: every test asserts in its own body.

A test whose only assertions sit in a helper reads as if it checked nothing, and a helper changed
to return early silently empties every test that calls it. ``assert`` or ``pytest.raises`` must
appear in the test function itself (not only in a function it defines or calls).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _own_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a function body, not descending into functions or classes it defines."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, _NESTED):
            continue
        yield child
        yield from _own_nodes(child)


def _asserts(node: ast.AST) -> bool:
    if isinstance(node, ast.Assert):
        return True
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "raises"
        and isinstance(node.value, ast.Name)
        and node.value.id == "pytest"
    )


def unasserted_tests(source: str) -> list[str]:
    """The names of the test functions in ``source`` that assert nothing themselves."""
    return [
        node.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.name.startswith("test")
        and not any(_asserts(n) for n in _own_nodes(node))
    ]


def test_the_rule_sees_an_assertion_only_in_a_helper() -> None:
    source = (
        "import pytest\n"
        "def _check(x):\n    assert x\n"
        "def test_hidden():\n    _check(1)\n"
        "def test_nested():\n    def inner():\n        assert 1\n    inner()\n"
        "def test_plain():\n    assert 1 + 1 == 2\n"
        "def test_raises():\n    with pytest.raises(ValueError):\n        int('x')\n"
        "def test_in_a_loop():\n    for i in range(2):\n        if i:\n            assert i\n"
    )
    assert unasserted_tests(source) == ["test_hidden", "test_nested"]


def test_every_test_asserts_in_its_own_body() -> None:
    files = sorted(TESTS.rglob("test_*.py"))
    assert len(files) > 50
    missing = [
        f"{path.relative_to(TESTS)}::{name}"
        for path in files
        for name in unasserted_tests(path.read_text(encoding="utf-8"))
    ]
    assert missing == []

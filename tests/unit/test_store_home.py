"""Every stored thing has its typed access in `coach.store`: no module outside it calls the
store's get/put/search/delete directly."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "coach"
RAW = re.compile(r"\bstore\.(?:get|put|search|delete|list_namespaces|batch)\(")


def test_only_the_store_module_touches_the_store_directly() -> None:
    offenders = [
        f"{path.relative_to(SRC)}:{n}"
        for path in SRC.rglob("*.py")
        if path.name != "store.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if RAW.search(line)
    ]
    assert offenders == []

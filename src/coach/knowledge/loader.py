"""Load and validate the knowledge base shipped in ``coach/knowledge/data``."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

from coach.knowledge.models import Fact, Resource, Role, Skill, Source

DATA_DIR = Path(__file__).parent / "data"


class KnowledgeBase(BaseModel):
    """Every record, keyed by id. Build it with :func:`load_kb`."""

    model_config = ConfigDict(frozen=True)

    version: str
    sources: dict[str, Source]
    roles: dict[str, Role]
    skills: dict[str, Skill]
    resources: dict[str, Resource]
    facts: dict[str, Fact]

    def stats(self) -> dict[str, int]:
        return {
            "roles": len(self.roles),
            "skills": len(self.skills),
            "resources": len(self.resources),
            "facts": len(self.facts),
            "sources": len(self.sources),
        }


# libyaml's loader is ~8x faster than the pure-Python one; both are "safe" (no arbitrary objects).
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_SAFE_LOADER)


def load_kb_from(data_dir: Path) -> KnowledgeBase:
    """Read ``data_dir/*.yaml`` into a validated :class:`KnowledgeBase`."""
    meta = _read(data_dir / "meta.yaml") if (data_dir / "meta.yaml").exists() else {}

    def records(name: str, model: type[Any]) -> dict[str, Any]:
        items = _read(data_dir / f"{name}.yaml") or []
        out: dict[str, Any] = {}
        for raw in items:
            rec = model.model_validate(raw)
            if rec.id in out:
                raise ValueError(f"{name}.yaml: duplicate id {rec.id!r}")
            out[rec.id] = rec
        return out

    return KnowledgeBase(
        version=str(meta.get("version", "0")),
        sources=records("sources", Source),
        roles=records("roles", Role),
        skills=records("skills", Skill),
        resources=records("resources", Resource),
        facts=records("facts", Fact),
    )


@cache
def load_kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded once per process."""
    return load_kb_from(DATA_DIR)

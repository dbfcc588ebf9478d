"""Domain-aware portfolio project templates (``data/projects.yaml``), loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from coach.knowledge.models import Text

PROJECTS_FILE = Path(__file__).parent / "data" / "projects.yaml"


class ProjectTemplate(BaseModel):
    """A portfolio project for people of a field moving into one of ``roles``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: Text
    description: Text
    roles: list[str] = Field(min_length=1)
    fields: list[str] = Field(default_factory=list, description="Empty: fits any field.")
    skills: list[str] = Field(min_length=1)
    source_id: str


def load_templates_from(path: Path) -> tuple[ProjectTemplate, ...]:
    with path.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    out = tuple(ProjectTemplate.model_validate(r) for r in raw)
    ids = [p.id for p in out]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{path.name}: duplicate project ids")
    return out


@cache
def project_templates() -> tuple[ProjectTemplate, ...]:
    """The shipped templates."""
    return load_templates_from(PROJECTS_FILE)

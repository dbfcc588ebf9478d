"""Load and validate the knowledge base shipped in ``coach/knowledge/data``."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

from coach.knowledge.models import Fact, Resource, Role, Skill, Source
from coach.schemas import Language

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

    def learning_resources(self, skill_id: str, language: Language | None = None) -> list[Resource]:
        """Learning material (course, book, docs, tutorial, paper) that teaches ``skill_id``.

        The skill's own ``resources`` list first (its recommended order), then any other
        learning material that names the skill; with ``language``, resources in that language
        (or mixed) come before the rest. Practice and project ideas are never returned.
        """
        skill = self.skills.get(skill_id)
        own = [r for r in (skill.resources if skill else []) if r in self.resources]
        others = sorted(
            r.id for r in self.resources.values() if skill_id in r.skills and r.id not in own
        )
        found = [
            self.resources[r]
            for r in [*own, *others]
            if self.resources[r].is_learning_material and skill_id in self.resources[r].skills
        ]
        found.sort(key=lambda r: r.excerpt)  # a section of a document after full material
        if language is not None:
            found.sort(key=lambda r: (r.excerpt, r.language not in (language, "mixed")))
        return found

    def practice_ideas(self, skill_id: str) -> list[Resource]:
        """Practice and project ideas the sources give for ``skill_id``, by id."""
        return sorted(
            (
                r
                for r in self.resources.values()
                if skill_id in r.skills and not r.is_learning_material
            ),
            key=lambda r: r.id,
        )

    def practice_text(self, skill_id: str, language: Language) -> str:
        """What to practise for ``skill_id``: the skill's ``practice`` text, else the title of
        a practice idea a source gives, else the skill's deliverable ("" when none)."""
        skill = self.skills.get(skill_id)
        if skill is None:
            return ""
        if skill.practice is not None:
            return skill.practice.get(language)
        # the most specific idea: the one that names the fewest skills, then the shortest
        ideas = sorted(self.practice_ideas(skill_id), key=lambda r: (len(r.skills), len(r.title)))
        if ideas:
            return ideas[0].title_in(language)
        return skill.deliverable.get(language) if skill.deliverable else ""

    def source_title(self, source_id: str, language: Language) -> str:
        """What people call a source: its document's title in ``language`` (a source the
        knowledge base does not know keeps its id, so a bad citation still shows)."""
        source = self.sources.get(source_id)
        return source.title.get(language) if source is not None else source_id

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

"""Integrity of the domain-aware project templates (knowledge/data/projects.yaml)."""

from __future__ import annotations

from coach.engine.fields import FIELD_BY_ID as FIELDS
from coach.knowledge.loader import load_kb
from coach.knowledge.projects import project_templates

KB = load_kb()


def test_every_template_names_known_roles_skills_fields_and_a_source() -> None:
    templates = project_templates()
    assert len({t.id for t in templates}) == len(templates)
    for tpl in templates:
        assert set(tpl.roles) <= set(KB.roles), tpl.id
        assert set(tpl.skills) <= set(KB.skills), tpl.id
        assert set(tpl.fields) <= set(FIELDS), tpl.id
        assert tpl.source_id in KB.sources, tpl.id
        assert tpl.title.zh and tpl.description.zh


def test_the_non_coding_path_has_a_project_for_each_common_field() -> None:
    fields = {
        f for t in project_templates() if "ai_augmented_professional" in t.roles for f in t.fields
    }
    assert {"healthcare", "teaching", "finance", "operations"} <= fields


def test_engineering_fields_have_projects_of_their_own() -> None:
    fields = {f for t in project_templates() for f in t.fields}
    assert {"databases", "sre", "games", "science", "software"} <= fields

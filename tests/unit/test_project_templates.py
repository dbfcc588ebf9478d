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


def test_every_field_with_a_fill_gets_its_own_project_for_the_field_roles() -> None:
    """The rule, not a table: a domain template yields a project for every field that has a
    fill, so each (role with a domain template, field) pair has a project of that field."""
    from coach.knowledge.projects import domain_fills, written_templates

    templates = project_templates()
    have = {(r, f) for t in templates for r in t.roles for f in t.fields}
    fields = {f.field for f in domain_fills()}
    assert fields == set(FIELDS), set(FIELDS) ^ fields
    for tpl in written_templates():
        if not tpl.domain:
            continue
        for field in tpl.fields or fields:
            for role in tpl.roles:
                assert (role, field) in have, (tpl.id, role, field)
    assert not any(
        "{" in t.title.get(lang) + t.description.get(lang)
        for t in templates
        for lang in ("en", "zh")
    )


def test_a_sub_domain_is_chosen_by_the_persons_words() -> None:
    def surrogate(words: str) -> str:
        tpl = next(t for t in project_templates(words) if t.id == "domain_surrogate@science")
        return tpl.title.en + " " + tpl.description.en

    assert "DFT" in surrogate("computational chemist, DFT on catalysts")
    biology = surrogate("molecular biologist running CRISPR screens")
    assert "DFT" not in biology and "assay" in biology
    assert "DFT" not in surrogate("")  # no words: the field's neutral default
    zh = next(
        t
        for t in project_templates("我是做蛋白质的生物学博士")
        if t.id == "domain_surrogate@science"
    )
    assert "湿实验" in zh.title.zh


def test_a_written_template_of_a_field_wins_over_the_filled_one() -> None:
    ids = {t.id for t in project_templates()}
    assert "clinical_guideline_rag" in ids
    assert "domain_document_qa@healthcare" not in ids  # healthcare has its own for these roles
    assert "domain_document_qa@legal" in ids and "domain_workflow@legal" in ids


def test_edge_skills_have_learning_material_and_honest_hours() -> None:
    for sid in ("edge_inference", "edge_quantization"):
        skill = KB.skills[sid]
        assert KB.learning_resources(sid), sid
        assert 15 <= skill.hours[1] <= 40 and skill.hours[2] <= 120, skill.hours
        assert skill.name.zh and skill.deliverable is not None
    assert "edge_inference" in KB.skills["edge_quantization"].prerequisites


def test_a_matched_sub_domain_takes_the_place_of_the_fields_written_template() -> None:
    """A pharmacist's project is about prescriptions, not the nurses' handover; a warehouse
    manager's about the shift roster and inventory."""

    def ai_augmented(words: str, field: str) -> list[str]:
        return [
            t.title.en
            for t in project_templates(words)
            if field in t.fields and "ai_augmented_professional" in t.roles
        ]

    pharmacist = ai_augmented("hospital pharmacist, 10 years", "healthcare")
    assert pharmacist and all("nurse" not in x.lower() for x in pharmacist), pharmacist
    assert any("prescription" in x for x in pharmacist)
    nurse = ai_augmented("ICU nurse, 12 years", "healthcare")
    assert nurse == ["Shift-handover assistant for nurses"]
    warehouse = ai_augmented("I run a warehouse: shift rosters, stock", "operations")
    assert any("shift" in x and "inventory" in x for x in warehouse), warehouse


def test_a_robotics_person_gets_a_robot_project_in_their_setting() -> None:
    ids = {t.id: t for t in project_templates("autonomous driving engineer at a car maker")}
    robot = ids["domain_robot_policy@hardware"]
    assert "vehicle" in robot.title.en and "小车" in robot.title.zh
    arm = {t.id: t for t in project_templates("controls engineer, PLCs, robot arm cells")}
    assert "robot arm" in arm["domain_robot_policy@hardware"].title.en

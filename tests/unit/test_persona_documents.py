"""Personas with a CV and a posting: files next to the persona, pasted ('<cv>') or attached."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.evals.personas.model import load_persona, persona_files

PERSONAS = Path(__file__).resolve().parents[2] / "evals" / "personas"


def test_documents_are_resolved_next_to_the_persona_and_pasted(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "cv.txt").write_text("Experience\nQA engineer, 2019 - present\n")
    (tmp_path / "p.yaml").write_text(
        'id: p\nlanguage: en\nperson: x\ncv: docs/cv.txt\nfirst: ["my CV:\\n<cv>"]\n'
        "expect: {feasible: true}\n"
    )
    persona = load_persona(tmp_path / "p.yaml")
    assert persona.expand(persona.first[0]) == "my CV:\nExperience\nQA engineer, 2019 - present\n"
    assert persona.expand("10 hours") == "10 hours"
    with pytest.raises(ValueError, match="no job file"):
        persona.expand("<job>")


def test_a_missing_document_is_an_error_at_load(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        "id: p\nlanguage: en\nperson: x\njob: nope.txt\nfirst: [hi]\nexpect: {feasible: true}\n"
    )
    with pytest.raises(ValueError, match="does not exist"):
        load_persona(tmp_path / "p.yaml")


def test_the_suite_has_cv_and_posting_personas_in_both_languages() -> None:
    personas = [load_persona(p) for p in persona_files([PERSONAS])]
    with_docs = [p for p in personas if p.cv and p.job]
    assert len(with_docs) >= 4
    assert {p.language for p in with_docs} == {"en", "zh"}
    assert {p.attach for p in with_docs} == {True, False}  # pasted and attached
    assert not any(f.suffix == ".yaml" for f in (PERSONAS / "documents").iterdir())

"""Resources are learning material or practice ideas, linked only to the skills they name;
every skill says what to learn from or what to practise; pay bands carry region and currency."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from coach.knowledge import KnowledgeBase, load_kb, load_kb_from
from coach.knowledge.integrity import check_integrity
from coach.knowledge.loader import DATA_DIR
from coach.knowledge.models import LEARNING_KINDS, Band, Resource
from coach.knowledge.resource_rules import looks_like_project_idea, teaches

KB = load_kb()


def _replace(kb: KnowledgeBase, table: str, key: str, **update: Any) -> KnowledgeBase:
    records = dict(getattr(kb, table))
    records[key] = records[key].model_copy(update=update)
    return kb.model_copy(update={table: records})


def _add_resource(kb: KnowledgeBase, res: Resource) -> KnowledgeBase:
    return kb.model_copy(update={"resources": {**kb.resources, res.id: res}})


def _resource(**fields: Any) -> Resource:
    base: dict[str, Any] = {
        "id": "x",
        "title": {"en": "Some course", "zh": "某课程"},
        "kind": "course",
        "language": "en",
        "hours": 5,
        "skills": ["python"],
        "source_id": "001_43c4bb40cca803e1.txt",
    }
    return Resource.model_validate({**base, **fields})


# --------------------------------------------------------------------------- shipped data
def test_shipped_resources_pass_the_resource_rules() -> None:
    assert check_integrity(KB) == []


def test_learning_resources_are_only_learning_material_that_teaches_the_skill() -> None:
    for skill_id in KB.skills:
        for res in KB.learning_resources(skill_id):
            assert res.kind in LEARNING_KINDS, (skill_id, res.id)
            assert skill_id in res.skills and teaches(res, KB.skills[skill_id])


def test_the_issue_s_project_ideas_are_no_longer_resources() -> None:
    git = [r.id for r in KB.learning_resources("git")]
    embeddings = [r.id for r in KB.learning_resources("embeddings")]
    assert "cli_todo_project" not in git and git  # git has real material now
    assert "enterprise_rag_project" not in embeddings
    assert KB.resources["cli_todo_project"].kind == "project"
    api = {r.id for r in KB.learning_resources("api_design")}
    assert not any("TensorRT" in KB.resources[r].title for r in api)
    assert "llm_execution_chain_practice" not in {
        r.id for s in KB.skills for r in KB.learning_resources(s)
    }


def test_every_skill_says_what_to_learn_from_or_what_to_practise() -> None:
    for skill_id in KB.skills:
        for lang in ("en", "zh"):
            assert KB.learning_resources(skill_id) or KB.practice_text(skill_id, lang), skill_id


def test_every_resource_has_a_chinese_title_and_title_in_picks_the_language() -> None:
    res = KB.resources["andrew_ng_machine_learning"]
    assert res.title_in("zh") == "吴恩达机器学习（Coursera）"  # the source's own Chinese name
    assert res.title_in("en") == res.title == "Machine Learning (Andrew Ng, Coursera)"
    assert all(r.title_zh for r in KB.resources.values())


def test_practice_text_prefers_the_skill_s_own_text() -> None:
    java = KB.skills["java"]
    assert java.practice is not None
    assert KB.practice_text("java", "zh") == java.practice.zh
    assert KB.practice_text("no_such_skill", "en") == ""


# --------------------------------------------------------------------------- mistakes
def test_a_project_idea_typed_as_learning_material_fails() -> None:
    bad = _resource(
        id="todo_course", title={"en": "Build a command-line TODO app", "zh": "做一个待办应用"}
    )
    assert looks_like_project_idea(bad)
    problems = check_integrity(_add_resource(KB, bad))
    assert any("resources[todo_course]" in p and "project or practice idea" in p for p in problems)


def test_an_app_to_build_typed_as_docs_fails_but_documentation_passes() -> None:
    rag_app = _resource(
        id="rag_app",
        kind="docs",
        title={"en": "Enterprise RAG system: FastAPI gateway", "zh": "企业级 RAG 系统"},
        skills=["rag"],
    )
    docs = _resource(
        id="rag_docs",
        kind="docs",
        title={"en": "LlamaIndex documentation for RAG", "zh": "LlamaIndex RAG 文档"},
        skills=["rag"],
    )
    assert looks_like_project_idea(rag_app) and not looks_like_project_idea(docs)


def test_a_practice_idea_in_a_skill_s_resources_fails() -> None:
    kb = _replace(KB, "skills", "git", resources=["git_docs", "cli_todo_project"])
    problems = check_integrity(kb)
    assert any("skills[git].resources" in p and "not learning material" in p for p in problems)


def test_a_resource_linked_to_a_skill_it_does_not_name_fails() -> None:
    # the statistics course says nothing about RAG: the keyword rule rejects the link
    kb = _replace(KB, "resources", "khan_academy_statistics", skills=["statistics", "rag"])
    problems = check_integrity(kb)
    assert any(
        "resources[khan_academy_statistics]" in p and "'rag'" in p and "names that skill" in p
        for p in problems
    )


def test_a_topic_can_justify_a_link() -> None:
    res = _resource(
        title={"en": "Some course", "zh": "某课程"},
        skills=["rag"],
        topics=["retrieval-augmented generation"],
    )
    assert teaches(res, KB.skills["rag"])
    assert not teaches(res.model_copy(update={"topics": []}), KB.skills["rag"])


def test_a_resource_without_a_chinese_title_fails() -> None:
    kb = _replace(KB, "resources", "git_docs", title_zh="")
    assert any("resources[git_docs]: has no Chinese title" in p for p in check_integrity(kb))


def test_a_band_without_currency_is_rejected_on_load(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        Band.model_validate({"level": "junior", "low": 1, "region": "CN", "source_id": "s"})
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    roles = yaml.safe_load((data / "roles.yaml").read_text(encoding="utf-8"))
    del roles[0]["salary_bands"][0]["currency"]
    (data / "roles.yaml").write_text(yaml.safe_dump(roles, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValidationError, match="currency"):
        load_kb_from(data)


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        ({"currency": "XYZ"}, "unknown currency"),
        ({"region": "CN"}, "a CN band should be in CNY"),
        ({"region": "Mars"}, "is not one of"),
        ({"level_zh": ""}, "level_zh"),
    ],
)
def test_band_mistakes_are_reported(update: dict[str, Any], expected: str) -> None:
    role = KB.roles["ai_application_engineer"]
    band = role.salary_bands[0].model_copy(update=update)
    kb = _replace(KB, "roles", role.id, salary_bands=[band])
    assert any(expected in p for p in check_integrity(kb))

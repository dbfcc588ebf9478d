"""The shipped knowledge base is sound, and each kind of maintainer mistake is caught."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from coach.knowledge import KnowledgeBase, load_kb, load_kb_from
from coach.knowledge.integrity import check_integrity, find_prerequisite_cycles, has_cjk
from coach.knowledge.loader import DATA_DIR
from coach.knowledge.models import Band, Implies, Project, Requirement, Text

SEEDS = [
    "000_e5373e9438f26eb6.txt",
    "001_43c4bb40cca803e1.txt",
    "002_bdd773b3ad5d238c.txt",
    "003_62c5cef43482909b.txt",
    "004_6092880c93120423.txt",
]
TARGET_ROLES = {
    "ai_application_engineer",
    "agent_engineer",
    "ai_infra_engineer",
    "mlops_engineer",
    "forward_deployed_engineer",
    "embodied_ai_engineer",
    "ai_for_science_engineer",
    "ai_architect",
    "ai_augmented_professional",
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


# --------------------------------------------------------------------------- helpers
def replace(kb: KnowledgeBase, table: str, key: str, **update: Any) -> KnowledgeBase:
    """A copy of ``kb`` whose record ``table[key]`` has ``update`` applied (no validation)."""
    records = dict(getattr(kb, table))
    records[key] = records[key].model_copy(update=update)
    return kb.model_copy(update={table: records})


def rekey(kb: KnowledgeBase, table: str, old: str, new: str) -> KnowledgeBase:
    """A copy of ``kb`` in which record ``old`` of ``table`` is renamed ``new``."""
    records = dict(getattr(kb, table))
    records[new] = records.pop(old).model_copy(update={"id": new})
    return kb.model_copy(update={table: records})


def first_source(kb: KnowledgeBase) -> str:
    return sorted(kb.sources)[0]


# --------------------------------------------------------------------------- shipped data
def test_shipped_kb_passes_every_integrity_check(kb: KnowledgeBase) -> None:
    assert check_integrity(kb) == []


def test_shipped_kb_has_one_source_per_seed_document(kb: KnowledgeBase) -> None:
    """One source per seed document, plus the maintainers' curated list of public material
    (which backs learning material only: resource_rules.check_curated)."""
    assert sorted(kb.sources) == sorted([*SEEDS, "curated_resources"])


def test_shipped_kb_has_the_nine_target_roles(kb: KnowledgeBase) -> None:
    assert set(kb.roles) >= TARGET_ROLES


def test_shipped_kb_meets_the_minimum_counts(kb: KnowledgeBase) -> None:
    stats = kb.stats()
    assert stats["skills"] >= 80
    assert stats["facts"] >= 40
    assert stats["resources"] >= 40


def test_every_seed_document_is_cited_by_some_fact(kb: KnowledgeBase) -> None:
    """Every seed document backs a fact; the curated list of material backs none."""
    cited = {fact.source_id for fact in kb.facts.values()}
    assert cited == set(kb.sources) - {"curated_resources"}


def test_every_role_has_projects_topics_and_a_chinese_alias(kb: KnowledgeBase) -> None:
    for role in kb.roles.values():
        assert role.projects, role.id
        assert role.interview_topics, role.id
        assert any(has_cjk(alias) for alias in role.aliases), role.id


@pytest.mark.parametrize(
    ("term", "skill_id"),
    [
        ("向量数据库", "vector_databases"),
        ("vector db", "vector_databases"),
        ("pgvector", "vector_databases"),
        ("milvus", "vector_databases"),
        ("rag", "rag"),
        ("检索增强生成", "rag"),
        ("大模型", "llm_basics"),
        ("llm", "llm_basics"),
        ("langgraph", "agent_frameworks"),
        ("扣子", "low_code_automation"),
        ("n8n", "low_code_automation"),
    ],
)
def test_common_words_are_aliases_of_the_right_skill(
    kb: KnowledgeBase, term: str, skill_id: str
) -> None:
    owners = [s.id for s in kb.skills.values() if term in {a.casefold() for a in s.aliases}]
    assert owners == [skill_id]


def test_transferable_skills_imply_the_fundamentals(kb: KnowledgeBase) -> None:
    java = {(i.skill_id, i.min_level): i.level for i in kb.skills["java"].implies}
    assert java[("programming_fundamentals", 2)] == 2
    assert any(i.skill_id == "gpu_programming" for i in kb.skills["cuda"].implies)
    assert any(i.skill_id == "programming_fundamentals" for i in kb.skills["kotlin"].implies)


# --------------------------------------------------------------------------- each mistake is caught
Mutation = Callable[[KnowledgeBase], KnowledgeBase]


def _role_required_unknown_skill(kb: KnowledgeBase) -> KnowledgeBase:
    role = kb.roles["ai_architect"]
    extra = Requirement(skill_id="telepathy", level=1, weight=0.5, source_id=first_source(kb))
    return replace(kb, "roles", role.id, required=[*role.required, extra])


def _role_nice_to_have_unknown(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "roles", "agent_engineer", nice_to_have=["juggling"])


def _role_project_unknown_skill(kb: KnowledgeBase) -> KnowledgeBase:
    role = kb.roles["mlops_engineer"]
    project = role.projects[0].model_copy(update={"skills": ["rag", "origami"]})
    return replace(kb, "roles", role.id, projects=[project, *role.projects[1:]])


def _role_unknown_stepping_stone(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "roles", "ai_architect", stepping_stones=["astronaut"])


def _skill_unknown_prerequisite(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "skills", "rag", prerequisites=["embeddings", "alchemy"])


def _skill_unknown_resource(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "skills", "rag", resources=["a_book_nobody_wrote"])


def _skill_unknown_implied(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "skills", "java", implies=[Implies(skill_id="cobol_mastery", level=1)])


def _resource_unknown_skill(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "resources", "kaggle", skills=["ml_fundamentals", "knitting"])


def _fact_unknown_role(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "facts", "fde_definition", roles=["wizard"])


def _fact_unknown_source(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "facts", "fde_definition", source_id="999_made_up.txt")


def _band_unknown_source(kb: KnowledgeBase) -> KnowledgeBase:
    band = Band(level="junior", low=1, high=2, currency="USD", region="x", source_id="blog.txt")
    return replace(kb, "roles", "ai_architect", salary_bands=[band])


def _requirement_unknown_source(kb: KnowledgeBase) -> KnowledgeBase:
    role = kb.roles["agent_engineer"]
    bad = role.required[0].model_copy(update={"source_id": "rumour.txt"})
    return replace(kb, "roles", role.id, required=[bad, *role.required[1:]])


def _resource_unknown_source(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "resources", "kaggle", source_id="hearsay.txt")


def _role_unknown_source_ids(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "roles", "ai_architect", source_ids=["ghost.txt"])


def _project_unknown_source(kb: KnowledgeBase) -> KnowledgeBase:
    role = kb.roles["ai_architect"]
    project = role.projects[0].model_copy(update={"source_id": "dream.txt"})
    return replace(kb, "roles", role.id, projects=[project])


def _prerequisite_cycle(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "skills", "programming_fundamentals", prerequisites=["python"])


def _empty_english(kb: KnowledgeBase) -> KnowledgeBase:
    name = kb.skills["rag"].name.model_copy(update={"en": "   "})
    return replace(kb, "skills", "rag", name=name)


def _chinese_without_cjk(kb: KnowledgeBase) -> KnowledgeBase:
    text = kb.facts["fde_definition"].text.model_copy(update={"zh": "FDE embeds with customers"})
    return replace(kb, "facts", "fde_definition", text=text)


def _chinese_in_nested_project_without_cjk(kb: KnowledgeBase) -> KnowledgeBase:
    role = kb.roles["ai_architect"]
    title = Text(en="Platform", zh="Platform")
    project = role.projects[0].model_copy(update={"title": title})
    return replace(kb, "roles", role.id, projects=[project, *role.projects[1:]])


def _role_id_not_snake_case(kb: KnowledgeBase) -> KnowledgeBase:
    return rekey(kb, "roles", "ai_architect", "AI-Architect")


def _skill_id_not_snake_case(kb: KnowledgeBase) -> KnowledgeBase:
    return rekey(kb, "skills", "judgment_review", "JudgmentReview")


def _project_id_not_snake_case(kb: KnowledgeBase) -> KnowledgeBase:
    role = kb.roles["ai_architect"]
    project = Project(
        id="Big Project",
        title=Text(en="x", zh="项目"),
        description=Text(en="x", zh="项目"),
        skills=["rag"],
        source_id=first_source(kb),
    )
    return replace(kb, "roles", role.id, projects=[project])


def _hours_not_increasing(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "skills", "python", hours={1: 40, 2: 40, 3: 400})


def _alias_on_two_skills(kb: KnowledgeBase) -> KnowledgeBase:
    skill = kb.skills["python"]
    return replace(kb, "skills", "python", aliases=[*skill.aliases, "向量数据库"])


def _band_high_below_low(kb: KnowledgeBase) -> KnowledgeBase:
    band = Band(level="mid", low=200, high=100, currency="USD", region="x", source_id=SEEDS[1])
    return replace(kb, "roles", "ai_architect", salary_bands=[band])


def _self_stepping_stone(kb: KnowledgeBase) -> KnowledgeBase:
    return replace(kb, "roles", "ai_architect", stepping_stones=["ai_architect"])


def _duplicate_requirement(kb: KnowledgeBase) -> KnowledgeBase:
    role = kb.roles["ai_architect"]
    return replace(kb, "roles", role.id, required=[*role.required, role.required[0]])


MISTAKES: dict[str, tuple[Mutation, str]] = {
    "role requires an unknown skill": (_role_required_unknown_skill, "unknown skill 'telepathy'"),
    "nice_to_have names an unknown skill": (_role_nice_to_have_unknown, "'juggling'"),
    "project exercises an unknown skill": (_role_project_unknown_skill, "'origami'"),
    "stepping stone is an unknown role": (_role_unknown_stepping_stone, "unknown role 'astronaut'"),
    "unknown prerequisite": (_skill_unknown_prerequisite, "unknown skill 'alchemy'"),
    "unknown resource on a skill": (_skill_unknown_resource, "'a_book_nobody_wrote'"),
    "implies an unknown skill": (_skill_unknown_implied, "unknown skill 'cobol_mastery'"),
    "resource teaches an unknown skill": (_resource_unknown_skill, "'knitting'"),
    "fact applies to an unknown role": (_fact_unknown_role, "unknown role 'wizard'"),
    "fact cites an unknown source": (_fact_unknown_source, "unknown source '999_made_up.txt'"),
    "band cites an unknown source": (_band_unknown_source, "unknown source 'blog.txt'"),
    "requirement cites an unknown source": (_requirement_unknown_source, "'rumour.txt'"),
    "resource cites an unknown source": (_resource_unknown_source, "'hearsay.txt'"),
    "role cites an unknown source": (_role_unknown_source_ids, "'ghost.txt'"),
    "project cites an unknown source": (_project_unknown_source, "'dream.txt'"),
    "prerequisite cycle": (_prerequisite_cycle, "prerequisite cycle"),
    "empty English text": (_empty_english, "English text is empty"),
    "Chinese text without Chinese": (_chinese_without_cjk, "no Chinese characters"),
    "nested Chinese text without Chinese": (
        _chinese_in_nested_project_without_cjk,
        "projects[ai_platform_architecture].title",
    ),
    "role id not snake_case": (_role_id_not_snake_case, "'AI-Architect' is not snake_case"),
    "skill id not snake_case": (_skill_id_not_snake_case, "'JudgmentReview' is not snake_case"),
    "project id not snake_case": (_project_id_not_snake_case, "'Big Project' is not snake_case"),
    "hours not strictly increasing": (_hours_not_increasing, "must strictly increase"),
    "alias names two skills": (_alias_on_two_skills, "also names skill"),
    "band high below low": (_band_high_below_low, "is below low"),
    "role is its own stepping stone": (_self_stepping_stone, "its own stepping stone"),
    "required skill listed twice": (_duplicate_requirement, "listed twice"),
}


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_each_kind_of_mistake_is_reported(kb: KnowledgeBase, mistake: str) -> None:
    mutate, expected = MISTAKES[mistake]
    problems = check_integrity(mutate(kb))
    assert any(expected in problem for problem in problems), problems


def test_cycle_is_reported_as_the_path_that_closes_it(kb: KnowledgeBase) -> None:
    broken = _prerequisite_cycle(kb)
    cycles = find_prerequisite_cycles(broken)
    assert cycles == [["programming_fundamentals", "python", "programming_fundamentals"]]
    assert find_prerequisite_cycles(kb) == []


def test_mistakes_in_yaml_files_are_caught_after_loading(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    skills_file = data / "skills.yaml"
    skills = yaml.safe_load(skills_file.read_text(encoding="utf-8"))
    for skill in skills:
        if skill["id"] == "embeddings":
            skill["prerequisites"] = ["rag"]  # rag -> vector_databases -> embeddings -> rag
        if skill["id"] == "sql":
            skill["name"]["zh"] = "SQL"
    skills_file.write_text(yaml.safe_dump(skills, allow_unicode=True), encoding="utf-8")

    problems = check_integrity(load_kb_from(data))

    assert any("prerequisite cycle" in p and "embeddings" in p and "rag" in p for p in problems)
    assert any(p.startswith("skills[sql].name") for p in problems)
    assert len(problems) == 2, problems

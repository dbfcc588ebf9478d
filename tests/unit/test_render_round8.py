"""Round 8: items are pointed at real learning material, in the reader's language where it
exists; a seed document's section (an hour or two of reading) is never an item's material."""

from __future__ import annotations

import pytest

from coach.engine.planner.assemble import pick_resources
from coach.knowledge.loader import load_kb

KB = load_kb()
LONG = [s for s in KB.skills.values() if (s.hours.get(2) or 0) >= 20]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("coder", [True, False])
def test_a_long_item_never_starts_with_a_section_of_a_document(lang: str, coder: bool) -> None:
    for skill in LONG:
        ids = pick_resources(skill, KB, lang, [], coder)  # type: ignore[arg-type]
        if ids:
            first = KB.resources[ids[0]]
            assert not first.excerpt, (skill.id, first.id)
            assert first.hours >= 5, (skill.id, first.id, first.hours)


def test_excerpts_are_marked_and_only_follow_full_material() -> None:
    excerpts = [r for r in KB.resources.values() if r.excerpt]
    assert excerpts, "the seed documents' sections are marked as excerpts"
    for skill in KB.skills.values():
        found = KB.learning_resources(skill.id, "zh")
        flags = [r.excerpt for r in found]
        assert flags == sorted(flags), skill.id  # every excerpt after every full resource


@pytest.mark.parametrize(
    "skill_id",
    [
        "agents",
        "evaluation",
        "multi_agent_systems",
        "stateful_agent_workflows",
        "advanced_rag",
        "inference_optimization",
        "model_compression",
        "llmops",
    ],
)
def test_a_chinese_coder_gets_chinese_material_for_the_llm_engineering_core(skill_id: str) -> None:
    ids = pick_resources(KB.skills[skill_id], KB, "zh", [], True)
    assert ids and KB.resources[ids[0]].language in ("zh", "mixed"), (skill_id, ids)


def test_an_english_plan_never_lists_chinese_only_material() -> None:
    for skill in KB.skills.values():
        for coder in (True, False):
            for rid in pick_resources(skill, KB, "en", [], coder):
                assert KB.resources[rid].language != "zh", (skill.id, rid)

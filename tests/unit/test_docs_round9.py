"""Round 9 (an embedded C engineer of medical devices vs an edge-AI posting): a skill's name
says no level ("deep learning" is no "deep" ask), the requirements list's own "a plus" stands
over the job's story, a skill only the story names is asked at basic level, and deploying or
quantising on constrained hardware is the edge skills."""

from __future__ import annotations

from coach.engine.posting import parse_posting
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb

KB = load_kb()
LEX = get_lexicon(KB)

JOB = """Edge AI Engineer – Imaging Devices
About the role
You will bring deep learning models to our scanners: quantise and deploy CNNs on embedded NPUs,
and make them meet the EU AI Act.
Must have
- 3+ years C/C++ on embedded targets
- Model deployment on edge devices: TensorFlow Lite or ONNX Runtime
- Quantisation (INT8) and profiling on constrained hardware
Nice to have
- Familiarity with the EU AI Act
"""


def _reqs() -> dict[str, object]:
    return {r.skill_id: r for r in parse_posting(JOB, LEX, KB).requirements}


def test_a_skills_name_is_no_level_word_and_the_story_asks_at_basic_level() -> None:
    dl = _reqs()["deep_learning"]
    assert dl.level == 1 and dl.emphasis != "stressed"  # type: ignore[attr-defined]


def test_the_lists_a_plus_stands_over_the_story() -> None:
    act = _reqs()["ai_ethics_governance"]
    assert not act.required and act.level == 1  # type: ignore[attr-defined]


def test_deploying_and_quantising_on_constrained_hardware_are_edge_skills() -> None:
    reqs = _reqs()
    assert {"edge_inference", "edge_quantization"} <= set(reqs)
    assert "model_serving" not in reqs and "model_compression" not in reqs


def test_advanced_in_a_skills_name_is_no_expert_ask() -> None:
    reqs = {
        r.skill_id: r
        for r in parse_posting(
            "RAG Engineer\n- Experience with advanced RAG\n", LEX, KB
        ).requirements
    }
    assert all(r.level == 2 for r in reqs.values())


def test_regulated_work_in_a_cv_is_basic_ai_governance() -> None:
    from datetime import date

    from coach.engine.cv_import import profile_from_cv

    cv = (
        "Senior Embedded Engineer, MedPump (2019-now)\n"
        "- Firmware in C for an infusion pump, IEC 62304 class C, ISO 14971 risk files\n"
    )
    levels = {
        c.skill_id: c.level
        for c in profile_from_cv(cv, LEX, KB, date(2026, 12, 2)).profile.skills
        if c.skill_id
    }
    assert levels.get("ai_ethics_governance") == 1

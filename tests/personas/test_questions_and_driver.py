"""The question classifier (catalog texts, numbered lists, keywords) and the persona format."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.evals.personas.model import Answers, Persona, load_persona
from coach.evals.personas.questions import catalog_fragments, question_kind
from coach.i18n import t


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("ask.background", "background"),
        ("ask.target", "target"),
        ("ask.hours_per_week", "hours"),
        ("ask.horizon", "horizon"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_catalog_question_is_recognised(key: str, kind: str, lang: str) -> None:
    assert question_kind(t(lang, "noted") + " " + t(lang, key)) == kind


def test_catalog_fragments_cover_the_question_keys() -> None:
    kinds = {kind for _, kind in catalog_fragments()}
    assert {"background", "target", "hours", "horizon", "confirm"} <= kinds


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        ("Roles that fit you:\n1. Agent engineer\n2. AI architect\n3. MLOps\nWhich one?", "choice"),
        ("适合你的方向：\n1、AI 应用工程师\n2、智能体工程师\n请回复编号。", "choice"),
        (
            "These fit you:\n1. **Agent engineer** - why\n2. **AI architect** - why\nReply 1 or 2.",
            "choice",
        ),
        ("**1.** Agent engineer\n**2.** AI architect\nPick one.", "choice"),
        ("① AI 应用工程师\n② 智能体工程师\n回复编号即可", "choice"),
        ("Option 1 - MLOps engineer\nOption 2 - AI architect\nWhich one suits you?", "choice"),
        ("Here is what I understood: ... Is this right?", "confirm"),
        (
            "What I understood:\n1. Now: nurse\n2. Target: AI architect\nDid I get that right?",
            "confirm",
        ),
        ("我理解的情况如下：……对吗？", "confirm"),
        ("Roughly how much time per week can you put in?", "hours"),
        ("你每周大概能拿出几个小时？", "hours"),
        ("And by when would you like to have switched?", "horizon"),
        ("你希望多久完成转型？", "horizon"),
        ("Which role are you aiming for?", "target"),
        ("你想转向什么方向？", "target"),
        ("Tell me about your current job.", "background"),
        ("Do you like cats?", "other"),
        ("Your plan is ready.", None),
        ("", None),
    ],
)
def test_reworded_questions_are_matched_generously(reply: str, kind: str | None) -> None:
    assert question_kind(reply) == kind


def test_answers_repeat_the_last_entry_and_fall_back() -> None:
    answers = Answers.model_validate({"hours": ["10", "8"], "fallback": "not sure"})
    assert [answers.for_kind("hours", n) for n in range(3)] == ["10", "8", "8"]
    assert answers.for_kind("horizon", 0) == "not sure"
    assert answers.for_kind("other", 0) == "not sure"
    assert Answers().for_kind("hours", 0) is None


def test_a_persona_with_an_unknown_key_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "id: x\nlanguage: en\nperson: p\nfirst: hi\nexpect: {target_role: a}\nanswer: {}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="answer"):
        load_persona(path)


def test_after_turns_accept_plain_strings() -> None:
    persona = Persona.model_validate(
        {
            "id": "x",
            "language": "en",
            "person": "p",
            "first": "hi",
            "after": ["finished week 1", {"mentor": "approve"}],
            "expect": {"target_role": "a"},
        }
    )
    assert persona.first == ["hi"]
    assert persona.after[0].say == "finished week 1"
    assert persona.after[1].mentor == "approve"


def test_choice_role_answers_with_the_number_of_that_role() -> None:
    from collections import Counter

    from coach.evals.personas.drive import Run, _Driver

    persona = Persona.model_validate(
        {
            "id": "choice",
            "language": "en",
            "person": "p",
            "first": "hi",
            "answers": {"choice_role": "mlops_engineer", "choice": "1"},
            "expect": {"target_role": "mlops_engineer"},
        }
    )
    driver = _Driver(persona, Run(persona))
    listed = "Fits:\n1. Agent engineer\n2. MLOps / LLMOps engineer\n3. AI architect\nWhich?"
    assert driver.answer_for("choice", listed, Counter()) == "2"
    assert driver.answer_for("choice", "1. Agent engineer\n2. AI architect\n?", Counter()) == "1"

"""`coach profile`: what coach knows about a person, each field with the user's own words."""

from __future__ import annotations

import json

from coach.engine.fields import avoids_coding
from coach.schemas import Profile
from tests.integration.cli_helpers import chat, run

NURSE = [
    "I'm a nurse, 12 years in the ICU. I don't want to become a programmer",
    "not sure",
    "5 hours a week",
    "within a year",
    "you pick",
]


def test_profile_json_uses_the_contract_names_and_quotes_the_user() -> None:
    session, _ = chat(*NURSE, extra=("--user", "ana"))
    result = run("profile", "ana", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["session"] == session
    assert set(doc["profile"]) == set(Profile.model_fields)
    profile = Profile.model_validate(doc["profile"])
    assert profile.target_role == doc["choice"]["chosen"]
    assert doc["evidence"]["hours_per_week"] == "5 hours a week"
    assert doc["evidence"]["horizon_weeks"] == "within a year"
    assert doc["evidence"]["target_role"] == "you pick"
    assert "nurse" in doc["evidence"]["current_role"]
    assert avoids_coding(profile)  # kept as a constraint or a refusal, with the user's words
    assert "programmer" in json.dumps(doc["evidence"]) + json.dumps(doc["profile"])
    assert {s["skill_id"] for s in doc["transferred_skills"]} >= {
        "judgment_review",
        "communication",
    }


def test_profile_text_shows_every_field_with_words_and_the_choice() -> None:
    session, _ = chat(*NURSE, extra=("--user", "ana"))
    result = run("profile", "--session", session)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "What coach knows about ana" in text
    assert '"5 hours a week"' in text and '"you pick"' in text
    assert "chosen from:" in text and "my pick, as you asked" in text


def test_profile_in_chinese_and_for_an_unknown_user() -> None:
    chat("我是会计，做了6年，天天用Excel", "不知道", "每周5小时", "一年内", extra=("--user", "li"))
    text = run("profile", "li").stdout
    assert "coach 对 li 的了解" in text and "你的原话：“每周5小时”" in text
    assert "- 每周小时数：5" in text and "由你的工作和其他技能推断的技能" in text
    unknown = run("profile", "nobody")
    assert unknown.exit_code == 0 and "knows nothing about nobody" in unknown.stdout
    assert json.loads(run("profile", "nobody", "--json").stdout)["profile"] is None

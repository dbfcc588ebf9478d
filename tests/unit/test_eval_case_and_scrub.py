"""The case format and the scrubber."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from coach.evals.case import Step, case_files
from coach.evals.scrub import EMPLOYER, NAME, Scrubber, find_names


def test_a_step_is_exactly_one_of_user_mentor_resume() -> None:
    assert Step(user="hi").kind == "user"
    assert Step(mentor={"action": "approve"}).kind == "mentor"
    assert Step(resume=True).kind == "resume"
    with pytest.raises(ValidationError):
        Step(user="hi", resume=True)
    with pytest.raises(ValidationError):
        Step()
    with pytest.raises(ValidationError):
        Step(resume=False)


def test_a_step_serialises_only_its_own_key() -> None:
    assert Step(user="hi").model_dump() == {"user": "hi"}
    assert json.loads(Step(resume=True).model_dump_json()) == {"resume": True}


def test_case_files_takes_folders_and_files_once(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text("{}")
    (tmp_path / "a.json").write_text("{}")
    files = case_files([tmp_path, tmp_path / "a.json"])
    assert [f.name for f in files] == ["a.json", "b.json"]
    with pytest.raises(ValueError, match="no such case"):
        case_files([tmp_path / "missing.json"])


def test_names_people_give_are_found_in_english_and_chinese() -> None:
    texts = [
        "Hi, I'm Ana Lima, a Java developer.",
        "My name is Bob. I'm a developer.",
        "I'm an Android developer",
        "我叫王小明，做了4年前端。",
    ]
    assert find_names(texts) == ["Ana Lima", "Bob", "王小明"]


def test_scrubber_replaces_personal_data_everywhere_and_counts_it() -> None:
    scrubber = Scrubber(names=["Ana Lima"], employers=["Globex"], mentor_ids={"mei": "mentor-1"})
    data = {
        "user": "I'm Ana Lima (ana@example.com, +1 415 555 0134), at Globex since 2019.",
        "nested": ["globex pays well", {"mentor": "mei approved", "keep": "meiosis"}],
        "hours": 8,
    }
    out = scrubber.data(data)
    text = json.dumps(out, ensure_ascii=False)
    for secret in ("Ana Lima", "ana@example.com", "415 555", "Globex", "globex", "mei approved"):
        assert secret not in text
    assert NAME in text and EMPLOYER in text and "[EMAIL]" in text and "[PHONE]" in text
    assert out["nested"][1] == {"mentor": "mentor-1 approved", "keep": "meiosis"}
    assert out["hours"] == 8 and "2019" in out["user"]
    counts = scrubber.counts
    assert (counts.names, counts.employers, counts.emails, counts.phones) == (1, 2, 1, 1)
    assert counts.mentor_ids == 1


def test_scrubber_catches_national_phones_name_fields_greetings_signatures_and_handles() -> None:
    texts = [
        "Name: Ana Lima, Android developer",
        "Hi, Bruno here. I do SQL, 8 hours a week until 2027-06-30.",
        "Thanks for the plan!\nBest,\nCarla Souza",
        "姓名：张伟，做前端4年",
        "ping me @ana_l or see github.com/analima and linkedin.com/in/ana-lima",
        "UK 07700 900123, FR 06 12 34 56 78, CN 010-12345678, IN 98765 43210, (0755) 1234 5678",
    ]
    names = find_names(texts)
    assert {"Ana Lima", "Bruno", "Carla Souza", "张伟"} <= set(names)
    scrubber = Scrubber(names=names)
    out = [scrubber.text(t) for t in texts]
    joined = "\n".join(out)
    for secret in ("Ana", "Bruno", "Carla", "张伟", "@ana_l", "analima", "ana-lima", "900123"):
        assert secret not in joined, secret
    assert out[-1].count("[PHONE]") == 5
    assert "8 hours a week until 2027-06-30" in out[1]  # numbers that are not phones stay
    assert scrubber.counts.handles == 3


def test_scrubber_leaves_ordinary_sentences_alone() -> None:
    texts = ["Python here is fine", "I am here to learn", "0.5 years, 12 months, 40 hours"]
    assert find_names(texts) == []
    scrubber = Scrubber()
    assert [scrubber.text(t) for t in texts] == texts


def test_short_handles_are_scrubbed_too() -> None:
    scrubber = Scrubber()
    out = scrubber.text("find me as @mei or @bo_1 on the forum; mail at noon")
    assert "@mei" not in out and "@bo_1" not in out
    assert scrubber.counts.handles == 2

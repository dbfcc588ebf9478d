"""Every field a reader can return has a name in both languages (a mentor's project request
for COBOL code crashed every later review with KeyError 'coach.field.software')."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.constraints.describe import describe_constraint
from coach.engine.constraints.model import Constraint
from coach.engine.constraints.topics import PROJECT_FIELDS
from coach.engine.field_table import FIELDS
from coach.engine.fields import field_name
from coach.knowledge.loader import load_kb

FIELD_IDS = sorted({f.id for f in FIELDS} | set(PROJECT_FIELDS))


@pytest.mark.parametrize("field_id", FIELD_IDS)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_field_has_a_name(field_id: str, lang: str) -> None:
    name = field_name(field_id, lang)
    assert name and "_" not in name and "coach." not in name
    if lang == "zh":
        assert any("\u4e00" <= ch <= "\u9fff" for ch in name)


def test_the_catalog_word_wins_over_the_table_name() -> None:
    assert field_name("teaching", "en") == "education"


def test_an_unknown_field_is_an_error_not_a_silent_id() -> None:
    with pytest.raises(KeyError):
        field_name("no_such_field", "en")


@pytest.mark.parametrize("field_id", sorted(PROJECT_FIELDS))
def test_a_project_field_request_is_described(field_id: str) -> None:
    c = Constraint(kind="project_field", text="project on it", project_field=field_id)
    for lang in ("en", "zh"):
        assert field_name(field_id, lang) in describe_constraint(
            c, lang, load_kb(), date(2026, 12, 7), 26
        )

"""The field a person wants the project in is the one they ask for, never the one they name to
leave ("about bridges instead of HR")."""

from __future__ import annotations

import pytest

from coach.engine.answers_life import project_field_line


@pytest.mark.parametrize(
    ("text", "lang", "wanted", "left"),
    [
        ("can the project be about bridges instead of HR", "en", "bridges", "recruiting"),
        ("I want to do the project in finance, not HR", "en", "finance", "recruiting"),
        ("项目能不能做桥梁方向的，而不是招聘", "zh", "桥梁", "招聘"),
    ],
)
def test_the_project_field_is_the_one_asked_for(
    text: str, lang: str, wanted: str, left: str
) -> None:
    line = project_field_line(text, lang) or ""
    assert wanted in line and left not in line, line


def test_no_field_line_for_a_project_about_their_own_things() -> None:
    assert project_field_line("can the project be about my own data?", "en") is None

"""A value set into Chinese template text is spaced from it where a Latin letter meets a Chinese
character ("转向 AI 应用工程师", "讲清 Docker 容器化"), as the catalog's own text is written;
the values themselves (a user's words) are left as they are, and English is untouched."""

from __future__ import annotations

import pytest

from coach.i18n import MESSAGES, format_zh, t


@pytest.mark.parametrize(
    ("text", "values", "want"),
    [
        ("转向{role}", {"role": "AI 增强型职场人"}, "转向 AI 增强型职场人"),
        ("讲清{name}。", {"name": "Docker 容器化"}, "讲清 Docker 容器化。"),
        ("{name}被推迟", {"name": "Docker"}, "Docker 被推迟"),
        ("替代{costly}的代理模型", {"costly": "DFT 计算"}, "替代 DFT 计算的代理模型"),
        ("“{role}”", {"role": "AI 应用工程师"}, "“AI 应用工程师”"),  # quotes: no space
        ("第 {week} 周", {"week": 3}, "第 3 周"),  # already spaced: unchanged
        ("用到{skills}", {"skills": "检索增强生成（RAG）"}, "用到检索增强生成（RAG）"),
        (
            "来自你的背景：{words}",
            {"words": "我在杭州做Java后端开发"},
            "来自你的背景：我在杭州做Java后端开发",
        ),
        ("{a}{b}", {"a": "AI", "b": "应用"}, "AI应用"),  # two values: the caller's join
        ("名为 {name!r} 的导师", {"name": "bob"}, "名为 'bob' 的导师"),
        ("约 {n:.1f} 小时", {"n": 2.25}, "约 2.2 小时"),
    ],
)
def test_a_value_is_spaced_from_chinese_template_text(
    text: str, values: dict[str, object], want: str
) -> None:
    assert format_zh(text, values) == want


def test_every_catalog_message_formats_as_str_format_does_apart_from_spaces() -> None:
    """The spacing never changes anything but spaces: for every message, filled with Latin and
    Chinese values, the text equals ``str.format``'s once spaces are removed."""
    import string

    for key, (_, zh) in MESSAGES.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(zh) if f}
        if not fields or any(not f.isidentifier() for f in fields):
            continue
        values = {f: "AI 工具" for f in fields}
        try:
            plain = zh.format(**values)
        except (ValueError, TypeError, KeyError, IndexError):
            continue  # a numeric format spec: covered above
        assert t("zh", key, **values).replace(" ", "") == plain.replace(" ", ""), key


def test_english_is_formatted_as_before() -> None:
    key = "render.diff.constraint"
    assert t("en", key, text="Python ≤ 20 h") == MESSAGES[key][0].format(text="Python ≤ 20 h")

"""The shared text rules: which language a conversation continues in."""

from __future__ import annotations

from coach.text import clean, conversation_language


def test_a_short_answer_in_the_other_language_keeps_the_conversation_language() -> None:
    assert conversation_language("1 year", "zh") == "zh"
    assert conversation_language("ok, 10 hours", "zh") == "zh"
    assert conversation_language("好的", "en") == "en"
    assert conversation_language("I would rather we talk in English from now on", "zh") == "en"
    assert conversation_language("我还是用中文说吧，方便一点", "en") == "zh"
    assert conversation_language("1 year", None) == "en"
    assert conversation_language("一年", None) == "zh"
    assert conversation_language("12", "zh") == "zh"


def test_clean_collapses_blank_runs_and_is_idempotent() -> None:
    assert clean("a" + " " * 8000 + "b") == "a b"
    assert clean("a\t\t b\n \n\n\n  c") == "a b\n\nc"
    assert clean("Ｐｙｔｈｏｎ\u3000３年") == "Python 3年"
    for raw in ["a" + "\n" * 50 + "b", " x \n y ", "\t\t", "我 做了  5年\n\n\n后端"]:
        assert clean(clean(raw)) == clean(raw)


def test_clean_keeps_chinese_punctuation_but_folds_full_width_letters() -> None:
    assert (
        clean("我是老师，教了１０年（高中）：想转ＡＩ！行吗？")
        == "我是老师，教了10年（高中）：想转AI！行吗？"
    )


def test_evidence_quotes_chinese_punctuation_as_typed() -> None:
    from coach.engine.understand import extract_profile
    from coach.knowledge.lexicon import get_lexicon
    from coach.knowledge.loader import load_kb

    kb = load_kb()
    text = "我是会计，干了8年；每周5小时，想用AI做报表（不写代码）"
    p = extract_profile(text, None, get_lexicon(kb), kb)
    assert p.years_experience == 8 and p.hours_per_week == 5
    assert p.target_role == "ai_augmented_professional"
    assert all("," not in v and ";" not in v for v in p.evidence.values()), p.evidence


def test_chinese_with_english_terms_is_chinese() -> None:
    from coach.text import language_of

    assert (
        language_of("我是data engineer，5年，主要用 Spark、Flink 做实时数仓，Kafka、Airflow 也用")
        == "zh"
    )
    assert language_of("I want to do 推理加速 stuff at work") == "en"

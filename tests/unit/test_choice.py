"""Reading the answer to a numbered choice of roles, in the many ways people answer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.engine.choice import parse_choice
from coach.knowledge import load_kb
from coach.knowledge.lexicon import get_lexicon

KB = load_kb()
LEX = get_lexicon(KB)
OPTIONS = ["ai_augmented_professional", "ai_infra_engineer", "agent_engineer"]

EN_ORDINAL = {1: ["first", "1st", "top"], 2: ["second", "2nd"], 3: ["third", "3rd", "last"]}
EN_NUMBER = {1: ["1", "one"], 2: ["2", "two"], 3: ["3", "three"]}
ZH_NUMBER = {1: ["一", "1"], 2: ["二", "2"], 3: ["三", "3"]}
EN_NUMBER_TEMPLATES = [
    "{x}",
    "#{x}",
    "option {x}",
    "number {x}",
    "I'll take {x}",
    "let's go with {x}",
    "{x} please",
    "{x}.",
]
EN_ORDINAL_TEMPLATES = [
    "the {x} one",
    "the {x}",
    "{x}",
    "I'd go with the {x} one",
    "{x} sounds good",
    "ok, the {x} option",
    "hmm... the {x} one I think",
]
ZH_TEMPLATES = [
    "第{x}个",
    "第{x}个吧",
    "选{x}",
    "我选第{x}个",
    "{x}号",
    "第{x}项",
    "就第{x}个吧，谢谢",
]
FILLERS = st.sampled_from(["", " ", "  ", "ok ", "Hmm, ", "嗯，"])
TAILS = st.sampled_from(["", "!", ".", " thanks", "。", "~"])


def case(text: str, style: int) -> str:
    return text.upper() if style == 1 else text.title() if style == 2 else text


@settings(deadline=None)
@given(
    n=st.integers(1, 3),
    template=st.sampled_from(EN_NUMBER_TEMPLATES),
    pick=st.integers(0, 1),
    head=FILLERS,
    tail=TAILS,
    style=st.integers(0, 2),
)
def test_english_numbers_pick_that_option(
    n: int, template: str, pick: int, head: str, tail: str, style: int
) -> None:
    text = head + case(template.format(x=EN_NUMBER[n][pick]), style) + tail
    got = parse_choice(text, OPTIONS, KB, LEX)
    assert got is not None and got.role_id == OPTIONS[n - 1], text


@settings(deadline=None)
@given(
    n=st.integers(1, 3),
    template=st.sampled_from(EN_ORDINAL_TEMPLATES),
    pick=st.integers(0, 1),
    tail=TAILS,
    style=st.integers(0, 2),
)
def test_english_ordinals_pick_that_option(
    n: int, template: str, pick: int, tail: str, style: int
) -> None:
    word = EN_ORDINAL[n][min(pick, len(EN_ORDINAL[n]) - 1)]
    text = case(template.format(x=word), style) + tail
    got = parse_choice(text, OPTIONS, KB, LEX)
    assert got is not None and got.role_id == OPTIONS[n - 1], text
    assert got.how == "ordinal"


@settings(deadline=None)
@given(
    n=st.integers(1, 3),
    template=st.sampled_from(ZH_TEMPLATES),
    pick=st.integers(0, 1),
    head=FILLERS,
)
def test_chinese_numbers_pick_that_option(n: int, template: str, pick: int, head: str) -> None:
    text = head + template.format(x=ZH_NUMBER[n][pick])
    got = parse_choice(text, OPTIONS, KB, LEX)
    assert got is not None and got.role_id == OPTIONS[n - 1], text


@pytest.mark.parametrize(
    ("text", "role_id"),
    [
        ("推理那个", "ai_infra_engineer"),
        ("智能体那个吧", "agent_engineer"),
        ("the inference one", "ai_infra_engineer"),
        ("the agent one", "agent_engineer"),
        ("Agent engineer please", "agent_engineer"),
        ("AI-augmented professional", "ai_augmented_professional"),
        ("不写代码的那个", "ai_augmented_professional"),
        ("AI 基础设施与推理优化工程师", "ai_infra_engineer"),
        ("not the first, the second", "ai_infra_engineer"),
        ("not agent, the inference one", "ai_infra_engineer"),
    ],
)
def test_a_word_of_an_options_name_picks_it(text: str, role_id: str) -> None:
    got = parse_choice(text, OPTIONS, KB, LEX)
    assert got is not None and got.role_id == role_id


@pytest.mark.parametrize(
    "text",
    [
        "you pick",
        "You choose.",
        "your call",
        "up to you",
        "whatever you think",
        "pick for me",
        "what do you recommend?",
        "你帮我选",
        "你来定吧",
        "听你的",
        "随便",
        "都可以",
    ],
)
def test_letting_the_coach_pick_takes_the_first(text: str) -> None:
    got = parse_choice(text, OPTIONS, KB, LEX)
    assert got is not None and got.role_id == OPTIONS[0] and got.how == "coach_pick"


@pytest.mark.parametrize(
    "text",
    [
        "hmm",
        "I don't know",
        "嗯……",
        "1 or 2",
        "between the first and the second",
        "I'm 35",
        "5 hours a week",
        "maybe",
        "what's the difference?",
        "推理还是智能体",
        "one year",
        "within one year",
        "two hours a week",
        "3 months",
        "2-3 hours",
        "一年",
        "3个月",
        "每周2小时",
        "two or three hours",
    ],
)
def test_an_unclear_answer_picks_nothing(text: str) -> None:
    assert parse_choice(text, OPTIONS, KB, LEX) is None


def test_a_role_named_outright_that_was_not_offered_is_their_choice() -> None:
    got = parse_choice("actually I'd like MLOps engineer", OPTIONS, KB, LEX)
    assert got is not None and got.role_id == "mlops_engineer" and got.how == "named_other"


def test_numbers_beyond_the_options_are_not_picks() -> None:
    assert parse_choice("4", OPTIONS, KB, LEX) is None
    assert parse_choice("2", OPTIONS[:2], KB, LEX) is not None
    assert parse_choice("3", OPTIONS[:2], KB, LEX) is None


@pytest.mark.parametrize(
    "text",
    [
        "none of these",
        "Neither, honestly",
        "something else?",
        "any other options?",
        "I don't like any of them",
        "都不想要",
        "有没有别的方向",
        "换一批吧",
        "其他岗位呢",
    ],
)
def test_turning_every_option_down_is_not_a_pick(text: str) -> None:
    from coach.engine.choice import wants_other_options

    assert wants_other_options(text)
    assert parse_choice(text, OPTIONS, KB, LEX) is None


@pytest.mark.parametrize("text", ["the second one", "2", "你帮我选", "not the first"])
def test_a_pick_is_not_turning_them_down(text: str) -> None:
    from coach.engine.choice import wants_other_options

    assert not wants_other_options(text)


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("what's the difference between 1 and 2?", [0, 1]),
        ("is the second one hard?", [1]),
        ("第二个难吗？", [1]),
        ("1和2有什么区别", [0, 1]),
        ("how long would the agent one take?", [2]),
        ("which is better for me?", [0, 1, 2]),
    ],
)
def test_a_question_about_the_options_is_not_a_pick(text: str, about: list[int]) -> None:
    from coach.engine.choice import asks_about

    assert parse_choice(text, OPTIONS, KB, LEX) is None
    assert asks_about(text, OPTIONS, KB, LEX) == [OPTIONS[i] for i in about]


@pytest.mark.parametrize("text", ["Maybe the second one?", "2?", "the first", "you pick"])
def test_a_tentative_pick_is_still_a_pick(text: str) -> None:
    from coach.engine.choice import asks_about

    assert parse_choice(text, OPTIONS, KB, LEX) is not None
    assert asks_about(text, OPTIONS, KB, LEX) is None


def test_one_reader_for_a_numbered_choice_in_chat_and_in_understanding() -> None:
    from coach.engine.choice import pick_candidate

    cands = ["agent_engineer", "ai_infra_engineer", "mlops_engineer"]
    for text, want in [
        ("2", "ai_infra_engineer"),
        ("the second one", "ai_infra_engineer"),
        ("第二个", "ai_infra_engineer"),
        ("推理那个", "ai_infra_engineer"),
        ("you pick", "agent_engineer"),
        ("二", "ai_infra_engineer"),
        ("let's do two", "ai_infra_engineer"),
        ("the middle one", "ai_infra_engineer"),
    ]:
        assert pick_candidate(text, cands, KB, LEX) == want, text
    for text in ["I have 2 kids", "3 hours a week", "hmm not sure", "not the first"]:
        assert pick_candidate(text, cands, KB, LEX) is None, text

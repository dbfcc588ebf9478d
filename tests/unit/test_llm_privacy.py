"""mask_pii: identifiers are masked, the facts a coach needs are not."""

from __future__ import annotations

import pytest

from coach.llm.privacy import mask_pii


@pytest.mark.parametrize(
    ("text", "secret", "placeholder"),
    [
        ("write to jane.doe+cv@example.co.uk please", "jane.doe+cv@example.co.uk", "[EMAIL]"),
        ("邮箱是abc123@qq.com谢谢", "abc123@qq.com", "[EMAIL]"),
        ("我的手机13812345678，随时联系", "13812345678", "[PHONE]"),
        ("call +86 138 1234 5678", "138 1234 5678", "[PHONE]"),
        ("UK office +44 20 7946 0958", "7946 0958", "[PHONE]"),
        ("cell (555) 123-4567", "123-4567", "[PHONE]"),
        ("身份证号 11010519491231002X", "11010519491231002X", "[ID_NUMBER]"),
        ("card 4111 1111 1111 1111 exp 12/27", "4111 1111 1111 1111", "[CARD_NUMBER]"),
    ],
)
def test_identifiers_are_masked(text: str, secret: str, placeholder: str) -> None:
    masked = mask_pii(text)
    assert secret not in masked and placeholder in masked


@pytest.mark.parametrize(
    "text",
    [
        "I taught maths for 8 years (2016-2024) and can study 10 hours a week for 26 weeks.",
        "目标薪资 300000-450000 元，每周 15 小时，2026-03-02 开始",
        "order number 1234567890123 is not a card (fails Luhn)",
        "Python 3.11, SQL, 5 projects, version 1.2.3",
    ],
)
def test_ordinary_numbers_are_kept(text: str) -> None:
    assert mask_pii(text) == text


def test_a_session_id_is_not_a_card_number() -> None:
    from coach.llm.privacy import mask_pii

    text = "come back with `coach chat --session 20261202-365041` or 20261202-36504c"
    assert mask_pii(text) == text
    assert "[CARD_NUMBER]" in mask_pii("card 4111-1111-1111-1111, thanks")


@pytest.mark.parametrize(
    "number", ["13912345678", "19912345678", "+86 198 1234 5678", "166-1234-5678"]
)
def test_chinese_mobiles_of_every_carrier_prefix_are_masked(number: str) -> None:
    assert mask_pii(f"我的手机 {number}，周末联系") == "我的手机 [PHONE]，周末联系"


@pytest.mark.parametrize(
    "number",
    # The card networks' published test numbers: a doubled 5 makes 10, which Luhn reads as 1.
    ["5555 5555 5555 4444", "4012 8888 8888 1881", "3782 822463 10005", "6011-1111-1111-1117"],
)
def test_card_numbers_of_every_network_are_masked(number: str) -> None:
    assert mask_pii(f"my card is {number}, expires 08/29") == (
        "my card is [CARD_NUMBER], expires 08/29"
    )

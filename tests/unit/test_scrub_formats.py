"""The eval scrubber catches national phone formats, names people give in many ways, and their
handles; it leaves numbers and words that are not personal alone."""

from __future__ import annotations

import pytest

from coach.evals.scrub import HANDLE, NAME, Scrubber, find_names
from coach.llm.privacy import PHONE

PHONES = [
    "138-1234-5678",  # CN mobile
    "13812345678",
    "+86 138 1234 5678",
    "+86-10-12345678",  # CN landline, international
    "021-6123 4567",  # CN landline
    "(0755) 1234 5678",
    "+44 7700 900123",  # UK
    "07700 900 123",
    "020 7946 0958",
    "+44 (0)20 7946 0958",
    "+49 30 12345678",  # DE
    "030 12345678",
    "030/12345678",
    "0151 23456789",
    "+49 (0)151 2345 6789",
    "+91 98765 43210",  # IN
    "98765-43210",
    "9876543210",
    "(555) 123-4567",  # US
    "555.123.4567",
    "06 12 34 56 78",  # FR
    "+33 6 12 34 56 78",
    "090-1234-5678",  # JP
    "(11) 91234-5678",  # BR
    "0412 345 678",  # AU
]


@pytest.mark.parametrize("phone", PHONES)
def test_a_national_or_international_phone_is_replaced_whole(phone: str) -> None:
    scrubber = Scrubber()
    out = scrubber.text(f"call me on {phone} after six")
    assert out == f"call me on {PHONE} after six"
    assert scrubber.counts.phones == 1


NAMED = [
    ("Name: Ana Lopez, Android developer", "Ana Lopez"),
    ("NAME - Bruno Silva", "Bruno Silva"),
    ("Full name: José Álvarez", "José Álvarez"),
    ("Name: Nguyễn Văn An", "Nguyễn Văn An"),
    ("Hi, Carla here. I do SQL.", "Carla"),
    ("hey, it's Omar here", "Omar"),
    ("Thanks for the plan!\nBest,\nDiego Ruiz", "Diego Ruiz"),
    ("Cheers, Femi", "Femi"),
    ("see you\n-- \nGreta Holm", "Greta Holm"),
    ("Best regards,\nDr. Hana Novak", "Hana Novak"),
    ("# Priya Raman\nData Analyst · Leeds\n\n## Summary", "Priya Raman"),
    ("TOMASZ WIŚNIEWSKI\nSite Reliability Engineer\nKraków", "TOMASZ WIŚNIEWSKI"),
    ("姓名：陈志强    电话：138 0013 8000", "陈志强"),
    ("我叫王小明，做了4年前端", "王小明"),
    ("我是李雷，做前端三年", "李雷"),
    ("谢谢老师！\n此致\n张伟", "张伟"),
    ("个人简历\n孙悦 | 北京 | 邮箱", "孙悦"),
    ("# 王晓雯 · 数据分析\n上海", "王晓雯"),
    ("我的简历：周磊 嵌入式软件工程师", "周磊"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_name_people_give_is_found_and_scrubbed_everywhere(text: str, name: str) -> None:
    assert name in find_names([text])
    scrubber = Scrubber(names=find_names([text]))
    out = scrubber.text(text + f"\nlater: {name} again")
    assert name not in out and NAME in out


HANDLES = [
    "@ana_l",
    "github.com/ana-lopez",
    "https://gitlab.com/ana",
    "linkedin.com/in/ana-lopez",
    "huggingface.co/ana",
    "medium.com/@ana",
    "t.me/ana",
    "ana-lopez.github.io",
    "zhihu.com/people/ana",
]


@pytest.mark.parametrize("handle", HANDLES)
def test_a_handle_or_profile_link_is_one_placeholder(handle: str) -> None:
    scrubber = Scrubber(names=["Ana"])
    assert scrubber.text(f"see {handle} for my work") == f"see {HANDLE} for my work"


ACCOUNTS = [
    ("wechat: ana_2024", "ana_2024"),
    ("WeChat ID: analopez88", "analopez88"),
    ("微信：ana2024", "ana2024"),
    ("微信号 wxid_abc123", "wxid_abc123"),
    ("QQ: 12345678", "12345678"),
    ("QQ号：987654321", "987654321"),
    ("discord: ana#1234", "ana#1234"),
    ("my handle is ana_l on the forum", "ana_l"),
]


@pytest.mark.parametrize(("text", "account"), ACCOUNTS)
def test_an_account_named_by_its_app_is_replaced_and_the_label_kept(
    text: str, account: str
) -> None:
    out = Scrubber().text(text)
    assert account not in out and HANDLE in out
    assert out.replace(HANDLE, account) == text


NOT_PERSONAL = [
    "I work 8 hours a week until 2027-06-30",
    "salary 30000-40000 a year, 15000 元/月",
    "version 2.10.1, ratio 0.75, 3.5 years",
    "in 2019 I did 1200 hours; session 20261202-ab12cd",
    "Python here is fine",
    "I am here to learn",
    "I handle customer support and signal processing",
    "line manager: Bob's team uses Slack; wechat mini programs",
    "Do your own work on the Linux command line: files, permissions, processes",
    "signal: noisy; slack: two days",
    "微信小程序开发三年，我是程序员，我是学生",
    "MLOps Engineer, ML Platform\n\nAbout us\nWe build",
    "LLM Application Engineer (Supply Chain AI)\n\nAbout the role\n",
]


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_numbers_roles_and_ordinary_words_are_left_alone(text: str) -> None:
    assert find_names([text]) == []
    assert Scrubber().text(text) == text

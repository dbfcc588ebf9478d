"""A posting's versions and qualifiers are set aside before matching; its pay is read into
figures; "A or B" stays one requirement when a version sits between the two."""

from __future__ import annotations

import pytest

from coach.engine.posting import parse_posting
from coach.engine.posting_lines import unversioned
from coach.engine.posting_pay import read_pay
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb


def _reqs(line: str) -> dict[str, list[str]]:
    kb = load_kb()
    posting = parse_posting("Job\n" + line, get_lexicon(kb), kb)
    return {r.skill_id: sorted(r.alternatives) for r in posting.requirements}


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("Strong C++17 skills", "Strong C++ skills"),
        ("熟练掌握C++11/14/17", "熟练掌握C++"),
        ("Go (1.20+) or Rust", "Go or Rust"),
        ("Must know Java 11 or later", "Must know Java"),
        ("有 CUDA 11 以上版本的经验", "有 CUDA的经验"),
        ("3+ years of Python", "3+ years of Python"),  # years are no version
        ("Python 3 years", "Python 3 years"),
        ("EC2 and S3", "EC and S3"),  # read both ways: the lexicon's EC2 is kept (below)
    ],
)
def test_versions_are_set_aside(line: str, plain: str) -> None:
    assert unversioned(line)[0] == plain


def test_versioned_names_match_and_or_survives_a_version() -> None:
    assert _reqs("Strong C++17 skills") == {"cpp": []}
    assert _reqs("熟悉 Java8 或以上版本") == {"java": []}
    assert _reqs("Experience with Java 8+ or Kotlin") == {"java": ["kotlin"], "kotlin": ["java"]}
    assert "cloud" in _reqs("Experience with EC2")
    assert _reqs("Strong Python 3 and C++17") == {"python": [], "cpp": []}


def test_a_versioned_name_is_not_an_uncovered_term() -> None:
    kb = load_kb()
    posting = parse_posting("Job\nStrong C++17 and modern CMake", get_lexicon(kb), kb)
    assert posting.uncovered == ["CMake"]


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period", "months"),
    [
        ("$180k–$220k base", 180000, 220000, "USD", "year", None),
        ("£70,000 - £85,000 per annum", 70000, 85000, "GBP", "year", None),
        ("€65–80k", 65000, 80000, "EUR", "year", None),
        ("$60-$75/hour", 60, 75, "USD", "hour", None),
        ("C$120k-150k", 120000, 150000, "CAD", "year", None),
        ("25-40K·14薪", 25000, 40000, "CNY", "month", 14),
        ("年薪40-60万", 400000, 600000, "CNY", "year", None),
        ("月薪2-3万，13薪", 20000, 30000, "CNY", "month", 13),
        ("15k-25k RMB/月", 15000, 25000, "CNY", "month", None),
    ],
)
def test_pay_figures(
    text: str, low: float, high: float, currency: str, period: str, months: int | None
) -> None:
    pay = read_pay(text)
    assert pay is not None
    assert (pay.low, pay.high, pay.currency, pay.period, pay.months) == (
        low,
        high,
        currency,
        period,
        months,
    )


def test_pay_a_year_counts_the_months_paid() -> None:
    pay = read_pay("25-40K·14薪")
    assert pay is not None and pay.yearly() == (350000, 560000)
    assert read_pay("2 days a week in the office") is None


def test_posting_keeps_its_pay_and_the_pay_line_names_no_term() -> None:
    kb = load_kb()
    posting = parse_posting(
        "ML Engineer\nPay range: USD 145,000 - 210,000 per year\n- 3+ years of Python",
        get_lexicon(kb),
        kb,
    )
    assert posting.pay_range is not None and posting.pay_range.high == 210000
    assert posting.uncovered == []


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Python, Go or Rust", {"python", "golang", "rust"}),
        ("熟悉 Java、Go、Python 中至少一种", {"java", "golang", "python"}),
        ("Proficient in one of Java, Go, Python", {"java", "golang", "python"}),
        ("熟悉Python、Java或Go", {"python", "java", "golang"}),
    ],
)
def test_a_list_ending_in_or_or_asking_one_of_it_is_one_choice(line: str, group: set[str]) -> None:
    reqs = _reqs(line)
    assert set(reqs) == group
    assert all(set(alts) == group - {sid} for sid, alts in reqs.items())


def test_a_list_with_and_keeps_only_its_or_pair() -> None:
    assert _reqs("Strong SQL, Python and Docker") == {"sql": [], "python": [], "docker": []}


@pytest.mark.parametrize(
    ("line", "gpu"),
    [
        ("You will keep our 4,000-GPU training cluster healthy", False),
        ("有GPU集群调度经验者优先", False),
        ("Experience with GPU programming", True),
        ("Experience optimizing GPU workloads", True),
    ],
)
def test_a_gpu_is_hardware_unless_the_line_codes_for_it(line: str, gpu: bool) -> None:
    assert ("gpu_programming" in _reqs(line)) == gpu

"""Long or odd input stays cheap: no turn's understanding is quadratic in its length.

Each case is one message of about 8,000 characters (the most the profiler reads). Before the fix,
8,000 digits took 12 s and 8,000 blank lines over a minute (regexes re-scanned a run of digits
or blanks from each of its positions). Time is CPU time of this process, so a busy machine does
not fail the test; linear work takes a fraction of the budget.
"""

from __future__ import annotations

import random
import time

import pytest

from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import Lexicon
from tests.unit.conftest_kb import fixture_kb

KB = fixture_kb()
LEX = Lexicon.from_kb(KB)
N = 8000
BUDGET_CPU_S = 2.0
_rng = random.Random(7)

CASES = {
    "digits": "1" * N,
    "chinese_numerals": "一" * N,
    "tens": "十" * N,
    "decimals": "1." * (N // 2),
    "spaces": "a" + " " * (N - 2) + "b",
    "blank_lines": "a" + "\n" * (N - 2) + "b",
    "tabs": "\t" * N,
    "dashes": "-" * N,
    "one_skill_repeated": ("python " * N)[:N],
    "skill_list": ("Python, SQL, Docker, Kubernetes, RAG, LangChain, 向量数据库, " * N)[:N],
    "wishes": ("I want to learn python and rag " * N)[:N],
    "years": ("5 years " * N)[:N],
    "hours": ("5 hours a week " * N)[:N],
    "zh_years": ("做了5年 " * N)[:N],
    "random_numbers": "".join(
        _rng.choice("0123456789 一二十年小时周hours years ,.") for _ in range(N)
    ),
    "random_words": "".join(_rng.choice("abc I'm am at for in  \n-–") for _ in range(N)),
    "cv_like": (
        "Senior data engineer, 2016-2024: Python, SQL, Spark; built pipelines.\n我做过数据仓库。\n"
        * N
    )[:N],
}


@pytest.mark.parametrize("asked", [None, "background", "target", "hours_per_week", "horizon"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_an_8000_character_turn_is_understood_in_bounded_time(name: str, asked: str | None) -> None:
    start = time.process_time()
    profile = extract_profile(CASES[name], None, LEX, KB, asked)
    spent = time.process_time() - start
    assert spent < BUDGET_CPU_S, f"{name} (asked={asked}) took {spent:.2f} s of CPU"
    assert profile is not None


def test_digits_still_read_as_numbers_next_to_words() -> None:
    # The look-behind that bounds the search must not lose real numbers.
    p = extract_profile("我做了14年前端，每周12小时，一年半内", None, LEX, KB)
    assert p.years_experience == 14 and p.hours_per_week == 12 and p.horizon_weeks == 78
    p = extract_profile("Android developer for 11 years, 2.5 hours a day", None, LEX, KB)
    assert p.years_experience == 11 and p.hours_per_week == 17.5

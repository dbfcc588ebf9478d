"""No promises about jobs or pay, in English or Chinese."""

from __future__ import annotations

import re

from coach.engine.checks.common import finding, plan_texts
from coach.i18n import t
from coach.schemas import Finding, Plan

_JOB_WORDS_EN = (
    r"(?:jobs?|offers?|positions?|roles?|hired|hiring|employment|placements?|salar(?:y|ies)|pay"
    r"|income|interviews?|career|promotion|raise)"
)


_JOB_WORDS_ZH = r"(?:就业|录用|录取|offer|入职|工作|岗位|职位|薪|涨薪|拿到|找到|面试|转型成功|高薪)"


_NEEDLES: dict[str, re.Pattern[str]] = {}
"""A pattern's needle: words every match of it contains, searched first with the same flags
(a plain word is found fast; a pattern opening with a look-behind or ``\\b`` is tried at every
position of every text). A text without the needle cannot match, so the result is the same."""


def _needing(needle: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    _NEEDLES[pattern.pattern] = re.compile(needle, pattern.flags)
    return pattern


PROMISE_PATTERNS: tuple[re.Pattern[str], ...] = (
    _needing(
        "guarantee",
        re.compile(
            rf"(?<!no )(?<!not )(?<!cannot )(?<!can't )\bguarantee(?:d|s)?\b\W+(?:\w+\W+){{0,5}}?"
            rf"{_JOB_WORDS_EN}\b",
            re.I,
        ),
    ),
    _needing("guarantee", re.compile(rf"\b{_JOB_WORDS_EN}\s+guarantee", re.I)),
    _needing(
        "you(?:'ll| will)",
        re.compile(
            r"\byou(?:'ll| will) (?:definitely |surely |certainly )?(?:get|land|receive|secure) "
            r"(?:an? |the )?(?:offer|job|position|role)",
            re.I,
        ),
    ),
    _needing(
        "you(?:'ll| will)",
        re.compile(
            r"\byou(?:'ll| will) (?:definitely |surely |certainly )?(?:earn|make) (?:at least )?"
            r"[$¥€£]?\d",
            re.I,
        ),
    ),
    _needing(
        "%", re.compile(r"\b(?:100|hundred)\s*%\s*(?:success|placement|job|hired|offer)", re.I)
    ),
    _needing(
        "assured",
        re.compile(
            r"\bjob placement (?:is )?assured\b|\bassured (?:job|offer|salary|placement)\b", re.I
        ),
    ),
    _needing(
        "ly (?:be )?(?:hired|get )",
        re.compile(
            r"\b(?:definitely|certainly|surely) (?:be )?(?:hired|get (?:an? )?(?:offer|job))", re.I
        ),
    ),
    _needing("保证", re.compile(rf"(?<![不无难])保证.{{0,10}}?{_JOB_WORDS_ZH}", re.I)),
    re.compile(r"包就业|包offer|包 offer|包过|包入职|包录取|保就业", re.I),
    re.compile(r"一定能?(?:拿到|找到|获得|进入|入职|拿|涨薪)"),
    _needing("肯定", re.compile(r"肯定能?(?:拿到|找到|获得|入职|拿)")),
    _needing(
        "稳拿|必拿|必定|百分之百|%",
        re.compile(
            r"稳拿|必拿|必定(?:能)?(?:拿到|找到|获得)|百分之百|100\s*%\s*(?:就业|录取|拿到)"
        ),
    ),
    re.compile(r"确保.{0,8}(?:offer|录用|录取|就业|入职|薪资|年薪|月薪)", re.I),
)


def check_no_promises(plan: Plan) -> list[Finding]:
    """No text promises a job, an offer or a salary (English and Chinese patterns)."""
    out: list[Finding] = []
    for ref, text in plan_texts(plan):
        for pattern in PROMISE_PATTERNS:
            needle = _NEEDLES.get(pattern.pattern)
            if needle is not None and needle.search(text) is None:
                continue
            m = pattern.search(text)
            if m:
                excerpt = text[max(0, m.start() - 20) : m.end() + 20]
                msg = t(plan.language, "checks.promise", text=excerpt)
                out.append(finding("no_promises", "error", msg, ref))
                break
    return out

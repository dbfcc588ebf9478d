"""A job posting's first line read for its title, and a line read for the pay it states
(pure): "Solutions Engineer at Acme (Remote, US)" is the job "Solutions Engineer"; "We're hiring
an LLM Evaluation Engineer to join …" names it inside a sentence; "大模型应用开发工程师（智能体方向）
杭州 25-40K" names it before its city and pay."""

from __future__ import annotations

import re

from coach.engine.posting_pay import PostingPay, read_pay

PAY = re.compile(
    r"\b(?:salary|pay|compensation|base|OTE)\b|\$\s?\d|€\s?\d|£\s?\d|\b(?:USD|CAD|EUR|GBP|CNY|RMB)\b|"
    r"薪资|薪酬|月薪|年薪|\d+\s*[Kk万]?\s*[-–~]\s*\d+\s*[Kk万]",
    re.IGNORECASE,
)
AMOUNT = re.compile(
    r"(?:[$€£¥]|\b(?:USD|CAD|EUR|GBP|CNY|RMB|AUD|SGD)\b)\s?\d|\d\s*[kK](?![a-zA-Z])|"
    r"\d\s*(?:万|千|元)|\d{1,3}[,.]\d{3}|\d\s?(?:USD|CAD|EUR|GBP|CNY|RMB|AUD|SGD|PLN|CHF)\b",
    re.IGNORECASE,
)
"""An amount of money ("CAD 120,000", "$150k", "25-40K", "2万", "3,500 – 4,800 EUR"), not "2 days
in the office"."""
_HIRING = re.compile(
    r"\b(?:hiring|looking\s+for|seeking|searching\s+for)\s+(?:an?\s+|our\s+(?:next|first)\s+)?"
    r"(?P<title>(?:[A-Z][\w/&+.-]*\s+){0,5}[A-Z][\w/&+.-]*)|"
    r"(?:正在寻找|招聘|诚聘|寻找)(?:一[位名个])?(?P<title_zh>[^，,。；;！!\s]{2,20}?(?:工程师|专家|经理|"
    r"研究员|负责人|架构师|分析师))"
)

_TITLE_TAIL = re.compile(
    r"\s*[(（][^()（）]*(?:remote|hybrid|on-?site|in-office|full[- ]time|part[- ]time|contract|"
    r"远程|全职|兼职|驻场)[^()（）]*[)）]\s*$|\s+(?:—|\||｜|@)\s+.*$|"
    r"\s+at\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\.?$|(?<=[a-z)])\.$",
    re.IGNORECASE,
)
"""What follows the job in a title line: "(hybrid, Bristol)", "— FinServ Co (Toronto)", "| Acme"."""


def title_of(line: str) -> tuple[str | None, bool]:
    """The job's title from the posting's first line, and whether the line is only that."""
    plain = re.sub(r"^#+\s*|\*\*|__", "", line).strip()
    named = _HIRING.search(plain)
    if named:  # "We're hiring an LLM Evaluation Engineer to join …": the job, not the line
        return (named.group("title") or named.group("title_zh")).strip(), False
    pay = PAY.search(plain)
    if pay and pay.start() > 0:  # "大模型应用开发工程师（智能体方向） 杭州 25-40K": the job only
        plain = re.sub(r"\s+[\u4e00-\u9fff]{1,4}$", "", plain[: pay.start()].rstrip(" ,，|·-–—"))
    if len(plain) <= 80 and not re.match(r"^[\-*•·\d]", plain) and ":" not in plain:
        title = plain
        for _ in range(3):  # "Solutions Engineer at Acme (Remote, US)": each tail in turn
            title = _TITLE_TAIL.sub("", title).strip() or title
        return title, True
    return None, False


def pay_line(line: str) -> tuple[str, PostingPay | None]:
    """The pay a line states, as it says it (after its "Salary:" label), and as figures."""
    label = re.match(r"^[^:：]{1,16}[:：]\s*", line)
    at = PAY.search(line)
    start = label.end() if label and PAY.search(label.group(0)) else at.start() if at else 0
    pay = line[start:][:160]
    pay_range = read_pay(pay)
    if pay_range is not None and not label:  # "The base pay for this role is £70,000 -"
        pay = pay_range.text
    return pay, pay_range

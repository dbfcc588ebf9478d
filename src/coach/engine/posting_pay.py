"""The pay a job posting states, read into figures (pure): "$180k–$220k", "£70,000 - £85,000
per annum", "€65–80k", "$60-$75/hour", "CAD 130,000 to 160,000", "25-40K·14薪", "年薪40-60万",
"月薪2-3万，13薪", "15k-25k RMB/月". The low and high are in the currency's units per period;
"14薪" is how many months' pay a year. A Chinese posting's "25-40K" is a month's pay.
"""

from __future__ import annotations

import re

from coach.i18n import MESSAGES, t
from coach.schemas import PayPeriod as Period
from coach.schemas import PostingPay

__all__ = ["PostingPay", "pay_words", "read_pay"]

_SYMBOL = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "CNY", "￥": "CNY"}
_CODE = re.compile(
    r"\b(?P<code>USD|CAD|EUR|GBP|CNY|RMB|AUD|SGD|CHF|INR|JPY|HKD|NZD)\b|(?P<pre>[CAS])\$|"
    r"(?P<zh>人民币|元|万)",
    re.IGNORECASE,
)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT = r"\s*(?P<{u}>[kK](?![a-zA-Z])|万|千)?"
_PER = r"(?:\s*/\s*(?:hour|hr|h|year|yr|month|mo|年|月)\b)?"
"""A period said after the low figure too ("$60/hr - $80/hr")."""
_RANGE = re.compile(
    rf"(?:[$£€¥￥]|[CAS]\$|\b(?:USD|CAD|EUR|GBP|CNY|RMB|AUD|SGD)\s?)?\s?(?P<low>{_NUM})"
    + _UNIT.format(u="u1")
    + _PER
    + r"\s*(?:[-–—~～至到]|\bto\b)\s*"
    + rf"(?:[$£€¥￥]|[CAS]\$|\b(?:USD|CAD|EUR|GBP|CNY|RMB|AUD|SGD)\s?)?\s?(?P<high>{_NUM})"
    + _UNIT.format(u="u2"),
    re.IGNORECASE,
)
_UP_TO = re.compile(
    rf"\b(?:up\s+to|max(?:imum)?(?:\s+of)?)\s*(?:[$£€¥]|[CAS]\$|\b(?:USD|CAD|EUR|GBP)\s?)\s?"
    rf"(?P<high>{_NUM})" + _UNIT.format(u="u2"),
    re.IGNORECASE,
)
_HOUR = re.compile(r"/\s*(?:hour|hr|h)\b|\bper\s+hour\b|\ban\s+hour\b|\bhourly\b|时薪|每小时", re.I)
_MONTH = re.compile(r"/\s*(?:month|mo|月)|\bper\s+month\b|\bmonthly\b|月薪|每月|\d{2}\s*薪", re.I)
_YEAR = re.compile(
    r"/\s*(?:year|yr|年)|\bper\s+(?:year|annum)\b|\bannual(?:ly)?\b|\ba\s+year\b|\bp\.?a\.?\b|年薪",
    re.I,
)
_MONTHS = re.compile(
    r"(?P<n>1[2-9]|2[0-4])\s*薪|(?<=[kK万])\s*[*×xX]\s*(?P<n2>1[2-9]|2[0-4])(?!\d)"
)
"""How many months' pay a year: "14薪", "15-25K*13", "20-30K×14"."""


_SEPARATOR = re.compile(r"\s*[|｜,，;；]\s*")
_PAY_WORDS = re.compile(
    r"薪|年终|奖金|股票|期权|补贴|bonus|equity|commission|stock|rsu|base|ote|annual|per\s|"
    r"a\s+(?:year|month)|hourly|/\s*(?:h|hr|hour|yr|year|mo|month)\b|depending|doe\b",
    re.IGNORECASE,
)
"""A field after the figures that is still about the pay ("+ bonus", "13薪", "base + equity")."""


def _pay_fields(text: str, end: int) -> int:
    """Where the pay said from ``end`` on stops: the figures' own field, then the fields about
    pay ("…, $115,000 - $145,000 plus commission, 4+ years in pre-sales": not the years)."""
    seps = list(_SEPARATOR.finditer(text, end))
    cut = seps[0].start() if seps else len(text)
    for index, sep in enumerate(seps):
        following = seps[index + 1].start() if index + 1 < len(seps) else len(text)
        if not _PAY_WORDS.search(text[sep.end() : following]):
            break
        cut = following
    return cut


def _value(raw: str, unit: str | None) -> float:
    value = float(raw.replace(",", ""))
    return value * {"k": 1000, "K": 1000, "万": 10000, "千": 1000}.get(unit or "", 1)


def _currency(text: str, chinese: bool) -> str | None:
    for symbol, code in _SYMBOL.items():
        if symbol in text:
            m = re.search(r"(?P<pre>[CAS])\$", text)
            if symbol == "$" and m:
                return {"C": "CAD", "A": "AUD", "S": "SGD"}[m.group("pre")]
            return code
    m = _CODE.search(text)
    if m is not None and m.group("code"):
        code = m.group("code").upper()
        return "CNY" if code == "RMB" else code
    if m is not None and m.group("zh"):
        return "CNY"
    return "CNY" if chinese else None


def read_pay(text: str, chinese: bool = False) -> PostingPay | None:
    """The figures of the pay ``text`` states, or None when it states no amount; ``chinese``:
    the posting is Chinese ("25-40K" alone is then yuan a month)."""
    chinese = chinese or bool(re.search(r"[\u4e00-\u9fff]", text))
    m = _RANGE.search(text)
    up = None
    if m is not None:
        u1, u2 = m.group("u1"), m.group("u2")
        low = _value(m.group("low"), u1 or u2)
        high = _value(m.group("high"), u2 or u1)
        if low > high:
            return None
    else:
        up = _UP_TO.search(text)
        if up is None:
            return None
        low, high = None, _value(up.group("high"), up.group("u2"))
    currency = _currency(text, chinese)
    months = _MONTHS.search(text)
    period: Period = "year"
    if _HOUR.search(text):
        period = "hour"
    elif _MONTH.search(text) and not re.search(r"年薪", text):
        period = "month"
    elif not _YEAR.search(text) and currency == "CNY" and (high or 0) < 200000:
        period = "month"  # "25-40K", "2-3万" in a Chinese posting: a month's pay
    found = m if m is not None else up
    at = found.start() if found is not None else 0
    said = re.search(r"(?:年薪|月薪|时薪)\s*[:：]?\s*$", text[:at])
    at = said.start() if said is not None else at  # "年薪40-60万": its period stays with it
    said_text = text[at : _pay_fields(text, found.end() if found is not None else 0)]
    if months is not None and period == "year" and not _YEAR.search(text):
        period = "month"  # "20-30K×14": a month's pay, paid 14 times a year
    return PostingPay(
        text=said_text.strip()[:160],
        low=low,
        high=high,
        currency=currency,
        period=period,
        months=int(months.group("n") or months.group("n2")) if months else None,
    )


def _amount(lang: str, value: float) -> str:
    return t(lang, "render.amount", value=value, wan=round(value / 10000, 1))


def pay_words(pay: PostingPay, lang: str) -> str:
    """The posting's pay as it says it, with the figure a year when it states a month's or an
    hour's pay ("25-40K·14薪（约合每年 35 万–56 万 CNY）")."""
    if pay.period == "year" or pay.currency is None:
        return pay.text
    low, high = pay.yearly()
    if high is None:
        return pay.text
    money = _money_word(lang, pay.currency)
    if low is None:
        extra = t(lang, "fit.pay_yearly_high", high=_amount(lang, high), currency=money)
    else:
        extra = t(
            lang,
            "fit.pay_yearly",
            low=_amount(lang, low),
            high=_amount(lang, high),
            currency=money,
        )
    return pay.text + extra


def _money_word(lang: str, code: str) -> str:
    """The currency after an amount: the code in English ("45,000 EUR"), its Chinese name in
    Chinese ("45 万元", "4.2 万欧元"; an unnamed code after a space)."""
    if lang != "zh":
        return " " + code
    key = f"render.currency.{code}"
    return t(lang, key) if key in MESSAGES else " " + code

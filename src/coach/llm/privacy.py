"""Mask personal identifiers before text leaves the machine for a remote model.

Masked: e-mail addresses, phone numbers (international ``+..``, North-American style and
Chinese mobiles ``1[3-9]xxxxxxxxx``), Chinese resident ID numbers (18 characters, checked by
date) and payment-card-like numbers (13-19 digits passing the Luhn check). Everything else (years,
hours, salaries, dates) is left alone, so the model can still reason about the user's situation.
"""

from __future__ import annotations

import re

EMAIL = "[EMAIL]"
PHONE = "[PHONE]"
ID_NUMBER = "[ID_NUMBER]"
CARD = "[CARD_NUMBER]"

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_CN_ID = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"\d{3}[\dXx](?![0-9A-Za-z])"
)
# A card number: 13-19 digits, not part of a word; never a coach session id (YYYYMMDD-xxxxxx).
_CARD = re.compile(r"(?<![\w+-])(?!\d{8}-[0-9a-f]{6}(?![\w-]))\d(?:[ -]?\d){12,18}(?![\w-])")
_CN_MOBILE = re.compile(r"(?<![\d+])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")
_INTL_PHONE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\d)")
_NANP_PHONE = re.compile(r"(?<!\d)(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)")


def _luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def _card(match: re.Match[str]) -> str:
    return CARD if _luhn_ok(match.group(0)) else match.group(0)


def _intl(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group(0))
    return PHONE if 8 <= digits <= 15 else match.group(0)


def mask_pii(text: str) -> str:
    """``text`` with e-mails, phones, CN ID numbers and card numbers replaced by placeholders."""
    text = _EMAIL.sub(EMAIL, text)
    text = _CN_ID.sub(ID_NUMBER, text)
    text = _CN_MOBILE.sub(PHONE, text)
    text = _INTL_PHONE.sub(_intl, text)
    text = _CARD.sub(_card, text)
    return _NANP_PHONE.sub(PHONE, text)

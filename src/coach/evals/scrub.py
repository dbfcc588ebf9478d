"""Remove personal data from a recorded session before it becomes a committed case.

Replaced everywhere (user turns, mentor messages, model requests and responses, plan text):
e-mails and phones (the same placeholders the model layer masks with, plus national formats such
as ``07700 900123``, ``06 12 34 56 78``, ``010-12345678``, ``98765 43210``), names the user gave
("my name is ...", "Name: ...", "Ana here", a signature after "Best," / "Thanks," / "-- ",
"我叫...", "姓名：..."), names the maintainer named (``--scrub-name``), handles and profile links
(``@ana_l``, ``github.com/ana``), employers the maintainer named (``--scrub-employer``), and mentor
ids (``mentor-1``...). Only counts are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from coach.evals.case import Scrubbed
from coach.llm.privacy import EMAIL, PHONE, mask_pii

NAME = "[NAME]"
EMPLOYER = "[EMPLOYER]"
HANDLE = "[HANDLE]"

_CAP = r"[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+)?"
_NAME_FIELD = re.compile(rf"\b(?:full\s+)?name\s*[:：]\s*({_CAP})", re.IGNORECASE)
_HERE = re.compile(
    rf"(?:^|[.!?]\s+|\b(?i:hi|hello|hey)[,!]?\s+)({_CAP})\s+here(?=\s*(?:[,.!:;\-–—]|$))",
    re.MULTILINE,
)
_SIGN_OFF = re.compile(
    rf"(?:^--\s*$|\b(?:best|regards|best regards|kind regards|thanks|thank you|cheers|sincerely"
    rf"|yours)\s*[,!]?)\s*\n?\s*[-–—]?\s*({_CAP})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_ZH_NAME_FIELD = re.compile(r"(?:姓名|名字)\s*[:：]\s*([\u4e00-\u9fff]{2,3})")
_PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|linkedin\.com/in|twitter\.com|x\.com"
    r"|weibo\.com|zhihu\.com/people|t\.me|instagram\.com)/[A-Za-z0-9_.\-]+",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_.]{1,29}\b")
_NATIONAL_PHONE = re.compile(
    r"(?<![\w+.])(?:\(0\d{1,4}\)|0\d{1,4})(?:[ .-]?\d{2,4}){2,4}(?![\w.])"
    r"|(?<![\w+.])[6-9]\d{4}[ -]\d{5}(?!\d)"
)

_EN_NAME = re.compile(
    r"\b(?:my name is|my name's|call me|i am|i'm|this is)\s+"
    r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s*(?:[,.!;:(\-–—]|$)|\s+(?:and|from|here)\b)",
    re.IGNORECASE,
)
_ZH_NAME = re.compile(
    r"(?:我叫|我的名字是|我的名字叫|本人)([\u4e00-\u9fff]{2,3})(?=[，,。.!！\s]|$)"
)
_NOT_NAMES = {"a", "an", "the", "not", "currently", "now", "still", "new", "here"}


def find_names(texts: list[str]) -> list[str]:
    """Names people gave for themselves in ``texts`` (best effort; ``--scrub-name`` adds more)."""
    names: list[str] = []
    for text in texts:
        for match in _EN_NAME.finditer(text):
            name = match.group(1)
            # "i am" matched case-insensitively: the name itself must be capitalised.
            if name[0].isupper() and name.split()[0].lower() not in _NOT_NAMES:
                names.append(name)
        for pattern in (_NAME_FIELD, _HERE, _SIGN_OFF):
            for match in pattern.finditer(text):
                name = match.group(1)
                if name[0].isupper() and name.split()[0].lower() not in _NOT_NAMES:
                    names.append(name)
        names.extend(m.group(1) for m in _ZH_NAME.finditer(text))
        names.extend(m.group(1) for m in _ZH_NAME_FIELD.finditer(text))
    return list(dict.fromkeys(names))


def _national_phone(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group(0))
    return PHONE if 9 <= digits <= 13 else match.group(0)


def _term(value: str) -> re.Pattern[str]:
    # Word boundaries for Latin terms ("Mei" must not hit "meiosis"); CJK has no word breaks.
    escaped = re.escape(value)
    if value.isascii():
        return re.compile(rf"(?<![\w]){escaped}(?![\w])", re.IGNORECASE)
    return re.compile(escaped)


@dataclass
class Scrubber:
    """Apply the same replacements to every string of a recorded session, counting them."""

    names: list[str] = field(default_factory=list)
    employers: list[str] = field(default_factory=list)
    mentor_ids: dict[str, str] = field(default_factory=dict)
    user_id: str | None = None
    counts: Scrubbed = field(default_factory=Scrubbed)

    def __post_init__(self) -> None:
        rules: list[tuple[re.Pattern[str], str, str]] = []
        # Longest first, so "Acme Robotics" is replaced before "Acme".
        for value in sorted(self.employers, key=len, reverse=True):
            if value.strip():
                rules.append((_term(value.strip()), EMPLOYER, "employers"))
        for value in sorted(self.names, key=len, reverse=True):
            if value.strip():
                rules.append((_term(value.strip()), NAME, "names"))
        for real, alias in self.mentor_ids.items():
            rules.append((_term(real), alias, "mentor_ids"))
        self._rules = rules
        self.counts.mentor_ids = len(self.mentor_ids)
        self.counts.user_id = self.user_id is not None

    def text(self, value: str) -> str:
        for pattern, replacement, kind in self._rules:
            value, n = pattern.subn(replacement, value)
            if n and kind != "mentor_ids":
                setattr(self.counts, kind, getattr(self.counts, kind) + n)
        value, n = _PROFILE_URL.subn(HANDLE, value)
        value, m = _HANDLE.subn(HANDLE, value)
        self.counts.handles += n + m
        masked = _NATIONAL_PHONE.sub(_national_phone, mask_pii(value))
        if masked != value:
            self.counts.emails += masked.count(EMAIL) - value.count(EMAIL)
            self.counts.phones += masked.count(PHONE) - value.count(PHONE)
        return masked

    def data(self, value: Any) -> Any:
        """``value`` (JSON-like) with every string scrubbed; keys are left alone."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.data(v) for v in value]
        if isinstance(value, dict):
            return {k: self.data(v) for k, v in value.items()}
        return value

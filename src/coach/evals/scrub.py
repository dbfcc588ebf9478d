"""Remove personal data from a recorded session before it becomes a committed case.

Replaced everywhere (user turns, mentor messages, model requests and responses, plan text):
- e-mails and phones: the model layer's placeholders (international ``+..``, North American,
  Chinese mobiles ``138-1234-5678``) plus national formats (UK ``07700 900123``, ``020 7946
  0958``, ``+44 (0)20 ...``; DE ``030 12345678``, ``030/12345678``; FR ``06 12 34 56 78``; CN
  landlines ``010-12345678``, ``(0755) 1234 5678``; IN ``98765 43210``, ``9876543210``; BR
  ``(11) 91234-5678``);
- names the user gave ("my name is ...", "Name: ...", "Ana here", a signature after "Best," /
  "Thanks," / "-- ", the name a pasted CV starts with, "我叫...", "我是李雷", "姓名：...",
  "此致 ... 李雷"), names the maintainer named (``--scrub-name``);
- handles and accounts (``@ana_l``, ``github.com/ana``, ``linkedin.com/in/...``, ``wechat:
  ana_2024``, ``微信号 ...``, ``QQ: ...``, ``discord: ana#1234``, "my handle is ...");
- employers the maintainer named (``--scrub-employer``), and mentor ids (``mentor-1``...).
Only counts are kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from coach.evals.case import Scrubbed
from coach.llm.privacy import EMAIL, PHONE, mask_pii

NAME = "[NAME]"
EMPLOYER = "[EMPLOYER]"
HANDLE = "[HANDLE]"

# A name word in any Latin script ("José", "Nguyễn", "O'Brien", "Anne-Marie"); the callers
# check capitals where the context alone does not say it is a name.
_WORD = r"[^\W\d_](?:[^\W\d_]|['\-](?=[^\W\d_]))*"
_CAP = rf"{_WORD}(?:[ \t]{_WORD}){{0,2}}"
_NAME_FIELD = re.compile(rf"\b(?:full\s+)?name\s*[:：\-–]\s*({_CAP})", re.IGNORECASE)
_HERE = re.compile(
    rf"(?:^|[.!?]\s+|\b(?i:hi|hello|hey|it's|it is)[,!]?\s+)(?!(?i:it's|it is)\b)"
    rf"({_WORD}(?:\s{_WORD})?)\s+here"
    rf"(?=\s*(?:[,.!:;\-–—]|$))",
    re.MULTILINE,
)
_SIGN_OFF = re.compile(
    rf"(?:^--\s*$|^[-–—]+|\b(?:best|regards|best regards|kind regards|warm regards|thanks"
    rf"|thank you|many thanks|cheers|sincerely|yours|yours truly|all the best)\s*[,!.]?)"
    rf"[ \t]*\n?[ \t]*(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?({_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ZH_NAME_FIELD = re.compile(r"(?:姓名|名字|称呼)\s*[:：]\s*([\u4e00-\u9fff]{2,3})")
_ZH_SIGN_OFF = re.compile(
    r"(?:此致|敬礼|谢谢[！!。]?|祝好[！!。]?|顺祝商祺|——|--)\s*\n?\s*([\u4e00-\u9fff]{2,3})\s*$",
    re.MULTILINE,
)
# "我是李雷": only with a common surname and not a word for a job or a person ("我是程序员",
# "我是学生" stay), since 我是 mostly says what someone is, not who.
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤"
)
_ZH_I_AM = re.compile(rf"我是([{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?=[，,。.!！\s]|$)")
_ZH_NOT_NAME_END = set("员师生者家工长人手匠官士")
# A CV's header: its first line is the person's name ("# Priya Raman", "TOMASZ WIŚNIEWSKI",
# "个人简历\n孙悦 | 北京", "我的简历：周磊 嵌入式..."). Only in a text of several lines (or after
# a 简历 label), and never a line of job or heading words (a posting's title).
_CV_HEAD = re.compile(
    rf"\A\s*(?:#+\s*)?(?:(?:resume|cv|curriculum vitae)\s*[:\n]\s*)?({_WORD}(?:[ \t]{_WORD}){{1,2}})"
    rf"[ \t]*(?:[|·,–—\-][^\n]*)?\n",
    re.IGNORECASE,
)
_NOT_HEAD_WORDS = {
    "about",
    "ai",
    "analyst",
    "applied",
    "architect",
    "business",
    "curriculum",
    "data",
    "designer",
    "developer",
    "education",
    "engineer",
    "experience",
    "full",
    "good",
    "hello",
    "junior",
    "lead",
    "learning",
    "llm",
    "machine",
    "manager",
    "ml",
    "mlops",
    "our",
    "platform",
    "principal",
    "product",
    "profile",
    "resume",
    "role",
    "scientist",
    "senior",
    "skills",
    "software",
    "staff",
    "summary",
    "team",
    "the",
    "we",
    "we're",
    "welcome",
}
_ZH_GIVEN = rf"[{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}"
_ZH_CV_HEAD = re.compile(
    rf"\A\s*(?:#+\s*)?(?:(?:我的)?(?:个人)?简历[：:\s]*({_ZH_GIVEN})(?=[\s|｜·,，]|$)"
    rf"|({_ZH_GIVEN})(?=[ \t]*[|｜·\n]))"
)
_PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(?:(?:github|gitlab|gitee|huggingface|kaggle|twitter|x|weibo"
    r"|instagram|facebook|medium|dev|douban|bilibili|xiaohongshu|leetcode|behance|dribbble)"
    r"\.(?:com|co|to|cn|tv|net)|linkedin\.com/in|zhihu\.com/people|juejin\.cn/user"
    r"|space\.bilibili\.com|blog\.csdn\.net|stackoverflow\.com/users(?:/\d+)?|t\.me"
    r"|medium\.com/@?)/@?[\w.\-]+"
    r"|(?:https?://)?[\w\-]+\.github\.io\b",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_.]{1,29}\b")
# An account named by its app: "wechat: ana_2024", "微信号 wxid_abc", "QQ: 12345678",
# "discord: ana#1234", "my handle is ana_l". The label stays, the account goes.
_ACCOUNT = re.compile(
    r"(?:(?i:\b(?:wechat|weixin|qq|discord|telegram|skype|kakao(?:talk)?"
    r"|handle|username|user\s?name)(?:\s?id)?)"
    # words that are also ordinary English ("the command line: files") only as "X id"/"LINE"
    r"|(?i:\b(?:line|signal|slack)\s?id)|\bLINE\b|微信号?|QQ号?|用户名|账号)"
    r"(?:\s*[:：=]\s*|\s+is\s+|(?<=号)\s*)([A-Za-z0-9][\w.\-]{2,39}(?:#\d{4})?)"
)
_NATIONAL_PHONE = re.compile(
    r"(?<![\w+.])(?:\(0\d{1,4}\)|0\d{1,4})(?:[ ./-]?\d{2,4}){2,4}(?![\w.])"
    r"|(?<![\w+.])0\d{2,4}/\d{4,9}(?![\w.])"
    r"|(?<![\w+.])[6-9]\d{4}[ -]?\d{5}(?![\w.])"
    r"|(?<![\w+.])\(\d{2}\)\s?9?\d{4}[ -]\d{4}(?!\d)"
)
# "+44 (0)20 7946 0958": the trunk prefix written inside an international number.
_TRUNK_INTL = re.compile(r"\+\d{1,3}[ -]?\(0\)[ -]?\d{1,4}(?:[ -]?\d{2,4}){1,4}(?!\d)")

_EN_NAME = re.compile(
    rf"\b(?:my name is|my name's|call me|i am|i'm|this is)\s+"
    rf"({_WORD}(?:\s{_WORD})?)(?=\s*(?:[,.!;:(\-–—]|$)|\s+(?:and|from|here)\b)",
    re.IGNORECASE,
)
_ZH_NAME = re.compile(
    r"(?:我叫|我的名字是|我的名字叫|本人)([\u4e00-\u9fff]{2,3})(?=[，,。.!！\s]|$)"
)
_NOT_NAMES = {"a", "an", "the", "not", "currently", "now", "still", "new", "here", "it", "this"}


def _capitalised(name: str) -> bool:
    words = name.split()
    return all(w[0].isupper() for w in words) and words[0].lower() not in _NOT_NAMES


def _trim(name: str) -> str:
    """A name without the job words that may follow it on its line ("Ana Lopez Data")."""
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in _NOT_HEAD_WORDS:
            return " ".join(words[:i])
    return name


def _cv_head(text: str) -> list[str]:
    """The name a pasted CV starts with, if it starts with one."""
    found: list[str] = []
    head = _CV_HEAD.match(text)
    if head and text.count("\n") >= 2:
        words = head.group(1).split()
        if all(w[0].isupper() for w in words) and not {w.lower() for w in words} & _NOT_HEAD_WORDS:
            found.append(head.group(1))
    zh = _ZH_CV_HEAD.match(text)
    if zh:
        name = zh.group(1) or zh.group(2)
        if name[-1] not in _ZH_NOT_NAME_END:
            found.append(name)
    return found


def find_names(texts: list[str]) -> list[str]:
    """Names people gave for themselves in ``texts`` (best effort; ``--scrub-name`` adds more)."""
    names: list[str] = []
    for text in texts:
        # A profile link or handle is not a name ("github.com/ana" stays one [HANDLE]).
        text = _HANDLE.sub(" ", _PROFILE_URL.sub(" ", text))
        for match in _NAME_FIELD.finditer(text):
            names.append(_trim(match.group(1)))  # "Name:" says it is a name, whatever the case
        for pattern in (_EN_NAME, _HERE, _SIGN_OFF):
            for match in pattern.finditer(text):
                if _capitalised(match.group(1)):
                    names.append(_trim(match.group(1)))
        for pattern in (_ZH_NAME, _ZH_NAME_FIELD, _ZH_SIGN_OFF):
            names.extend(m.group(1) for m in pattern.finditer(text))
        names.extend(
            m.group(1) for m in _ZH_I_AM.finditer(text) if m.group(1)[-1] not in _ZH_NOT_NAME_END
        )
        names.extend(_cv_head(text))
    return list(dict.fromkeys(n for n in names if n and n.lower() not in _NOT_NAMES))


def _national_phone(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group(0))
    return PHONE if 9 <= digits <= 13 else match.group(0)


def _account(match: re.Match[str]) -> str:
    start, end = match.span(1)
    whole = match.group(0)
    offset = match.start()
    return whole[: start - offset] + HANDLE + whole[end - offset :]


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
        # Links and handles first: "github.com/ana-lima" is one [HANDLE], not a name inside.
        value, n = _PROFILE_URL.subn(HANDLE, value)
        value, m = _HANDLE.subn(HANDLE, value)
        value, k = _ACCOUNT.subn(_account, value)
        self.counts.handles += n + m + k
        for pattern, replacement, kind in self._rules:
            value, n = pattern.subn(replacement, value)
            if n and kind != "mentor_ids":
                setattr(self.counts, kind, getattr(self.counts, kind) + n)
        masked = _NATIONAL_PHONE.sub(_national_phone, mask_pii(_TRUNK_INTL.sub(PHONE, value)))
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

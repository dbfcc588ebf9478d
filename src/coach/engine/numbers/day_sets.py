"""Day sets and periods of a week in people's words, the tokens :mod:`weekly` composes
("weekdays" 5 days, "each weekend day" 2, "tuesdays and thursdays" 2, "周一三五" 3, "三个晚上" 3;
a week, a day, "each", two weeks, a month, a weekend)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.engine.numbers.numerals import _I, _RANGE_SEP, NUM_EN, NUM_ZH, parse_number

_DAY_EN = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?"
_DAY_ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ZH_DAYS = "一二三四五六日天"

TOKENS: list[tuple[str, re.Pattern[str]]] = [
    # fortnight and month before week, day sets before periods ("每周一三五" is days, not 每周)
    (
        "P2",
        re.compile(
            r"\bevery\s+(?:two|2|other)\s+weeks?\b|\b(?:a|per|each)\s+fortnight\b|"
            r"\bbi-?weekly\b|每两周|每隔一周|(?<![周期拜])[两二]周",
            _I,
        ),
    ),
    (
        "PM",
        re.compile(
            r"(?:\b(?:a|per|each|every|/|in\s+a)\s*month\b|\bmonthly\b|每月|每个月|一个月|/月)", _I
        ),
    ),
    (
        "DRANGE",
        re.compile(
            rf"\b(?P<d1>{_DAY_EN})\s*(?:-|–|to|through|thru|until|till)\s*(?P<d2>{_DAY_EN})\b|"
            r"(?:周|星期|礼拜)(?P<z1>[一二三四五六日天])\s*(?:到|至|-|~|～)\s*(?:周|星期|礼拜)?(?P<z2>[一二三四五六日天])",
            _I,
        ),
    ),
    (
        "DWD",
        re.compile(
            r"\b(?:weekday\s+(?:evenings?|nights?|mornings?)|week\s*days?|work\s*days?|week\s*nights?|"
            r"mon(?:day)?s?\s*(?:-|to|through|thru)\s*fri(?:day)?s?)\b|工作日|周一到周五|星期一到星期五|"
            r"平时|平日",
            _I,
        ),
    ),
    (
        "DWE",
        re.compile(
            r"\b(?:(?:(?:each|both|every)\s+(?:of\s+the\s+)?)?weekend\s+days|(?:each|every)\s+weekend\s+day|(?:each|both)\s+days?\s+(?:of|on|at)\s+"
            r"(?:the\s+)?weekends?|weekends?\s*,?\s*(?:both|each)\s+days?|both\s+days|"
            r"sat(?:urday)?s?\s*(?:and|&|\+|/)\s*sun(?:day)?s?)\b|周末(?:两天)?(?:各|每天)|周末两天|"
            r"双休(?:日)?(?:各|每天)|(?:周|星期)六(?:和|、|/)?(?:周|星期)?[日天](?:各)?",
            _I,
        ),
    ),
    (
        "DLIST",
        re.compile(
            rf"\b{_DAY_EN}(?:\s*(?:,|and|&|/|\+|or)\s*{_DAY_EN})*\b|"
            r"(?<![一两每])(?:每)?(?:周|星期|礼拜)[一二三四五六日天]"
            r"(?:[、，,和与/]?(?:(?:周|星期|礼拜)[一二三四五六日天]|[一二三四五六日]))*+",
            _I,
        ),
    ),
    (
        "DN",
        re.compile(
            rf"(?P<dn>{NUM_EN})(?:{_RANGE_SEP}(?P<dhi>{NUM_EN}))?\s+(?:days?|evenings?|nights?|mornings?|"
            r"sessions?|times?)(?:\s+(?:a|per|each|every|in\s+a)\s+week)?\b|"
            r"\b(?P<dw>once|twice|thrice)(?:\s+(?:a|per|each|every)\s+week)?\b|"
            r"(?<![\d.])(?P<dx>[1-7])\s*[x×]\s*(?:a|per|/)?\s*(?:week|wk)\b|"
            r"\b(?P<most>most)\s+(?:days|evenings|nights|mornings|weekdays)\b|"
            rf"(?:每周|一周|每星期|一星期|每个星期)?(?P<zn>{NUM_ZH})(?:{_RANGE_SEP}(?P<zhi>{NUM_ZH}))?\s*"
            r"(?:个)?(?:晚上|晚|天|次|个早上|早上)",
            _I,
        ),
    ),
    (
        "PW",
        re.compile(
            r"(?:\b(?:a|an|per|each|every|/|in\s+a)\s*(?:week|wk|w)\b|\bweekly\b|"
            r"每周|每星期|每个星期|一周|一星期|每礼拜|/周)",
            _I,
        ),
    ),
    (
        "PWE",
        re.compile(
            r"\b(?:(?:on|every|each|at|over|per|a)\s+(?:the\s+)?weekends?|weekends?)\b|"
            r"每个周末|每周末|周末|双休日?",
            _I,
        ),
    ),
    (
        "PD",
        re.compile(
            r"\b(?:(?:a|per|each|every|/)\s*(?:day|night|evening|morning)|daily|"
            r"nightly)\b|每天晚上|每天早上|每天|每日|一天|每晚|每个晚上|每早",
            _I,
        ),
    ),
    (
        "PE",
        re.compile(
            r"\b(?:each|apiece|every\s+time|each\s+time|per\s+session|a\s+session)\b|"
            r"每次|各",
            _I,
        ),
    ),
]


@dataclass
class Tok:
    kind: str
    start: int
    end: int
    days: tuple[float, float | None] | None = None


def zh_list_end(text: str, m: re.Match[str]) -> int:
    """Where a Chinese list of days ends: "周六三小时" is Saturday, three hours; "每周三天" is
    three days a week (no day at all)."""
    end = m.end()
    if m.group(0).startswith("每") and re.match(
        r"[个次天小半钟]|\s*(?:到|至|-|~|～|或)\s*[\d一二两三四五六七八九十]", text[end : end + 3]
    ):
        return m.start()  # "每周五六个小时", "每周三个晚上", "每周六到八小时": per week, a number
    if re.match(r"[个次天小半钟]", text[end : end + 1]) and re.search(
        r"[一二三四五六七八九]$", m.group(0)
    ):
        end -= 1
        if not re.search(r"[一二三四五六日天]$", text[m.start() : end]):
            return m.start()
    return end


def count_days(kind: str, m: re.Match[str], said: str) -> tuple[float, float | None] | None:
    s = said.lower()
    if kind == "DWD":
        return (5.0, None)
    if kind == "DRANGE":  # "monday to thursday" 4, "周二到周六" 5
        g = m.groupdict()
        if g.get("d1"):
            a, b = (_DAY_ORDER.index(g[k].lower()[:3]) for k in ("d1", "d2"))
        else:
            order = "一二三四五六日"
            a, b = (order.index("日" if g[k] == "天" else g[k]) for k in ("z1", "z2"))
        return (float((b - a) % 7 + 1), None)
    if kind == "DWE":
        return (2.0, None)
    if kind == "DLIST":
        if re.search(r"[一二三四五六日天]", s):
            chars = {c for c in re.sub(r"^每", "", s) if c in _ZH_DAYS}
            chars = {"日" if c == "天" else c for c in chars}
            return (float(len(chars)), None)
        names = {d for d in _DAY_ORDER if re.search(rf"\b{d[:3]}", s)}
        return (float(len(names)), None) if names else None
    g = m.groupdict()
    if (g.get("dn") or "").lower() in {"a", "an"} or (
        g.get("zn") == "一" and not g.get("zhi") and m.group(0).endswith(("天", "晚", "晚上"))
    ):
        return None  # "a day", "一天" is a period, not a count of days
    if g.get("dx"):
        return (float(g["dx"]), None)
    if g.get("most"):  # "most days", "most evenings": the working week
        return (5.0, None)
    if g.get("dw"):
        return ({"once": 1.0, "twice": 2.0, "thrice": 3.0}[g["dw"].lower()], None)
    rng = range_of(g.get("dn") or g.get("zn"), g.get("dhi") or g.get("zhi"))
    if rng is None or not 1 <= rng[0] <= 7 or (rng[1] is not None and rng[1] > 7):
        return None
    return rng


def range_of(raw: str | None, hi: str | None) -> tuple[float, float | None] | None:
    if not raw:
        return None
    pair = re.fullmatch(r"([一二两三四五六七八九])([二两三四五六七八九])", raw) if not hi else None
    if pair:
        a, b = parse_number(pair.group(1)), parse_number(pair.group(2))
        if a is not None and b is not None and a < b:
            return a, b
    low = parse_number(raw)
    if low is None:
        return None
    high = parse_number(hi) if hi else None
    return low, high


NO_WEEKENDS = re.compile(
    r"\b(?:not\s+(?:on\s+)?weekends|no\s+weekends|weekends?\s+(?:off|are\s+out|excluded)|"
    r"except\s+(?:on\s+)?weekends|but\s+not\s+(?:on\s+)?weekends|"
    r"weekends?\s+(?:maybe|depend\w*|are\s+(?:unpredictable|busy|hard)|if\s+i\s+can|tbd))\b|"
    r"周末(?:不|没|休息|除外|要陪|陪|看情况|再说|随缘|说不准|不好说)|除了周末|(?<!不)只有工作日|"
    r"(?:每天|工作日)下班后",
    _I,
)
"""Every day but the weekend ("每天晚上一个小时，周末不学", "an hour a day, not weekends")."""


ONLY_WEEKENDS = re.compile(
    r"\b(?:only\s+(?:on\s+)?weekends|weekends?\s+only|(?:free|available)\s+(?:on\s+)?weekends|"
    r"weekends?\s+(?:i'?m\s+)?(?:free|available))\b|"
    r"\b(?:every|each)\s+weekend\b|\b(?:on\s+)?weekends?\s*[,:;，]|"
    r"(?:只有|只在|就)?周末(?:有空|有时间|可以|才有空|才有时间|能学)|(?:只有|只在)周末|每个?周末\s*[,，]?",
    _I,
)
"""Free only at weekends, then a day's figure ("周末有空，一天大概三小时")."""


_DAY_EN = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?"
_EXCEPT = re.compile(
    rf"\b(?:except|but\s+not|apart\s+from|other\s+than|not\s+on)\s+(?:on\s+)?(?P<d1>{_DAY_EN})"
    rf"(?:\s*(?:and|&|,|/|or)\s*(?P<d2>{_DAY_EN}))?\b|"
    r"除了?(?:周|星期|礼拜)(?P<z1>[一二三四五六日天])(?:[和、/](?:周|星期|礼拜)?(?P<z2>[一二三四五六日天]))?(?:以外|之外)?|"
    r"(?:周|星期|礼拜)(?P<z3>[一二三四五六日天])(?:休息|不学|除外|不行|没空)",
    _I,
)


def excepted_days(text: str) -> tuple[str, int]:
    """``text`` with the days it excepts ("except sundays", "周日休息") blanked, and how many."""
    count = 0

    def blank(m: re.Match[str]) -> str:
        nonlocal count
        count += 2 if (m.group("d2") or m.group("z2")) else 1
        return " " * len(m.group(0))

    return _EXCEPT.sub(blank, text), count

"""Years of experience in people's words (see :mod:`coach.engine.numbers`)."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from datetime import date

from coach.engine.numbers.numerals import _I, _RANGE_SEP, _ZH_CHARS, NUM_EN, NUM_ZH, parse_number

_YRS = r"(?:years?|yrs?|yr)\b"
_N_EN = rf"(?P<n>{NUM_EN})(?:{_RANGE_SEP}(?P<hi>{NUM_EN}))?\+?"
_SOFT = r"(?:about\s+|around\s+|over\s+|almost\s+|nearly\s+|roughly\s+|like\s+|more\s+than\s+|close\s+to\s+)?"
_YEARS_EN = [
    # "11 years of experience", "10 yrs as a nurse", "12 years in finance", "11 years now"
    re.compile(
        rf"{_N_EN}\s*{_YRS}'?\s*(?:of\s+)?(?:experience|exp\b|as\b|in\s+(?:the\s+)?\w|at\s+\w|"
        r"with\s+\w|professional|working|teaching|nursing|coding|programming|now\b|so\s+far|"
        r"already|under\s+my\s+belt|total|in\s+total|into\s+(?:my|a|an|the)\b|of\s+(?!age\b|study|school|college|uni|"
        r"university|education|savings|runway|my\s+life)\w)",
        _I,
    ),
    # "been teaching for 11 years", "worked as a nurse for six years"
    re.compile(
        r"\b(?:been|worked|working|work|doing|did|taught|teaching|coded|coding|nursed|practiced|"
        r"practised|spent|ran|run|running|managed|managing|led|leading)\b[^.;!?\n\d；！？]{0,60}?\bfor\s+"
        rf"(?:the\s+(?:last|past)\s+)?{_SOFT}{_N_EN}\s*{_YRS}",
        _I,
    ),
    # "a 4-year postdoc", "my 6 year stint", "a decade in banking"
    re.compile(
        rf"{_N_EN}[\s-]*(?:years?|yr)[\s-]+(?:postdoc|post-doc|stint|career|tenure|job|contract|"
        r"run|long\s+career|stretch)\b",
        _I,
    ),
    re.compile(r"\b(?P<n>a\s+decade|(?:over|almost|nearly)\s+a\s+decade)\b(?!\s+(?:ago|old))", _I),
    # "ex-barista for 6 years", "in retail for 8 years" (not "study for 2 years")
    re.compile(
        rf"(?<!study )(?<!learn )(?<!myself )\bfor\s+(?:the\s+(?:last|past)\s+)?{_SOFT}{_N_EN}\s*{_YRS}"
        r"(?!\s+(?:to\s+go|left|from\s+now))",
        _I,
    ),
    re.compile(rf"\bwith\s+{_SOFT}{_N_EN}\s*{_YRS}(?!\s+(?:old|to\s+go|left|ago))", _I),
    # "handling customer escalations for a telco, 3 years", "I look after our servers, 7 yrs":
    # a duty in the present, then its years as a clause of their own (a wish is no duty)
    re.compile(
        r"\b(?:handl(?:e|es|ing)|look(?:s|ing)?\s+after|maintain(?:s|ing)?|support(?:s|ing)|"
        r"manag(?:e|es|ing)|run(?:s|ning)?|keep(?:s|ing)?|fix(?:es|ing)?|repair(?:s|ing)?|"
        r"install(?:s|ing)?|monitor(?:s|ing)?|oversee(?:s|ing)?|taking\s+care\s+of|"
        r"write|writing|build|building|develop|developing|teach|teaching|sell|selling|design|"
        r"designing|make|making)\b"
        r"(?:(?!\b(?:want|wanna|like|hope|plan|learn|switch|become|move)\b)[^.;!?\n,]){1,60},\s*"
        rf"{_SOFT}{_N_EN}\s*{_YRS}(?=\s*(?:now|so\s+far|already)?\s*(?:[,.;!]|$))",
        _I,
    ),
]
_SINCE_EN = re.compile(r"\b(?:since|from)\s+(?P<y>(?:19|20)\d\d)\b(?!\s*(?:-|to|until))", _I)
# "2015年入行到现在", "从2018年开始做运维", "2019年起一直在做": a start year in Chinese
_SINCE_ZH = re.compile(
    r"(?:从|自)?(?P<y>(?:19|20)\d\d)\s*年\s*(?:就|起|开始|以来|入行|参加工作|毕业后?|进了?)"
    r"(?:[^，。,.;；!！?？\n\d]{0,8}?(?:到现在|至今|一直|以来|了))?"
)
_NUM_Z = rf"(?P<n>{NUM_ZH})(?:{_RANGE_SEP}(?P<hi>{NUM_ZH}))?"
_NOT_HORIZON_ZH = r"(?!\s*(?:内|之内|以内|里|后(?!端|台)|之后|以后|时间|的时间))"
_YEARS_ZH = [
    # 做了5年, 教了10年书, 干了八年多, 当了三年护士, 工作了两年半
    re.compile(
        r"(?:做|干|工作|从业|从事|写|当|带|教|搞|开|跑|入行|在职|执业|用)了?"
        rf"(?:(?!停|休息|歇|离开|辞职|在家|空窗)[^\d{_ZH_CHARS}，。,.;；!！?？\n]){{0,10}}?"
        r"(?:快|近|将近|差不多|大概|已经)?"
        rf"{_NUM_Z}\s*(?:多)?\s*年(?P<half>半)?(?:多)?{_NOT_HORIZON_ZH}"
    ),
    # 5年经验, 三年的工作经验
    re.compile(
        rf"{_NUM_Z}\s*(?:多)?\s*年(?P<half>半)?(?:多)?(?:的)?[^，。,.;；!！?？\n]{{0,8}}?经验"
    ),
    # 已经五年了, 有三年了
    re.compile(
        rf"(?:已经|有|快)\s*{_NUM_Z}\s*年(?P<half>半)?(?:多)?了?(?:的)?(?:工作)?(?=[，。,.]|$)"
    ),
    # 4年博后, 三年的博士后
    re.compile(rf"{_NUM_Z}\s*年(?:的)?(?:博后|博士后)"),
    # "以前做通信的，十年": a job said "做X的", then its years as a clause of their own
    re.compile(
        rf"(?:做|干|搞|当)[^，,。；;！？\n]{{1,12}}的\s*[，,]\s*(?:干了|做了|有)?\s*{_NUM_Z}\s*(?:多)?\s*年(?P<half>半)?(?:多)?了?"
        r"(?=\s*(?:[，,。.;；!！]|$))"
    ),
    # "我负责机房服务器的上架和运维，5年": a duty, then its years as a clause of their own (not a
    # wish: "想负责…，两年" is a plan)
    re.compile(
        r"(?:负责|管理|维护|运维|管着|在管|带着?|处理|支持)(?:(?!想|希望|打算|准备|计划|要|学|转)[^，,。；;！？\n]){1,30}"
        rf"[，,]\s*(?:干了|做了|有|已经|快|差不多)?\s*{_NUM_Z}\s*(?:多)?\s*年(?P<half>半)?(?:多)?了?"
        r"(?=\s*(?:[，,。.;；!！]|$))"
    ),
]
# Months in a job, as years: "been a junior Vue developer for 8 months now", "8 months as a
# nurse", "做了8个月", "干了半年" (not "a 4 month bootcamp": no job verb, no "as").
_MONTHS = [
    re.compile(
        r"\b(?:been|worked|working|doing|did)\b[^.;!?\n\d；！？]{0,60}?\bfor\s+"
        rf"(?:the\s+(?:last|past)\s+)?{_SOFT}(?P<n>{NUM_EN})\s*months?\b",
        _I,
    ),
    re.compile(rf"\b(?P<n>{NUM_EN})\s*months?\s+as\s+(?:an?\s+)?\w", _I),
    re.compile(
        rf"(?:做|干|工作|上班|入职|当)了?\s*(?:快|近|大概|差不多)?(?P<n>{NUM_ZH})\s*个\s*月{_NOT_HORIZON_ZH}"
    ),
    re.compile(
        rf"(?:做|干|工作|上班|入职|当)了?\s*(?:快|近|大概|差不多)?(?P<n>半)\s*年{_NOT_HORIZON_ZH}"
    ),
]
_PAST_EN = re.compile(
    r"\b(?:ex-?|former(?:ly)?|used\s+to|previously|before\s+that|back\s+then|once|prior|"
    r"was\s+an?|were|spent)\b",
    _I,
)
_PAST_ZH = re.compile(r"以前|之前|曾经|原来|早年|当年|以往|过去")
_WISH = re.compile(
    r"\b(?:want|wanna|plan|planning|hope|hoping|willing|give\s+myself|study|studying|learn|"
    r"learning|commit|can|could|would|will|need|switch|transition)\b",
    _I,
)
_RATE_BEFORE = re.compile(r"\b(?:hours?|hrs?|h|week|wk|day|weekends?)\b\W*$", _I)
_THEN_AFTER = re.compile(
    r"^\s*[,，]?\s*(?:and\s+)?then\b|^[^.;!?\n；！？]{0,25}\bthen\s+(?:i|a|did|went|switched|moved)\b|"
    r"^[^。；！？\n]{0,12}(?:然后|后来|之后转|之后去)",
    _I,
)
_NOW_EN = re.compile(r"\b(?:now|currently|still|these\s+days|today)\b|现在|目前|一直", _I)


@dataclass(frozen=True)
class Years:
    """Years of experience said in a text; ``past`` when they are about an earlier job."""

    value: float
    start: int
    end: int
    past: bool = False
    high: float | None = None
    text: str = ""
    superseded: bool = False
    """A later stage follows ("..., then a bootcamp"): these years are behind the person."""


_AWAY = re.compile(
    r"\s*(?:off|out(?!\s+of\s+(?:school|college|uni))|away|(?:of\s+)?(?:career\s+)?"
    r"(?:break|gap|hiatus|sabbatical|leave)|at\s+home|raising|"
    r"(?:的)?(?:空窗|gap|休息|在家|带娃|带孩子|孩子|小孩|娃|宝宝|全职妈妈|全职太太))",
    _I,
)
_AT_HOME = re.compile(r"[^,.;，。；]*?\b(?:at\s+home|home\s+with|off\s+work)\b", _I)
_AWAY_BEFORE = re.compile(r"(?:空窗|在家|带娃|带孩子|休息|gap\s*(?:了)?)\s*(?:了)?\s*$", _I)
# Caring at home is no work experience: "stay-at-home mom for 4 years", "全职妈妈三年".
CARING = re.compile(
    r"\b(?:stay[\s-]at[\s-]home|sahm|sahd|full[\s-]time\s+(?:mom|mum|dad|parent|carer|caregiver)|"
    r"caregiv\w*|caring\s+for|carer|parental\s+leave|maternity|paternity|career\s+break|"
    r"(?:been|stayed|staying|stay|was|at)\s+(?:at\s+)?home|"
    r"raising\s+(?:my\s+)?(?:kids|children|family))\b|全职妈妈|全职爸爸|全职太太|在家带|带孩子|带娃|"
    r"照顾(?:家人|老人|孩子)|产假|育儿|宝妈|宝爸|(?<![a-z])(?:stay-at-home|homemaker)",
    _I,
)


def _value(m: re.Match[str]) -> tuple[float, float | None] | None:
    raw = m.group("n").lower()
    if "decade" in raw:
        return 10.0, None
    pair = re.fullmatch(r"([一二两三四五六七八九])([二两三四五六七八九])", raw)
    low = parse_number(pair.group(1)) if pair else parse_number(raw)
    g = m.groupdict()
    high = parse_number(g["hi"]) if g.get("hi") else None
    if low is None:
        return None
    if g.get("half"):
        low += 0.5
    return (low, high) if 0 <= low <= 60 else None


_CLAUSE_MARK = re.compile(r"[.;!?\n。；！？，,]")


@dataclass(frozen=True)
class _Marks:
    """Where a text's clauses end and its "now" / "before" words are, found once per text: a
    long message with many numbers stays linear."""

    clause_ends: list[int]
    now: list[tuple[int, int]]
    past_en: list[tuple[int, int]]
    past_zh: list[tuple[int, int]]
    caring: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str) -> _Marks:
        def spans(regex: re.Pattern[str]) -> list[tuple[int, int]]:
            return [m.span() for m in regex.finditer(text)]

        ends = [m.start() for m in _CLAUSE_MARK.finditer(text)]
        return cls(ends, spans(_NOW_EN), spans(_PAST_EN), spans(_PAST_ZH), spans(CARING))


def _within(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """A span lies inside ``[lo, hi)`` (spans are in order and never overlap)."""
    at = bisect_left(spans, (lo, lo))
    return at < len(spans) and spans[at][1] <= hi


def _is_past(start: int, marks: _Marks) -> bool:
    """The clause before ``start`` says the years are about an earlier job."""
    before_end = bisect_left(marks.clause_ends, start)
    lo = marks.clause_ends[before_end - 1] + 1 if before_end else 0
    past = max(_last_within(marks.past_en, lo, start), _last_within(marks.past_zh, lo, start))
    # the nearer word wins: "currently a planner (5 yrs) and before that 6 years as a driver"
    return past > _last_within(marks.now, lo, start)


def _last_within(spans: list[tuple[int, int]], lo: int, hi: int) -> int:
    """Where the last span inside ``[lo, hi)`` starts, or -1."""
    at = bisect_left(spans, (hi, hi))
    while at > 0:
        at -= 1
        if spans[at][0] < lo:
            return -1
        if spans[at][1] <= hi:
            return spans[at][0]
    return -1


def find_years(text: str, today: date | None = None, *, bare: bool = False) -> list[Years]:
    """Every statement of years of experience in ``text``, in order.

    "11 years now", "10 yrs as a nurse", "been teaching for 11 years", "a 4-year postdoc",
    "a decade in banking", "since 2015" (with ``today``), "教了10年书", "5年经验", "已经三年了".
    Years about an earlier job ("ex-barista for 6 years", "以前做了三年销售") are marked
    ``past``: they are not years in the person's current field. With ``bare`` (the coach asked
    about their background) a lone "5 years" / "三年" counts too.
    """
    out: list[Years] = []
    spans: list[tuple[int, int]] = []  # out's spans, sorted: they never overlap
    marks = _Marks.of(text)

    def overlaps(start: int, end: int) -> bool:
        at = bisect_left(spans, (start, end))
        return (at > 0 and spans[at - 1][1] > start) or (at < len(spans) and spans[at][0] < end)

    def before_of(m: re.Match[str]) -> str:
        return text[max(0, m.start() - 16) : m.start()]

    def add(m: re.Match[str], value: tuple[float, float | None]) -> None:
        if overlaps(m.start(), m.end()):
            return
        if re.match(r"\s*(?:old|ago)\b|\s*岁", text[m.end() : m.end() + 6], _I):
            return
        # Years away from work are no experience: "took 6 years off", "a 3-year career break".
        if _AWAY.match(text[m.end() : m.end() + 24]) or _AWAY_BEFORE.search(before_of(m)):
            return
        if _AT_HOME.match(text[m.start() : m.end() + 20]):
            return  # "5 years at home with my kids": the match took "at h…" for a workplace
        before_end = bisect_left(marks.clause_ends, m.start())
        clause_start = marks.clause_ends[before_end - 1] if before_end else -1
        if _within(marks.caring, clause_start + 1, m.start()):
            return
        before = text[max(0, m.start() - 12) : m.start()]
        if re.search(r"\b(?:in|within|next|over\s+the\s+next|by)\s+$", before, _I):
            return
        clause = text[max(0, m.start() - 60) : m.start()]
        if m.group(0).lower().startswith("for") and (
            _WISH.search(clause) or _RATE_BEFORE.search(clause[-24:])
        ):
            return
        then = bool(_THEN_AFTER.match(text[m.end() : m.end() + 40]))
        past = _is_past(m.start(), marks) or then
        out.append(Years(value[0], m.start(), m.end(), past, value[1], m.group(0), then))
        insort(spans, (m.start(), m.end()))

    for regex in _YEARS_EN + _YEARS_ZH:
        for m in regex.finditer(text):
            value = _value(m)
            if value is not None:
                add(m, value)
    # months only when no years of the job now are said
    for regex in _MONTHS if all(y.past or y.superseded for y in out) else []:
        for m in regex.finditer(text):
            raw = m.group("n")
            months = 6.0 if raw == "半" else parse_number(raw)
            if months is not None and 0 < months < 36:
                add(m, (round(months / 12, 1), None))
    if today is not None:
        for m in _SINCE_EN.finditer(text):
            years = today.year - int(m.group("y"))
            if 0 <= years <= 60 and re.search(r"\b(?:since|from)\s+\d{4}\s*$", text[: m.end()], _I):
                add(m, (float(years), None))
        for m in _SINCE_ZH.finditer(text):
            years = today.year - int(m.group("y"))
            if 0 <= years <= 60:
                add(m, (float(years), None))
    if bare and all(y.past for y in out):  # only an earlier job's years so far: a lone figure
        lone = re.compile(
            rf"{_N_EN}\s*(?:{_YRS}|y\b)|{_NUM_Z.replace('?P<', '?P<z')}\s*(?:多)?\s*年(?P<zhalf>半)?{_NOT_HORIZON_ZH}",
            _I,
        )
        for m in lone.finditer(text):
            raw = m.group("n") or m.group("zn")
            low = parse_number(raw) if raw else None
            if low is not None and 0 <= low <= 60:
                before = len(out)
                add(m, (low + (0.5 if m.group("zhalf") else 0.0), None))
                if len(out) > before:
                    break
    return sorted(out, key=lambda y: y.start)

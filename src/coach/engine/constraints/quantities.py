"""The quantities in a clause: weekly hours (from a date), the horizon, hours for one skill.

Each reader takes one clause and returns the constraints it found there (none when it has no
quantity of its kind); the numbers come from :mod:`coach.engine.numbers.approx`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from coach.engine.constraints.event_windows import event_window
from coach.engine.constraints.model import Constraint, HoursOp
from coach.engine.numbers.approx import MONTH_NAMES, MONTHS, NUM, number, to_weeks
from coach.engine.numbers.starts import first_of_next_month
from coach.engine.numbers.starts import from_when as from_when
from coach.knowledge.lexicon import Mention

WEEK = re.compile(
    r"\b(?:a|per|each|every)\s+week\b|\bweekly\b|\b/\s*w(?:k|eek)?\b|\bh/w\b|\bhpw\b|\bhrs?/wk\b"
    r"|每周|一周|每星期|每个星期|周均|每礼拜",
    re.I,
)
_HOURS_UNIT = r"(?:\s*-?\s*(?:hours?|hrs?|h)\b|\s*(?:个)?\s*(?:小时|钟头|钟|h(?![a-z])))"
HOURS = re.compile(rf"({NUM})(?:\s*(?:-|to|~|到|至)\s*({NUM}))?{_HOURS_UNIT}", re.I)
_HOURS_ZH_BEFORE = re.compile(rf"(?:小时数?|时长|学时)\s*(?:为|是|给|到|在)?\s*({NUM})", re.I)
_UNIT = r"(weeks?|wks?|months?|mos?|years?|yrs?|个星期|星期|周|个月|月|年)"
DURATION = re.compile(rf"({NUM})\s*(?:more\s+|extra\s+|additional\s+)?{_UNIT}(?![a-z])", re.I)
PROJECT = re.compile(r"\b(?:projects?|capstone|portfolio)\b|项目|作品集|作品", re.I)
_MAX_CUE = re.compile(
    r"\bkeep\s+(?:[\w-]+\s+){0,3}?to\s+(?:about\s+|around\s+|roughly\s+|~\s*)?\d"
    r"|\b(?:at\s+most|no\s+more\s+than|max(?:imum)?|cap(?:ped)?|up\s+to|limit(?:ed)?|only|"
    r"cut|reduce|trim|down\s+to|not\s+more\s+than|under|within|plenty|enough|suffices?)\b"
    r"|不超过|最多|以内|之内|控制在|只|压缩|压到|砍到|缩减|减到|降到|上限|顶多|封顶|足够|够了|就够|就行|就可以了?|足矣",
    re.I,
)
_MIN_CUE = re.compile(
    r"\b(?:at\s+least|no\s+less\s+than|minimum|min|or\s+more|more\s+than|not\s+less\s+than)\b"
    r"|至少|不少于|起码|以上|最少|不低于",
    re.I,
)


_WINDOW = re.compile(
    rf"\bfor\s+(?:the\s+next\s+|the\s+coming\s+|the\s+first\s+|about\s+)?"
    rf"(?P<n>{NUM}|a|one|a\s+couple\s+of|a\s+few)?\s*(?P<u>weeks?|months?)\b"
    rf"|(?:接下来|未来|这|前|头)\s*(?P<zn>{NUM})?\s*(?:个)?(?P<zu>周|星期|礼拜|月)"
    rf"|(?P<wn>{NUM})\s*(?:个)?(?P<wu>周|星期|月)(?:之)?内",
    re.I,
)
_FEW = {"a": 1, "one": 1, "a couple of": 2, "a few": 3}


def window_weeks(s: str) -> int | None:
    """How long new weekly hours last, when said ("for the next month": 4 weeks)."""
    m = _WINDOW.search(s)
    if m is None:
        return None
    raw = (m.group("n") or m.group("zn") or m.group("wn") or "").strip().lower()
    unit = m.group("u") or m.group("zu") or m.group("wu") or ""
    value = _FEW.get(raw) or (number(raw) if raw else 1)
    if value is None or not 0 < value <= 52:
        return None
    return max(1, to_weeks(value, unit))


_IN_MONTHS = re.compile(
    rf"\b(?:in|during|over|for|through(?:out)?)\s+(?:the\s+)?(?:\w+\s+){{0,3}}?({MONTH_NAMES})\b"
    rf"(?:\s+(?:and|to|through|until|-|–)\s+({MONTH_NAMES})\b)?",
    re.I,
)
_ZH_MONTH = r"(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])"
# "3月份", "11月和12月", "7到8月", "七八月": months said without 起/开始 (those start new hours)
_IN_MONTHS_ZH = re.compile(
    rf"(?<![\d一二两三四五六七八九十个])(?P<a>{_ZH_MONTH})\s*(?:月份?)?"
    rf"(?:\s*(?:和|到|至|、|-|~|—)\s*(?P<b>{_ZH_MONTH})|(?P<c>[二三四五六七八九十]))?\s*月份?"
    r"(?!\s*(?:起|开始|以后|之后|后|份起|底前|前|号|日))"
)


def months_said(s: str) -> tuple[int, int] | None:
    """ "only 4 hours in January", "during school holidays in July and August", "七八月暑假",
    "3月份出差": the first month named and the weeks of those months (a window, then back)."""
    if m := _IN_MONTHS.search(s):
        first = MONTHS[m.group(1).lower()]
        last = MONTHS[m.group(2).lower()] if m.group(2) else first
    elif z := _IN_MONTHS_ZH.search(s):
        a = number(z.group("a"))
        b = number(z.group("b") or z.group("c") or z.group("a"))
        if a is None or b is None or not (1 <= a <= 12 and 1 <= b <= 12):
            return None
        if z.group("c") and b != a + 1:  # "七八月" is two months in a row, nothing else
            return None
        first, last = int(a), int(b)
    else:
        return None
    months = (last - first) % 12 + 1
    return first, max(1, round(months * 52 / 12))


def month_window(s: str) -> int | None:
    """The weeks of the months a clause names as a window (see :func:`months_said`)."""
    said = months_said(s)
    return said[1] if said else None


_OPEN_ENDED = re.compile(
    r"\b(?:from|starting|start|since|after|as\s+of|beginning|onwards?|once|when)\b"
    r"|起|开始|以后|之后|往后",
    re.I,
)
_TWO_MONTHS = re.compile(
    rf"\b({MONTH_NAMES})\s+(?:and|to|through|until|-|–)\s+({MONTH_NAMES})\b"
    rf"|{_ZH_MONTH}\s*月?份?\s*(?:和|到|至|、|-|~|—)\s*{_ZH_MONTH}\s*月",
    re.I,
)


_UNTIL = re.compile(
    rf"\b(?:until|till|til|through|to)\s+(?:the\s+)?(?:end\s+of\s+|late\s+)?({MONTH_NAMES})\b"
    rf"|(?:到|至|直到)\s*(?:明年|今年|下一年)?\s*({_ZH_MONTH})\s*月(?:底|末|份|中)?",
    re.I,
)


def _until(s: str, today: date) -> int | None:
    """ "until end of January", "到1月底": the weeks from today to the end of that month."""
    m = _UNTIL.search(s)
    if m is None:
        return None
    month = MONTHS[m.group(1).lower()] if m.group(1) else number(m.group(2) or "")
    if month is None or not 1 <= month <= 12:
        return None
    year = today.year + (int(month) < today.month)
    end = first_of_next_month(date(year, int(month), 1)) - timedelta(days=1)
    return max(1, -(-((end - today).days + 1) // 7))


def _opens(when: dict[str, object] | None, today: date) -> date:
    """The day new hours said with a start ("from next month", "2月起") open on (today when
    none is said, or one already past)."""
    if when and isinstance(day := when.get("from_date"), date):
        return max(day, today)
    if when and isinstance(month := when.get("from_month"), int) and month != today.month:
        return date(today.year + (month < today.month), month, 1)
    return today


def when_and_window(s: str, today: date | None) -> tuple[dict[str, object] | None, int | None]:
    """When new weekly hours start and, for a dip that ends, for how many weeks: "in March"
    (that month), "over November and December", "for the next three weeks" (from now),
    "until end of January" (from today to then)."""
    if today is not None and not _TWO_MONTHS.search(s) and (until := _until(s, today)):
        start = _opens(from_when(s, today), today)  # "下个月开始到3月底": from next month
        if start > today and (weeks := _until(s, start)):
            return {"from_date": start}, weeks
        return {"from_date": today}, until
    if around := event_window(s, today):  # "到春节前", "until Christmas", "春节后"
        return around
    when = from_when(s, today)
    months = months_said(s)
    if months and _OPEN_ENDED.search(s) and not _TWO_MONTHS.search(s):
        months = None  # "starting in April", "from September on": new hours from then on
    window = window_weeks(s) or (months[1] if months else None)
    if months and (not when or "from_month" in when) and not window_weeks(s):
        when = {"from_month": months[0]}  # the months named are the window
    if window and not when:  # "for the next month", "接下来两周": from now
        when = {"from_date": today} if today else {"from_week": 1}
    return when, window


# "my hours drop to 4 a week": the unit is named before the number
_IMPLIED_HOURS = re.compile(
    rf"(?:\bhours?\b|小时).{{0,30}}?\b({NUM})\s*(?:a|per|each|every|/)\s*(?:week|wk)\b", re.I
)


def read_weekly_hours(s: str, today: date | None) -> list[Constraint]:
    week = WEEK.search(s)
    hours = HOURS.search(s) or _IMPLIED_HOURS.search(s)
    if not week or not hours or UNREALISTIC.search(s):
        return []
    value = number(hours.group(1))  # a range: the lower end
    if value is None or value > 80:
        return []
    when, window = when_and_window(s, today)
    if when:
        return [
            Constraint(kind="hours_from", text=s, hours_per_week=value, for_weeks=window, **when)
        ]
    return [Constraint(kind="max_hours_per_week", text=s, hours_per_week=value)]


_MAX_FIRST = re.compile(
    r"\b(?:no|not)\s+more\s+than\b|不超过|不要超过|别超过|不能超过|不得超过|最多", re.I
)


_RAISE_TO = re.compile(
    r"\b(?:bump|raise|increase|boost|push|take|bring)\s+(?:[\w-]+\s+){0,3}?up\s+to\b"
    r"|(?:提高|增加|加)到",
    re.I,
)
"""A figure raised to ("bump Python up to 35 hours"): that figure, never a cap."""


def hours_op(s: str) -> HoursOp:
    """How hours said in ``s`` bind: at most, at least, or exactly."""
    if _RAISE_TO.search(s):
        return "set"
    if _MAX_FIRST.search(s):
        return "max"
    if _MIN_CUE.search(s):
        return "min"
    if _MAX_CUE.search(s):
        return "max"
    return "set"


_HOURS_BEFORE = re.compile(
    r"(?:\bhours?\b|\bhrs?\b|小时数?|时长|学时)[^0-9]{0,30}?(\d+(?:\.\d+)?)(?!\s*(?:weeks?|months?|周|个月))",
    re.I,
)
UNREALISTIC = re.compile(
    r"\b(?:unrealistic|not\s+realistic|too\s+(?:much|many|optimistic|ambitious|high)|"
    r"impossible|no\s+way|optimistic)\b"
    r"|不现实|太多|不可能|做不到|不太现实|太乐观|太理想|太高了",
    re.I,
)


_THOSE_HOURS = re.compile(
    rf"(?:那|这|那个|这个)\s*(?:{NUM})\s*(?:个)?\s*(?:小时|h)|\b(?:the|those|these|its|their)\s+(?:{NUM})\s*(?:hours?|hrs?|h)\b",
    re.I,
)
_DROP_THEM = re.compile(
    r"^\W{0,3}(?:都|全|全部)?(?:去掉|删掉|不要了?|砍掉|拿掉|取消)|^\s*(?:of\s+[\w\s]+?\s+)?(?:can\s+go|go)\b",
    re.I,
)
_DROP_BEFORE = re.compile(
    rf"\b(?:drop|remove|skip|lose|scrap|cut\s+out|get\s+rid\s+of)\s+(?:the|those|these|its|all|all\s+the)\s+(?:{NUM})\s*(?:hours?|hrs?|h)\b",
    re.I,
)
_CUT_TO = re.compile(
    r"(?:砍到|降到|减到|压到|压缩到|缩减到|改成|改为|减少到|缩到|控制到|控制在)|\b(?:to|down\s+to)\b",
    re.I,
)


_OF = re.compile(r"^\s*(?:of|for|on)\s+(?:the\s+)?$", re.I)
"""Between hours and the skill they are for: "20 hours of Python", "10 h on Docker"."""


def read_skill_hours(s: str, mentions: list[Mention], previous: list[str]) -> list[Constraint]:
    """Hours for the skills named (or, with none named, those of the clause before)."""
    if WEEK.search(s) or (UNREALISTIC.search(s) and not HOURS.search(s)):
        return []
    hours = HOURS.search(s) or _HOURS_BEFORE.search(s)
    if not hours:
        return []
    ids = list(dict.fromkeys(m.id for m in mentions)) or previous
    if not ids:
        return []
    of = [m.id for m in mentions if _OF.match(s[hours.end() : m.start]) and m.start > hours.end()]
    if of and len(ids) > 1:  # "He writes Go daily: about 20 hours of Python": Python's hours
        ids = of[:1]
    dropped = _DROP_BEFORE.search(s) and not _CUT_TO.search(s, hours.end())
    if dropped or (_THOSE_HOURS.search(s) and _DROP_THEM.search(s[hours.end() :])):
        # "沟通表达那40小时去掉", "drop those 40 hours of X": the hours it has, taken out
        return [Constraint(kind="exclude_skill", text=s, skill_id=i) for i in ids]
    if (to := _CUT_TO.search(s, hours.end())) and (target := HOURS.search(s, to.end())):
        hours = target  # "那100小时砍到10小时以内", "cut the 30 hours of Docker to 10": the target
    elif to and (bare := re.match(rf"\s*({NUM})\b", s[to.end() :])):
        value = number(bare.group(1))  # "cut the 30 hours of Docker to 10"
        if value is not None:
            return [
                Constraint(kind="skill_hours", text=s, skill_id=i, hours=value, op="max")
                for i in ids
            ]
    low = number(hours.group(1))
    high = number(hours.group(2)) if hours.re is HOURS and hours.group(2) else None
    if low is None:
        return []
    op = hours_op(s)
    if len(ids) > 1 and (paired := _paired_hours(s, mentions, op)):
        return paired  # "prompt engineering 15 hours and tool calling 15 hours": one each
    value = (high or low) if op == "max" else low
    if len(ids) > 1 and not _EACH.search(s) and (op != "max" or _TOTAL.search(s)):
        # "a refresher on Java and Spring, about 15 hours": 15 for both, not 15 each
        value = max(0.5, round(value / len(ids) * 2) / 2)
    return [Constraint(kind="skill_hours", text=s, skill_id=i, hours=value, op=op) for i in ids]


def _paired_hours(s: str, mentions: list[Mention], op: HoursOp) -> list[Constraint]:
    """Hours said once per skill in one clause: each skill with the figure after it (before
    the next skill), when every skill named has its own."""
    figures = list(HOURS.finditer(s))
    heads = sorted({m.id: m for m in mentions}.values(), key=lambda m: m.start)
    if len(figures) < 2 or len(figures) != len(heads):
        return []
    out = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start if i + 1 < len(heads) else len(s)
        own = [f for f in figures if m.end <= f.start() < end]
        value = number(own[0].group(1)) if len(own) == 1 else None
        if value is None:
            return []
        out.append(Constraint(kind="skill_hours", text=s, skill_id=m.id, hours=value, op=op))
    return out


_TOTAL = re.compile(
    r"\b(?:total|together|combined|in\s+all|between\s+them)\b|一共|总共|合计|加起来|总计", re.I
)
_EACH = re.compile(
    r"\b(?:each|apiece|every\s+one|per\s+skill|both\s+get)\b|各|分别|每项|每个都|都给", re.I
)


# "the last two months", "the final 8 weeks", "最后两个月", "最后6周"
_END_WINDOW = re.compile(
    rf"\b(?:last|final|closing)\s+(?P<n>{NUM})\s+(?P<u>weeks?|months?)\b|"
    rf"最后\s*(?P<zn>{NUM})\s*(?:个)?\s*(?P<zu>周|星期|礼拜|月)|"
    rf"\b(?:the\s+)?(?:last|final|closing)\s+(?P<one>month|week)\b",
    re.I,
)


def end_window(s: str) -> int | None:
    """A window at the end of the plan, in weeks ("the last two months": 9)."""
    m = _END_WINDOW.search(s)
    if m is None:
        return None
    n = 1 if m.group("one") else number(m.group("n") or m.group("zn"))  # "the last month"
    unit = (m.group("u") or m.group("zu") or m.group("one") or "").lower()
    if n is None or not 0 < n <= 104:
        return None
    return max(1, round(n * 52 / 12)) if unit.startswith("month") or unit == "月" else int(n)

"""Adjustments to a figure of hours (see :mod:`coach.engine.numbers.hours`): the figure that lasts
after one said for a while, the person's own lower second figure, minutes, and hours said "each"
after a count of sessions; split out of hours.py.
"""

from __future__ import annotations

import re

from coach.engine.numbers.numerals import NUM_EN, Amount, parse_number

_TEMPORARY = re.compile(
    r"\b(?:break|holidays?|vacation|summer\s+off|this\s+month|next\s+month|for\s+now|at\s+first|"
    r"the\s+first\s+(?:few\s+)?(?:weeks?|months?)|until|till|during\s+the)\b|"
    r"寒假|暑假|假期|放假|这个月|下个月|前几周|前两周|刚开始|头一个月|年假|春节",
    re.IGNORECASE,
)
_LASTING = re.compile(
    r"\b(?:then|after\s+that|afterwards|after\s+(?:it|the\s+break|the\s+holidays?)|"
    r"otherwise|normally|usually|the\s+rest\s+of\s+the\s+(?:time|year)|back\s+at\s+(?:school|work))\b|"
    r"开学后|开学以后|之后|以后|平时|平常|其余时间|其他时间|上班后|正常",
    re.IGNORECASE,
)


def for_a_while(text: str) -> bool:
    """Whether ``text`` gives hours for a while and others for after it (see _lasting)."""
    return bool(_TEMPORARY.search(text) and _LASTING.search(text))


def _lasting(text: str, found: list[Amount]) -> Amount | None:
    """Of a figure said for a while ("over the break", "寒假") and one said for after it
    ("then", "开学后"), the one that lasts: the plan runs on it."""
    if len(found) < 2:
        return None
    marks = []
    for amount in found:
        start = max(0, amount.start - 24)
        before = re.split(r"[,，;；。.]", text[start : amount.start])[-1]
        # the clause that holds the figure, up to its end ("20 hours over the break")
        after = re.split(r"[,，;；。.]", text[amount.end : amount.end + 30])[0]
        clause = before + " " + after
        marks.append((amount, bool(_TEMPORARY.search(clause)), bool(_LASTING.search(before))))
    if not any(temp for _, temp, _ in marks):
        return None
    return next((a for a, temp, last in marks if last and not temp), None)


_HEDGE = re.compile(
    r"^[^.;!?\n；！？\d]{0,20}?\b(?:maybe|realistically|more\s+like|probably|honestly|actually)\s+"
    r"(?P<n>\d{1,2})(?:\s*(?:-|–|to)\s*(?P<hi>\d{1,2}))?(?!\s*(?:weeks?|months?|years?|days?))",
    re.I,
)


def _hedged(text: str, amount: Amount) -> Amount:
    """ "10 hrs a week, maybe 8-10 realistically": the person's own second, lower figure."""
    m = _HEDGE.match(text[amount.end :])
    if m is None:
        return amount
    low = float(m.group("n"))
    high = float(m.group("hi")) if m.group("hi") else None
    if not 0 < low < amount.value:
        return amount
    end = amount.end + m.end()
    return Amount(low, amount.start, end, high, text[amount.start : end])


# "30 min a day", "每天30分钟", "45 minutes every evening": minutes per day or per week.
_MINUTES = re.compile(
    r"(?P<zday>每天|每晚|每日|一天)?\s*(?P<n>\d{1,3})\s*(?:min(?:ute)?s?\b|分钟)\s*"
    r"(?P<day>(?:a|per|each|every)\s+(?:day|night|evening|morning|weekday)|daily|/\s*day|每天|一天)?"
    r"(?P<week>(?:a|per|each|every)\s+week|weekly|/\s*w(?:ee)?k|每周|一周)?",
    re.I,
)


def _minutes(text: str) -> list[Amount]:
    out: list[Amount] = []
    for m in _MINUTES.finditer(text):
        minutes = float(m.group("n"))
        if m.group("day") or m.group("zday"):
            weekly = minutes * 7 / 60
        elif m.group("week"):
            weekly = minutes / 60
        else:
            continue
        if 0 < weekly <= 112:
            out.append(Amount(round(weekly, 2), m.start(), m.end(), None, m.group(0).strip()))
    return out


# "2 evenings, 3 hours each", "三个晚上，每次两小时": sessions a week times hours each.
_SESSIONS = re.compile(
    rf"(?P<n>{NUM_EN}|\d)\s+(?:evenings?|nights?|mornings?|sessions?|days?|times?)"
    r"(?:\s+a\s+week|\s+per\s+week)?\s*[,，]?\s*$",
    re.I,
)
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece|every\s+time|per\s+session|a\s+session)\b", re.I)


def _sessions(text: str, amount: Amount) -> Amount:
    """Hours said "each" after a count of sessions: the count times the hours."""
    before = _SESSIONS.search(text[max(0, amount.start - 30) : amount.start])
    if before is None or not _EACH_AFTER.match(text[amount.end :]):
        return amount
    n = parse_number(before.group("n"))
    if n is None or not 1 <= n <= 7:
        return amount
    high = None if amount.high is None else amount.high * n
    return Amount(amount.value * n, amount.start, amount.end, high, amount.text)


# Hours at work are no hours to learn: "每天上班10个小时，周末能学6小时", "I work 10-hour shifts,
# but can study 5 on weekends", "my job is 45 hours a week so realistically 6".
_JOB_CUE = re.compile(
    # time around work is time one may learn in: "上班前一小时", "before work", "通勤路上"
    # a job wished for or gone back to ("想重新上班") has no hours yet
    r"(?<!想)(?<!重新)(?<!回去)(?<!回归)(?<!找)(?<!去)"
    r"(?:上班|工作|加班|值班|坐班)(?!日|前|后|之前|之后|以外|之余|外|路上|的路上|途中)|"
    r"(?<!before\s)(?<!after\s)(?<!to\s)\bwork(?:ing|s)?\b(?!\s+(?:on|smarter|better|faster)\b)|\bshifts?\b|\bmy\s+job\b|"
    r"\bin\s+the\s+office\b|\bon\s+call\b",
    re.I,
)
_SCHEDULE = re.compile(
    r"(?<!想)(?<!重新)(?<!回去)(?<!回归)(?<!找)(?<!去)(?:上班|加班|值班|坐班)|\b(?:i|we)\s+work\b|"
    r"\bshifts?\b",
    re.I,
)
"""A clause that says when one works ("周一到周五上班"): a figure right after it is work time."""
_STUDY_CUE = re.compile(
    r"学|练|看书|备考|\b(?:study|studying|learn|learning|spare|free|practi[cs]e|for\s+this|"
    r"for\s+learning|on\s+this)\b|能|可以|\bcan\b|\bcould\b",
    re.I,
)
_WORK_FIGURE = re.compile(
    # a figure starts where its run of digits starts: a run of thousands is tried once
    r"(?<![\d.一二两三四五六七八九十半])(?:\d++(?:\.\d+)?|[一二两三四五六七八九十半]++)\s*(?:(?:-|~|到|至|to)\s*\d+\s*)?(?:个)?\s*"
    r"(?:小时|钟头|-?\s*hours?\b|-?\s*hrs?\b|h\b)",
    re.I,
)
_CLAUSE_CUT = re.compile(
    r"[,，;；。.!！?？\n]|\b(?:but|so|while|and\s+(?:can|could|then))\b|但是?|不过|所以|可是|然后",
    re.I,
)


def job_hours_masked(text: str) -> str:
    """``text`` with each clause that gives hours at work (a work word before an hours figure,
    no word of learning or of what the person can give) blanked, positions kept."""
    out = list(text)
    start = 0
    working = False  # a clause of work with no figure: the next figure is its hours
    for cut in [*_CLAUSE_CUT.finditer(text), None]:
        end = cut.start() if cut is not None else len(text)
        clause = text[start:end]
        job = _JOB_CUE.search(clause)
        figure = (
            _WORK_FIGURE.search(clause, job.end() if job is not None else 0)
            if job is not None or working
            else None
        )
        studying = bool(_STUDY_CUE.search(clause))
        if figure is not None and not studying and (job is not None or working):
            # the work words and their hours; a day said before them ("每天") may still
            # say how often the learning is ("每天工作8小时，下班后能学1小时")
            at = start + (job.start() if job is not None else figure.start())
            stop = start + figure.end()
            out[at:stop] = " " * (stop - at)
        working = bool(_SCHEDULE.search(clause)) and figure is None and not studying
        start = cut.end() if cut is not None else end
    return "".join(out)

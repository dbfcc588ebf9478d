"""Free text (English or Chinese) -> typed constraints.

The text is split into clauses (sentences, commas, and "and"/"然后"... before a new instruction),
and each clause is read for: weekly hours (from a date), the horizon, hours for a skill, the
project's place, excluded topics and resource kinds, and skills with what to do with them
(add, drop, make core, start with, move earlier or later). A clause that names skills but no
instruction takes the previous clause's ("add RAG, evals and agents"). A clause nothing could
be read from is kept verbatim as a ``note``: it is shown to the mentor as not applied.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from coach.engine.constraints.model import Constraint, ConstraintKind, HoursOp
from coach.engine.constraints.numerals import MONTH_NAMES, MONTHS, NUM, number, to_weeks
from coach.engine.constraints.topics import TOPICS, matches_topic
from coach.knowledge.lexicon import Mention, get_lexicon
from coach.knowledge.loader import KnowledgeBase

Mode = Literal["exclude", "include", "focus", "start", "earlier", "later"]

_VERBS = (
    r"make|add|include|drop|cut|remove|skip|move|push|bring|start|begin|focus|give|extend|"
    r"shorten|put|keep|limit|cap|reduce|increase|raise|lower|spend|allow|leave|replace|swap|"
    r"prioriti[sz]e|emphasi[sz]e|let|only|also|no|don'?t|do not|trim|teach|cover|schedule|"
    r"stretch|lengthen|compress|delay|postpone|defer|put|plan|do|she|he|they|her|his|their|"
    r"it|the|cap|get|use|go|we"
)
_SPLIT_EN = re.compile(rf",?\s+(?:and(?:\s+then)?|&|then|plus|but|also)\s+(?=(?:{_VERBS})\b)", re.I)
_SPLIT_ZH = re.compile(r"(?:并且|然后|同时|另外|而且|此外|还有|但是)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|[;\n。；！？]+|[,，]\s*")

_WEEK = re.compile(
    r"\b(?:a|per|each|every)\s+week\b|\bweekly\b|\b/\s*w(?:k|eek)?\b|\bh/w\b|\bhpw\b|\bhrs?/wk\b"
    r"|每周|一周|每星期|每个星期|周均|每礼拜",
    re.I,
)
_HOURS_UNIT = r"(?:\s*-?\s*(?:hours?|hrs?|h)\b|\s*(?:个)?\s*(?:小时|钟头|钟|h(?![a-z])))"
_HOURS = re.compile(rf"({NUM})(?:\s*(?:-|to|~|到|至)\s*({NUM}))?{_HOURS_UNIT}", re.I)
_HOURS_ZH_BEFORE = re.compile(rf"(?:小时数?|时长|学时)\s*(?:为|是|给|到|在)?\s*({NUM})", re.I)
_UNIT = r"(weeks?|wks?|months?|mos?|years?|yrs?|个星期|星期|周|个月|月|年)"
_DURATION = re.compile(rf"({NUM})\s*(?:more\s+|extra\s+|additional\s+)?{_UNIT}", re.I)

_NEG = (
    r"\b(?:no\s+need\s+(?:for|to)|not\s+needed|don'?t\s+need|doesn'?t\s+need|no|"
    r"not(?=\s+(?:the\s+|any\s+)?(?-i:[A-Z]))|without|skip|drop|avoid|don'?t|do not|remove|exclude|"
    r"leave\s+(?:\w+\s+)?out|take\s+(?:\w+\s+)?out|"
    r"cut(?!\s+\w+\s+(?:to|down))|ditch|lose|get rid of|forget|no need for|isn'?t needed|"
    r"not needed|unnecessary)\b"
    r"|不要|不用|不需要|不必|别|跳过|去掉|删掉|删除|不学|不考|无需|免去|取消|拿掉|砍掉|去除|省掉|没必要"
    r"|不安排|拿走|删了|去了吧|算了|可以删|不需要了"
    r"|\b(?:can|could|should|may)\s+go\b"
)
_MODES: tuple[tuple[Mode, str], ...] = (
    # Order matters: each mode's words are blanked before the next looks ("no need for" is
    # not "need"; "加强" is focus, not "加").
    ("exclude", _NEG),
    (
        "focus",
        r"\b(?:the\s+core|core\s+(?:of|skills?)|central|centre|center|main\s+focus|"
        r"focus(?:\s+more)?\s+on|more\s+(?:time\s+)?on|emphasi[sz]e|prioriti[sz]e|"
        r"priority|concentrate\s+on|double\s+down\s+on|deepen|go\s+deeper|heart\s+of|"
        r"backbone|spine|main\s+thing|top\s+priority)\b"
        r"|重点|核心|侧重|专注|聚焦|多花时间|多花点时间|加强|主攻|主线|重心|优先|第一位|首位|最重要",
    ),
    (
        "start",
        r"\b(?:start\s+(?:with|by|off\s+with)|begin\s+(?:with|by)|kick\s+off\s+with|"
        r"open\s+with|lead\s+with|first\s+thing|first)\b|先学|先从|一开始就?学|从.{1,12}开始|"
        r"开头先|第一步|打头",
    ),
    (
        "earlier",
        r"\b(?:earlier|sooner|forward|up\s*front|ahead)\b|提前|往前|前移|早点|早一点|更早|提早|最前面|前面|最先",
    ),
    (
        "later",
        r"\b(?:later|push(?:ed)?\s+(?:\w+\s+)?back|postpone|delay|towards?\s+the\s+end|"
        r"(?:at|to)\s+the\s+end|back\s+end\s+of|last)\b"
        r"|往后|推后|延后|后移|放到最后|放最后|最后学|放到后面|放后面|靠后|最后再|放在最后|放在后面",
    ),
    (
        "include",
        r"\b(?:add|include|cover|teach|put\s+in|bring\s+in|needs?|should\s+(?:learn|know|do)|"
        r"must\s+(?:learn|know)|also\s+learn|missing|schedule|learn)\b"
        r"|加上|加入|增加|补上|安排上|也要|要学|补充|加一个|加个|缺少|漏了|需要学|添加|应该学|该学|"
        r"得学|学一下|学学|也学|加进去|加进来|放进去|纳入|补一下|加(?!班)",
    ),
)
_TAIL_REFERENCE = re.compile(r"\b(?:it|them|that|those|this)\b", re.I)
_FILLER = re.compile(
    r"\b(?:and|also|too|as\s+well|plus|then|or|the|a|an)\b|[和与及、/&]|以及|还有|然后|再|学|也|都",
    re.I,
)
_MODE_RES = tuple((mode, re.compile(p, re.I)) for mode, p in _MODES)
_PROJECT = re.compile(r"\b(?:projects?|capstone|portfolio)\b|项目|作品集|作品", re.I)
_MAX_CUE = re.compile(
    r"\b(?:at\s+most|no\s+more\s+than|max(?:imum)?|cap(?:ped)?|up\s+to|limit(?:ed)?|only|"
    r"cut|reduce|trim|down\s+to|not\s+more\s+than|under|within|plenty|enough|suffices?)\b"
    r"|不超过|最多|以内|之内|控制在|只|压缩|砍到|缩减|减到|降到|上限|顶多|封顶|足够|够了|就够",
    re.I,
)
_MIN_CUE = re.compile(
    r"\b(?:at\s+least|no\s+less\s+than|minimum|min|or\s+more|more\s+than|not\s+less\s+than)\b"
    r"|至少|不少于|起码|以上|最少|不低于",
    re.I,
)
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    (r"\bbooks?\b|书籍|书本|看书|读书|(?<![证])书", "book"),
    (r"\b(?:courses?|moocs?|videos?|lectures?)\b|课程|网课|视频课|视频", "course"),
    (r"\bpapers?\b|论文", "paper"),
    (r"\bdocs\b|\bdocumentation\b|官方文档", "docs"),
)


def _clauses(text: str) -> list[str]:
    out: list[str] = []
    for sentence in _SENTENCE.split(text.strip()):
        for part in _SPLIT_ZH.split(_SPLIT_EN.sub("\x00", sentence)):
            out.extend(p.strip(" .,，、") for p in part.split("\x00"))
    return [c for c in out if c and re.search(r"\w", c)]


def _blank(span: tuple[int, int], text: str) -> str:
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


def _first_of_next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _from_when(s: str, today: date | None) -> dict[str, object] | None:
    """When new weekly hours start: a date, a month, a plan week; None if the clause says none."""
    if iso := re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        try:
            return {"from_date": date(*(int(g) for g in iso.groups()))}
        except ValueError:
            return None
    if m := re.search(
        rf"\b(?:from|starting(?:\s+in)?|start(?:ing)?\s+in|after|since|beginning(?:\s+of)?|"
        rf"as\s+of|in|by)\s+(?:early\s+|mid-?\s*|late\s+)?({MONTH_NAMES})\b",
        s,
        re.I,
    ):
        return {"from_month": MONTHS[m.group(1).lower()]}
    if m := re.search(
        r"(?:从|自)?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?\s*(?:起|开始|以后|之后|后|份起)",
        s,
    ):
        value = number(m.group(1))
        if value is not None and 1 <= value <= 12:
            return {"from_month": int(value)}
    if m := re.search(
        rf"\b(?:from|starting|after|as\s+of)\s+week\s+({NUM})|从?第\s*({NUM})\s*周(?:起|开始|以后|后)",
        s,
        re.I,
    ):
        value = number(m.group(1) or m.group(2))
        return {"from_week": int(value)} if value else None
    if re.search(r"\bnext\s+month\b|下个?月|下月", s, re.I):
        return {"from_date": _first_of_next_month(today)} if today else {"from_week": 5}
    if re.search(r"\bnext\s+week\b|下周|下星期|下个星期", s, re.I):
        return (
            {"from_date": today + timedelta(days=7 - today.weekday())}
            if today
            else {"from_week": 2}
        )
    if m := re.search(
        rf"\bin\s+({NUM})\s+(weeks?|months?)\b|({NUM})\s*(个星期|周|个月)(?:以?后)", s, re.I
    ):
        value = number(m.group(1) or m.group(3))
        if value:
            weeks = to_weeks(value, m.group(2) or m.group(4))
            return (
                {"from_date": today + timedelta(weeks=weeks)} if today else {"from_week": weeks + 1}
            )
    return None


# "my hours drop to 4 a week": the unit is named before the number
_IMPLIED_HOURS = re.compile(
    rf"(?:\bhours?\b|小时).{{0,30}}?\b({NUM})\s*(?:a|per|each|every|/)\s*(?:week|wk)\b", re.I
)


def _weekly_hours(s: str, today: date | None) -> list[Constraint]:
    week = _WEEK.search(s)
    hours = _HOURS.search(s) or _IMPLIED_HOURS.search(s)
    if not week or not hours or _UNREALISTIC.search(s):
        return []
    value = number(hours.group(1))  # a range: the lower end
    if value is None or value > 80:
        return []
    when = _from_when(s, today)
    if when:
        return [Constraint(kind="hours_from", text=s, hours_per_week=value, **when)]
    return [Constraint(kind="max_hours_per_week", text=s, hours_per_week=value)]


_EXTEND = re.compile(
    r"\b(?:extend|extended|stretch|lengthen|push\s+out|more\s+time|longer|additional|extra|"
    r"another|more|add)\b|延长|延期|放宽|拉长|多给|再给|宽限|多加|延到|延至|再加|增加",
    re.I,
)
_SHORTEN = re.compile(
    r"\b(?:shorten|shorter|compress|cut|reduce|trim|tighten|less|faster|sooner|quicker)\b"
    r"|缩短|压缩|缩减|减少|少",
    re.I,
)
_SET_HORIZON = re.compile(
    r"\b(?:in|within|over|for|to|make\s+it|plan\s+for|target|instead\s+of)\b|改成|改为|定为|内|以内|之内|完成",
    re.I,
)


def _horizon(s: str) -> list[Constraint]:
    if _WEEK.search(s) and _HOURS.search(s):
        return []
    durations = [
        m
        for m in _DURATION.finditer(s)
        if not re.fullmatch(r"(?:a|an)\s*", m.group(1), re.I) or not m.group(2).startswith("w")
    ]
    durations = [m for m in durations if not re.match(r"周|月", m.group(2)) or number(m.group(1))]
    if not durations or _PROJECT.search(s) or re.search(r"第\s*\S*\s*周|\bweek\s+\d", s, re.I):
        return []
    m = durations[0]
    value = number(m.group(1))
    if value is None:
        return []
    weeks = to_weeks(value, m.group(2))
    before = s[: m.start()]
    to = re.search(r"\bto\b|到|至|为|成", before[-8:], re.I) is not None
    by = re.search(r"\bby\b|\banother\b|\bmore\b|\bextra\b|再|多", s, re.I) is not None
    if _EXTEND.search(s):
        if to or (not by and re.search(r"延到|延至|改成|改为", s)):
            return [Constraint(kind="extend_horizon", text=s, horizon_weeks=weeks)]
        return [Constraint(kind="extend_horizon", text=s, add_weeks=weeks)]
    if _SHORTEN.search(s):
        if to:
            return [Constraint(kind="shorten_horizon", text=s, horizon_weeks=weeks)]
        return [Constraint(kind="shorten_horizon", text=s, remove_weeks=weeks)]
    if _SET_HORIZON.search(s):
        return [Constraint(kind="set_horizon", text=s, horizon_weeks=weeks)]
    return []


_MAX_FIRST = re.compile(
    r"\b(?:no|not)\s+more\s+than\b|不超过|不要超过|别超过|不能超过|不得超过|最多", re.I
)


def _hours_op(s: str) -> HoursOp:
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
_UNREALISTIC = re.compile(
    r"\b(?:unrealistic|not\s+realistic|too\s+(?:much|many)|impossible|no\s+way)\b"
    r"|不现实|太多|不可能|做不到|不太现实",
    re.I,
)


def _skill_hours(s: str, mentions: list[Mention], previous: list[str]) -> list[Constraint]:
    """Hours for the skills named (or, with none named, those of the clause before)."""
    if _WEEK.search(s) or (_UNREALISTIC.search(s) and not _HOURS.search(s)):
        return []
    hours = _HOURS.search(s) or _HOURS_BEFORE.search(s)
    if not hours:
        return []
    ids = list(dict.fromkeys(m.id for m in mentions)) or previous
    if not ids:
        return []
    low = number(hours.group(1))
    high = number(hours.group(2)) if hours.re is _HOURS and hours.group(2) else None
    if low is None:
        return []
    op = _hours_op(s)
    value = (high or low) if op == "max" else low
    return [Constraint(kind="skill_hours", text=s, skill_id=i, hours=value, op=op) for i in ids]


def _project(s: str) -> list[Constraint]:
    if not _PROJECT.search(s):
        return []
    modes = {mode for mode, rx in _MODE_RES if rx.search(s)}
    if "earlier" in modes or "start" in modes or re.search(r"\bfirst\b|先做|先", s, re.I):
        return [Constraint(kind="project_earlier", text=s)]
    if "later" in modes or re.search(r"\bafter\b|最后|之后再|等.{1,20}再|学完.{0,6}再", s, re.I):
        return [Constraint(kind="project_later", text=s)]
    return []


def _exclusions(s: str, rest: str) -> tuple[list[Constraint], str]:
    """Excluded topics and resource kinds; ``rest`` with their words blanked."""
    found: list[Constraint] = []
    if not re.search(_NEG, s, re.I):
        return found, rest
    for topic in TOPICS:
        if matches_topic(topic, s):
            found.append(Constraint(kind="exclude_topic", text=s, topic=topic))
            for group in TOPICS[topic]:
                for term in group:
                    for m in re.finditer(re.escape(term), rest, re.I):
                        rest = _blank(m.span(), rest)
            break
    for pattern, kind in _KIND_WORDS:
        for m in re.finditer(pattern, rest, re.I):
            if not any(c.resource_kind == kind for c in found):
                found.append(Constraint(kind="exclude_resource_kind", text=s, resource_kind=kind))
            rest = _blank(m.span(), rest)
    return found, rest


_REPLACE = re.compile(
    r"\b(?:replace|swap)\b(?P<a>.+?)\b(?:with|for|by)\b(?P<b>.+)"
    r"|(?P<c>.+?)\b(?:instead\s+of|rather\s+than)\b(?P<d>.+)"
    r"|用(?P<e>.+?)(?:代替|替代|替换|取代)(?P<f>.+)"
    r"|把?(?P<g>.+?)(?:换成|替换成|改成|改为)(?P<h>.+)",
    re.I,
)


def _replacements(s: str, mentions: list[Mention]) -> dict[str, Mode]:
    m = _REPLACE.search(s)
    if not m:
        return {}
    groups = m.groupdict()
    pairs = (("b", "a"), ("c", "d"), ("e", "f"), ("h", "g"))
    for new, old in pairs:
        if groups[new] is not None:
            span_new, span_old = m.span(new), m.span(old)
            modes: dict[str, Mode] = {}
            for mention in mentions:
                if span_old[0] <= mention.start < span_old[1]:
                    modes[mention.id] = "exclude"
                elif span_new[0] <= mention.start < span_new[1]:
                    modes[mention.id] = "include"
            return modes if "exclude" in modes.values() else {}
    return {}


def _mode_for(
    mention: Mention, markers: list[tuple[int, Mode]], others: list[Mention], s: str
) -> Mode | None:
    """The instruction a skill name is under: the nearest before it, else the first after it.
    A marker right after the name wins over one before it that is itself right after another
    name ("put transformers later and PyTorch first")."""
    before = [(at, mode) for at, mode in markers if at <= mention.start]
    after = [(at, mode) for at, mode in markers if at >= mention.end]
    if after and not before:
        return after[0][1]
    if not before:
        return None
    if after and s[mention.end : after[0][0]].strip() == "":
        at = before[-1][0]
        if any(o is not mention and s[o.end : at].strip() == "" for o in others if o.end <= at):
            return after[0][1]
    return before[-1][1]


_KIND_OF: dict[Mode, ConstraintKind] = {
    "exclude": "exclude_skill",
    "include": "include_skill",
    "focus": "focus_skill",
    "start": "start_with",
    "earlier": "move_earlier",
    "later": "move_later",
}


def _markers(rest: str) -> list[tuple[int, Mode]]:
    found: list[tuple[int, Mode]] = []
    for mode, rx in _MODE_RES:
        for m in rx.finditer(rest):
            if m.group(0):
                found.append((m.start(), mode))
                rest = _blank(m.span(), rest)
    return sorted(found)


def _leftover(s: str, mentions: list[Mention]) -> str:
    for m in sorted(mentions, key=lambda m: -m.start):
        s = s[: m.start] + " " + s[m.end :]
    return _FILLER.sub(" ", s).strip(" ,，.。!！?？:：")


def _skills(
    s: str, rest: str, mentions: list[Mention], carried: Mode | None, previous: list[str]
) -> tuple[list[Constraint], Mode | None]:
    replaced = _replacements(s, mentions)
    markers = _markers(rest)
    live = [m for m in mentions if rest[m.start : m.end].strip()]
    if not live and markers and previous:
        # "Python is overweighted. Take it out." / "她 SQL 已经很强了，去掉吧"
        words = _leftover(rest, [])
        cjk = re.sub(r"[^\u4e00-\u9fff]", "", words)
        if _TAIL_REFERENCE.search(s) or (cjk and len(cjk) <= len(words) and len(cjk) <= 5):
            first = markers[0][1]
            return [Constraint(kind=_KIND_OF[first], text=s, skill_id=p) for p in previous], None
    if not markers and not replaced and _leftover(rest, live):
        carried = None  # a clause with words of its own is not a continued list
    out: list[Constraint] = []
    for mention in live:
        mode = replaced.get(mention.id) or _mode_for(mention, markers, live, s) or carried
        if mode is None:
            continue
        c = Constraint(kind=_KIND_OF[mode], text=s, skill_id=mention.id)
        if c not in out:
            out.append(c)
    last = out[-1].kind if out else None
    mode_of = {v: k for k, v in _KIND_OF.items()}
    return out, mode_of.get(last) if last else None


def _adjacent_heads(mentions: list[Mention], s: str) -> list[Mention]:
    """ "大模型微调": two names with nothing between them are one compound; the last is its head."""
    out: list[Mention] = []
    for m in mentions:
        if (
            out
            and s[out[-1].end : m.start].strip() == ""
            and re.search(r"[\u4e00-\u9fff]", s[out[-1].start : m.end])
        ):
            out[-1] = m
        else:
            out.append(m)
    return out


def parse_clause(
    s: str,
    kb: KnowledgeBase,
    carried: Mode | None,
    today: date | None,
    previous: list[str],
    unread: list[str],
) -> tuple[list[Constraint], Mode | None]:
    """The constraints in one clause, and the skill mode a following list clause inherits.
    ``previous``: the skills the clause before named, for hours ("keep it under 20 hours");
    ``unread``: those of them nothing was read for, for "take it out"/"去掉吧"."""
    mentions = _adjacent_heads(get_lexicon(kb).find_skills(s), s)
    found = [*_weekly_hours(s, today), *_horizon(s), *_project(s)]
    hours = _skill_hours(s, mentions, [] if found else previous)
    found += hours
    rest = s
    if hours:
        return found, None
    excluded, rest = _exclusions(s, rest)
    found += excluded
    if excluded and not any(rest[m.start : m.end].strip() for m in mentions):
        return found, None
    if found and not excluded:
        return found, None
    skills, mode = _skills(s, rest, mentions, carried, [] if mentions else unread)
    return found + skills, mode


def parse_constraints(
    text: str,
    kb: KnowledgeBase,
    source: Literal["mentor", "user"] = "mentor",
    today: date | None = None,
) -> list[Constraint]:
    """Read a change request (``source="user"``: a constraint the user gave) into constraints;
    every clause nothing could be read from becomes a ``note`` with its words."""
    out: list[Constraint] = []
    carried: Mode | None = None
    previous: list[str] = []
    unread: list[str] = []
    weekly = False
    for clause in _clauses(text):
        found, carried = parse_clause(clause, kb, carried, today, previous, unread)
        if (
            not found
            and weekly
            and (h := _HOURS.search(clause))
            and not _UNREALISTIC.search(clause)
            and not re.search(r"\bnot\b|不是|并非|而不是", clause, re.I)
        ):
            # "每周20小时不现实，按12小时排": the hours of the clause before, corrected
            value = number(h.group(1))
            if value is not None:
                found = [Constraint(kind="max_hours_per_week", text=clause, hours_per_week=value)]
        weekly = bool(_WEEK.search(clause) and _HOURS.search(clause))
        mentioned = [m.id for m in get_lexicon(kb).find_skills(clause)]
        previous = mentioned or ([] if found else previous)
        unread = [] if found else previous
        out.extend(found or [Constraint(kind="note", text=clause)])
    return [c.model_copy(update={"source": source}) for c in out]


def not_applied(constraints: list[Constraint]) -> list[str]:
    """The words of every part of a request that was not read (shown to the mentor)."""
    return [c.text for c in constraints if c.kind == "note"]


def requests_not_applied(notes: list[str], kb: KnowledgeBase) -> list[str]:
    """Of all the mentor's requests so far, the parts not applied, word for word, in order."""
    return list(dict.fromkeys(t for n in notes for t in not_applied(parse_constraints(n, kb))))

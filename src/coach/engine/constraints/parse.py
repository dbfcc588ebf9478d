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
from datetime import date
from typing import Literal

from coach.engine.constraints.model import Constraint, ConstraintKind
from coach.engine.constraints.numerals import NUM, number
from coach.engine.constraints.quantities import (
    HOURS,
    PROJECT,
    UNREALISTIC,
    WEEK,
    read_horizon,
    read_skill_hours,
    read_weekly_hours,
)
from coach.engine.constraints.topics import PROJECT_FIELDS, TOPICS, matches_topic
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


_NEG = (
    r"\b(?:no\s+need\s+(?:for|to)|not\s+needed|don'?t\s+need|doesn'?t\s+need|no|"
    r"not(?=\s+(?:the\s+|any\s+)?(?-i:[A-Z]))|without|skip|drop|avoid|don'?t|do not|remove|exclude|"
    r"leave\s+(?:\w+\s+)?out|take\s+(?:\w+\s+)?out|"
    r"cut(?!\s+\w+\s+(?:to|down))|ditch|lose|get rid of|forget|no need for|isn'?t needed|"
    r"not needed|unnecessary)\b"
    r"|不要|不用|不需要|不必|别|跳过|去掉|删掉|删除|不学|不考|无需|免去|取消|拿掉|砍掉|去除|省掉|没必要"
    r"|不安排|拿走|删了|去了吧|算了|可以删|不需要了"
    r"|\btake\s+(?:\w+\s+)?off\b|\boff\s+the\s+plan\b"
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
        r"open\s+with|lead\s+with|first\s+thing|first|at\s+the\s+(?:start|beginning|outset)|"
        r"start\s+(?:it\s+|them\s+)?(?:early|right\s+away|by\s+week)|early\s+on|right\s+away)\b"
        r"|先学|先从|一开始就?学?|从.{1,12}开始|最开始|开头|"
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
        r"|往后|推后|延后|后移|放到.{1,12}(?:之后|后面)|放到最后|放最后|最后学|放到后面|放后面|靠后|最后再|放在最后|放在后面",
    ),
    (
        "include",
        r"\b(?:add|include|cover|teach|put\s+in|bring\s+in|back\s+in|restore|re-?add|needs?|should\s+(?:learn|know|do)|"
        r"must\s+(?:learn|know)|also\s+learn|missing|schedule|learn)\b"
        r"|\bsqueeze\b|\bfit\s+(?:\w+\s+)?in\b|\bwork\s+(?:\w+\s+)?in\b"
        r"|安排进去|安排进来|排进去|加上|加入|增加|补上|安排上|也要|要学|补充|加一个|加个|缺少|漏了|需要学|添加|应该学|该学|"
        r"得学|学一下|学学|也学|加进去|加进来|放进去|纳入|补一下|加(?!班)",
    ),
)
_SWAP = re.compile(
    r"\b(?:swap|replace|change|switch|instead|rather|make\s+it|turn\s+it\s+into)\b"
    r"|换成|换为|改成|改为|换一个|换个|改做|换掉|替换|改一下|换",
    re.I,
)
_BARE_NOT = re.compile(r"^\s*(?:not|rather\s+than|instead\s+of|而不是|不是)\b", re.I)
_MAKE = re.compile(r"\b(?:make|build|do|pick|choose)\b|做一个|做个|做成|选一个|选个", re.I)
_ABOUT = re.compile(
    r"\b(?:on|about|with|using|use|uses|in|for|around|based\s+on|built\s+on|from)\b|关于|有关|相关|方向|领域|"
    r"方面|行业|数据|场景",
    re.I,
)
_FIELD_RES = {
    f: re.compile(rf"(?<![A-Za-z])(?:{w})(?![A-Za-z])", re.I) for f, w in PROJECT_FIELDS.items()
}
BARE_NUMBER = re.compile(rf"({NUM})", re.I)
_TAIL_REFERENCE = re.compile(r"\b(?:it|them|that|those|this)\b", re.I)
_FILLER = re.compile(
    r"\b(?:and|also|too|as\s+well|plus|then|or|the|a|an)\b|[和与及、/&]|以及|还有|然后|再|学|也|都",
    re.I,
)
_MODE_RES = tuple((mode, re.compile(p, re.I)) for mode, p in _MODES)
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    (r"\bbooks?\b|书籍|书本|看书|读书|(?<![证])书", "book"),
    (r"\b(?:courses?|moocs?|videos?|lectures?)\b|课程|网课|视频课|视频", "course"),
    (r"\bpapers?\b|论文", "paper"),
    (r"\bdocs\b|\bdocumentation\b|官方文档", "docs"),
)


# A reason is said, not asked for: "because she knows Java", "因为她会 Java".
_REASON = re.compile(
    r"\s*\b(?=(?:because|since|given\s+that|as\s+(?:she|he|they|it)|so\s+(?:she|he|they))\b)"
    r"|(?=因为|由于|毕竟|既然)",
    re.I,
)
_REASON_START = re.compile(
    r"^(?:because|since|given\s+that|as\s+(?:she|he|they|it)|so\s+(?:she|he|they))\b"
    r"|^(?:因为|由于|毕竟|既然)",
    re.I,
)
# A skill named after "after"/"before"/"之后" only places another one: it is not asked for.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:after|before|until|than|following|once|behind|ahead\s+of)\s+(?:the\s+)?$", re.I
)
_REFERENCE_AFTER = re.compile(r"^\s*(?:之后|以后|之前|以前|后面|前面|学完)")


def _clauses(text: str) -> list[str]:
    out: list[str] = []
    for sentence in _SENTENCE.split(text.strip()):
        for part in _SPLIT_ZH.split(_SPLIT_EN.sub("\x00", sentence)):
            for piece in part.split("\x00"):
                out.extend(p.strip(" .,，、") for p in _REASON.split(piece))
    return [c for c in out if c and re.search(r"\w", c)]


def _targets(mentions: list[Mention], s: str) -> list[Mention]:
    """The mentions a clause asks something for (not those that only place another)."""
    return [
        m
        for m in mentions
        if not _REFERENCE_BEFORE.search(s[max(0, m.start - 16) : m.start])
        and not (_REFERENCE_AFTER.match(s[m.end :]) and s[: m.start].strip())
    ]


def _blank(span: tuple[int, int], text: str) -> str:
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


def _project_field(s: str) -> list[Constraint]:
    """ "swap the portfolio project for one on healthcare data", "项目换成金融方向的": the
    field named after the project (or with a swap word), the first one named."""
    m = PROJECT.search(s)
    if m is None:
        return []
    swap = _SWAP.search(s) or _MAKE.search(s)
    best: tuple[int, str] | None = None
    for field_id, words in _FIELD_RES.items():
        if (f := words.search(s)) and (best is None or f.start() < best[0]):
            best = (f.start(), field_id)
    if best is None or not (swap or _ABOUT.search(s[m.start() :])):
        return []
    return [Constraint(kind="project_field", text=s, project_field=best[1])]


def _project(s: str) -> list[Constraint]:
    if not PROJECT.search(s):
        return []
    out = _project_field(s)
    modes = {mode for mode, rx in _MODE_RES if rx.search(s)}
    if "earlier" in modes or "start" in modes or re.search(r"\bfirst\b|先做|先", s, re.I):
        return [*out, Constraint(kind="project_earlier", text=s)]
    later = re.search(r"\bafter\b|最后|之后再|等.{1,20}再|学完.{0,6}再", s, re.I)
    if "later" in modes or later or _window(s):
        return [*out, Constraint(kind="project_later", text=s, window_weeks=_window(s))]
    return out


# "the last two months", "the final 8 weeks", "最后两个月", "最后6周"
_WINDOW = re.compile(
    rf"\b(?:last|final)\s+(?P<n>{NUM})\s+(?P<u>weeks?|months?)\b|"
    rf"最后\s*(?P<zn>{NUM})\s*(?:个)?\s*(?P<zu>周|星期|礼拜|月)",
    re.I,
)


def _window(s: str) -> int | None:
    """The project's window at the end of the plan, in weeks ("the last two months": 9)."""
    m = _WINDOW.search(s)
    if m is None:
        return None
    n = number(m.group("n") or m.group("zn"))
    unit = (m.group("u") or m.group("zu") or "").lower()
    if n is None or not 0 < n <= 104:
        return None
    return max(1, round(n * 52 / 12)) if unit.startswith("month") or unit == "月" else int(n)


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


_BACK_KINDS: dict[str, ConstraintKind] = {
    "focus": "focus_skill",
    "start": "start_with",
    "earlier": "move_earlier",
    "later": "move_later",
}


def _refers_back(clause: str, previous: list[str]) -> list[Constraint]:
    """A clause that names no skill but says where ("at the start", "放在核心里") is about the
    skills of the clause before."""
    for mode, rx in _MODE_RES:
        kind = _BACK_KINDS.get(mode)
        if kind and rx.search(clause):
            return [Constraint(kind=kind, skill_id=s, text=clause) for s in previous]
    return []


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
    if _REASON_START.search(s):
        return [], None  # a reason: a note, never an instruction
    mentions = _targets(_adjacent_heads(get_lexicon(kb).find_skills(s), s), s)
    found = [*read_weekly_hours(s, today), *read_horizon(s), *_project(s)]
    if any(c.kind == "project_field" for c in found):
        return found, None  # "about protein sequences, not DFT": all of it is about the project
    hours = read_skill_hours(s, mentions, [] if found else previous)
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
    weekly = doubted = project = False
    for clause in _clauses(text):
        found, carried = parse_clause(clause, kb, carried, today, previous, unread)
        asked = [c for c in out if c.kind == "project_field"]
        if (
            project
            and asked
            and _BARE_NOT.match(clause)
            and all(c.kind == "exclude_skill" for c in found)
        ):
            # "... about protein sequences, not DFT": the "not" is about the project too
            at = out.index(asked[-1])
            out[at] = asked[-1].model_copy(update={"text": f"{asked[-1].text}, {clause}"})
            continue
        if not found and project and not get_lexicon(kb).find_skills(clause):
            # "swap the project for one in finance and move it earlier": "it" is the project
            had = {c.kind for c in out}
            found = [
                c.model_copy(update={"text": clause})
                for c in _project("project " + clause)
                if c.kind not in had
            ]
        if not found and previous and not get_lexicon(kb).find_skills(clause):
            found = _refers_back(clause, previous)  # "add RAG, put it at the start"
        project = bool(PROJECT.search(clause)) or (project and bool(found))
        if (
            not found
            and weekly
            and (h := HOURS.search(clause) or (BARE_NUMBER.search(clause) if doubted else None))
            and not UNREALISTIC.search(clause)
            and not re.search(r"\bnot\b|不是|并非|而不是", clause, re.I)
        ):
            # "每周20小时不现实，按12小时排": the hours of the clause before, corrected
            value = number(h.group(1))
            if value is not None:
                found = [Constraint(kind="max_hours_per_week", text=clause, hours_per_week=value)]
        weekly = bool(WEEK.search(clause) and HOURS.search(clause))
        doubted = weekly and bool(UNREALISTIC.search(clause))
        mentioned = [m.id for m in get_lexicon(kb).find_skills(clause)]
        named = list(dict.fromkeys(c.skill_id for c in found if c.skill_id))
        previous = mentioned or named or ([] if found else previous)
        unread = [] if found else previous
        out.extend(found or [Constraint(kind="note", text=clause)])
    return [c.model_copy(update={"source": source}) for c in out]


def not_applied(constraints: list[Constraint]) -> list[str]:
    """The words of every part of a request that was not read (shown to the mentor)."""
    return [c.text for c in constraints if c.kind == "note"]


def requests_not_applied(notes: list[str], kb: KnowledgeBase) -> list[str]:
    """Of all the mentor's requests so far, the parts not applied, word for word, in order."""
    return list(dict.fromkeys(t for n in notes for t in not_applied(parse_constraints(n, kb))))

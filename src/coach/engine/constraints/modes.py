"""Skills and what to do with them in a clause: the instruction words (modes: exclude,
include, focus, start, earlier, later), which skill each is about, replacements ("replace X
with Y"), lists that carry the previous instruction, and clauses that refer back ("take it out")."""

from __future__ import annotations

import re
from typing import Literal

from coach.engine.constraints.model import Constraint, ConstraintKind
from coach.knowledge.lexicon import Mention

Mode = Literal["exclude", "include", "focus", "start", "earlier", "later"]

NEG = (
    r"\b(?:no\s+need\s+(?:for|to)|not\s+needed|don'?t\s+need|doesn'?t\s+need|no|"
    r"not(?=\s+(?:the\s+|any\s+)?(?-i:[A-Z]))|without|skip|drop|avoid|don'?t|do not|remove|exclude|"
    r"leave\s+(?:\w+\s+)?out|take\s+(?:\w+\s+)?out|keep\s+(?:[\w/+#-]+\s+){1,3}out\b|"
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
    ("exclude", NEG),
    (
        "focus",
        r"\b(?:the\s+core|core\s+(?:of|skills?)|central|centre|center|main\s+focus|"
        r"focus(?:\s+more)?\s+on|more\s+(?:time\s+)?on|emphasi[sz]e|prioriti[sz]e|"
        r"priority|concentrate\s+on|double\s+down\s+on|deepen|go\s+deeper|heart\s+of|"
        r"backbone|spine|main\s+thing|top\s+priority)\b"
        r"|重点|核心|侧重|专注|聚焦|为主|主要学|多花时间|多花点时间|加强|主攻|主线|重心|优先|第一位|首位|最重要",
    ),
    (
        "start",
        r"\b(?:start\s+(?:with|by|off\s+with)|begin\s+(?:with|by)|kick\s+off\s+with|"
        r"open\s+with|lead\s+with|first\s+thing|first|at\s+the\s+(?:very\s+)?(?:start|beginning|outset)|"
        r"to\s+the\s+(?:very\s+)?(?:start|beginning|front)|"
        r"start\s+(?:it\s+|them\s+)?(?:early|right\s+away|by\s+week)|early\s+on|right\s+away)\b"
        r"|先学|先从|一开始就?学?|从.{1,12}开始|最开始|开头|"
        r"开头先|第一步|打头|最前面|最前头|最先",
    ),
    (
        "earlier",
        r"\b(?:earlier|sooner|forward|up\s*front|ahead|early(?!\s+on))\b|提前|往前|前移|早点|早一点|更早|提早|前面",
    ),
    (
        "later",
        r"\b(?:later|push(?:ed)?\s+(?:\w+\s+)?back|postpone|delay|towards?\s+the\s+end|"
        r"(?:at|to|till|until)\s+the\s+end|back\s+end\s+of|can\s+wait|wait\s+(?:till|until)|"
        r"last(?!\s+(?:\w+\s+)?(?:job|role|company|employer|position|team|years?|months?|weeks?|time|"
        r"one|project|place)\b))\b"
        r"|往后|推后|延后|后移|放到.{1,12}(?:之后|后面)|放到最后|放最后|最后学|放到后面|放后面|靠后|最后再|放在最后|放在后面",
    ),
    (
        "include",
        r"\b(?:add|include|cover|teach|put\s+in|bring\s+in|back\s+in|restore|re-?add|needs?|should\s+(?:learn|know|do)|"
        r"must\s+(?:learn|know)|also\s+learn|missing|schedule|learn)\b"
        r"|\bgive\s+(?:the\s+|that\s+|its\s+|those\s+|these\s+|the\s+freed\s+)?(?:time|hours)\s+to\b"
        r"|\b(?:spend|put|use)\s+(?:the|that|this|those)\s+(?:time|hours)\s+on\b"
        r"|\bsqueeze\b|\bfit\s+(?:\w+\s+)?in\b|\bwork\s+(?:\w+\s+)?in\b"
        r"|保留|留着|留下|时间给|时间留给|时间都给|安排进去|安排进来|排进去|加上|加入|增加|补上|安排上|都要|也要|要学|补充|加一个|加个|缺少|漏了|需要学|添加|应该学|该学|"
        r"得学|学一下|学学|也学|加进去|加进来|放进去|纳入|补一下|加(?!班)",
    ),
)

_TAIL_REFERENCE = re.compile(r"\b(?:it|them|that|those|this)\b", re.I)
_FILLER = re.compile(
    r"\b(?:and|also|too|as\s+well|plus|then|or|the|a|an|items?|stuff|things?|parts?|bits?|"
    r"modules?|sections?|topics?|side|ones?)\b|[和与及、/&]|以及|还有|然后|再|学|也|都|部分|那块|相关的?|内容",
    re.I,
)
MODE_RES = tuple((mode, re.compile(p, re.I)) for mode, p in _MODES)


def blank(span: tuple[int, int], text: str) -> str:
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


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
"""The constraint each placing mode makes ("at the start": start_with)."""


def _markers(rest: str) -> list[tuple[int, Mode]]:
    found: list[tuple[int, Mode]] = []
    for mode, rx in MODE_RES:
        for m in rx.finditer(rest):
            if m.group(0):
                found.append((m.start(), mode))
                rest = blank(m.span(), rest)
    return sorted(found)


def _leftover(s: str, mentions: list[Mention]) -> str:
    for m in sorted(mentions, key=lambda m: -m.start):
        s = s[: m.start] + " " + s[m.end :]
    return _FILLER.sub(" ", s).strip(" ,，.。!！?？:：")


def skills_of(
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


def adjacent_heads(mentions: list[Mention], s: str) -> list[Mention]:
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


PLACE_KINDS: dict[str, ConstraintKind] = {
    "focus": "focus_skill",
    "start": "start_with",
    "earlier": "move_earlier",
    "later": "move_later",
}


def refers_back(clause: str, previous: list[str]) -> list[Constraint]:
    """A clause that names no skill but says where ("at the start", "放在核心里") is about the
    skills of the clause before."""
    if _BEFORE_THE_PROJECT.search(clause):  # "评估那块加到30小时，放在项目之前"
        return [Constraint(kind="before_project", skill_id=s, text=clause) for s in previous]
    for mode, rx in MODE_RES:
        kind = PLACE_KINDS.get(mode)
        if kind and rx.search(clause):
            return [Constraint(kind=kind, skill_id=s, text=clause) for s in previous]
    return []


_BEFORE_THE_PROJECT = re.compile(
    r"^\W*(?:(?:把它|它)?(?:放|安排|排|学)(?:在|到)?)?(?:做)?(?:作品集)?项目(?:之前|以前|前面|前)"
    r"|^\W*(?:(?:put|place|schedule|do|have)\s+(?:it|them)\s+)?before\s+the\s+(?:portfolio\s+)?project\b",
    re.I,
)

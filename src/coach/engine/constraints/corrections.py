"""A mentor's corrections of the profile and the target, read from a clause.

- A skill the person really has, or lacks: "he does not know Java" (level 0), "he barely codes"
  (programming at level 1), "she has 3 years of Python, not 0" (level 2), "她Python用了5年了"
  (level 3), "he knows Git already" (level 2).
- The target: "switch her target to agent engineer", "目标换成AI增强型职场人"; a role the knowledge
  base lacks ("目标换成AI产品经理") is kept with its closest roles, to ask the mentor back.
- No coding: "she's not a coder, no coding-heavy stuff", "不写代码".
- The weekly hours said without "a week": "he can only do 5 hours".
"""

from __future__ import annotations

import re

from coach.engine.constraints.model import Constraint, HoursOp
from coach.engine.constraints.quantities import HOURS, PROJECT
from coach.engine.constraints.work import FIND_WORK as FIND_WORK
from coach.engine.constraints.work import read_find_work as read_find_work
from coach.engine.constraints.work import read_no_coding as read_no_coding
from coach.engine.constraints.work import read_stays as read_stays
from coach.engine.numbers.approx import NUM, number
from coach.knowledge.lexicon import Mention, get_lexicon
from coach.knowledge.loader import KnowledgeBase

_LACKS = re.compile(
    r"\b(?:does\s*n[o']?t|doesn'?t|do\s+not|don'?t|did\s*n[o']?t|never|can'?t|cannot)\s+"
    r"(?:really\s+|actually\s+|even\s+|yet\s+)?(?:know|use|speak|write|read|have|do|code\s+in)\b"
    r"|\b(?:has|have)\s+(?:no|zero|never\s+used)\b|\bno\s+(?:experience|background)\s+(?:in|with)\b"
    r"|\b(?:is\s*n[o']?t|isn'?t|not)\s+(?:good|fluent|comfortable|strong)\s+(?:at|in|with)\b"
    r"|\bnew\s+to\b|\bnever\s+(?:(?:ever|really|actually)\s+)?(?:used|touched|learned|learnt|programmed|coded|"
    r"written\s+(?:a\s+(?:single\s+)?line\s+of\s+)?(?:code|a\s+program))\b"
    r"|不会|不懂|没用过|没学过|没接触过|(?:从来|从|根本)?没(?:有)?(?:写|编|敲|学)过(?:一行)?(?:代码|程序|编程)|不熟悉?|没有?(?:任何)?(?:\S{0,6})?基础|零基础|完全不了解",
    re.I,
)
_BARELY = re.compile(
    r"\b(?:barely|hardly|a\s+little|a\s+bit\s+of|only\s+basic)\b|不太|一点点|略懂", re.I
)
_A_LITTLE = re.compile(
    r"\b(?:only\s+)?(?:knows?|has|used?|writes?|did)\s+(?:a\s+)?(?:little|bit\s+of|tiny\s+bit\s+of|"
    r"some\s+basic)\b|\bonly\s+(?:a\s+)?(?:little|bit\s+of)\b|只会一点|只懂一点|会一点|懂一点|只写过一点|只用过一点",
    re.I,
)
_OTHER_LANGUAGE = re.compile(
    r"(?<![A-Za-z0-9_#+])(?:Lua|Perl|PHP|Ruby|Swift|Scala|Dart|Haskell|Elixir|C#|Objective-C|VBA|"
    r"ABAP|COBOL|Fortran|Delphi|Julia|Bash|shell|Groovy|Visual\s+Basic|VB)(?![A-Za-z0-9_#+])",
    re.I,
)
"""Programming languages the sources have no skill for ("他只会一点Lua")."""
_CODES = re.compile(
    r"\b(?:codes?|coded|coding|programs?|programmed|programming)\b|写代码|编程|写程序|敲代码"
    r"|(?:写|编|敲)过(?:一行)?(?:代码|程序)",
    re.I,
)
_KNOWS = re.compile(
    r"\b(?:knows?|has\s+used|uses|(?:is|'s)\s+(?:good|fluent|strong|solid|fine)\s+(?:at|in|with|on)|"
    r"already\s+(?:knows?|uses|has))\b|已经会|会用|很熟|很强|熟悉|精通|用了|没问题"
    r"|(?:他|她|他们|她们)(?:也|还|都|本来就)?会(?!不|议|计|员|话|场|面|有|写程序)",
    re.I,
)
_DAILY = re.compile(
    r"(?:天天|每天|一直|经常|平时|日常)(?:都)?(?:在)?(?:用|写|跑|打交道)"
    r"|\b(?:uses?|writes?|works?\s+(?:with|in))\b[^.;,]{0,30}\b(?:daily|every\s*day|all\s+day)\b",
    re.I,
)
_EXPERT = re.compile(r"\binside\s+out\b|\bexpert\b|\bvery\s+strong\b|精通|非常熟", re.I)
_YEARS = re.compile(
    rf"(?P<n>{NUM})\s*(?:\+\s*)?(?:years?|yrs?)(?:\s+of)?|(?P<z>{NUM})\s*年(?:多|了|的)?", re.I
)
_FROM_SCRATCH = re.compile(
    r"\b(?:from\s+(?:scratch|zero|the\s+start)|not\s+(?:0|zero|a\s+beginner)|"
    r"isn'?t\s+a\s+beginner)\b|从零|从头|不是零基础|不是新手|^\s*(?:not|而不是|不是)\s*\d",
    re.I,
)


def years_level(years: float) -> int:
    """The level years of use show: under one year basic, 1-4 working, 5 and more expert."""
    return 1 if years < 1 else 2 if years < 5 else 3


def _known_level(s: str) -> int | None:
    if m := _YEARS.search(s):
        value = number(m.group("n") or m.group("z"))
        if value is not None and 0 < value <= 50:
            return years_level(value)
    if _EXPERT.search(s):
        return 3
    if _A_LITTLE.search(s) or _BARELY.search(s):
        return 1  # "he knows a little Python", "只会一点SQL": basic
    return 2 if _KNOWS.search(s) else None


_NOT_A = re.compile(
    r"(?:\b(?:not|isn'?t|is\s+not|never\s+was|was\s+never|no)\s+(?:really\s+)?(?:a|an)\s+"
    r"|不是(?:一个|一名|个|做)?|并非|算不上)$",
    re.I,
)
"""Just before a skill's person word: "not a programmer", "他不是程序员" (that skill at 0)."""


_BUT_NOT = re.compile(r"\b(?:but|and)\s+not\s+(?:yet\s+)?$|(?:但|却|而)(?:不会|不懂)\s*$", re.I)
"""Just before a skill: "knows MATLAB but not Python" (that one at 0)."""


def _level_of(s: str, m: Mention, subject: bool) -> int | None:
    """The level a clause gives one mention: 0 (or 1, "barely") after a "does not know" or
    "not a programmer", else the level of a "knows"/years said of the person, else None."""
    knows_then_not = _BUT_NOT.search(s[: m.start]) and _KNOWS.search(s[: m.start])
    if _NOT_A.search(s[: m.start]) or knows_then_not:
        return 0
    if any(lack.start() < m.start for lack in _LACKS.finditer(s)):
        return 1 if _BARELY.search(s) else 0
    return _known_level(s) if subject else None


def read_profile_skills(
    s: str, mentions: list[Mention], kb: KnowledgeBase, of_person: bool = False
) -> list[Constraint]:
    """The skills a clause says the person has or lacks, with their real level ("she is a
    designer, not a programmer: she does not know Git" -> programming and Git at 0);
    ``of_person``: the clause goes on about the person named before ("..., SQL也很熟")."""
    if PROJECT.search(s):
        return []
    if not mentions:
        if _LACKS.search(s) is None and not _BARELY.search(s) and not _A_LITTLE.search(s):
            return []
        if (
            _A_LITTLE.search(s)
            and _OTHER_LANGUAGE.search(s)
            and "programming_fundamentals" in kb.skills
        ):
            # "他只会一点Lua", "she only knows a bit of VBA": a language the sources lack, a
            # little of it: programming at basic level (never a second language's head start)
            return [
                Constraint(
                    kind="profile_skill", text=s, skill_id="programming_fundamentals", level=1
                )
            ]
        if _CODES.search(s) and "programming_fundamentals" in kb.skills:  # "he barely codes"
            level = 1 if _BARELY.search(s) else 0
            return [
                Constraint(
                    kind="profile_skill", text=s, skill_id="programming_fundamentals", level=level
                )
            ]
        return []
    subject = re.match(
        r"^\s*(?:(?:and|but|also|plus)\s+)?(?:she|he|they|her|his|the\s+(?:user|person|mentee|candidate)|"
        r"[A-Z][a-z]+|他|她|他们|对方|学员|这位|这个人)",
        s,
    )
    said = subject is not None or of_person
    levels = {m.id: _level_of(s, m, said) for m in reversed(mentions)}
    if _DAILY.search(s) and not _LACKS.search(s) and not HOURS.search(s):  # "Docker他天天用"
        levels = {k: max(v or 0, _known_level(s) or 2) for k, v in levels.items()}
    codes = _CODES.search(s)
    if (
        codes
        and "programming_fundamentals" in kb.skills
        and "programming_fundamentals" not in levels
    ):
        lack = _LACKS.search(s[: codes.start()]) or re.search(
            r"\bcan'?t\b|\bcannot\b", s[: codes.start()], re.I
        )
        if lack:  # "she can't code at all and has never used Git": programming too
            levels["programming_fundamentals"] = 1 if _BARELY.search(s) else 0
    if not any(level is not None for level in levels.values()):
        return []
    return [
        Constraint(kind="profile_skill", text=s, skill_id=i, level=level)
        for i, level in reversed(list(levels.items()))
        if level is not None
    ]


def from_scratch(s: str) -> bool:
    """ "别从零教", "not 0", "she isn't a beginner": about the level said just before."""
    return bool(_FROM_SCRATCH.search(s))


_TARGET = re.compile(
    r"\b(?:target(?:\s+role)?|goal|aim|direction|role)\b|目标(?:岗位|职位|方向)?|方向|岗位", re.I
)
_SWITCH = re.compile(
    r"\b(?:switch|change|move|set|make|retarget|point)\b.{0,30}?\b(?:to|into|towards?)\b"
    r"|\b(?:to|should\s+be|becomes?|is\s+now|instead)\b"
    r"|\b(?:make|set)\s+(?:the|her|his|their)\s+(?:target|goal)(?:\s+role)?\b"
    r"(?=\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:engineer|scientist|manager|analyst|developer|"
    r"architect|designer|researcher|lead|consultant|specialist|pm)s?\b)"
    r"|\b(?:target|goal|aim)(?:\s+role)?\s+(?:is|was\s+meant\s+to\s+be)\b"
    r"(?!\s+(?:to|not|that|what|how|fine|ok(?:ay)?|right|good|clear|realistic|unrealistic)\b)|换成|改成|改为|换为|定为|转成|转为|调整为|变成",
    re.I,
)


# "换成AI应用工程师", "switch to agent engineer", "make it MLOps instead": a switch said with
# no word for the target; only a role the knowledge base knows makes it one
_BARE_SWITCH = re.compile(
    r"^\W*(?:(?:can\s+(?:we|i|you)\s+|please\s+|let'?s\s+|i\s+(?:want|would\s+like)\s+to\s+)?"
    r"(?:switch|change|move|go)\s+(?:it\s+|that\s+|this\s+|me\s+|us\s+|her\s+|him\s+)?"
    r"(?:over\s+)?(?:to|into|towards?)\b"
    r"|make\s+it\b|i'?d\s+(?:rather|prefer\s+to)\s+(?:go\s+for|do|be(?:come)?|aim\s+for|target)\b"
    r"|(?:let'?s|i\s+(?:want|would\s+like)\s+to)\s+(?:go\s+for|aim\s+for|target)\b"
    r"|(?:还是|那就|我想|我要|帮我|请|那|是不是(?:该|应该)?|要不要|该不该|应不应该)?"
    r"(?:换成|改成|改为|换为|转成|改做))",
    re.I,
)


ROLE_WORD = re.compile(
    r"\b(?:engineer|scientist|manager|analyst|developer|architect|designer|researcher|lead|"
    r"consultant|specialist|pm)s?\b|经理|工程师|分析师|科学家|架构师|设计师|研究员|专家|顾问|产品",
    re.I,
)


_GOAL_IS_TO = re.compile(r"\s*(?:is|was)\s+to\s+(?!be(?:come)?\b)\w+", re.I)


def read_target(s: str, kb: KnowledgeBase) -> list[Constraint]:
    """A new target role ("switch her target to agent engineer", "目标换成AI产品经理")."""
    target, switch = _TARGET.search(s), _SWITCH.search(s)
    if PROJECT.search(s):
        return []
    if target is None and (bare := _BARE_SWITCH.search(s)):
        roles = get_lexicon(kb).find_roles(s[bare.end() :])
        if roles:
            return [Constraint(kind="set_target", text=s, role_id=roles[0].id)]
        if not ROLE_WORD.search(s[bare.end() :]):
            return []  # "换成LangGraph": no role named
        target = bare  # "switch me to data scientist": a role the sources may lack
    if target is None or switch is None:
        return []
    if _GOAL_IS_TO.match(s[target.end() :]) and not get_lexicon(kb).find_roles(s):
        return []  # "her goal is to build a chatbot": what she wants to do, not a role
    after = s[switch.end() :] if switch.end() > target.start() else s[target.end() :]
    roles = get_lexicon(kb).find_roles(after) or get_lexicon(kb).find_roles(s[target.end() :])
    if roles:
        return [Constraint(kind="set_target", text=s, role_id=roles[0].id)]
    phrase = re.split(r"[,，。.;；!！]|\b(?:she|he|they|because|since)\b|因为", after)[0].strip()
    if not re.search(r"\w", phrase):
        return []
    from coach.engine.understand.roles import resolve_phrase

    found = resolve_phrase(phrase, get_lexicon(kb).find_skills(phrase), kb)
    if found.role_id and not found.not_in_kb:
        return [Constraint(kind="set_target", text=s, role_id=found.role_id)]
    closest = tuple(r for r in found.candidates if r in kb.roles)[:3]
    return [Constraint(kind="set_target", text=s, candidates=closest)]


_CAPACITY = re.compile(
    r"\b(?:can|could)\s+(?:only\s+)?(?:do|spare|manage|give|put\s+in|afford|study|commit)\b"
    r"|\b(?:only\s+has|has\s+only|has\s+got|only\s+got|got\s+only)\b"
    r"|只能|只有|能拿出|能投入|能抽出|最多能",
    re.I,
)


def read_capacity(s: str, mentions: list[Mention]) -> list[Constraint]:
    """ "he can only do 5 hours": weekly hours said without "a week" (no skill named)."""
    hours = HOURS.search(s)
    if hours is None or mentions or PROJECT.search(s) or not _CAPACITY.search(s):
        return []
    value = number(hours.group(1))
    if value is None or not 0 < value <= 80:
        return []
    return [Constraint(kind="max_hours_per_week", text=s, hours_per_week=value)]


_BASICS = re.compile(
    r"\b(?:no|drop|skip|cut|remove|lose)\s+(?:the\s+)?(?:second|2nd|deeper|further)\s+pass(?:es)?\b|\bno\s+deep[\s-]*dives?\b|"
    r"\b(?:don'?t|do\s+not|no\s+need\s+to)\s+go\s+deep(?:er)?\b|\bbasics?\s+(?:only|is\s+enough|are\s+enough)\b|"
    r"\bjust\s+the\s+basics\b|\b(?:only|just)\s+(?:to\s+)?(?:a\s+)?basic\s+level\b|"
    r"\bbasic\s+level\s+(?:only|is\s+enough)\b|\bkeep\s+(?:it|them)\s+(?:at\s+)?basic\b|\bskip\s+the\s+deep(?:ening|er)\b"
    r"|\b(?:cut|drop|skip|remove|lose|no)\s+(?:the\s+)?(?:[\w/+-]+\s+){0,3}"
    r"(?:deep[\s-]*dives?|advanced\s+(?:part|parts|module|modules|pass|bits?|topics?))\b"
    r"|(?:第二|二)(?:轮|遍|刷)(?:学习|深入)?(?:都|就|也|全)?(?:去掉|不要|删掉|砍掉|免了|省了|取消)"
    r"|(?:进阶|深入|高级)(?:部分|内容|篇|那块|那部分)(?:都|就|也|全)?(?:不要|去掉|删掉|砍掉|免了|取消|不学)"
    r"|(?:不要|去掉|砍掉|取消)(?:\S{0,12}的)?第二(?:轮|遍)"
    r"|只学入门|只学基础|学点基础|基础就(?:够|行|可以)|基础即可|"
    r"入门就(?:够|行|可以)|学到入门就(?:行|够|可以)|不(?:用|需要|必)深入|了解一下就(?:行|好|可以)|点到为止|浅尝辄止|不用学太深|别学太深",
    re.I,
)


_TO_LEVEL = re.compile(
    r"(?:也|都|要|得|必须|至少)?(?:要|得)?(?:学|练|提升|提高|推进)?到(?P<zh>熟练|精通)(?:水平|程度)?"
    r"|\b(?:to|up\s+to|reach)\s+(?:a\s+)?(?:solid\s+)?(?P<en>working|expert|advanced|solid)\s+level\b"
    r"|\b(?:to|reach)\s+(?P<en2>working|expert)\b",
    re.I,
)
_LEVEL_OF = {"熟练": 2, "精通": 3, "working": 2, "solid": 2, "expert": 3, "advanced": 3}


def read_min_level(s: str, mentions: list[Mention]) -> list[Constraint]:
    """ "RAG也要学到熟练", "take Python to working level": those skills at least at that level."""
    m = _TO_LEVEL.search(s)
    if not mentions or m is None or _BASICS.search(s) or _LACKS.search(s):
        return []
    word = (m.group("zh") or m.group("en") or m.group("en2") or "").lower()
    level = _LEVEL_OF.get(word)
    if level is None:
        return []
    ids = list(dict.fromkeys(x.id for x in mentions if x.start < m.start()))
    return [Constraint(kind="min_level", text=s, skill_id=i, level=level) for i in ids]


def read_level_cap(s: str, mentions: list[Mention]) -> list[Constraint]:
    """ "No second passes on CI/CD and Docker", "Docker入门就够": those skills at basic level
    only (never left out)."""
    if not mentions or not _BASICS.search(s):
        return []
    ids = list(dict.fromkeys(m.id for m in mentions))
    return [Constraint(kind="max_level", text=s, skill_id=i, level=1) for i in ids]


_SHORTER = re.compile(
    r"\btoo\s+(?:long|much|heavy|big)\b|\b(?:shorter|trim(?:med)?|less\s+time\s+on|less\s+of)\b"
    r"|太长|太多了|太重|少一点|少点|少一些|缩短一些|压缩一下|减少一些|砍一点",
    re.I,
)
_LONGER = re.compile(
    r"\btoo\s+(?:short|little|thin|light|rushed)\b|\b(?:longer|more\s+hours\s+(?:on|for))\b"
    r"|太短|太少|太薄|太赶|多一点|多点时间|多一些|加长|加点时间",
    re.I,
)
_HALVE = re.compile(
    r"\b(?:halve|half\s+(?:the|of)|cut\s+(?:\w+\s+){0,3}in\s+half)\b|减半|砍一半|少一半", re.I
)
_DOUBLE = re.compile(
    r"\b(?:double(?!\s+down)|twice\s+(?:the|as\s+much))\b|翻倍|加倍|翻一番|多一倍", re.I
)
SHORTER_SHARE, LONGER_SHARE = 2 / 3, 1.5
"""A skill "too long" keeps two thirds of its hours; "too short" gets half as much again."""


def read_skill_share(s: str, mentions: list[Mention]) -> list[Constraint]:
    """ "The python part is too long", "RAG部分太短了": a skill's hours by a share (no number)."""
    if not mentions or HOURS.search(s):
        return []
    op: HoursOp
    if _HALVE.search(s):
        op, share = "max", 0.5
    elif _DOUBLE.search(s):
        op, share = "min", 2.0
    elif _SHORTER.search(s):
        op, share = "max", SHORTER_SHARE
    elif _LONGER.search(s):
        op, share = "min", LONGER_SHARE
    else:
        return []
    ids = list(dict.fromkeys(m.id for m in mentions))
    return [Constraint(kind="skill_hours", text=s, skill_id=i, op=op, share=share) for i in ids]

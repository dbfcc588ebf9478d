"""A mentor's "add a project (about X, N hours, from week W)" and "make the project X": the
project asked for and its topic, in the mentor's own words (en and zh)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.engine.constraints.model import Constraint

ADDED_PROJECT_HOURS = 20.0
"""An added project's hours when the mentor gives none."""

_ADD = re.compile(
    r"\b(?:add|include|schedule|put\s+in|give\s+(?:her|him|them))\b[^.;]{0,40}?\bprojects?\b"
    r"|\bgive\s+the\s+(?:portfolio\s+)?project\s+(?:about\s+|around\s+|~)?\d"
    r"|\b(?:make|set|size)\s+the\s+(?:portfolio\s+)?project\s+(?:at\s+|to\s+)?(?:about\s+|around\s+|~)?\d"
    r"|\bthe\s+(?:portfolio\s+)?project\s+(?:should\s+)?(?:takes?|gets?|is)\s+(?:about\s+|around\s+|~)?\d"
    r"|\bthe\s+(?:portfolio\s+)?project\s+(?:should\s+)?(?:be|take|get|last)\s+(?:about\s+|around\s+|roughly\s+|~)?\d"
    r"|\b(?:cut|trim|reduce|shrink|shorten|bring|scale|size)\s+(?:down\s+)?the\s+(?:portfolio\s+)?project"
    r"\s+(?:down\s+)?to\s+(?:about\s+|around\s+|~)?\d"
    r"|项目(?:的)?(?:时间|时长|工时|小时数)?(?:压缩|缩短|缩减|减少|减|砍|降|压)到\s*(?:大概|约|大约)?\s*\d"
    r"|项目(?:的)?(?:时间|时长|工时|小时数)?(?:定为|定成|改成|改为|设为|安排|给|留|控制在)\s*(?:大概|约|大约)?\s*\d"
    r"|(?:加|增加|添加|加上|安排)(?:一个|个|一下)?[^，,。；;]{0,8}项目|给(?:作品集)?项目(?:留|安排|分配)?(?:大概|约|大约)?\d",
    re.I,
)
_HOURS = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:h\b|hrs?\b|hours?\b|个?小时|个?钟头)|(?:大概|约|大约)\s*(\d+)\s*个?小时",
    re.I,
)
_WEEK = re.compile(
    r"\b(?:from|starting(?:\s+in)?|in|at)\s+week\s+(\d+)|第\s*(\d+)\s*周(?:开始|起|以后)?", re.I
)
_TOPIC_EN = re.compile(
    r"\b(?:make|turn|change|swap|switch)\s+(?:the|her|his|their)\s+"
    r"(?:portfolio\s+(?:project|piece)|project|capstone)\s+"
    r"(?:into\s+|to\s+|for\s+)?(?:be\s+)?(?!one\s+(?:built\s+|based\s+)?(?:on|about|in|with|using|around)\b)"
    r"(?P<topic>(?:an?|one|something|some)\s+.+)",
    re.I,
)
_TOPIC_SHOULD = re.compile(
    r"\b(?:the|her|his|their)\s+(?:portfolio\s+)?project\s+(?:should|could|must|would|can|is\s+to)\s+be\s+"
    r"(?:(?:about|on|around)\s+|(?=an?\s+\S+\s+\S+))(?P<topic>.+)"
    r"|^\s*(?:the\s+)?(?:portfolio\s+)?project\s*[:：]\s*(?P<topic2>.+)"
    r"|\b(?:make|build)\s+(?:the|her|his|their)\s+(?:portfolio\s+)?project\s+(?:about|on|around)\s+"
    r"(?P<topic3>[^:：]{3,60}[:：]\s*.+)",
    re.I,
)
_TOPIC_ZH = re.compile(
    r"项目(?:就|改|换|要|可以|应该)?(?:改成|换成|改为|换为|变成|做成|就做|做一个|做个|搭一个|是一个|定为|做)"
    r"[：:\s]*(?P<topic>.+)"
)
_ADD_TOPIC = re.compile(
    r"[：:]\s*(?P<a>.+)|(?:做|搭|开发)(?:一个|个)(?P<b>.+)"
    r"|\b(?:on|about|building|that\s+builds)\s+(?P<c>.+)|\bproject:\s*(?P<d>.+)",
    re.I,
)
_ENOUGH = re.compile(
    r"\b(?:is|are|should\s+be)\s+(?:enough|plenty|fine|ok(?:ay)?)\b|\b(?:tops|max(?:imum)?|at\s+most)\b"
    r"|就行|就够了?|就可以了?|足够了?|就好",
    re.I,
)
_TRAIL = re.compile(r"[\s,，。.;；、]+$")


def _clean(topic: str) -> str:
    """The topic words without hours, weeks and trailing punctuation."""
    topic = re.sub(
        r"(?:大概|大约|约)(?=\s*\d)|左右|\b(?:about|around|roughly|some)\s*(?=\d|~)|~|\s{2,}",
        " ",
        topic,
    )
    topic = _HOURS.sub(" ", topic)
    topic = _WEEK.sub(" ", topic)
    topic = re.sub(r"[（(]\s*[~约]?\s*[)）]|\(\s*\)", " ", topic)
    return _TRAIL.sub("", topic.strip()).strip()


def _hours(s: str) -> float | None:
    m = _HOURS.search(s)
    if m is None:
        return None
    return float(m.group(1) or m.group(2))


def _week(s: str) -> int | None:
    m = _WEEK.search(s)
    return int(m.group(1) or m.group(2)) if m else None


_VAGUE = re.compile(r"^(?:something|some\s+\w+)\b[^:：—–-]*(?:\s[-—–]\s|[:：])\s*", re.I)


def read_project_topic(s: str) -> list[Constraint]:
    """ "make the project a lapse model served in production", "项目改成X": the topic, verbatim."""
    m = _TOPIC_EN.search(s) or _TOPIC_SHOULD.search(s) or _TOPIC_ZH.search(s)
    if m is None:
        return []
    said = next(g for g in (m.groupdict().get(k) for k in ("topic", "topic2", "topic3")) if g)
    topic = re.sub(r"^(?:一个|一款|一套|个)", "", _clean(said))
    if (vague := _VAGUE.match(topic)) and vague.end() < len(topic):
        topic = topic[vague.end() :].strip()  # "something a QS does - tender comparison"
    if re.match(r"(?:an?|one)\s", topic, re.I):
        topic = topic.split(None, 1)[1] if " " in topic else topic
    if not topic:
        return []
    return [Constraint(kind="project_topic", text=s, project_topic=topic, hours=_hours(s))]


def specific(topic: str) -> bool:
    """Whether a topic says more than a field ("a lapse model served in production", not
    "金融方向的"): a field's request alone stays a field."""
    if re.search(r"(?:相关|方向|领域|方面|行业|数据|场景)的?$", topic):
        return False  # "和医院数据相关的", "金融数据": a field
    return len(topic.split()) >= 4 or len(re.sub(r"[\x00-\x7f]", "", topic)) >= 5


def read_add_project(s: str) -> list[Constraint]:
    """ "加一个作品集项目：用扣子做一个X，大概20小时", "add a small project (~15h) from week 10":
    a project to add, with its hours, first week and topic when said."""
    m = _ADD.search(s)
    if m is None:
        return []
    rest = s[m.end() :]
    t = _ADD_TOPIC.search(rest)
    topic = _clean(next(g for g in t.groups() if g)) if t else ""
    topic = re.sub(r"^(?:on|about|building|for)\s+(?=\S)", "", topic, flags=re.I)  # "15 h on X"
    return [
        Constraint(
            kind="add_project",
            text=s,
            hours=_hours(s),
            from_week=_week(s),
            project_topic=topic or None,
        )
    ]


def follow_add(clause: str, added: Constraint) -> Constraint | None:
    """A clause after "加一个作品集项目" (or "项目做成X") that only sizes, places or names it
    ("大概25小时", "做一个电商客服知识库问答机器人", "roughly 22 hours: a quote generator"):
    ``added`` with that part filled in."""
    update: dict[str, object] = {}
    named = re.match(r"[^:：]{0,30}[:：]\s*(.+)", clause)  # "roughly 22 hours: a quote tool"
    head = named.group(0)[: -len(named.group(1))] if named else clause
    sized = len(_clean(_ENOUGH.sub(" ", head))) <= 4  # "12 hours is enough", "15小时左右就行"
    if added.hours is None and (h := _hours(clause)) is not None and sized:
        update["hours"] = h
    t = re.match(r"\s*(?:做|搭|开发)(?:一个|个)(.+)|\s*(?:on|about|building)\s+(.+)", clause, re.I)
    if added.kind == "add_project" and added.project_topic is None and named and sized:
        topic = re.sub(r"^(?:an?|one)\s+", "", _clean(named.group(1)), flags=re.I)
        update["project_topic"] = topic or None
    elif added.kind == "add_project" and added.project_topic is None and t:
        update["project_topic"] = _clean(t.group(1) or t.group(2)) or None
    if not update:
        return None
    return added.model_copy(update={**update, "text": f"{added.text}, {clause}"})


def asked_topic(cons: Sequence[Constraint]) -> str | None:
    """The project's topic in the mentor's words (the latest said), None without one."""
    topics = [
        c.project_topic
        for c in cons
        if c.kind in {"project_topic", "add_project"} and c.project_topic
    ]
    return topics[-1] if topics else None


def title_of(topic: str) -> str:
    """The project's title from the mentor's topic words (their words, capitalised)."""
    return topic[:1].upper() + topic[1:]


def is_on_topic(titles: Sequence[str], topic: str) -> bool:
    """Whether a project of the plan carries the mentor's topic as its title."""
    return any(title.strip().lower() == title_of(topic).lower() for title in titles)


BEFORE_PROJECT = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:portfolio\s+)?"
    r"(?:[\w.+-]+\s+){0,2}?project\b"
    r"|(?:在|于)?(?:作品集)?项目(?:开始|动手)?(?:之前|以前|前)",
    re.I,
)
"""A skill to be learnt before the project starts ("do RAG before the project", "项目之前")."""


AFTER_PROJECT = re.compile(
    r"\b(?:after|behind|following)\s+(?:the\s+|her\s+|his\s+)?(?:portfolio\s+)?project\b"
    r"|(?:放到|放在|挪到|排到)?(?:作品集)?项目(?:做完)?(?:之后|以后|后面|后)",
    re.I,
)
"""A skill to come after the project ("move cloud platforms after the project")."""


def read_before_project(s: str, skills: Sequence[str]) -> list[Constraint]:
    """ "Do prompt engineering before the project", "RAG 要在项目之前学完": each skill named
    ends before the project starts; "move cloud platforms after the project": later (never
    the project moved)."""
    if not skills:
        return []
    if BEFORE_PROJECT.search(s):
        kind = "before_project"
    elif AFTER_PROJECT.search(s):
        kind = "move_later"
    else:
        return []
    return [Constraint(kind=kind, text=s, skill_id=k) for k in dict.fromkeys(skills)]


PROJECT_TIME = re.compile(
    r"\b(?:give|put|use|spend|move|shift|hand|add)\s+(?:all\s+)?(?:the\s+|that\s+|those\s+|its\s+|"
    r"this\s+)?(?:freed(?:-up)?\s+|saved\s+|spare\s+|extra\s+)?(?:time|hours)\s+(?:saved\s+|freed\s+)?"
    r"(?:to|on|into|for)\s+(?:the\s+|her\s+|his\s+)?(?:portfolio\s+)?project\b"
    r"|(?:省下|腾出|空出|多出)?(?:来)?的?(?:时间|小时|工时)(?:都|全|就|全部)?"
    r"(?:给|用在|用于|放到|放在|留给|挪给|加到|加给)(?:作品集)?项目",
    re.I,
)


_FROM_SKILLS = re.compile(
    r"\b(?:use|give|move|put|shift|take|spend)\s+(?:the\s+|all\s+the\s+)?(?:time|hours)\s+(?:from|of|on)\s+"
    r".+?\s+(?:for|to|on|into)\s+(?:the\s+)?(?:portfolio\s+)?project\b"
    r"|\b(?:use|give|move|put|shift|spend)\s+(?:the\s+)?.{1,40}?\s+(?:time|hours)\s+(?:for|to|on|into)\s+"
    r"(?:the\s+)?(?:portfolio\s+)?project\b"
    r"|把.{1,20}?的(?:时间|小时|工时)(?:都|全)?(?:给|挪给|用在|用于|加到|加给|放到)(?:作品集)?项目",
    re.I,
)


def read_project_time(s: str, skills: Sequence[str] = ()) -> list[Constraint]:
    """ "..., give the time to the project", "时间给项目": the hours freed go to the project;
    "use the hours from the Docker section for the project": Docker is left out for it."""
    if skills and _FROM_SKILLS.search(s):
        dropped = [Constraint(kind="exclude_skill", text=s, skill_id=k) for k in skills]
        return [*dict.fromkeys(dropped), Constraint(kind="project_time", text=s)]
    return [Constraint(kind="project_time", text=s)] if PROJECT_TIME.search(s) else []


NO_PROJECT = re.compile(
    r"\b(?:no|skip|drop|remove|cut|without|leave\s+out)\s+(?:the\s+|a\s+|any\s+)?(?:portfolio\s+)?"
    r"(?:project|capstone)\b(?!\s+(?:on|about|in|with|of|to|down|by|back|short)\b)"
    r"|\b(?:the\s+)?(?:portfolio\s+)?project\s+(?:can\s+wait|is\s+not\s+needed|isn'?t\s+needed)\b"
    r"|(?:不要|不用|别|先不|暂不|不必)(?:做|安排|加)?(?:作品集)?项目"
    r"|(?:作品集)?项目(?:就|先|也)?(?:不做了?|不要了?|去掉|免了|取消|砍掉|删掉|省了|以后再说)",
    re.I,
)
"""The mentor wants no portfolio project ("no project for now", "项目先不做")."""


def read_no_project(s: str) -> list[Constraint]:
    """ "No project for now, she needs the fundamentals", "项目先不做": no portfolio project."""
    return [Constraint(kind="no_project", text=s)] if NO_PROJECT.search(s) else []


def no_project(cons: Sequence[Constraint]) -> bool:
    """Whether the latest request on the project is for none ("no project for now")."""
    said = [c.kind for c in cons if c.kind in {"no_project", "add_project", "project_topic"}]
    return bool(said) and said[-1] == "no_project"

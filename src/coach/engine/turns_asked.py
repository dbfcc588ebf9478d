"""Which part of an after-approval question is asked about: the skill a question names next to
"useful?" / "should I learn", or the project set in another field (read by
:func:`coach.engine.turns.classify_turn`)."""

from __future__ import annotations

import re

from coach.engine.constraints.topics import PROJECT_FIELDS
from coach.knowledge.lexicon import Mention

QUESTION = re.compile(
    r"\?|？|\b(?:should|do|does|is|are|can|could|would|what|why|how|when|which|need)\b"
    r"|吗|呢|么|要不要|需不需要|该不该|能不能|可不可以|行不行|是否|怎么|为什么|多久|哪",
    re.I,
)
PROJECT_Q = re.compile(r"\b(?:projects?|capstone|portfolio)\b|项目|作品集", re.I)

_ASKED_AFTER = re.compile(
    r"^\s*(?:\S{0,3}\s*)?(?:有用|有必要|值得|需要|要不要|该不该|用得上|用得到|重要|有帮助|好用)"
    r"|^\s*(?:is|are)?\s*(?:useful|worth|needed|necessary|important|relevant|any\s+good|"
    r"helpful)\b"
    r"|^\s*(?:useful|worth|needed|any\s+good)\b",
    re.I,
)
_ASKED_BEFORE = re.compile(
    r"(?:\b(?:is|are|does|do|should\s+i\s+(?:learn|use|study)|do\s+i\s+need|worth\s+learning|"
    r"what\s+about|how\s+about|(?:have|need)\s+to\s+learn|must\s+i\s+learn)\s+(?:the\s+)?$)"
    r"|(?:学不学|要不要学|需不需要学?|该不该学|(?:一定|必须|非得)?要学|得学|需要学)\s*$",
    re.I,
)


_FIELD_WORDS = re.compile("|".join(PROJECT_FIELDS.values()), re.I)
_ELSEWHERE = re.compile(
    r"\b(?:instead|rather|about|on|in|around|with|to|into)\b|换成|改成|改为|换个|换一个|方向|领域|行业|数据",
    re.I,
)


def project_elsewhere(text: str) -> bool:
    """A question about the project set in a field ("the project on hospital data instead?")."""
    project = PROJECT_Q.search(text)
    if project is None or not QUESTION.search(text):
        return False
    rest = text[project.end() :] + " " + text[: project.start()]
    if _MAKE_INTO.search(rest):  # "我的项目能不能做成乐理问答机器人？", "turn it into a quiz bot?"
        return True
    if _ABOUT_INSTEAD.search(rest):  # "can the project be about math tutoring instead?"
        return True
    return bool(_FIELD_WORDS.search(rest) and _ELSEWHERE.search(rest))


_MAKE_INTO = re.compile(
    r"\b(?:turn(?:ed)?\s+(?:it\s+)?into|make\s+it\s+(?:an?|about|into)|change\s+(?:it\s+)?to|"
    r"switch\s+(?:it\s+)?to)\b|做成|改成|换成|变成|改为|改做",
    re.I,
)


_ABOUT_INSTEAD = re.compile(
    r"\b(?:be\s+)?(?:about|on|around)\s+[\w' -]{2,40}?\s+(?:instead|rather)\b"
    r"|\binstead\s+of\s+(?:the\s+|this\s+|my\s+)?[\w' -]{2,30}\b.*\b(?:about|on)\b"
    r"|(?:换成|改成|改为)(?:做)?[\u4e00-\u9fffA-Za-z]{2,12}(?:的|方向|相关|主题)?",
    re.I,
)


_FOR_WHOM = re.compile(r"(?:对|对于|给|\bfor\s+(?:an?\s+)?|\bto\s+(?:an?\s+)?)\s*$", re.I)


def asked_skill(text: str, mentions: list[Mention]) -> str | None:
    """Of the skills a question names, the one it asks about: the one right before "useful?"
    / "有用吗" or right after "should I learn" ("端侧部署的话TensorRT有用吗": TensorRT; the
    deployment named first is the setting); else the first named."""
    if not mentions:
        return None
    named = [m for m in mentions if not _FOR_WHOM.search(text[max(0, m.start - 6) : m.start])]
    mentions = named or mentions  # "RAG对产品经理有用吗": the 产品经理 is whom it is for
    for m in mentions:
        if _ASKED_AFTER.match(text[m.end : m.end + 24]):
            return m.id
    for m in mentions:
        if _ASKED_BEFORE.search(text[max(0, m.start - 24) : m.start]):
            return m.id
    return mentions[0].id


def asks_skill(text: str, mentions: list[Mention]) -> bool:
    """Whether the question is about a skill it names ("is RAG useful?"), not their work (a
    field or background skill named as the setting, "对我们医院有用吗", does not count)."""
    # "对我现在的Java工作有帮助吗", "for my Python job": a skill naming their work is the setting
    own = [m for m in mentions if _WORK_AFTER.match(text[m.end : m.end + 12])]
    asked = asked_skill(text, [m for m in mentions if m not in own])
    return asked is not None and asked not in _SETTING_SKILLS


_WORK_AFTER = re.compile(
    r"\s*(?:工作|岗位|开发工作|项目组|团队|\s(?:work|job|role|team|day\s+job|developers?)\b)", re.I
)


_SETTING_SKILLS = frozenset({"domain_expertise", "communication", "structured_thinking"})

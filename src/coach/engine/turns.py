"""What kind of turn a message after approval is (en/zh), so the coach answers that turn.

Order matters: a check-in and a change of circumstances are read first (they change state),
then discouragement (it changes the load), then the questions. Changes of hours, horizon or
target are read by the profile extractor in the node; this module reads the words around them.
"""

from __future__ import annotations

import re
from typing import Literal

from coach.knowledge.lexicon import Mention, get_lexicon
from coach.knowledge.loader import KnowledgeBase

TurnKind = Literal[
    "confirm",
    "decline",
    "discouraged",
    "realistic",
    "this_week",
    "resource",
    "skill_question",
    "decision",
    "thanks",
    "general",
]

_DISCOURAGED = re.compile(
    r"\b(?:burn(?:ed|t)?\s*out|burning\s+out|too\s+much|overwhelm(?:ed|ing)?|exhausted|"
    r"can'?t\s+keep\s+up|cannot\s+keep\s+up|give\s+up|giving\s+up|quit(?:ting)?|"
    r"demotivated|unmotivated|stressed|tired|drowning|falling\s+apart|hopeless|too\s+hard|"
    r"no\s+energy|not\s+making\s+it|struggling|drained|worn\s+out|running\s+on\s+empty|"
    r"can'?t\s+keep\s+(?:this|the|that)\s+pace|can'?t\s+keep\s+going|breaking\s+point)\b"
    r"|太累|累了|好累|压力(?:太|很)?大|坚持不下去|想放弃|放弃|崩溃|跟不上|太多了|没动力|焦虑|撑不住|学不动|"
    r"太难了|受不了|扛不住",
    re.I,
)
_REALISTIC = re.compile(
    r"\b(?:realistic|feasible|achievable|possible|doable|a\s+chance|any\s+chance|"
    r"can\s+i\s+(?:really|actually|get|make|land|become)|am\s+i\s+(?:able|good\s+enough|too\s+old)|"
    r"will\s+i\s+(?:make|get|be\s+able)|likely|odds|too\s+late|aim\s+for)\b"
    r"|现实吗|现实么|可行吗|有可能吗|可能吗|来得及吗|靠谱吗|有希望吗|能不能进|能进|有机会吗|有戏吗|太晚",
    re.I,
)
_THIS_WEEK = re.compile(
    r"\bthis\s+week\b|\bwhat'?s\s+next\b|\bnext\s+step|\bwhat\s+(?:should|do)\s+i\s+do\b|"
    r"\bwhat\s+now\b|\bnow\s+what\b|\bfirst\s+(?:month|weeks?)\b|\bmost\s+important\b|"
    r"\bwhere\s+to\s+start\b|最重要|先做什么|第一个月|头几周|"
    r"\bwhat\s+(?:do|should)\s+i\s+(?:work\s+on|focus\s+on|study)\b|"
    r"\bwhere\s+(?:am\s+i|do\s+i\s+start)\b|\btoday\b|\bright\s+now\b"
    r"|本周|这周|这一周|下一步|接下来|今天|现在该|该做什么|做什么",
    re.I,
)
_RESOURCE = re.compile(
    r"\b(?:resources?|books?|courses?|tutorials?|materials?|reading|videos?|docs|"
    r"documentation|recommend|where\s+(?:can|do|should)\s+i\s+learn|what\s+should\s+i\s+read|"
    r"links?)\b|资料|教程|书|课程|推荐|学习材料|视频|文档|哪里学|看什么",
    re.I,
)
_QUESTION = re.compile(
    r"\?|？|\b(?:should|do|does|is|are|can|could|would|what|why|how|when|which|need)\b"
    r"|吗|呢|么|要不要|需不需要|该不该|是否|怎么|为什么|多久|哪",
    re.I,
)
_CONFIRM = re.compile(
    r"^\s*(?:yes|yeah|yep|ok(?:ay)?|sure|please\s+do|do\s+it|sounds\s+good|go\s+ahead|"
    r"let'?s\s+do\s+(?:it|that)|好的?|好啊|可以|行|嗯|就这样|同意|没问题)\s*[.!！。]*\s*$",
    re.I,
)
_DECLINE = re.compile(
    r"^\s*(?:no|nope|not\s+now|no\s+thanks|keep\s+it|不用了?|不要|算了|先不|保持原样)\s*[.!！。]*\s*$",
    re.I,
)
_THANKS = re.compile(
    r"^\W*(?:thanks?(?:\s+you)?|thx|ty|cheers|great|cool|nice|got\s+it|谢谢|多谢|感谢|好的谢谢|明白了|收到)"
    r"(?:\s+\w+){0,3}\W*$",
    re.I,
)
_DECISION = re.compile(
    r"\b(?:approve|approved|sign\s+off|skip\s+(?:the\s+)?review)\b|批准|审批通过|通过审核", re.I
)


def skill_mentions(text: str, kb: KnowledgeBase) -> list[Mention]:
    return get_lexicon(kb).find_skills(text)


def classify_turn(text: str, kb: KnowledgeBase, *, proposal_pending: bool = False) -> TurnKind:
    """The kind of an after-approval message that is neither a check-in nor a change."""
    if proposal_pending and _CONFIRM.search(text):
        return "confirm"
    if proposal_pending and _DECLINE.search(text):
        return "decline"
    if _DECISION.search(text):
        return "decision"
    if _THANKS.search(text):
        return "thanks"
    if _DISCOURAGED.search(text):
        return "discouraged"
    if _REALISTIC.search(text):
        return "realistic"
    mentions = skill_mentions(text, kb)
    if _RESOURCE.search(text):
        return "resource"
    if mentions and _QUESTION.search(text):
        return "skill_question"
    if _THIS_WEEK.search(text):
        return "this_week"
    if mentions:
        return "skill_question"
    return "general"

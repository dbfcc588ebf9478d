"""Questions about roles asked during intake ("Is that even a real job?", "那AI产品经理呢？",
"what about prompt engineer?"): what the knowledge base can honestly say about them.

Pure: text and the knowledge base in, what was asked and what the KB covers of it out. The
answer is short and grounded: a role the KB has is named; one it lacks is said plainly, with
the KB skills its words name and the roles that need them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.knowledge.lexicon import Lexicon
from coach.knowledge.loader import KnowledgeBase

REAL_JOB = re.compile(
    r"\b(?:is|are)\s+(?:that|this|it|those|these|there)\s+(?:even\s+|actually\s+|really\s+)?"
    r"(?:a\s+)?(?:real|actual|proper|legit|legitimate)\s+(?:jobs?|roles?|careers?|things?|positions?)\b|"
    r"\b(?:does|do)\s+(?:that|this|it|such\s+a\s+(?:job|role))\s+(?:even\s+|actually\s+|really\s+)?exist\b|"
    r"\bis\s+there\s+(?:even\s+|actually\s+|really\s+)?(?:such\s+a|a)\s+(?:job|role|thing)\b|"
    r"(?:真的|确实)?有(?:这(?:个|种|样的?))(?:岗位|工作|职位|职业)吗|"
    r"(?:这|那)(?:个|种)?(?:岗位|工作|职位|职业)?(?:真的)?存在吗|是(?:个)?真(?:实)?的?(?:岗位|工作|职位)吗",
    re.IGNORECASE,
)
"""Whether a role is real ("Is that even a real job?", "真的有这个岗位吗")."""

_ABOUT_EN = re.compile(
    r"\b(?:what|how)\s+about\s+(?:an?\s+|the\s+)?(?P<role>[^?.!,;\n]{2,60}?)\s*(?:\?|$|[.!,;])|"
    r"\bdo\s+you\s+(?:have|cover|know|do)\s+(?:an?\s+|the\s+)?(?P<role2>[^?.!,;\n]{2,60}?)"
    r"(?:\s+(?:roles?|jobs?|positions?|too|as\s+well))?\s*\?",
    re.IGNORECASE,
)
_ABOUT_ZH = re.compile(
    r"(?:那|那么|还有)?(?P<role>[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff +/-]{1,20}?)(?:这个|这种)?(?:岗位|方向|职位)?呢|"
    r"有没有(?P<role2>[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff +/-]{1,20}?)(?:这个|这种|这类)?(?:岗位|方向|职位)|"
    r"(?:你们|你)?(?:没有|不做|不支持)(?P<role3>[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff +/-]{1,20}?)(?:这个|这种)?(?:岗位|方向|职位)?吗|"
    # "AI音乐那种能做吗", "做AI绘画这种可以吗"
    r"(?:做)?(?P<role4>[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff +/-]{1,20}?)(?:那种|这种|之类的?|这类)"
    r"(?:的)?(?:工作|岗位|方向)?(?:能做|可以做|能行|可以|行|有)吗"
)
_POINTERS = re.compile(
    r"^(?:这个|那个|这|那|这种|那种|它|其他|别的|其它|然后|所以|如果|这样|那样|你|我|他|她|"
    r"that|this|it|them|those|these|you|me|other|others|else|the\s+rest|the\s+other\s+ones?|"
    r"hours?|time|money|pay|salary|\d+)$",
    re.IGNORECASE,
)
_ROLE_NOUN_TAIL = re.compile(r"(?:这个|这种|这类|岗位|方向|职位)+$")
_ROLE_WORDS = re.compile(
    r"(?<![A-Za-z])(?:engineer|manager|designer|developer|scientist|analyst|architect|researcher|"
    r"specialist|consultant|trainer|officer|lead|pm|ai|ml|llm|prompt|product|jobs?|roles?|"
    r"careers?)(?![A-Za-z])|工程师|经理|设计师|分析师|架构师|研究员|训练师|专家|顾问|产品|运营|"
    r"师|员|大模型|算法",
    re.IGNORECASE,
)
"""Words that make a phrase a role ("AI 产品经理", "prompt engineer"), not "10 hours"."""


_WORK = {"manager": "management", "designer": "design", "engineer": "engineering"}
_ROLE_WORK = re.compile(r"\b(\w+)\s+(manager|designer|engineer)\b", re.IGNORECASE)
"""A role's name names its work: a "product manager" does "product management"."""


@dataclass
class RoleQuestion:
    """A role asked about, and what the knowledge base can say of it."""

    words: str
    role_id: str | None = None
    skill_ids: list[str] = field(default_factory=list)
    """KB skills the words name (for a role the KB lacks)."""
    roles_needing: list[str] = field(default_factory=list)
    """KB roles that require one of those skills, most weight first."""


def role_asked_about(text: str) -> str | None:
    """The role words in a question about another role ("那AI产品经理呢？", "what about a
    prompt engineer?"), or ``None``."""
    for regex in (_ABOUT_ZH, _ABOUT_EN):
        for m in regex.finditer(text):
            raw = next((g for g in m.groups() if g), "")
            raw = _ROLE_NOUN_TAIL.sub("", raw.strip(" ，,"))
            if len(raw) >= 2 and not _POINTERS.match(raw) and _ROLE_WORDS.search(raw):
                return raw
    return None


def what_kb_says(words: str, kb: KnowledgeBase, lexicon: Lexicon) -> RoleQuestion:
    """A role of the KB the words name, or the KB skills they name and the roles needing them."""
    found = RoleQuestion(words)
    roles = [m.id for m in lexicon.find_roles(words) if m.id in kb.roles]
    if roles:
        found.role_id = roles[0]
        return found
    named = _ROLE_WORK.sub(lambda m: m.group(1) + " " + _WORK[m.group(2).lower()], words)
    found.skill_ids = list(
        dict.fromkeys(m.id for m in lexicon.find_skills(named) if m.id in kb.skills)
    )
    weights: dict[str, float] = {}
    for role in kb.roles.values():
        for req in role.required:
            if req.skill_id in found.skill_ids:
                weights[role.id] = max(weights.get(role.id, 0.0), req.weight)
    found.roles_needing = sorted(weights, key=lambda r: (-weights[r], r))[:3]
    return found

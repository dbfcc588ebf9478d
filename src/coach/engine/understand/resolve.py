"""A target phrase no role alias names, resolved to a role with a confidence: sure (one role),
a close call (2-3 candidates), or not in the knowledge base (said plainly, with the closest
roles). Alias stems first, then the skills the phrase names, then BM25 over role documents on
the phrase and on its specific words (see :mod:`.coverage`)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from coach.engine.understand.coverage import (
    defining,
    focused_query,
    only_generic,
    outside_kb,
    specific_words,
    spell,
)
from coach.engine.understand.mentions import prefix_roles, retrieve_roles, stem_roles
from coach.knowledge.lexicon import WIDER_TITLES, Mention, get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.knowledge.retrieval import get_index

AUGMENTED_ROLE = "ai_augmented_professional"
"""The role for people who want to use AI in their own work rather than build it."""
SURE_RATIO = 1.5
"""The best role is sure when it scores at least this many times the second."""
CORE_WEIGHT = 0.8
"""A required skill of at least this weight is part of the role's core."""
CANDIDATE_SHARE = 0.5
"""A role is a candidate of a close call when it scores at least this share of the best."""
_KB_HEADS = re.compile(
    r"\b(?:engineers?|engineering|developers?|devs?|architects?|professional)\b|工程师|开发|架构师",
    re.I,
)
_JOB_HEAD = re.compile(
    r"\b(?:manager|pm|designer|scientist|analyst|researcher|consultant|marketer|writer|"
    r"strategist|lead|director|officer|specialist|recruiter|trainer|teacher|evangelist|owner|"
    r"head\s+of\s+\w+|vp|tester|qa|evaluator|testing)s?\b|"
    r"经理|设计师|科学家|分析师|研究员|顾问|运营|专员|总监|老师|讲师|产品|测试|评测",
    re.I,
)

_TITLE_END = re.compile(
    r"\b(?:engineer|developer|dev|analyst|scientist|designer|manager|architect|consultant|"
    r"specialist|researcher)s?\s*$|(?:工程师|开发|分析师|科学家|设计师|经理|架构师|顾问|研究员)\s*$",
    re.I,
)
_AI_WORD = re.compile(
    r"(?<![A-Za-z])(?:ai|a\.i\.|llms?|ml|machine\s+learning|gen\s*ai|agents?|agentic|models?|"
    r"inference|robot\w*|embodied|mlops|llmops|rag|gpu|cuda|prompt|nlp|vision|deep\s+learning|"
    r"data\s+science|science)(?![A-Za-z])|大模型|智能|人工智能|算法|推理|机器人|具身|模型|算子|提示词|"
    r"科学|机器学习|深度学习",
    re.I,
)


@dataclass
class Target:
    """What a turn says about the target role."""

    role_id: str | None = None
    raw: str | None = None
    candidates: list[str] = field(default_factory=list)
    not_in_kb: str | None = None
    unsure: bool = False
    evidence: str = ""
    used: list[Mention] = field(default_factory=list)
    avoid: list[str] = field(default_factory=list)
    """Words of roles the user said they do not want."""
    span: tuple[int, int] | None = None
    """Where the target phrase is in the text: the skills it names are wanted, not had."""

    @property
    def said(self) -> bool:
        return bool(self.role_id or self.raw or self.candidates or self.unsure)


def _needs(role_required: list[tuple[str, float]], kb: KnowledgeBase) -> dict[str, float]:
    """How much a role needs each skill: its weight, or half of it for a prerequisite."""
    need: dict[str, float] = {}
    for skill_id, weight in role_required:
        need[skill_id] = max(need.get(skill_id, 0.0), weight)
        stack, seen = [skill_id], {skill_id}
        while stack:
            skill = kb.skills.get(stack.pop())
            for pre in skill.prerequisites if skill else []:
                if pre not in seen:
                    seen.add(pre)
                    need[pre] = max(need.get(pre, 0.0), weight / 2)
                    stack.append(pre)
    return need


_GENERIC_CATEGORIES = frozenset({"soft", "product"})
_GENERIC_SKILLS = frozenset({"domain_expertise", "operations_management"})


def _defines_roles(skill_id: str, kb: KnowledgeBase) -> bool:
    """Whether naming this skill says which role is meant: everyday and industry skills
    ("healthcare", "communication") do not."""
    skill = kb.skills.get(skill_id)
    if skill is None:
        return False
    core_of = [r for r in kb.roles.values() for q in r.required if q.skill_id == skill_id]
    if len(core_of) == 1 and any(
        q.skill_id == skill_id and q.weight >= CORE_WEIGHT for q in core_of[0].required
    ):
        return True  # the core of one role only ("面向客户", "customer-facing"): it names that role
    return skill.category not in _GENERIC_CATEGORIES and skill_id not in _GENERIC_SKILLS


def _skill_roles(skills: list[Mention], kb: KnowledgeBase) -> list[tuple[str, float]]:
    """Roles scored by how much they need the named skills, each skill weighted by how few
    roles need it (a skill every role needs says little)."""
    ids = {m.id for m in skills if _defines_roles(m.id, kb)}
    needs = {
        r.id: _needs([(q.skill_id, q.weight) for q in r.required], kb) for r in kb.roles.values()
    }
    n_roles = len(kb.roles)
    # ... and by how central it is to the role that needs it most: a minor requirement of
    # one role ("software testing", 0.5 for one role) says less than a core one.
    idf = {
        sid: (math.log((n_roles + 1) / (sum(1 for n in needs.values() if sid in n) + 1)) + 0.1)
        * max((n.get(sid, 0.0) for n in needs.values()), default=0.0)
        for sid in ids
    }
    scores = {rid: sum(need.get(sid, 0.0) * idf[sid] for sid in ids) for rid, need in needs.items()}
    return sorted(((r, v) for r, v in scores.items() if v > 0), key=lambda kv: (-kv[1], kv[0]))


def _combined(
    by_skills: list[tuple[str, float]], by_text: list[tuple[str, float]], text_weight: float = 1
) -> list[tuple[str, float]]:
    """Sum of the two rankings' scores, each scaled to its best (1.0, the text's to
    ``text_weight``)."""
    total: dict[str, float] = {}
    for ranking, weight in ((by_skills, 1.0), (by_text, text_weight)):
        top = max((v for _, v in ranking), default=0.0)
        for role_id, score in ranking:
            total[role_id] = total.get(role_id, 0.0) + weight * score / top
    return sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))


def _decide(phrase: str, scored: list[tuple[str, float]]) -> Target:
    if _JOB_HEAD.search(phrase) and not _KB_HEADS.search(phrase):
        closest = [r for r, _ in scored[:3]]
        return Target(raw=phrase, not_in_kb=phrase, candidates=closest)
    if not scored:
        return Target(raw=phrase, not_in_kb=phrase)
    top = scored[0][1]
    if len(scored) == 1 or top >= SURE_RATIO * scored[1][1]:
        return Target(role_id=scored[0][0], raw=phrase)
    close = [r for r, s in scored[:3] if s >= CANDIDATE_SHARE * top]
    return Target(raw=phrase, candidates=close)


_POINTING = re.compile(
    r"(?:过去|过来|那边|这边|那里|这里|那个|这个|它|去|一下|看看|over(?:\s+there)?|there|it|that)",
    re.IGNORECASE,
)
"""Words that point at a target said elsewhere (the posting, the last turn), never one."""


def _wider_title(phrase: str, kb: KnowledgeBase) -> Target | None:
    """A job title wider than any one role ("ML engineer": building models or running them):
    no role of the knowledge base, offered with the roles that do parts of it."""
    key = " ".join(re.sub(r"^(?:an?|the)\s+", "", phrase.strip().lower()).split())
    if key not in WIDER_TITLES:
        return None
    parts = [r.id for r in kb.roles.values() if any(a.lower() == key for a in r.aliases)]
    ml = [m for m in get_lexicon(kb).find_skills(phrase) if m.id in kb.skills]
    parts += [r for r, _ in _skill_roles(ml, kb) if r not in parts]
    return Target(raw=phrase, not_in_kb=phrase, candidates=parts[:3])


def _is_title(phrase: str, words: str) -> bool:
    rest = phrase.lower().replace(words.lower(), " ")
    rest = re.sub(r"\b(?:an?|the|ai)\b|[\s\W]+", "", rest)
    return bool(_JOB_HEAD.search(words) or _KB_HEADS.search(words)) and len(rest) <= 1


_AI_AFTER = re.compile(
    r"^(?P<title>[A-Za-z][A-Za-z -]{3,40}?)\s+(?:for|with|in|on|of|working\s+(?:on|with))\s+"
    r"(?:the\s+)?(?P<ai>ai|a\.i\.|llms?|gen\s*ai|large\s+language\s+models?)\s*[.!?]?$",
    re.I,
)


def _ai_said_after(phrase: str, kb: KnowledgeBase) -> str | None:
    """A role's name with its "AI" said after it ("application engineer for LLMs", "infra
    engineer for AI"): the role whose name is the title with AI in front."""
    m = _AI_AFTER.match(phrase.strip())
    if m is None:
        return None
    title = m.group("title").strip()
    found = {x.id for x in get_lexicon(kb).find_roles(f"AI {title}")} | set(
        stem_roles(f"AI {title}", kb)
    )
    return found.pop() if len(found) == 1 else None


def resolve_phrase(
    phrase: str, skills: list[Mention], kb: KnowledgeBase, elaboration: list[Mention] | None = None
) -> Target:
    """A target phrase no role alias names: alias stems, then the skills it names (and those
    of the clause elaborating it, ``elaboration``), then BM25. A phrase that only points
    ("想转过去", "switch over there") names no target. Misspelt words are read as the role
    words they are typos of ("aplication enginer")."""
    if _POINTING.fullmatch(phrase.strip(" ，,。.!！?？")):
        return Target()
    fixed = spell(phrase, kb)
    if fixed != phrase:
        found = resolve_phrase(fixed, skills, kb, elaboration)
        if found.role_id or found.candidates:
            found.raw = phrase
            found.not_in_kb = phrase if found.not_in_kb else None
            return found
    wider = _wider_title(phrase, kb)
    if wider is not None:
        return wider
    prefixed = prefix_roles(phrase, kb)
    if len(prefixed) == 1:
        return Target(role_id=prefixed[0], raw=phrase)
    stems = stem_roles(phrase, kb)
    if len(stems) == 1 and not _JOB_HEAD.search(phrase):
        return Target(role_id=stems[0], raw=phrase)
    moved = _ai_said_after(phrase, kb)
    if moved is not None:
        return Target(role_id=moved, raw=phrase)
    science = _science_role(phrase, kb)
    if science is not None and not stems:
        return Target(role_id=science, raw=phrase)
    if _TITLE_END.search(phrase) and not _AI_WORD.search(phrase):
        # A job title with nothing about AI in it ("data engineer", "前端工程师") is a job
        # the knowledge base has no role for.
        return Target(
            raw=phrase, not_in_kb=phrase, candidates=[r for r, _ in retrieve_roles(phrase, kb)]
        )
    inside = [m for m in skills if m.text.lower() in phrase.lower()]
    if len(inside) == 1 and _is_title(phrase, inside[0].text):
        # A job title that is a skill's name ("solutions engineer", "前端工程师", "data
        # analyst") is a job the KB has no role for; its closest roles are offered.
        closest = [r for r, _ in (_skill_roles(inside, kb) or retrieve_roles(phrase, kb))[:3]]
        return Target(raw=phrase, not_in_kb=phrase, candidates=closest)
    if (
        inside
        and _TITLE_END.search(phrase)
        and not stems
        and not defining(inside, kb)
        and _skills_title(phrase, inside, kb)
    ):
        # A job named after skills ("computer vision engineer", "NLP工程师", "prompt engineer"):
        # a job the KB has no role for; the roles that need those skills most are closest.
        closest = [r for r, _ in (_skill_roles(inside, kb) or retrieve_roles(phrase, kb))[:3]]
        return Target(raw=phrase, not_in_kb=phrase, candidates=closest)
    inside += [m for m in elaboration or [] if m not in inside]
    if specific_words(phrase, kb, inside):  # "applying ML to protein design": ML says little
        inside = [m for m in inside if not only_generic(m)]
    by_skills = _skill_roles(inside, kb)
    # Skills the person named say more than the other words of the phrase ("something low
    # level, like quantisation and model serving"): the text ranking counts half beside them.
    by_text = _text_roles(phrase, kb)
    scored = _combined(by_skills, by_text, text_weight=0.5 if by_skills else 1)
    if stems:
        scored = [(r, s * (2.0 if r in stems else 1.0)) for r, s in scored]
        scored.sort(key=lambda kv: -kv[1])
    if not stems and outside_kb(phrase, kb, inside):
        # "recommendation systems", "AI safety / alignment", "推荐算法": work the KB has no
        # role for, said plainly with the closest roles (never one that only shares "systems").
        return Target(raw=phrase, not_in_kb=phrase, candidates=[r for r, _ in scored[:3]])
    own = [m for m in inside if not only_generic(m)]
    if own and not stems and not defining(own, kb) and not specific_words(phrase, kb, inside):
        # only a skill that is a small part of some roles ("AI safety"): never a sure role,
        # at most a choice among the roles that need it most
        close = [r for r, _ in scored[:3]]
        if len(close) < 2:  # one role needs it a little ("computer vision"): the KB lacks it
            return Target(raw=phrase, not_in_kb=phrase, candidates=close)
        return Target(raw=phrase, candidates=close)
    if (
        scored
        and not (by_skills or stems or _JOB_HEAD.search(phrase))
        and _words_disagree(phrase, kb, inside, scored[0][0])
    ):
        # "data science": only the words of the phrase, pulling to different roles ("data"
        # to one, "science" to another): a close call, never a sure role.
        return Target(raw=phrase, candidates=[r for r, _ in scored[:3]])
    return _decide(phrase, scored)


# A natural science named as where AI goes ("AI for climate", "ML for materials", "用AI做气象"):
# the knowledge base's science role, whatever other words the phrase has.
_SCIENCE = re.compile(
    r"(?<![A-Za-z])(?:climate|weather|meteorolog\w*|earth\s+science|geo(?:science|physics)\w*|"
    r"ocean\w*|astro\w+|cosmolog\w*|physics|chemi\w+|biolog\w+|bio(?:tech|informatics)\w*|"
    r"materials?(?:\s+science)?|molecul\w+|protein\w*|drug\s+(?:discovery|design)|genomic\w*|"
    r"fusion|seismic|crystal\w*|catalys\w+|battery|batteries)(?![A-Za-z])|"
    r"气候|气象|天气预报|地球科学|地质|海洋|天文|物理|化学|生物|材料|分子|蛋白|药物|制药|新药|基因|"
    r"核聚变|地震|晶体|催化|电池",
    re.I,
)


def _science_role(phrase: str, kb: KnowledgeBase) -> str | None:
    if not (_SCIENCE.search(phrase) and _AI_WORD.search(phrase)):
        return None
    return next((r.id for r in kb.roles.values() if r.family == "science"), None)


def _words_disagree(phrase: str, kb: KnowledgeBase, inside: list[Mention], best: str) -> bool:
    """Whether the specific words of ``phrase``, each on its own, point to different roles,
    no more than half of them to ``best``."""
    words = specific_words(phrase, kb, inside)
    tops = [hits[0][0] for w in words if (hits := retrieve_roles(w, kb))]
    return len(set(tops)) > 1 and 2 * tops.count(best) <= len(tops)


def _text_roles(phrase: str, kb: KnowledgeBase) -> list[tuple[str, float]]:
    """Roles by the words of the phrase: BM25 over role documents on the whole phrase and on
    its specific words ("protein design"), or, when no role document has those, the roles
    that need the skills whose documents do."""
    whole = retrieve_roles(phrase, kb)
    query = focused_query(phrase, kb)
    if query == phrase:
        return whole
    by_roles = retrieve_roles(query, kb)
    hits = get_index(kb).search(query, k=2, kinds={"skill"})
    named = [Mention(kind="skill", id=h.id, text=h.id, start=0, end=0) for h in hits]
    # the skills the words name count half beside role documents that have the words
    focused = _combined(by_roles, _skill_roles(named, kb), text_weight=1.0 if not by_roles else 0.5)
    # the specific words say more than the whole phrase, whose generic words every role shares
    return _combined(whole, focused, text_weight=1.5) if focused else whole


def _skills_title(phrase: str, inside: list[Mention], kb: KnowledgeBase) -> bool:
    """The phrase is only skills and a job noun ("computer vision engineer", "NLP工程师")."""
    rest = phrase
    for m in inside:
        rest = rest.replace(m.text, " ")
    rest = _TITLE_END.sub(" ", rest)
    return not specific_words(rest, kb)

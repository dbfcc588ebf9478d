"""'Will this get me an AI product manager job?': a question about a role other than the plan's
target is answered as such (the plan aims at its target; the role asked for is in the sources
or not, with the closest ones), never with unrelated snippets. Pure: data in, text out."""

from __future__ import annotations

import re

from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan

_ROLE_ASK = re.compile(
    r"\b(?:get\s+me|land(?:\s+me)?|make\s+me|lead\s+to|be\s+enough\s+for|qualify\s+me\s+for)\s+"
    r"(?:an?\s+|the\s+)?(?P<en>[\w /-]{3,40}?)\s+(?:job|role|position|offer)s?\b"
    r"|(?:能|可以|够)(?:让我)?(?:找到|当上|当|成为|做|转成|应聘)(?P<zh>[\w\u4e00-\u9fff ]{2,16}?)"
    r"(?:的)?(?:(?:工作|岗位|职位)|(?=吗|么|嘛|\?|？|$))",
    re.I,
)


_GENERIC = re.compile(
    r"\b(?:an?|the|any|good|decent|new|real|proper|ai|ml|tech|related|some|kind\s+of)\b"
    r"|工作|岗位|职位|相关|方面|方向|一份|一个|好的?|AI|人工智能|大模型|这类|这种|类似的?|吗",
    re.I,
)
"""Words that name no particular role: "a good AI job", "AI相关的工作" ask about any job."""
_PROJECT = re.compile(r"\b(?:projects?|portfolio)\b|项目|作品", re.I)


def other_role_line(text: str, plan: Plan, kb: KnowledgeBase) -> str | None:
    """One line when ``text`` asks whether the plan leads to a role that is not its target."""
    from coach.engine.understand.resolve import resolve_phrase
    from coach.knowledge.lexicon import get_lexicon

    m = _ROLE_ASK.search(text)
    if m is None:
        return None
    phrase = (m.group("en") or m.group("zh") or "").strip()
    if phrase.startswith("成") or _PROJECT.search(text[: m.start()]):
        return None  # "我的项目能不能做成问答机器人": the project made into something, no role
    if not phrase or re.fullmatch(r"(?:a|an|the|this|that|it|new|good|better|ai)", phrase, re.I):
        return None
    if not _GENERIC.sub("", phrase).strip(" -/的"):  # "能找到工作吗", "AI相关的工作": any job
        return None
    found = resolve_phrase(phrase, get_lexicon(kb).find_skills(phrase), kb)
    lang = plan.language
    if found.role_id == plan.target and not found.not_in_kb:
        return None
    if found.role_id in kb.roles and not found.not_in_kb:
        asked = kb.roles[found.role_id].name.get(lang)
        return t(lang, "coach.a.other_role", target=plan.target_name, asked=asked)
    closest = [kb.roles[r].name.get(lang) for r in found.candidates if r in kb.roles][:3]
    sep = "、" if lang == "zh" else ", "
    return t(
        lang,
        "coach.a.other_role_unknown",
        target=plan.target_name,
        asked=phrase,
        closest=sep.join(closest) or "-",
    )

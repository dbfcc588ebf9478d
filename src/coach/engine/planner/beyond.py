"""What a role the knowledge base lacks would still need: the person asked for "AI product
manager", chose the nearest role the sources cover, and is told plainly which of the KB's skills
that target asks for beyond it; the plan takes them on when its hours allow."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence

from coach.engine.coding import avoids_coding
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Profile

BEYOND_WEIGHT = 0.5
"""Weight of a skill the asked-for role needs beyond the planned one: taken after the planned
role's own skills, when the hours allow (never at their cost)."""
BEYOND_LEVEL = 2
CODING_CATEGORIES = frozenset({"programming", "engineering", "infra", "ops"})
"""Never added for someone who said they do not want to code."""
_ROLE_TO_SKILL = ((re.compile(r"\bmanager\b", re.I), "management"),)
"""A role's name names its work: an "X manager" does "X management"."""


_NAMED: OrderedDict[tuple[int, str], tuple[KnowledgeBase, str]] = OrderedDict()
_NAMED_MAX = 256
_NAMED_LOCK = threading.Lock()


def _role_named_in(text: str, kb: KnowledgeBase) -> str:
    """The role not in ``kb`` that ``text`` names on its own ("" for none). A plan is built
    several times in a session (revisions, each mentor round) and reads every message each
    time; one message always reads the same, so it is read once (per KB, most recent first)."""
    key = (id(kb), text)
    with _NAMED_LOCK:
        known = _NAMED.get(key)
        if known is not None and known[0] is kb:
            _NAMED.move_to_end(key)
            return known[1]
    named = extract_profile(text, None, get_lexicon(kb), kb).target_not_in_kb or ""
    with _NAMED_LOCK:
        _NAMED[key] = (kb, named)
        while len(_NAMED) > _NAMED_MAX:
            _NAMED.popitem(last=False)
    return named


def asked_role(profile: Profile, kb: KnowledgeBase, said: Sequence[str] = ()) -> str:
    """The role the person named that the KB does not have: still open in the profile, or in
    their own messages (a choice of the nearest role replaces it in the profile)."""
    if profile.target_not_in_kb:
        return profile.target_not_in_kb
    for text in said:
        named = _role_named_in(text, kb)
        if named:
            return named
    return ""


def beyond_skills(
    profile: Profile, kb: KnowledgeBase, planned: set[str], said: Sequence[str] = ()
) -> list[str]:
    """KB skills the role the person asked for (not in the KB) names, that the planned role
    does not require (``planned``): "AI product manager" -> product sense."""
    words = asked_role(profile, kb, said)
    if not words.strip():
        return []
    for pattern, work in _ROLE_TO_SKILL:
        words = pattern.sub(work, words)
    found = [m.id for m in get_lexicon(kb).find_skills(words) if m.id in kb.skills]
    coding = avoids_coding(profile)
    return [
        s
        for s in dict.fromkeys(found)
        if s not in planned and not (coding and kb.skills[s].category in CODING_CATEGORIES)
    ]


WANTED_WEIGHT = 0.8
"""Weight of a skill the person asked to learn beside the role ("也想学点Python"): after the
role's core, before its minor skills (they asked for it; the role's sources did not)."""


def wanted_beside(profile: Profile, kb: KnowledgeBase, planned: set[str]) -> list[str]:
    """Skills the person said they want to learn that the planned role does not require
    (``planned``), minus what they turned down."""
    avoided = {w.skill_id for w in profile.avoid if w.skill_id}
    said = profile.evidence.get("target_role", "")
    target = (profile.target_raw or "").lower()
    # the words that named the target ("LLM serving performance") are the target, not a wish
    # beside it
    beside = [
        w.skill_id
        for w in profile.wants
        if w.skill_id
        and not (said and w.evidence == said)
        and not (target and w.raw.lower() in target)
    ]
    return [
        s
        for s in dict.fromkeys(beside)
        if s and s in kb.skills and s not in planned and s not in avoided
    ]

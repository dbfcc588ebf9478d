"""How one mention of a skill links to what is said before it: a hedge that covers the tool said
with its skill ("a bit of python with pandas"), a wish that lists on ("an AI infra engineer, GPU
clusters, inference serving"); split out of :mod:`.skills`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coach.knowledge.lexicon import Mention

if TYPE_CHECKING:
    from coach.engine.understand.skills import _Claim

_WISH_LIST = re.compile(
    r"^(?:\s|,|，|、|和|与|及|以及|跟|&|/|\+|\band\b|\bor\b|或|或者|还有|also)*$", re.I
)

# A library or tool of a skill said right after it ("a bit of python with pandas", "some R (ggplot)",
# "会一点Python，用pandas处理过表格"): the hedge on the skill covers the tool too.
_TOOL_OF = re.compile(
    r"^\s*(?:with|using|via|plus|\(|（|[,，]?\s*(?:mostly\s+|mainly\s+)?(?:用|使用|拿|主要用|比如|像)?)\s*$",
    re.I,
)


_IN_PARENS = re.compile(r"^[^,，。;；()（）]{0,12}[(（]\s*(?:in|with|using|用|使用)?\s*$", re.I)


def _hedge_covers(text: str, previous: _Claim | None, previous_end: int, mention: Mention) -> bool:
    """Whether ``mention`` names the same skill as a hedged claim just before it (see _TOOL_OF)."""
    if previous is None or previous.negated or previous.level != 1 or not previous.cued:
        return False
    between = text[previous_end : mention.start]
    if previous.skill_id != mention.id:  # "一点Selenium自动化（Python写的）": what it was done in
        return bool(_IN_PARENS.match(between))
    return bool(_TOOL_OF.match(between))


_ITEM = re.compile(
    r"^\s*(?:[A-Za-z0-9+#./-]+\s*){1,3}$|^\s*[\u4e00-\u9fffA-Za-z0-9+#./-]{1,10}\s*$"
)
_SUBJECT = re.compile(r"\b(?:i|i'?m|my|me|we|our)\b|我", re.I)


def _listed_on(between: str) -> bool:
    """Whether ``between`` (from the wished role to a skill) only lists more of the wish ("an
    AI infra engineer, GPU clusters, inference serving"): short items, no new subject."""
    if _WISH_LIST.match(between):
        return True
    if len(between) > 60 or _SUBJECT.search(between) or re.search(r"[.;!?。；！？\n]", between):
        return False
    *items, last = re.split(r"[,，、]", between)
    items = [i for i in items if i.strip()]
    return _WISH_LIST.match(last) is not None and all(_ITEM.match(i) for i in items)

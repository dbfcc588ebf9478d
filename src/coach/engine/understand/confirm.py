"""The answer to "is this right?": a yes, a no without the change, or neither (read the turn).

"yes", "yep, looks right", "对，没问题", "没错" confirm; "no", "not quite", "不对" reject without
saying what to change (then the coach asks what); anything else is read for its fields.
"""

from __future__ import annotations

import re

_YES_WORDS = (
    r"y|yes|yep|yeah|yup|ya|ok|okay|sure|correct|right|exactly|perfect|great|fine|good|"
    r"all\s+good|all\s+right|alright|that'?s\s+(?:right|correct|it)|that\s+is\s+(?:right|correct)|"
    r"(?:looks|sounds|seems)\s+(?:right|good|fine|correct|great|ok|okay)|lgtm|spot\s+on|"
    r"still\s+right|go\s+ahead|go\s+for\s+it|confirmed?|"
    r"是|是的|对|对的|对呀|对啊|没错|没问题|好|好的|行|可以|准确|嗯|嗯嗯|正确|就这样|没毛病"
)
YES = re.compile(
    rf"^\s*(?:(?:{_YES_WORDS})(?:[\s,，.!。！~]+|$))+(?:thanks?|thank\s+you|谢谢|please)?[\s.!。！~]*$",
    re.IGNORECASE,
)
NO = re.compile(
    r"^\s*(?:no+|nope|nah|not\s+(?:really|quite|exactly|right)|that'?s\s+(?:wrong|not\s+right)|"
    r"wrong|incorrect|不对|不是|不太对|有问题|错了|不准确)[\s,，.!。！~]*$",
    re.IGNORECASE,
)


def is_yes(text: str) -> bool:
    """A plain confirmation ("yes", "yep, looks right", "对，没问题")."""
    return bool(YES.match(text))


def is_no(text: str) -> bool:
    """A plain "no" that does not say what to change."""
    return bool(NO.match(text))

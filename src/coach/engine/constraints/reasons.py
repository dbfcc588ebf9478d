"""A clause that says why, not what: "because she knows Java", "she'll be pushing code from
week 19", "he runs tender interviews", "他52岁", "at her last job". Never an instruction."""

from __future__ import annotations

import re

REASON_START = re.compile(
    r"^(?:because|since|given\s+that|as\s+(?:she|he|they|it)|so\s+(?:she|he|they))\b"
    r"|^(?:因为|由于|毕竟|既然)"
    r"|^(?:she|he|they)(?:'ll|\s+will)\s+need\s+(?:it|them|that|this)\b(?!.*\b\d+\s*(?:h|hrs?|hours?)\b)"
    r"|^(?:she|he|they)\b[^,;.]{0,50}?\b(?:at|in)\s+(?:her|his|their)\s+(?:last|previous|old|former)\s+"
    r"(?:job|role|company|team|employer)\b(?!.*\b\d+\s*(?:h|hrs?|hours?)\b)"
    r"|^(?:she|he|they)\s+(?:already\s+)?(?:knows?|has|uses|does|did)\s+(?:it|that|this|them|those)\b"
    # "他52岁", "she's 47": the person's age, context for what follows
    r"|^(?:她|他)(?:今年|已经)?\s*\d{2}\s*(?:岁|周岁)|^(?:she|he)(?:'s|\s+is)\s+\d{2}(?:\s+years\s+old)?\s*$"
    # "she'll be pushing code to GitHub from week 19": what she will do, a reason (no hours)
    r"|^(?:she|he|they)(?:'ll|\s+will)\s+be\s+\w+ing\b(?!.*\b\d+\s*(?:h|hrs?|hours?)\b)"
    r"|^(?:她|他|他们)[^，,。；;]{0,12}?(?:要|将|得)(?!学|安排|加|去|少|多|先|把|删|砍)(?!.*小时)"
    # "he runs tender interviews", "she handles claims all day": what they do, why
    r"|^(?:she|he|they)\s+(?:runs|handles|leads|manages|deals\s+with|does(?!\s+not\b)|works\s+(?:on|with)|"
    r"spends\s+(?:her|his|their)\s+days)\b(?!.*\b\d+\s*(?:h|hrs?|hours?)\b)",
    re.I,
)

"""Whether a turn after approval asks about the job posting the person targets ("what matters
most for the GPU infrastructure job?", "what does this role care about most?", "这个岗位最看重什么？").
The answer is the docs lane's (``coach.nodes.documents.posting_reply``), which reads this too."""

from __future__ import annotations

import re

_JOB_REF = re.compile(
    r"\b(?:the|this|that|my|their)\s+(?:[\w-]+\s+){0,4}?(?:job|posting|role|position|opening|"
    r"jd|vacancy|ad|listing)\b|\bjob\s+(?:ad|posting|description)\b"
    r"|这个岗位|那个岗位|这份JD|这个JD|这个职位|那个职位|招聘启事|岗位要求|这份工作|那份工作|这家公司的岗位|JD",
    re.I,
)
_ASK_MOST = re.compile(
    r"\b(?:what\s+matters|matters?\s+most|most\s+important|what\s+(?:do|does|will)\s+(?:they|it|the\s+\w+)"
    r"\s+(?:want|need|ask|look\s+for|care\s+about)|requirements?|must[- ]haves?|focus\s+on|"
    r"prioriti[sz]e|key\s+skills?|what\s+should\s+i\s+(?:learn|focus|prepare)|cares?\s+about\s+most|"
    r"looks?\s+for\s+most|values?\s+most|most\s+(?:valued|wanted))\b"
    r"|最重要|最看重|重点|要求什么|看重什么|要什么|需要什么|先学什么|准备什么",
    re.I,
)


def posting_question(text: str) -> bool:
    """A question about what the targeted job posting asks for most."""
    return bool(_JOB_REF.search(text) and _ASK_MOST.search(text))

"""The person's work in a mentor's request: out of work ("she was laid off", "add a job
search"), staying in their job ("他不转行", "he is not leaving his job"), not to code ("不写代码",
"she's not a coder")."""

from __future__ import annotations

import re

from coach.engine.coding import refuses_coding
from coach.engine.constraints.model import Constraint

FIND_WORK = "not working now: looking for a new job"
"""The profile's note that the person has no job (the planner's out-of-work reading matches it)."""
_FIND_WORK = re.compile(
    r"\b(?:laid\s+off|lost\s+(?:her|his|their|my)\s+job|unemployed|between\s+jobs|out\s+of\s+work|"
    r"(?:quit|resigned|left\s+(?:her|his|their|my)\s+job)\s+to\s+(?:study|learn|retrain)|"
    r"(?:end|ends|finish|finishes)\s+with\s+(?:job\s+)?applications|"
    r"(?:add|include|plan|needs?|wants?)\s+(?:in\s+)?(?:a\s+|the\s+|some\s+)?(?:proper\s+|real\s+)?"
    r"(?:job[- ]?(?:search|hunt)|interview\s+prep\w*|applications)"
    r"|(?:replace|swap)\b.{0,60}?\bwith\s+(?:a\s+)?(?:proper\s+|real\s+|full\s+)?job[- ]?(?:search|hunt))"
    r"|被裁|裁员了|被优化|被公司优化|失业|待业|没(?:有)?工作|辞职(?:了)?(?:在家|全职)?学|裸辞"
    r"|(?:加上|加入|安排|改成|换成|需要)(?:求职|找工作)|以(?:求职|找工作)(?:收尾|结束|结尾)|最后(?:要|得)?(?:求职|找工作)"
    r"|\bend\s+(?:it\s+|the\s+plan\s+)?(?:with|in)\s+(?:a\s+)?job[- ]?(?:search|hunt)",
    re.I,
)


_STAYS = re.compile(
    r"(?:他|她|他们)?(?:不转行|不换工作|不跳槽|不打算(?:转行|跳槽|换工作))"
    r"|留在(?:本|现在的?|原来的?)(?:单位|公司|岗位)|(?:在|到)(?:本|自己|现在的?)(?:单位|公司|部门|团队)(?:里|内)?(?:推广|落地|用起来|应用)"
    r"|\b(?:is\s*n[o']?t|isn'?t|not|won'?t\s+be)\s+(?:leaving|changing|switching|quitting)\s+(?:her|his|their)?\s*(?:job|role|company|employer)s?\b"
    r"|\bstay(?:s|ing)?\s+(?:in|at|with)\s+(?:her|his|their)\s+(?:current\s+)?(?:job|role|company|employer)\b"
    r"|\broll(?:s|ing)?\s+it\s+out\s+(?:in|at|across)\s+(?:her|his|their)\s+(?:own\s+)?(?:team|company|organi[sz]ation|unit|department)\b",
    re.I,
)


def read_stays(s: str) -> list[Constraint]:
    """ "他不转行", "结尾改成在本单位推广", "he is not leaving his job": no job search; the plan
    ends in bringing the work into the job they have."""
    if _STAYS.search(s) and not _FIND_WORK.search(s):
        return [Constraint(kind="job_search_hours", text=s, hours=0.0, op="set")]
    return []


def read_find_work(s: str) -> list[Constraint]:
    """ "she was laid off", "add a job search", "加上求职": the person has no job, so the plan
    ends in finding work (not in bringing AI into a job they do not have)."""
    return [Constraint(kind="find_work", text=s)] if _FIND_WORK.search(s) else []


_UNFIT_TO_CODE = re.compile(
    r"(?:不适合|不擅长|不太会|写不了|没法写|不能写)(?:写)?(?:代码|程序|编程)"
    r"|\b(?:is\s*n[o']?t|isn'?t|'s\s+not|not)\s+(?:a\s+)?(?:coder|techie|technical\s+person)\b",
    re.I,
)


def read_no_coding(s: str) -> list[Constraint]:
    """ "no coding-heavy stuff", "不写代码", "他不适合写代码", "she's not a coder": the person
    is not to code."""
    if refuses_coding(s) or _UNFIT_TO_CODE.search(s):
        return [Constraint(kind="no_coding", text=s)]
    return []

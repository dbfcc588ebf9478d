"""Week anchors and the job-search block in a clause.

A week anchor ties the start of one thing (the project, the job search, or a skill) to a plan
week: "start the project by week 10" (at the latest), "项目第10周开始" / "RAG from week 3" / "RAG从第3周开始" (in that
week: a skill's "from" is its start), "job search from week 30" / "not before week 12" /
"不早于第12周" / "MLOps第15周之后" (not before). The job-search block can be
cut ("skip the job search part", "不用求职准备"), capped ("cut the job search block to 10 hours")
or shortened without a number ("make the interview prep shorter": half of it).
"""

from __future__ import annotations

import re

from coach.engine.constraints.model import Block, Constraint, HoursOp
from coach.engine.constraints.modes import MODE_RES
from coach.engine.constraints.quantities import HOURS, PROJECT, end_window, hours_op
from coach.engine.numbers.approx import NUM, number
from coach.knowledge.lexicon import Mention

JOB_SEARCH = re.compile(
    r"\b(?:job[- ]?(?:search(?:ing)?|hunt(?:ing)?|applications?)|interview(?:ing)?(?:\s+prep(?:aration)?)?|"
    r"applying\s+(?:for\s+jobs|to\s+jobs)|applications?|cv\s+and\s+interviews?)\b"
    r"|求职(?:准备)?|面试(?:准备)?|找工作|投简历|投递",
    re.I,
)
_WEEK_EN = rf"\b(?:week|wk)\s*(?P<n>{NUM})\b|\bmonth\s*(?P<m>{NUM})\b"
_WEEK_ZH = rf"第\s*(?P<z>{NUM})\s*(?:个)?(?:周|星期|礼拜)|第\s*(?P<zm>{NUM})\s*个?月"
_WEEK = re.compile(rf"{_WEEK_EN}|{_WEEK_ZH}", re.I)
_MOVE_ZH = re.compile(
    r"(?:(?:提前|移|挪|放|改|调|安排|推迟|推后|延后|往后放|往后挪|往前挪|往前移|往前放|前移|提)到|"
    r"(?:放|安排|定|排)在|(?:放回|挪回|移回|调回|改回)(?:到|在)?)\s*$"
)
_LATER_ZH = re.compile(r"(?:推迟|推后|延后|往后放|往后挪)到\s*$")
_EARLIER_ZH = re.compile(r"(?:提前|往前挪|往前移|往前放|前移|挪前|提)到\s*$")


_FOCUS = next(rx for mode, rx in MODE_RES if mode == "focus")


def _week_of(m: re.Match[str]) -> int | None:
    """The plan week a match names: a week, or the first week of a month ("month 3": 9)."""
    if raw := m.group("n") or m.group("z"):
        value = number(raw)
        return int(value) if value is not None else None
    value = number(m.group("m") or m.group("zm") or "")
    return None if value is None or value < 1 else int((value - 1) * 52 / 12) + 1


# The words around a week that say how it binds (checked in this order).
_MIN_BEFORE = re.compile(
    r"\b(?:not\s+before|no\s+earlier\s+than|not\s+earlier\s+than|(?:do\s+not|don'?t|never)\s+"
    r"(?:\w+\s+){0,5}before|from|starting(?:\s+(?:in|at|from))?|as\s+of|after|beyond|past|"
    r"only\s+(?:in|from|after))\s+(?:the\s+)?$",
    re.I,
)
_FROM_ONLY = re.compile(r"\b(?:from|starting(?:\s+(?:in|at|from))?|as\s+of)\s+(?:the\s+)?$", re.I)
_AFTER = re.compile(r"\b(?:after|beyond|past)\s+(?:the\s+)?$", re.I)
_MAX_BEFORE = re.compile(
    r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than|latest\s+(?:by|in)|until|within|"
    r"by\s+the\s+end\s+of|in\s+or\s+before)\s+(?:the\s+)?$|最晚|最迟|不晚于|不迟于|之前|以前|前",
    re.I,
)
_UP_TO = re.compile(r"\b(?:up|forward|ahead|earlier)\s+to\s+(?:the\s+)?$", re.I)
_BACK_TO = re.compile(r"\b(?:back|later|out)\s+to\s+(?:the\s+)?$", re.I)
_OR_LATER = re.compile(r"^\s*(?:or\s+(?:later|after)|at\s+the\s+earliest|onwards?)\b", re.I)
_OR_EARLIER = re.compile(r"^\s*or\s+(?:earlier|sooner|before)\b", re.I)
_STRICT_BEFORE = re.compile(r"\bbefore\s+(?:the\s+)?$", re.I)
_MAX_ANYWHERE = re.compile(r"\bat\s+the\s+latest\b|最晚|最迟|不晚于|不迟于", re.I)
_ZH_AFTER = re.compile(r"^\s*(?:之后|以后|后)")
_ZH_BEFORE = re.compile(r"^\s*(?:之前|以前|前)")
_ZH_FROM = re.compile(r"(?:从|自)\s*$")
_ZH_NOT_BEFORE = re.compile(
    r"(?:不早于|不要早于|不能早于|最早(?:在|从|到)?|至少(?:要)?到|等到)\s*$"
)
_ZH_START = re.compile(r"^\s*(?:就|再)?\s*(?:开始|起|动手|启动|开工|开搞)")
# "第一周先学数据合规", "第1周就安排Python": a clause opening with the week it is about
_ZH_LEAD = re.compile(r"^\s*(?:就|先|要|得|都|只)?\s*(?:先)?\s*(?:学|安排|上|做|搞|练|讲|看)")


def _op_of(s: str, m: re.Match[str]) -> tuple[HoursOp, int] | None:
    """How the week at ``m`` binds the start, and the week it binds it to."""
    week_or = _week_of(m)
    if week_or is None or not 1 <= week_or <= 520:
        return None
    week = week_or
    before, after = s[max(0, m.start() - 60) : m.start()], s[m.end() : m.end() + 12]
    if m.group("z") or m.group("zm"):  # 第N周...
        if _ZH_AFTER.match(after):
            return "min", week + 1
        if _ZH_BEFORE.match(after):
            return ("max", week) if _MAX_ANYWHERE.search(s) else ("max", max(1, week - 1))
        if _EARLIER_ZH.search(before):  # "项目提前到第10周"
            return "max", week
        if _LATER_ZH.search(before):
            return "min", week
        if _MOVE_ZH.search(before):
            return "set", week
        if _ZH_NOT_BEFORE.search(before):  # "不早于第3周": not before
            return "min", week
        if _MAX_ANYWHERE.search(before):
            return "max", week
        if _ZH_FROM.search(before):
            return "min", week
        return "set", week
    if _OR_LATER.match(after) or _BACK_TO.search(before):  # "back to week 20 or later"
        return "min", week
    if _OR_EARLIER.match(after) or _UP_TO.search(before):  # "move the project up to week 6"
        return "max", week
    if _MAX_ANYWHERE.search(s) or _MAX_BEFORE.search(before):
        negated = re.search(r"\b(?:not|don'?t|do\s+not|never)\b", before, re.I)
        if _STRICT_BEFORE.search(before):
            return ("min", week) if negated else ("max", max(1, week - 1))
        return "max", week
    if _MIN_BEFORE.search(before):
        return ("min", week + 1) if _AFTER.search(before) else ("min", week)
    return "set", week


def _subject(s: str, mentions: list[Mention]) -> tuple[Block | None, list[str]]:
    """What the week is about: the project, the job search, else the skills named."""
    project, job = PROJECT.search(s), JOB_SEARCH.search(s)
    if job and (not project or job.start() < project.start()):
        return "job_search", []
    if project:
        return "project", []
    return None, list(dict.fromkeys(m.id for m in mentions))


def _own_skills(mentions: list[Mention], weeks: list[re.Match[str]], i: int) -> list[str]:
    """With several weeks in a clause ("agents from week 3 and evals from week 20"): the skills
    named between the week before and this one (none: the clause's skills, as for one week)."""
    start = weeks[i - 1].end() if i else 0
    return list(dict.fromkeys(m.id for m in mentions if start <= m.start < weeks[i].start()))


def read_anchors(
    s: str, mentions: list[Mention], before: tuple[Block | None, list[str]] = (None, [])
) -> list[Constraint]:
    """The week anchors of a clause ("start the project by week 10"); ``before``: what the
    clause before was about, for one that names nothing ("add RAG, start it by week 4")."""
    out: list[Constraint] = []
    weeks = list(_WEEK.finditer(s))
    for i, m in enumerate(weeks):
        how = _op_of(s, m)
        if how is None:
            continue
        op, week = how
        zh = m.group("z") or m.group("zm")
        moved = _MOVE_ZH.search(s[max(0, m.start() - 12) : m.start()])
        leads = not s[: m.start()].strip() and _ZH_LEAD.match(s[m.end() :])
        if (
            zh
            and op == "set"
            and not (_ZH_START.match(s[m.end() :]) or "开始" in s or moved or leads)
        ):
            continue  # "第3周的内容" is no anchor
        block, skills = _subject(s, mentions)
        own = _own_skills(mentions, weeks, i) if block is None and len(weeks) > 1 else []
        skills = own or skills
        if block is None and not skills:
            block, skills = before
        lead = s[max(0, m.start() - 30) : m.start()]
        from_only = _FROM_ONLY.search(lead) or _ZH_FROM.search(lead)
        if block is None and op == "min" and from_only:
            op = "set"  # "RAG from week 3", "从第3周开始": it starts then
        if block is None and op in {"set", "max"} and _FOCUS.search(s):
            # "make evals the core from week 3" / "... the core by week 4": the core by then
            op = "max"
            out.extend(Constraint(kind="focus_skill", text=s, skill_id=k) for k in skills)
        if block is not None:
            out.append(Constraint(kind="week_anchor", text=s, block=block, op=op, from_week=week))
        for skill in skills:
            out.append(
                Constraint(kind="week_anchor", text=s, skill_id=skill, op=op, from_week=week)
            )
    return out


_SKIP = re.compile(
    r"\b(?:skip|drop|no|without|remove|cut\s+out|leave\s+out|(?:don'?t|doesn'?t|won'?t|will\s+not)\s+need|"
    r"not\s+needed|no\s+need\s+for|forget)\b"
    r"|不用|不要|不需要|不必|去掉|删掉|删除|跳过|省掉|取消|砍掉|拿掉|免去|无需",
    re.I,
)
_SHORTER = re.compile(
    r"\b(?:shorter|shorten|less|lighter|trim|smaller|reduce|cut\s+down|halve)\b"
    r"|少一点|少点|短一点|短些|少些|压缩|减少|缩短|精简|简化",
    re.I,
)


def read_job_search(s: str, mentions: list[Mention]) -> list[Constraint]:
    """The job-search block cut, capped or shortened (none when the clause is not about it)."""
    job = JOB_SEARCH.search(s)
    if job is None or _WEEK.search(s) or any(m.start < job.start() for m in mentions):
        return []
    if (window := end_window(s)) and not PROJECT.search(s):  # "the job hunt in the final 6 weeks"
        return [
            Constraint(
                kind="week_anchor", text=s, block="job_search", op="min", window_weeks=window
            )
        ]
    if hours := HOURS.search(s):
        value = number(hours.group(1))
        if value is None:
            return []
        op = hours_op(s)
        return [Constraint(kind="job_search_hours", text=s, hours=value, op=op)]
    if _SKIP.search(s):
        return [Constraint(kind="job_search_hours", text=s, hours=0.0, op="set")]
    if _SHORTER.search(s):
        return [Constraint(kind="job_search_hours", text=s, op="max", share=0.5)]
    return []


def in_window(c: Constraint, horizon_weeks: int) -> Constraint:
    """A week anchor said as a window at the end ("the job search in the last 6 weeks") tied
    to the week it opens in a plan of ``horizon_weeks``; any other constraint as it is."""
    if c.kind != "week_anchor" or not c.window_weeks or c.from_week:
        return c
    return c.model_copy(update={"from_week": max(1, horizon_weeks - c.window_weeks + 1)})


def job_search_followup(s: str, previous: Constraint) -> Constraint | None:
    """ "面试准备少一点，10个小时就够了": the hours of the clause after a shortened block."""
    hours = HOURS.search(s)
    if previous.kind != "job_search_hours" or hours is None:
        return None
    value = number(hours.group(1))
    if value is None:
        return None
    return Constraint(
        kind="job_search_hours", text=f"{previous.text}, {s}", hours=value, op=hours_op(s)
    )

"""A question about the job posting the person targets (pure): "what matters most for this
job?", "帮我看看差多少", "对，按这个岗位来". It is answered from the posting itself: its
must-haves in the order it lists them, each with what the person has, what is missing (hours)
and when the plan takes it on; then what it lists as a plus. Before any posting is given, the
person is told how to give one (never a list of retrieved snippets).
"""

from __future__ import annotations

import re

from coach.engine.fit import FitItem, FitReport
from coach.engine.posting import JobPosting
from coach.i18n import t
from coach.knowledge.loader import KnowledgeBase
from coach.schemas import Plan

_JOB = re.compile(
    r"\b(?:this|the|that|my|their)\s+(?:[\w-]+\s+){0,4}?(?:job|role|position|posting|opening|jd|"
    r"vacancy|listing)\b|\bjob\s+(?:posting|description|ad)\b|\b(?:a|one)\s+(?:job|role|position)\s+(?:i\s+)?"
    r"(?:found|saw|like|want)|(?:这个|那个|一个|该|这份|那份)(?:岗位|职位|工作|JD)|"
    r"岗位要求|职位要求|职位描述",
    re.IGNORECASE,
)
_ASK = re.compile(
    r"\b(?:gaps?|how\s+far|missing|lack|matters?|important|priorit\w*|must[- ]haves?|need|"
    r"fit|match|qualif\w*|ready|go\s+with|plan\s+(?:for|toward)|compare|focus|first|start|"
    r"requirements?|key\s+skills?|cares?\s+about|looks?\s+for|values?\s+most|most\s+(?:valued|wanted)|"
    r"what\s+(?:do|does|will)\s+(?:they|it|the\s+\w+)\s+(?:want|ask\s+for|need)|"
    r"what\s+should\s+i\s+(?:learn|prepare))\b|"
    r"差多少|差距|差在|缺|补|最重要|最看重|看重什么|要求什么|要什么|重点|先学|最该|优先|匹配|够不够|够格|"
    r"按这个|就按|准备|需要|看看",
    re.IGNORECASE,
)
_FOUND_JOB = re.compile(
    r"\b(?:job\s+(?:posting|description|ad|advert)|posting|jd|(?:found|saw|spotted|like)\s+"
    r"(?:a|this|the)\s+(?:job|role|position))\b|看中|看上|招聘|职位描述|岗位描述|JD|"
    r"(?:这个|该)(?:岗位|职位).{0,12}(?:差多少|差距|差在|够不够)",
    re.IGNORECASE,
)
"""A posting the person found and means ("I found this job posting", "我看中了这个岗位，帮我看看
差多少"), not the role they target ("what do I need for this role?")."""
_ONE_SKILL = re.compile(
    r"(?<!what\s)\b(?:should|must|do)\s+i\s+(?:need\s+to\s+)?(?:learn|study|know)\b"
    r"|(?<!什么)(?:需要学|要不要学|还要学|该不该学)",
    re.IGNORECASE,
)
"""A question about one skill ("do I need to learn Java for this job?", "这个工作我需要学Java吗"):
answered about that skill, not with the whole posting."""
MAX_ASK_CHARS = 200
"""A question is short; a long message is something else (a story, a pasted document)."""


_PAY_ASK = re.compile(
    r"\b(?:how\s+much\s+(?:does|will|would|do)\s+(?:it|they|this|the\s+\w+)\s+pay|what(?:'s|\s+is|\s+does)"
    r"\s+(?:the\s+|its\s+|it\s+)?(?:pay|salary|compensation)|(?:pay|salary|compensation)\s*\?)|"
    r"(?:薪资|工资|薪水|待遇|年薪|月薪)(?:是|有|大概)?(?:多少|怎么样|如何|高吗)|给多少钱",
    re.IGNORECASE,
)
"""A question about the job's pay ("how much does it pay?", "这个岗位薪资多少？")."""


def asks_about_posting(text: str) -> bool:
    """Whether ``text`` asks about the job posting (this job's gap, what matters most for it,
    to go with it, what it pays)."""
    plain = text.strip()
    if not plain or len(plain) > MAX_ASK_CHARS or "\n" in plain:
        return False
    if _PAY_ASK.search(plain):
        return True
    return bool(_JOB.search(plain) and _ASK.search(plain)) and not _ONE_SKILL.search(plain)


def means_a_posting(text: str) -> bool:
    """Whether ``text`` speaks of a particular posting the person found (asked before coach has
    one: they are told how to give it)."""
    return asks_about_posting(text) and bool(_FOUND_JOB.search(text))


def _name(item: FitItem, kb: KnowledgeBase, lang: str) -> str:
    names = [item.name_zh if lang == "zh" else item.name_en]
    for other in item.alternatives:
        skill = kb.skills.get(other)
        if skill is not None:
            names.append(skill.name.zh if lang == "zh" else skill.name.en)
    return t(lang, "fit.either_sep").join(names)


def _when(skill_ids: set[str], plan: Plan | None) -> tuple[int, int] | None:
    weeks = [
        (i.week_start, i.week_end)
        for phase in (plan.phases if plan else [])
        for i in phase.items
        if i.skill_id in skill_ids
    ]
    return (min(w[0] for w in weeks), max(w[1] for w in weeks)) if weeks else None


def _missing(item: FitItem, plan: Plan | None, kb: KnowledgeBase, lang: str) -> str:
    weeks = _when({item.skill_id, *item.alternatives}, plan)
    name = _name(item, kb, lang)
    if weeks is None:
        key = "fit.ask_missing" if plan is None else "fit.ask_missing_unplanned"
        return t(lang, key, skill=name, hours=item.gap_hours)
    span = str(weeks[0]) if weeks[0] == weeks[1] else f"{weeks[0]}-{weeks[1]}"
    return t(lang, "fit.ask_missing_planned", skill=name, hours=item.gap_hours, weeks=span)


def _in_posting_order(report: FitReport, posting: JobPosting) -> list[FitItem]:
    order = {r.skill_id: i for i, r in enumerate(posting.requirements)}
    items = [*report.have, *report.missing]
    return sorted(items, key=lambda i: min(order.get(s, 99) for s in [i.skill_id, *i.alternatives]))


def posting_answer(
    report: FitReport, posting: JobPosting, plan: Plan | None, kb: KnowledgeBase, lang: str
) -> str:
    """What the posting asks for first, in its order, with the person's standing on each."""
    items = _in_posting_order(report, posting)
    must = [i for i in items if i.required]
    plus = [i for i in items if not i.required]
    title = report.title or t(lang, "fit.untitled")
    head = t(lang, "coach.t.posting_head" if plan else "fit.ask_head", title=title)
    lines = [head, t(lang, "fit.ask_fit", fit=round(report.fit * 100), hours=report.gap_hours)]
    if report.pay:  # the job's own pay, as the posting states it
        from coach.engine.posting_pay import pay_words

        pay = pay_words(report.pay_range, lang) if report.pay_range else report.pay
        lines.append(t(lang, "fit.pay", pay=pay))
    sep = "、" if lang == "zh" else ", "
    have = [_name(i, kb, lang) for i in must if i.gap_hours == 0]
    if have:
        lines.append(t(lang, "fit.ask_have", skills=sep.join(have)))
    gaps = [_missing(i, plan, kb, lang) for i in must if i.gap_hours > 0]
    if gaps:
        lines.append(t(lang, "fit.ask_gaps", gaps=("；" if lang == "zh" else "; ").join(gaps)))
    if plus:
        lines.append(t(lang, "fit.asks_plus", skills=sep.join(_name(i, kb, lang) for i in plus)))
    shown = report.uncovered_shown
    if shown:
        lines.append(t(lang, "fit.ask_shown", terms=sep.join(shown)))
    if report.uncovered:
        lines.append(t(lang, "fit.ask_uncovered", terms=sep.join(report.uncovered[:6])))
    unplanned = [
        i for i in must if i.gap_hours > 0 and _when({i.skill_id, *i.alternatives}, plan) is None
    ]
    if plan is not None and unplanned:  # the mentor can add them: say how
        names = sep.join(_name(i, kb, lang) for i in unplanned)
        lines.append(t(lang, "coach.t.posting_gap", skills=names))
    first = next((i for i in must if i.gap_hours > 0), None)
    if first is not None:
        lines.append(t(lang, "fit.ask_first", skill=_name(first, kb, lang)))
    return "\n".join(lines)


def asks_pay(text: str) -> bool:
    """Whether ``text`` asks only what the job pays."""
    return bool(_PAY_ASK.search(text.strip()))


def pay_answer(report: FitReport, lang: str) -> str:
    """What the job pays, as its posting states it (with the figure a year), or that it does not."""
    title = report.title or t(lang, "fit.untitled")
    if not report.pay:
        return t(lang, "fit.ask_pay_none", title=title)
    from coach.engine.posting_pay import pay_words

    pay = pay_words(report.pay_range, lang) if report.pay_range else report.pay
    return t(lang, "fit.ask_pay", title=title, pay=pay)


def no_posting_answer(lang: str) -> str:
    """Asked about "this job" before any posting was given: how to give it."""
    return t(lang, "fit.ask_no_posting")

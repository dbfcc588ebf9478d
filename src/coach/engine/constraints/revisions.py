"""Three requests about what the plan already is, in a clause.

- Undo: "put it back where it was", "revert the Python change", "remove the rule that the
  project starts in week 31", "I did not ask to move the project", "恢复原样", "把项目放回原来的
  位置", "撤销上一次的修改": an earlier request (on the project, the job search, a skill, or
  the whole last request) is taken back (:func:`coach.engine.constraints.notes.notes_constraints`).
- The project's data: "use de-identified cases only", "synthetic data only", "只用公开数据集".
- Relative placement: "put the project right after prompt engineering", "Docker right after
  Python", "项目放在提示词工程之后", "学完RAG马上做项目".
"""

from __future__ import annotations

import re

from coach.engine.constraints.anchors import JOB_SEARCH
from coach.engine.constraints.model import Constraint, DataRule
from coach.engine.constraints.quantities import PROJECT
from coach.engine.numbers.approx import NUM, number
from coach.knowledge.lexicon import Mention

UNDO = re.compile(
    r"\b(?:put|set|move|take|change|turn|bring)\b.{0,40}?\bback\b(?!\s+(?:in|into|on)\b)"
    r"|\bback\s+(?:where|to\s+(?:where|how|what))\s+(?:it|they|that)\s+(?:was|were|used)"
    r"|\bundo\b|\brevert\b|\broll\s*(?:it\s+)?back\b|\bforget\s+(?:what|about|that|the)\b"
    r"|\b(?:remove|drop|delete|cancel|withdraw|scrap|lift)\s+(?:the|that|my)\s+"
    r"(?:rule|constraint|request|change|instruction|condition|requirement)s?\b"
    r"|\bas\s+it\s+was(?:\s+before)?\b"
    r"|\b(?:I|we)\s+(?:never|did\s+not|didn'?t)\s+ask(?:ed)?\b|\bwas\s+never\s+asked\b"
    r"|\bnot\s+what\s+I\s+asked\b|\bnobody\s+asked\b"
    r"|恢复原样|恢复(?:成|到)?原来|放回|改回|撤销|撤回|还原|回到原来|按原来的|照原来的|维持原来|"
    r"取消(?:上次|刚才|之前|上一次)?的?(?:修改|要求|改动|规则|限制)|我没(?:有)?(?:让|要求|说)|不是我要求的",
    re.I,
)
_NOT_ASKED = re.compile(
    r"\b(?:I|we)\s+(?:never|did\s+not|didn'?t)\s+ask|\bwas\s+never\s+asked\b|\bnot\s+what\s+I\s+"
    r"asked\b|\bnobody\s+asked\b|我没(?:有)?(?:让|要求|说)|不是我要求的",
    re.I,
)


_PLACE = re.compile(
    r"\b(?:where|place|position|spot|slot|week|order|move[ds]?|moving|earlier|later|timing|"
    r"when|start(?:s|ed)?)\b"
    r"|位置|原处|原位|放回|挪回|移回|顺序|第\s*\S{1,3}\s*周|提前|推后|时间|什么时候|开始",
    re.I,
)


_FIGURE = re.compile(
    rf"(?:{NUM})\s*(?:h\b|hrs?\b|hours?\b|weeks?\b|months?\b|个?小时|个?(?:周|星期|礼拜)(?!开始|起)|个月)"
    rf"|\bto\s+(?:{NUM})\b|\b(?:week|wk)\s*(?:{NUM})\b|第\s*(?:{NUM})\s*(?:个)?(?:周|星期)",
    re.I,
)
"""A figure in the clause: what it is to be set back to, not a request taken back."""
_BACK = re.compile(r"\bback\b|改回|放回|调回", re.I)
"""The undo words that may say where to ("back to week 20"), unlike "remove the rule ..."."""


def read_undo(s: str, mentions: list[Mention]) -> list[Constraint]:
    """An earlier request taken back: about the project, the job search, the skills named,
    or (nothing named) the whole last request; "where it was" takes back only where it was
    put (its week or order), not what else was asked of it (its data, its hours)."""
    undo = UNDO.search(s)
    if undo is None or (_BACK.search(undo.group()) and _FIGURE.search(s)):
        return []  # "周期改回30周", "set it back to 8 hours a week": a figure is a setting
    place = bool(_PLACE.search(s))
    if PROJECT.search(s):
        return [Constraint(kind="undo", text=s, block="project", only_place=place)]
    if JOB_SEARCH.search(s):
        return [Constraint(kind="undo", text=s, block="job_search", only_place=place)]
    skills = list(dict.fromkeys(m.id for m in mentions))
    if skills:
        return [Constraint(kind="undo", text=s, skill_id=k, only_place=place) for k in skills]
    return [Constraint(kind="undo", text=s, only_place=place)]


def not_asked(s: str) -> bool:
    """ "That was never asked", "我没让改项目": a complaint that goes with an undo."""
    return bool(_NOT_ASKED.search(s))


_DATA = r"(?:data(?:sets?)?|datasets?|cases|records|examples|files|数据集?|案例|病例|记录|样本)"
_RULES: tuple[tuple[DataRule, re.Pattern[str]], ...] = (
    (
        "synthetic",
        re.compile(
            rf"\b(?:synthetic|simulated|mock|fake|made-up|generated)\s+(?:\w+\s+)?{_DATA}"
            r"|\bsynthetic\b|(?:模拟|合成|虚拟|虚构|编造|造)的?\S{0,6}?(?:数据|案例|病例|记录|样本)",
            re.I,
        ),
    ),
    (
        "public",
        re.compile(
            rf"\b(?:public(?:ly\s+available)?|open)\s+(?:\w+\s+)?{_DATA}"
            r"|(?:公开|开源)的?\S{0,6}?(?:数据|案例|样本)",
            re.I,
        ),
    ),
    (
        "deidentified",
        re.compile(
            r"\bde-?identif(?:ied|y|ication)|\banonymi[sz](?:ed|e|ation)|\bredacted\b"
            r"|\bpseudonymi[sz]ed\b"
            rf"|\b(?:no|never|not|without)\s+(?:use\s+|using\s+)?(?:any\s+)?real\s+(?:\w+\s+){{0,2}}{_DATA}"
            r"|脱敏|匿名化?|去标识|(?:不要|不能|别|不得|禁止)(?:用|使用)真实(?:的)?\S{0,6}(?:数据|病例|记录|信息)",
            re.I,
        ),
    ),
)


def read_project_data(s: str) -> list[Constraint]:
    """The only data the project may use (the first rule named)."""
    for rule, rx in _RULES:
        if rx.search(s):
            return [Constraint(kind="project_data", text=s, data_rule=rule)]
    return []


_AFTER_EN = re.compile(
    r"\b(?:(?:right|straight|directly|immediately|just)\s+)?(?:after|following|once\s+"
    r"(?:she|he|they)(?:'s|\s+is|\s+are|\s+has|\s+have)?\s+(?:done|finished)\s+with)\s+(?:the\s+)?",
    re.I,
)
_AFTER_ZH = re.compile(r"^\s*(?:之后|以后|后面|后边|后头|完了?之后|完以后|学完(?:之后|以后|后)?)")
_DONE_ZH = re.compile(r"学完|做完|完成")


def read_place_after(s: str, mentions: list[Mention]) -> list[Constraint]:
    """ "A right after B": A (the project or a skill) placed right after skill B."""
    if not mentions:
        return []
    project = PROJECT.search(s)
    for m in _AFTER_EN.finditer(s):
        ref = next((x for x in mentions if x.start >= m.end() and x.start - m.end() <= 2), None)
        if ref is None:
            continue
        before = [x for x in mentions if x.end <= m.start() and x.id != ref.id]
        if project and project.start() < m.start():
            return [_after(s, None, ref.id)]
        if before:
            return [_after(s, before[-1].id, ref.id)]
    for ref in mentions:
        follows = _AFTER_ZH.match(s[ref.end :]) or _DONE_ZH.search(
            s[max(0, ref.start - 3) : ref.start]
        )
        if not follows:
            continue
        if project and not ref.start <= project.start() < ref.end:
            return [_after(s, None, ref.id)]
        other = [x for x in mentions if x.id != ref.id]
        if other:
            return [_after(s, other[0].id, ref.id)]
    return []


_ADD = re.compile(r"\b(?:add|include|bring\s+in)\b|加上|加入|增加|补上|加一(?:个|门|块)", re.I)


def with_added(found: list[Constraint]) -> list[Constraint]:
    """ "Add RAG after embeddings": the skill placed is asked for too."""
    return [
        *(
            Constraint(kind="include_skill", text=c.text, skill_id=c.skill_id)
            for c in found
            if c.kind == "place_after" and c.skill_id and _ADD.search(c.text)
        ),
        *found,
    ]


def _after(s: str, what: str | None, ref: str) -> Constraint:
    if what is None:
        return Constraint(kind="place_after", text=s, block="project", after=ref)
    return Constraint(kind="place_after", text=s, skill_id=what, after=ref)


_NO_DATA = re.compile(
    rf"\b(?:no|not|never|without|nothing\s+from)\b.{{0,40}}?{_DATA}|(?:不要|不用|别用|不能用|禁止).{{0,12}}?{_DATA}",
    re.I,
)
_NOT_THIS = re.compile(
    r"^\s*(?:(?:not|no|rather\s+than|instead\s+of|never)\b|而不是|不是|不要|别|不用|不做)", re.I
)
_NOT_THAT = re.compile(r"^\s*(?:(?:not|rather\s+than|instead\s+of)\b|而不是|不是|并非)", re.I)


def in_context(
    found: list[Constraint],
    out: list[Constraint],
    project: bool,
    previous: list[str],
    clause: str = "",
) -> tuple[list[Constraint], bool]:
    """A clause's undo or data rule read with the clauses before it: "put it back where it
    was" after a clause on the project undoes the project ("it"), after one that named skills
    those skills; after another undo (or with nothing before it to undo) it is the same
    request. A second data rule replaces the first ("no real patient data, use simulated
    data"). Returns the constraints to add and whether the clause was merged into ``out``."""
    undos = [c for c in found if c.kind == "undo"]
    last = out[-1] if out else None
    if (
        last is not None
        and last.kind != "note"
        and _NOT_THAT.match(clause)
        and all(c.kind == "note" for c in found)
    ):  # "her target is X, not Y", "每周4小时，不是3小时": the contrast is the same request
        out[-1] = last.model_copy(update={"text": f"{last.text}, {clause}"})
        return [], True
    if (
        last is not None
        and last.kind == "project_data"
        and all(c.kind == "note" for c in found)
        and _NO_DATA.search(clause)
    ):  # "public datasets only, no company claims data": the same rule said twice
        out[-1] = last.model_copy(update={"text": f"{last.text}, {clause}"})
        return [], True
    if (
        last is not None
        and last.kind in {"project_topic", "project_field", "add_project"}
        and all(c.kind == "note" for c in found)
        and _NOT_THIS.match(clause)
    ):  # "项目改成X，不要合同风险清单", "..., not the chatbot": the swap's other half
        out[-1] = last.model_copy(update={"text": f"{last.text}, {clause}"})
        return [], True
    same = last is not None and last.kind == "undo" and len(undos) == len(found)
    if undos and same and last is not None:
        targets = {(last.block, last.skill_id), (None, None)}
        if all((u.block, u.skill_id) in targets for u in undos):
            place = last.only_place or any(u.only_place for u in undos)  # "that, its week"
            text = f"{last.text}; {found[0].text}"
            out[-1] = last.model_copy(update={"text": text, "only_place": place})
            return [], True  # "I did not ask to move the project; put it back": one undo
    bare = [c for c in found if c.kind == "undo" and not (c.block or c.skill_id)]
    if found and len(bare) == len(found):
        if out and out[-1].kind == "undo":
            out[-1] = out[-1].model_copy(update={"text": f"{out[-1].text}; {found[0].text}"})
            return [], True
        if project:
            return [c.model_copy(update={"block": "project"}) for c in bare], False
        if previous:
            u = found[0]
            return [
                Constraint(kind="undo", text=u.text, skill_id=k, only_place=u.only_place)
                for k in previous
            ], False
    rules = [c for c in found if c.kind == "project_data"]
    had = next((i for i, c in enumerate(out) if c.kind == "project_data"), None)
    if rules and had is not None and len(rules) == len(found):
        text = f"{out[had].text}; {rules[-1].text}"
        out[had] = rules[-1].model_copy(update={"text": text})
        return [], True
    return found, False


_RANGE = re.compile(
    rf"\b(?:(?:in|during|over|across|for)\s+)?(?:the\s+)?weeks?\s*(?P<a>{NUM})\s*(?:-|–|—|to|through|"
    rf"thru|until)\s*(?:week\s*)?(?P<b>{NUM})\b"
    rf"|\b(?:(?:in|during|over|across|for)\s+)?the\s+first\s+(?P<n>{NUM})\s+weeks\b"
    rf"|第\s*(?P<za>{NUM})\s*(?:-|–|—|到|至|~|～)\s*第?\s*(?P<zb>{NUM})\s*(?:个)?(?:周|星期)"
    rf"|(?:头|前)\s*(?P<zn>{NUM})\s*(?:个)?(?:周|星期)",
    re.I,
)


def week_range(s: str) -> tuple[int, tuple[int, int]] | None:
    """ "Python ~40h weeks 1-5", "前5周": the first week of a range of plan weeks, and where
    the range is (its numbers are weeks, not hours)."""
    m = _RANGE.search(s)
    if m is None:
        return None
    first = m.group("a") or m.group("za")
    value = number(first) if first else 1.0
    if value is None or value < 1:
        return None
    return int(value), m.span()


def range_anchors(s: str, hours: list[Constraint], first: int) -> list[Constraint]:
    """The skills given hours in a range of weeks start in its first week."""
    ids = dict.fromkeys(c.skill_id for c in hours if c.skill_id)
    return [
        Constraint(kind="week_anchor", text=s, skill_id=k, op="set", from_week=first) for k in ids
    ]


_FIRST_MONTHS = re.compile(
    rf"\b(?:in|within|during|over|by\s+the\s+end\s+of)\s+the\s+first\s+(?:(?P<n>{NUM})\s+)?months?\b"
    rf"|(?:第一个月|头一个月|前一个月|第一个月内)|(?:前|头)\s*(?P<zn>{NUM})\s*个月",
    re.I,
)


def first_months(s: str, skills: list[str]) -> list[Constraint]:
    """ "Git needs to come in the first month", "前两个月学完Python": the skills named start
    within those weeks (by the last week of the first month, or months)."""
    m = _FIRST_MONTHS.search(s)
    if m is None or not skills:
        return []
    raw = m.group("n") or m.group("zn")
    months = number(raw) if raw else 1.0
    if months is None or not 0 < months <= 12:
        return []
    week = max(1, round(months * 52 / 12))
    ids = dict.fromkeys(skills)
    return [
        Constraint(kind="week_anchor", text=s, skill_id=k, op="max", from_week=week) for k in ids
    ]

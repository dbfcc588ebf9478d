"""The project in a mentor's clause: its field, its topic, its place, its size.

"swap the portfolio project for one on healthcare data", "项目第10周开始，做一个仓库拣货小工具",
"加一个作品集项目，大概25小时": read by :mod:`coach.engine.constraints.parse`.
"""

from __future__ import annotations

import re

from coach.engine.constraints.model import Constraint
from coach.engine.constraints.modes import MODE_RES
from coach.engine.constraints.project_ask import follow_add, specific
from coach.engine.constraints.quantities import PROJECT, end_window
from coach.engine.constraints.topics import PROJECT_FIELDS

_SWAP = re.compile(
    r"\b(?:swap|replace|change|switch|instead|rather|make\s+it|turn\s+it\s+into)\b"
    r"|换成|换为|改成|改为|换一个|换个|改做|换掉|替换|改一下|换",
    re.I,
)
BARE_NOT = re.compile(r"^\s*(?:(?:not|rather\s+than|instead\s+of)\b|而不是|不是|并非)", re.I)
_MAKE = re.compile(r"\b(?:make|build|do|pick|choose)\b|做一个|做个|做成|选一个|选个", re.I)
_ABOUT = re.compile(
    r"\b(?:on|about|with|using|use|uses|in|for|around|based\s+on|built\s+on|from)\b|关于|有关|相关|方向|领域|"
    r"方面|行业|数据|场景",
    re.I,
)
_FIELD_RES = {
    f: re.compile(rf"(?<![A-Za-z])(?:{w})(?![A-Za-z])", re.I) for f, w in PROJECT_FIELDS.items()
}

# "..., 做一个仓库拣货小工具" / "..., build a demand forecaster": what the project is to be
_TRAIL = re.compile(r"[\s,，。.;；、]+$")
_BUILD = re.compile(
    r"^\s*(?:做|搭|开发)(?:一个|个|一款|一套)|^\s*(?:build|make)\s+(?:it\s+)?(?:an?|one)\s+", re.I
)


_AND_DO = re.compile(
    r"^\s*(?:并|并且|再|还要|然后|也要|同时)?\s*(?:做|出|写|生成|输出|包括)(?!一个|个|完)"
    r"|^\s*(?:and\s+)?(?:then\s+)?(?:produce|write|generate|output|draft|build)\s+(?!it\b)",
    re.I,
)
"""A clause that goes on with what the project does ("做亲和图和洞察报告", "and write the report")."""
_EXAMPLE = re.compile(
    r"^\s*(?:比如|例如|譬如|像是)"
    r"|^\s*(?:e\.?g\.?|i\.?e\.?|for\s+example|for\s+instance|such\s+as|like)[\s,:：]",
    re.I,
)
_ABOUT_PROJECT = frozenset({"project_field", "project_topic", "add_project"})
_AFTER_ASK = frozenset({"add_project", "project_topic", "week_anchor", "note"})
_PROJECT_SAID = frozenset({"project_earlier", "project_later", "project_data"})
"""Kinds about the project: a clause of hours alone after one sizes the project."""


def more_of_the_project(
    clause: str, out: list[Constraint], project: bool, names_skill: bool = False
) -> bool:
    """A clause that only sizes, places or names the project asked for just before
    ("加一个作品集项目，大概25小时", "项目第10周开始，做一个仓库拣货小工具"): read into ``out``."""
    added = [i for i, c in enumerate(out) if c.kind in {"add_project", "project_topic"}]
    more = follow_add(clause, out[added[-1]]) if added else None
    if more is not None and out[-1].kind in _AFTER_ASK:
        out[added[-1]] = more
        return True
    if out and (example := _EXAMPLE.match(clause)) and out[-1].kind in _ABOUT_PROJECT:
        # "make the project about flight operations, e.g. summarising NOTAMs": its topic
        prior = out[-1]
        said = prior.project_topic or re.sub(r"^.*?\b(?:about|on|around|for)\s+", "", prior.text)
        topic = f"{said}, {clause.strip()}" if example else said
        out.append(
            Constraint(kind="project_topic", text=f"{prior.text}, {clause}", project_topic=topic)
        )
        if prior.kind == "project_topic":
            out.pop(-2)
        return True
    last_topic = out[-1] if out and out[-1].kind == "project_topic" else None
    if last_topic is not None and not names_skill and (more_topic := _AND_DO.match(clause)):
        # "项目改成：用AI整理访谈记录，做亲和图和洞察报告": the same project, said on
        words = _TRAIL.sub("", clause[more_topic.end() :]).strip()
        if words:
            sep = "，" if re.search(r"[\u4e00-\u9fff]", words) else ", "
            topic = f"{last_topic.project_topic}{sep}{clause.strip()}"
            text = f"{last_topic.text}{sep}{clause}"
            out[-1] = last_topic.model_copy(update={"project_topic": topic, "text": text})
            return True
    if project and (built := _built(clause)):
        out.extend(built)
        return True
    last = out[-1] if out else None
    placed = last is not None and (last.block == "project" or last.kind in _PROJECT_SAID)
    if placed and last is not None and not names_skill:
        sized = follow_add(clause, Constraint(kind="add_project", text=last.text))
        if sized is not None and sized.hours and not sized.project_topic:
            out.append(sized.model_copy(update={"text": clause}))  # "项目放在X之后，大概30小时"
            return True
    if last is not None and last.kind == "note" and PROJECT.search(last.text):
        sized = follow_add(clause, Constraint(kind="add_project", text=last.text))
        if sized is not None and sized.hours and not sized.project_topic:
            out[-1] = sized  # "项目别做太大，15小时左右就行": the project's size
            return True
    return False


def _built(clause: str) -> list[Constraint]:
    """After a clause about the project, "做一个仓库拣货路径优化的小工具": its topic (and its
    field, when one is named), in the mentor's words; a size alone ("做个小的") is none."""
    m = _BUILD.match(clause)
    topic = _TRAIL.sub("", clause[m.end() :]).strip() if m else ""
    if not topic or not specific(topic):
        return []
    field = [c.model_copy(update={"text": clause}) for c in project_field("项目" + clause)]
    return [*field, Constraint(kind="project_topic", text=clause, project_topic=topic)]


def project_field(s: str) -> list[Constraint]:
    """ "swap the portfolio project for one on healthcare data", "项目换成金融方向的": the
    field named after the project (or with a swap word), the first one named."""
    m = PROJECT.search(s)
    if m is None:
        return []
    swap = _SWAP.search(s) or _MAKE.search(s)
    best: tuple[int, str] | None = None
    for field_id, words in _FIELD_RES.items():
        if (f := words.search(s)) and (best is None or f.start() < best[0]):
            best = (f.start(), field_id)
    if best is None or not (swap or _ABOUT.search(s[m.start() :])):
        return []
    return [Constraint(kind="project_field", text=s, project_field=best[1])]


def project_clause(s: str) -> list[Constraint]:
    if not PROJECT.search(s):
        return []
    out = project_field(s)
    modes = {mode for mode, rx in MODE_RES if rx.search(s)}
    if "earlier" in modes or "start" in modes or re.search(r"\bfirst\b|先做|先", s, re.I):
        return [*out, Constraint(kind="project_earlier", text=s)]
    later = re.search(r"\bafter\b|最后|之后再|等.{1,20}再|学完.{0,6}再", s, re.I)
    if "later" in modes or later or end_window(s):
        return [*out, Constraint(kind="project_later", text=s, window_weeks=end_window(s))]
    return out


_AMEND = re.compile(
    r"项目(?:里|中)?(?:还|也)?(?:要|得|应该|需要)(?:包括|包含|加上|加入|覆盖|涵盖|有)(?P<a>.+)"
    r"|\b(?:the\s+)?project\s+(?:should|must|needs?\s+to)\s+also\s+(?:include|cover|do|have|produce)\s+(?P<b>.+)"
    r"|\b(?:the\s+)?project\s+(?:should|must|needs?\s+to)\s+(?:include|cover)\s+(?P<c>.+)",
    re.I,
)
NOT_ONLY = re.compile(r"^\s*(?:不只是|不仅仅?是|不光是|而不只是|not\s+just|not\s+only)", re.I)
"""After an amendment: "不只是整理访谈记录", what the project does already (said, not asked)."""


def read_amendment(s: str) -> list[Constraint]:
    """ "项目要包括亲和图和洞察报告", "the project should also produce a risk report": what the
    project must do besides what it is (added to the topic the mentor asked before)."""
    m = _AMEND.search(s)
    if m is None:
        return []
    words = _TRAIL.sub("", next(g for g in m.groups() if g)).strip()
    if not words:
        return []
    return [Constraint(kind="project_topic", text=s, project_topic=words, amends=True)]

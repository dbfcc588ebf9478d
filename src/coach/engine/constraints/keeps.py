"""What a clause keeps rather than drops: "don't drop evaluation", "不要删Git" (a skill kept),
"keep it no-code", "全部用零代码工具" (how the person works, never "no X"), and keeping said
twice ("don't drop evaluation, make it the core": one constraint)."""

from __future__ import annotations

import re

from coach.engine.constraints.model import Constraint

NO_CODE_ONLY = re.compile(
    r"(?<!not\s)(?<!n't\s)\b(?:keep\s+(?:it|everything|the\s+plan|things|her|him|them)\s+|only\s+|stick\s+to\s+|all\s+)"
    r"(?:no|low)[\s-]?code\b|\b(?:no|low)[\s-]?code\s+only\b"
    r"|(?<!别)(?<!不要)(?<!不能)(?<!不)(?:全部|全都|只|都|一律|保持|纯)(?:用)?(?:零代码|无代码|低代码)",
    re.I,
)
"""How the person is to work, not a skill left out: "keep it no-code", "全部用零代码工具"."""

# "don't drop evaluation", "不要删Git": a skill to keep, never one to leave out
NOT_DROP = re.compile(
    r"\b(?:please\s+)?(?:don'?t|do\s+not|never|no\s+need\s+to)\s+(?:\w+\s+)?"
    r"(?:drop|remove|cut\s+out|skip|delete|lose|ditch|take\s+out|leave\s+out|get\s+rid\s+of)\b"
    r"|(?:不要|别|不用|不必|不能)(?:把)?(?:删掉?|去掉|砍掉|删除|拿掉|取消|跳过|省掉)"
    r"|(?:不要|别|不能)只(?:用|学|做|靠)|\bnot\s+(?:just|only)\b",
    re.I,
)


NOT_FROM_SCRATCH = re.compile(
    r"(?:不要|别|不用|不必|无需)(?:再)?(?:从头|从零|从基础)(?:开始)?(?:学|教|讲)?"
    r"|\b(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:start|teach|learn)\s+(?:\w+\s+){0,2}from\s+(?:scratch|zero)",
    re.I,
)
""""机器学习基础不要从头学": the skill shorter, never left out (the hours said go with it)."""


def keep_word(m: re.Match[str]) -> str:
    return "加上" if re.match(r"[\u4e00-\u9fff]", m.group()) else "include"


_KEEPS = frozenset({"focus_skill", "start_with", "move_earlier", "week_anchor", "skill_hours"})


def kept_by_the_next(out: list[Constraint]) -> list[Constraint]:
    """ "don't drop evaluation, make it the core": keeping it is said by the core already, so
    the two are one constraint with both clauses' words."""
    kept = list(out)
    for c in out:
        if c.kind != "include_skill" or NOT_DROP.search(c.text) is None:
            continue
        by = next(
            (
                i
                for i, o in enumerate(kept)
                if o.kind in _KEEPS
                and o.skill_id == c.skill_id
                and (o.kind != "skill_hours" or o.hours)
            ),
            None,
        )
        if by is not None:
            kept[by] = kept[by].model_copy(update={"text": f"{c.text}, {kept[by].text}"})
            kept.remove(c)
    return kept


def same_target(c: Constraint, targets: list[Constraint]) -> bool:
    """ "..., so make it agent engineer" after "he doesn't want X, he wants agents": said twice."""
    return c.kind == "set_target" and any(t.role_id == c.role_id for t in targets)


def one_first_week(out: list[Constraint]) -> list[Constraint]:
    """ "put data privacy first, in week one": starting with it and starting it in week 1 are
    one request (the week kept, with both clauses' words)."""
    kept = list(out)
    for c in out:
        if c.kind != "start_with":
            continue
        at = next(
            (
                i
                for i, o in enumerate(kept)
                if o.kind == "week_anchor"
                and o.skill_id == c.skill_id
                and o.from_week == 1
                and o.op in {"set", "max"}
            ),
            None,
        )
        if at is not None:
            if c.text not in kept[at].text:
                kept[at] = kept[at].model_copy(update={"text": f"{c.text}, {kept[at].text}"})
            kept.remove(c)
    return kept

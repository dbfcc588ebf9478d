"""How a clause reads with the ones around it: one that only qualifies the constraint before
it ("not 0", "别从零教", "6 hours is plenty"), a date said just before new weekly hours, and what
the person knows said as the reason for an instruction (not a correction of its own)."""

from __future__ import annotations

import re
from datetime import date

from coach.engine.constraints.anchors import job_search_followup
from coach.engine.constraints.corrections import from_scratch, read_profile_skills
from coach.engine.constraints.dips import NO_STUDY
from coach.engine.constraints.model import Constraint
from coach.engine.constraints.quantities import (
    DURATION,
    HOURS,
    PROJECT,
    read_skill_hours,
    when_and_window,
)
from coach.engine.numbers.approx import NUM, number, to_weeks
from coach.knowledge.lexicon import Mention
from coach.knowledge.loader import KnowledgeBase

# A clause that is only a bound on the figure before it: "16 hours between them, no more"
_ONLY_BOUND = re.compile(
    r"^\s*(?:(?:and\s+)?no\s+more|not\s+(?:a\s+minute\s+)?more|at\s+most|max(?:imum)?|tops|"
    r"that'?s\s+(?:the\s+)?(?:cap|max(?:imum)?|limit)|不能再多|不要再多|最多了?|封顶|顶多)"
    r"\s*[.!。！]?\s*$",
    re.I,
)


# After a window of hours: "then back to normal", "之后恢复", "then 8" (the usual hours)
_BACK_AFTER = re.compile(
    r"^\s*(?:and\s+)?(?:then|after\s+that|afterwards|之后|然后|再|以后)?\s*"
    r"(?:(?:go(?:es)?\s+|(?:is|are)\s+)?back\s+to\s+(?:normal|usual|the\s+usual(?:\s+hours)?)"
    r"|恢复(?:正常|原样|原来的?)?"
    r"|(?:(?:go(?:es)?\s+|(?:is|are)\s+)?back\s+(?:up\s+)?to\s+|恢复到?(?:每周)?|回到(?:每周)?|每周|每星期)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?|个?小时)?(?:\s*(?:a|per)\s+week|每周)?)\s*[.!。！]?\s*$",
    re.I,
)


_LIST_ONLY = re.compile(
    r"(?:\s|[,，、/&]|\b(?:or|and|nor|either|neither|even|also|too|either|of\s+them)\b|和|或者?|与|及|也|都|还有)*",
    re.I,
)


def _list_of_skills(clause: str, mentions: list[Mention]) -> bool:
    """Whether ``clause`` is only skill names and list words ("Linux or API design")."""
    if not mentions:
        return False
    rest, at = [], 0
    for m in sorted(mentions, key=lambda m: m.start):
        rest.append(clause[at : m.start])
        at = max(at, m.end)
    rest.append(clause[at:])
    return all(_LIST_ONLY.fullmatch(piece.strip(" .!。！")) for piece in rest)


def _more_of_the_list(clause: str, out: list[Constraint], mentions: list[Mention]) -> bool:
    """ "she does not know Git, Linux or API design": the names after the comma are read as
    the correction before them (each at its level), never a part not applied."""
    last = out[-1]
    if last.kind != "profile_skill" or not _list_of_skills(clause, mentions):
        return False
    text = f"{last.text}, {clause}"
    said = [i for i, c in enumerate(out) if c.kind == "profile_skill" and c.text == last.text]
    for i in said:
        out[i] = out[i].model_copy(update={"text": text})
    have = {c.skill_id for c in out if c.kind == "profile_skill" and c.text == text}
    for skill in dict.fromkeys(m.id for m in mentions):
        if skill not in have:
            out.append(last.model_copy(update={"skill_id": skill, "text": text}))
    return True


# "..., not from March", "不是从三月": the date the weekly hours before are NOT to wait for
_NOT_WHEN = re.compile(
    r"^\s*(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:(?:from|starting|in|on|at|after)\s+)?"
    r"(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|next\s+(?:month|year|week)|later|then|week\s+\d)\w*"
    r"|^\s*(?:而|但)?(?:不是|并非|不用等到?|别等到?)(?:从|到|等到)?\s*"
    r"(?:[一二三四五六七八九十\d]+月|下个?月|明年|年后|以后|之后)",
    re.I,
)


_HOURS_ONLY = re.compile(
    rf"(?:{NUM})\s*(?:h|hrs?|hours?|个?小时)|\b(?:make|give|it|them|is|are|enough|tops|max)\b|[?？.。!！]"
    r"|就够了?|就行|就好|左右|大概|约",
    re.I,
)
# "PyTorch should start in week 1, not week 31": the week it is NOT to be in
_NOT_THAT_WEEK = re.compile(
    rf"^\s*(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:in\s+|at\s+|from\s+)?(?:week|wk)\s*{NUM}\b"
    rf"|^\s*(?:而|但)?(?:不是|而不是|别在?)\s*第\s*{NUM}\s*周",
    re.I,
)
_ENOUGH = re.compile(
    r"^\s*(?:the\s+)?basics?\s+(?:is|are)\s+(?:enough|plenty|fine)\b|^\s*(?:入门|基础)就(?:够|行|可以)",
    re.I,
)
_FRONT_KINDS = frozenset({"start_with", "focus_skill", "move_earlier", "week_anchor"})
# "..., before she touches any patient data": when the skill before is to come (it comes first)
_BEFORE_THEY = re.compile(
    r"^\s*(?:and\s+)?(?:before|until)\s+(?:she|he|they|you|the\s+(?:person|mentee|user)|anyone|"
    r"any\s+of\s+(?:it|that)|anything\s+else|everything\s+else|the\s+rest)\b"
    r"|^\s*(?:在)?(?:她|他|他们)?(?:碰|接触|处理|动|用|拿到|上手)?\S{0,14}(?:之前|以前)\s*$",
    re.I,
)
# "..., for six weeks", "持续三周": how long the weekly hours just said last
_FOR_WEEKS = re.compile(
    rf"^\s*(?:and\s+)?(?:for|over)\s+(?:the\s+(?:next|following)\s+)?(?P<n>{NUM})\s*weeks?\s*$"
    rf"|^\s*(?:持续|为期|一共|共)?\s*(?P<z>{NUM})\s*(?:个)?(?:周|星期)\s*$",
    re.I,
)
# "周期不变", "keep the horizon as is": the weeks stay as they are (nothing to change)
_SAME_WEEKS = re.compile(
    r"^\s*(?:and\s+)?(?:keep\s+the\s+(?:same\s+)?(?:horizon|weeks|timeline|end\s+date)(?:\s+as\s+(?:is|it\s+is))?"
    r"|(?:the\s+)?same\s+(?:horizon|timeline|end\s+date)|(?:the\s+)?(?:horizon|timeline)\s+stays(?:\s+the\s+same)?)\s*$"
    r"|^\s*(?:周期|期限|总周数|时长|截止时间|结束时间)(?:保持|维持)?不变\s*$",
    re.I,
)
_ONLY_BEFORE_PROJECT = re.compile(
    r"^\s*(?:and\s+)?(?:(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+)?(?:portfolio\s+)?project"
    r"(?:\s+starts?)?|(?:在|于)?(?:作品集)?项目(?:开始)?(?:之前|以前|前))\s*[.!。！]?\s*$",
    re.I,
)


def _when_to_start(clause: str, out: list[Constraint]) -> bool:
    """ "Start AI ethics in week 1, before the project" / "..., before she touches any patient
    data": the clause says when the skills of the placement before come; "before the project"
    is a constraint of its own on those skills (checked), the other one a reason."""
    last = out[-1]
    said = [c for c in out if c.text == last.text and c.skill_id and c.kind in _FRONT_KINDS]
    if not said:
        return False
    if _ONLY_BEFORE_PROJECT.match(clause):
        out.extend(
            Constraint(kind="before_project", text=f"{last.text}, {clause}", skill_id=k)
            for k in dict.fromkeys(c.skill_id for c in said)
        )
        return True
    if _BEFORE_THEY.match(clause):
        for at, c in enumerate(out):
            if c.text == last.text:
                out[at] = c.model_copy(update={"text": f"{last.text}, {clause}"})
        return True
    return False


def _more_of_the_person(
    clause: str, out: list[Constraint], mentions: list[Mention], kb: KnowledgeBase | None
) -> bool:
    """ "他已经会Python了，SQL也很熟": a clause on after a correction of the profile, with no
    subject of its own, is about the same person."""
    if kb is None or not mentions or out[-1].kind != "profile_skill":
        return False
    found = read_profile_skills(clause, mentions, kb, of_person=True)
    if not found or any(c.kind != "profile_skill" for c in found):
        return False
    out.extend(found)
    return True


_ABOUT_WEEKS = re.compile(
    rf"^\W*(?:大概|大约|约|差不多|about|around|roughly|so|that'?s|i\.e\.?)?\s*(?:{NUM})\s*"
    r"(?:个)?(?:周|星期|weeks?|个月|months?)(?:左右)?\W*$",
    re.I,
)


def _same_horizon(clause: str, last: Constraint) -> bool:
    """A figure that only restates the horizon just set ("..., about 30 weeks")."""
    if last.horizon_weeks is None or not _ABOUT_WEEKS.match(clause):
        return False
    m = DURATION.search(clause)
    value = number(m.group(1)) if m else None
    if m is None or value is None:
        return False
    return abs(to_weeks(value, m.group(2)) - last.horizon_weeks) <= 2


def absorbed(
    clause: str, out: list[Constraint], mentions: list[Mention], kb: KnowledgeBase | None = None
) -> bool:
    """A clause that only qualifies the constraint before it ("not 0", "别从零教",
    "10个小时就够了" after "面试准备少一点"): that constraint is updated, no note is left."""
    if not out:
        return False
    last = out[-1]
    if _more_of_the_list(clause, out, mentions) or (not mentions and _when_to_start(clause, out)):
        return True
    if _more_of_the_person(clause, out, mentions, kb):
        return True
    if _same_horizon(clause, last):  # "周期改成到2027年12月底，大概56周": said again
        out[-1] = last.model_copy(update={"text": f"{last.text}, {clause}"})
        return True
    if last.kind == "max_level" and _ENOUGH.match(clause) and not mentions:
        for at, c in enumerate(out):  # "Cut the Kubernetes deep dive; basics are enough."
            if c.text == last.text:
                out[at] = c.model_copy(update={"text": f"{last.text}, {clause}"})
        return True
    if last.kind == "hours_from" and not last.for_weeks and (m := _FOR_WEEKS.match(clause)):
        weeks = number(m.group("n") or m.group("z"))  # "From mid-January 4 h, for six weeks"
        if weeks and 0 < weeks <= 104:
            out[-1] = last.model_copy(
                update={"for_weeks": int(weeks), "text": f"{last.text}, {clause}"}
            )
            return True
    if _SAME_WEEKS.match(clause) and not any(c.kind.endswith("_horizon") for c in out):
        out[-1] = last.model_copy(update={"text": f"{last.text}, {clause}"})  # nothing to move
        return True
    if last.kind == "week_anchor" and _NOT_THAT_WEEK.match(clause):
        out[-1] = last.model_copy(update={"text": f"{last.text}, {clause}"})  # "..., not week 31"
        return True
    weekly = [c.kind == "max_hours_per_week" for c in out if c.text == last.text]
    if any(weekly) and _NOT_WHEN.match(clause) and not mentions:  # "from now, not from March"
        for at, c in enumerate(out):
            if c.text == last.text:
                out[at] = c.model_copy(update={"text": f"{last.text}, {clause}"})
        return True
    if (
        last.kind == "hours_from"
        and last.for_weeks
        and not last.hours_per_week
        and NO_STUDY.search(clause)
        and not HOURS.search(clause)
        and not mentions
        and when_and_window(clause, None) == (None, None)
    ):  # "三月份出差，那个月没时间": the same weeks off, said again
        out[-1] = last.model_copy(update={"text": f"{last.text}, {clause}"})
        return True
    if last.kind == "hours_from" and last.for_weeks and (back := _BACK_AFTER.match(clause)):
        out[-1] = last.model_copy(update={"text": f"{last.text}, {clause}"})
        if back.group("n"):  # "then 8": the usual hours after the window
            hours = float(back.group("n"))
            out.append(Constraint(kind="max_hours_per_week", text=clause, hours_per_week=hours))
        return True
    said = [c for c in out if c.kind == "skill_hours" and c.text == last.text and c.hours]
    if said and said[-1] is last and _ONLY_BOUND.match(clause):
        for at in range(len(out) - len(said), len(out)):
            out[at] = out[at].model_copy(update={"op": "max", "text": f"{last.text}, {clause}"})
        return True
    if last.kind == "profile_skill" and from_scratch(clause):
        out[-1] = last.model_copy(update={"text": f"{last.text}, {clause}"})
        return True
    shares = [c for c in out if c.kind == "skill_hours" and c.share and c.text == last.text]
    if shares and shares[-1] is last and HOURS.search(clause) and not mentions:
        # "Too much linux. 6 hours is plenty.": the figure of the clause after
        skills = [c.skill_id for c in shares if c.skill_id]
        if figures := read_skill_hours(clause, [], skills):
            del out[len(out) - len(shares) :]
            out.extend(f.model_copy(update={"text": f"{last.text}, {clause}"}) for f in figures)
            return True
    if (
        last.kind == "job_search_hours"
        and last.share
        and (new := job_search_followup(clause, last))
    ):
        out[-1] = new
        return True
    if (
        last.kind == "week_anchor"
        and last.block == "job_search"
        and not mentions
        and not PROJECT.search(clause)  # "..., 项目压缩到60小时": the project's hours
    ):
        sized = job_search_followup(clause, last.model_copy(update={"kind": "job_search_hours"}))
        if sized is not None and len(_HOURS_ONLY.sub("", clause).strip()) <= 12:
            out.append(sized)  # "push the job search to the last month and make it 15 hours"
            return True
    return False


def dated(found: list[Constraint], out: list[Constraint], today: date | None) -> list[Constraint]:
    """ "下个月开始仓库旺季，每周只能3小时了", "From March, work gets busy, only 5 hours a week":
    a date said in the notes just before sets when the new weekly hours start (those notes are
    then read, not left as not applied)."""
    if [c.kind for c in found] != ["max_hours_per_week"]:
        return found
    if out and out[-1].kind == "hours_from" and out[-1].hours_per_week == 0 and out[-1].for_weeks:
        # "三月份出差，那个月每周只能2小时": the time away said first has these hours
        away = out.pop()
        text = f"{away.text}, {found[0].text}"
        return [away.model_copy(update={"text": text, "hours_per_week": found[0].hours_per_week})]
    notes = 0
    while notes < min(2, len(out)) and out[-1 - notes].kind == "note":
        notes += 1
    for back in range(1, notes + 1):
        when, _ = when_and_window(out[-back].text, today)
        if when is not None:
            said = [out.pop().text for _ in range(back)][::-1]
            text = ", ".join([*said, found[0].text])
            hours = found[0].hours_per_week
            _, window = when_and_window(text, today)  # "in March ... that month": a window
            return [
                Constraint(
                    kind="hours_from", text=text, hours_per_week=hours, for_weeks=window, **when
                )
            ]
    return found


def reasons_only(out: list[Constraint]) -> list[Constraint]:
    """ "He knows Linux inside out, take Linux off the plan": what the person knows is the
    reason for the instruction on that skill, not a correction of its own."""
    told = {c.skill_id for c in out if c.kind != "profile_skill" and c.skill_id}
    reason = {
        c.skill_id: c.text
        for c in out
        if c.kind == "profile_skill" and (c.level or 0) >= 2 and c.skill_id in told
    }
    keep: list[Constraint] = []
    for c in out:
        if c.kind == "profile_skill" and c.skill_id in reason and (c.level or 0) >= 2:
            continue
        if c.kind != "profile_skill" and (why := reason.pop(c.skill_id or "", None)):
            c = c.model_copy(update={"text": f"{why}, {c.text}"})  # its words kept with it
        keep.append(c)
    return keep


_WHO = re.compile(
    r"^\s*(?:she|he|they)(?:\s+(?:is|was|are|were)|'s|'re)\s+(?:an?\s+)?[\w\s-]{2,40}$"
    r"|^\s*(?:他|她|他们)(?:是|做)[^，,。；;]{1,12}$",
    re.I,
)


def who_they_are(out: list[Constraint]) -> list[Constraint]:
    """ "She is a designer, not a programmer: she does not know Git": who the person is, said
    before a correction of the profile, is part of that correction (not a part not applied)."""
    keep: list[Constraint] = []
    i = 0
    while i < len(out):
        c, after = out[i], out[i + 1] if i + 1 < len(out) else None
        if c.kind == "note" and _WHO.match(c.text) and after and after.kind == "profile_skill":
            j = i + 1  # who they are: its words go with the correction (never dropped)
            while j < len(out) and out[j].kind == "profile_skill" and out[j].text == after.text:
                keep.append(out[j].model_copy(update={"text": f"{c.text}, {after.text}"}))
                j += 1
            i = j
            continue
        keep.append(c)
        i += 1
    return keep
